using Parallax.Model;

namespace Parallax.Analysis.Entities;

/// <summary>
/// Gives every referent one name. Inside an article (<see cref="Resolve"/>): pending lone words become
/// persons when a person in the article has them as surname; every person mention takes the fullest
/// form of its name seen ("Putin" -> "Vladimir Putin", "al-Assad" -> "Bashar al-Assad") and the first role
/// the article gives that person; an organization's short name takes the longer one it ends ("Defense
/// Ministry" -> "Russian Defense Ministry"). Across a story's articles (<see cref="Merge"/>): the same for
/// person names between articles.
/// </summary>
internal static class EntityCanonicalizer
{
    internal static List<EntityMention> Resolve(string text, EntityToken[] tokens, int count, List<EntityCandidate> candidates)
    {
        // What context typed a word as elsewhere in the article types it where nothing did ("in Ariha" ... "Ariha was shelled").
        var typedElsewhere = new Dictionary<string, EntityCandidate>(StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            if (c.State == CandidateState.Resolved && c.Type != EntityType.Person && c.First == c.Last)
                typedElsewhere.TryAdd(tokens[c.First].Core(text).ToString(), c);
        }
        var resolvedSurnames = new HashSet<string>(StringComparer.Ordinal);
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        var fullSurnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            if (c.Type != EntityType.Person || c.State is not (CandidateState.Resolved or CandidateState.PendingStrong))
                continue;
            var name = NameOf(text, tokens, c);
            var key = PersonNames.SurnameKey(name);
            if (c.State == CandidateState.PendingStrong && typedElsewhere.ContainsKey(name))
                continue;
            surnames.Add(key);
            if (c.State == CandidateState.Resolved)
                resolvedSurnames.Add(key);
            if (c.First != c.Last)
                fullSurnames.Add(key);
        }

        var kept = new List<EntityCandidate>(candidates.Count);
        foreach (var candidate in candidates)
        {
            var c = candidate;
            var key = c.First == c.Last ? PersonNames.StripParticle(tokens[c.First].Core(text).ToString()) : null;
            if (c.State != CandidateState.Resolved)
            {
                var lastKey = PersonNames.StripParticle(tokens[c.Last].Core(text).ToString());
                if (c.State == CandidateState.PendingStrong && !resolvedSurnames.Contains(lastKey) && c.First == c.Last
                    && typedElsewhere.TryGetValue(tokens[c.First].Core(text).ToString(), out var typed))
                {
                    c.Type = typed.Type;
                    c.Name = typed.Name;
                    c.Role = null;
                    c.State = CandidateState.Resolved;
                    kept.Add(c);
                    continue;
                }
                if (c.State != CandidateState.PendingStrong && !surnames.Contains(lastKey))
                    continue;
                c.State = CandidateState.Resolved;
                c.Type = EntityType.Person;
            }
            else if (key is not null && c.Type != EntityType.Person
                && ((fullSurnames.Contains(key) && !PrecededByPreposition(text, tokens, c.First)) || (c.Name is null && resolvedSurnames.Contains(key))))
            {
                // Context typed it a place ("in Biden's plan"), but a person here has that surname.
                // "Michael Jordan ... Jordan said": a known person's surname beats the gazetteer.
                c.Type = EntityType.Person;
                c.Name = null;
            }
            kept.Add(c);
        }

        var mentions = new List<EntityMention>(kept.Count);
        var names = kept.Select(c => c.Name ?? NameOf(text, tokens, c)).ToList();
        var canonical = CanonicalPersonNames(kept, names);
        var organizations = names.Where((n, i) => kept[i].Type == EntityType.Organization).Distinct(StringComparer.Ordinal).ToList();
        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < kept.Count; i++)
        {
            if (kept[i].Type == EntityType.Person && kept[i].Role is { } role)
                roles.TryAdd(canonical[i], role);
        }
        for (var i = 0; i < kept.Count; i++)
        {
            var c = kept[i];
            var name = c.Type switch
            {
                EntityType.Person => canonical[i],
                EntityType.Organization => LongerOrganization(names[i], organizations),
                _ => names[i],
            };
            var span = new TextSpan(tokens[c.First].Start, tokens[c.Last].CoreEnd);
            mentions.Add(new EntityMention(span, span.Of(text), name, c.Type)
            {
                Role = c.Type == EntityType.Person ? roles.GetValueOrDefault(name) : null,
            });
        }
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return mentions;
    }

    /// <summary>
    /// Unifies person names across the articles of one story: a name that fits exactly one fuller name used
    /// in another article takes it ("Putin" in one, "Vladimir Putin" in another), with the role any article gives
    /// that person. Changes nothing: <see cref="StoryNames.Apply"/> makes the renamed documents.
    /// </summary>
    public static StoryNames Merge(IEnumerable<AnalyzedArticle> articles)
    {
        var list = articles.ToList();
        // Person names and the speakers written as names ("Zelenskyy" where the entity layer had no person),
        // counted by the articles that use them, so a surname's spellings take the one most articles use.
        var articlesPerName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var a in list)
        {
            var names = a.Entities.Where(m => m.Type == EntityType.Person).Select(m => m.Name)
                .Concat(a.Quotes.Select(q => q.Speaker).OfType<string>().Where(IsNameLike));
            foreach (var n in names.Distinct(StringComparer.Ordinal))
                articlesPerName[n] = articlesPerName.GetValueOrDefault(n) + 1;
        }
        var respelled = NameVariants.Respell(articlesPerName);
        string Spelt(string n) => respelled.GetValueOrDefault(n, n);
        var personNames = articlesPerName.Keys.Select(Spelt).Distinct(StringComparer.Ordinal).ToList();
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (from, to) in respelled)
            renames[from] = to;
        foreach (var name in personNames)
        {
            var fuller = personNames
                .Where(other => PersonNames.WordCount(other) > PersonNames.WordCount(name) && PersonNames.Fits(name, other))
                .ToList();
            if (fuller.Count == 0)
                continue;
            // Of several fuller forms, the fullest wins if the others all fit it; otherwise the name is ambiguous.
            var best = fuller.MaxBy(PersonNames.WordCount)!;
            if (fuller.All(f => f == best || PersonNames.Fits(f, best)))
            {
                renames[name] = best;
                foreach (var (from, to) in respelled)
                {
                    if (to == name)
                        renames[from] = best;
                }
            }
        }
        if (renames.Count == 0)
            return StoryNames.None;
        // A role one article gives a person holds across the story ("Putin" here, "President Vladimir Putin" there).
        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in list.SelectMany(a => a.Entities))
        {
            if (m.Type == EntityType.Person && m.Role is not null)
                roles.TryAdd(renames.GetValueOrDefault(m.Name, m.Name), m.Role);
        }
        return new StoryNames(renames, roles);
    }

    /// <summary>A speaker written as a name of one to four capitalised words ("Zelenskyy", "Volodymyr Zelensky"), not a description.</summary>
    private static bool IsNameLike(string speaker)
    {
        var words = speaker.Split(' ');
        return words.Length <= 4 && words.All(w => w.Length > 0 && char.IsUpper(w[0]));
    }

    /// <summary>For each person candidate, the fullest name of the same referent in the article.</summary>
    private static string[] CanonicalPersonNames(List<EntityCandidate> kept, List<string> names)
    {
        var result = new string[kept.Count];
        var bySurname = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < kept.Count; i++)
        {
            if (kept[i].Type != EntityType.Person)
                continue;
            var key = PersonNames.SurnameKey(names[i]);
            if (!bySurname.TryGetValue(key, out var group))
                bySurname[key] = group = [];
            group.Add(i);
        }
        foreach (var group in bySurname.Values)
        {
            // Compare distinct forms once: an article may name the same person dozens of times.
            var forms = group.Select(i => names[i]).Distinct(StringComparer.Ordinal).ToList();
            var words = forms.ToDictionary(f => f, PersonNames.WordCount, StringComparer.Ordinal);
            var fullest = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var form in forms)
            {
                var fits = forms.Where(f => f == form || PersonNames.Fits(form, f)).ToList();
                var most = fits.Max(f => words[f]);
                fullest[form] = fits.Where(f => words[f] == most).ToList();
            }
            foreach (var i in group)
            {
                var choices = fullest[names[i]];
                result[i] = choices.Count == 1 ? choices[0] : Nearest(i, group, names, choices);
            }
        }
        return result;
    }

    /// <summary>Of equally full forms, the one whose mention is nearest before <paramref name="i"/> (else nearest after).</summary>
    private static string Nearest(int i, List<int> group, List<string> names, List<string> choices)
    {
        string? before = null, after = null;
        foreach (var j in group)
        {
            if (!choices.Contains(names[j]))
                continue;
            if (j <= i)
                before = names[j];
            else
            {
                after ??= names[j];
            }
        }
        return before ?? after ?? choices[0];
    }

    private static string LongerOrganization(string name, List<string> organizations)
    {
        var longer = organizations.Where(o => o.Length > name.Length && o.EndsWith(" " + name, StringComparison.Ordinal)).ToList();
        return longer.Count == 1 ? longer[0] : name;
    }

    private static bool PrecededByPreposition(string text, EntityToken[] tokens, int first)
    {
        var j = first - 1;
        if (j >= 0 && tokens[j].IsWord && tokens[j].Core(text) is "the")
            j--;
        return j >= 0 && tokens[j].IsWord
            && EntityRules.PlacePrepositions.Contains(tokens[j].Core(text));
    }

    /// <summary>The candidate's words joined by single spaces (a line break inside a name does not change it).</summary>
    private static string NameOf(string text, EntityToken[] tokens, EntityCandidate c)
    {
        var raw = text.AsSpan(tokens[c.First].Start, tokens[c.Last].CoreEnd - tokens[c.First].Start);
        return raw.ContainsAny('\n', '\t', '\r') || raw.Contains("  ", StringComparison.Ordinal)
            ? string.Join(' ', raw.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            : raw.ToString();
    }
}
