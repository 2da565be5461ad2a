namespace Parallax.Analysis.Entities;

/// <summary>
/// One pass over an article's tokens: builds runs of capitalised words (with the connectors names
/// allow: "Ministry of Defense", "Mohammed bin Salman", "Bosnia and Herzegovina"), splits them at
/// function words and dates, and types each piece. Created per call; not shared.
/// </summary>
internal sealed class CandidateScanner(string text, EntityToken[] tokens, int count, EntityLexicon lexicon)
{
    public List<EntityCandidate> Candidates { get; } = [];

    public void Run()
    {
        var i = 0;
        while (i < count)
        {
            if (!IsNameWord(i) && !IsParticleBeforeName(i))
            {
                i++;
                continue;
            }
            var end = RunEnd(i);
            SplitRun(i, end);
            i = end + 1;
        }
    }

    private bool IsNameWord(int i) => tokens[i].IsWord && tokens[i].IsCapitalized;

    /// <summary>"al Qaeda", "bin Laden": a lower-case particle that opens a name.</summary>
    private bool IsParticleBeforeName(int i) =>
        tokens[i].IsWord && i + 1 < count && IsNameWord(i + 1) && !tokens[i + 1].Is(TokenFlags.SentenceStart)
        && EntityRules.StandaloneParticles.Contains(Core(i)) && !(i > 0 && IsNameWord(i - 1));

    /// <summary>An organization head among the next few capitalised words: "Food and Agriculture Organization", "People's Unity Party".</summary>
    private bool OrganizationHeadAhead(int j)
    {
        for (var k = j; k < count && k < j + EntityRules.OrganizationHeadLookAhead && IsNameWord(k); k++)
        {
            if (EntityRules.OrganizationHeads.Contains(Core(k)))
                return true;
            if (tokens[k].Is(TokenFlags.Possessive))
                return false;
        }
        return false;
    }

    private ReadOnlySpan<char> Core(int i) => tokens[i].Core(text);

    private ReadOnlySpan<char> Span(int first, int last) => text.AsSpan(tokens[first].Start, tokens[last].CoreEnd - tokens[first].Start);

    private string SpanString(int first, int last) => Span(first, last).ToString();

    // ---- runs -------------------------------------------------------------------------------------

    /// <summary>Last token of the capitalised run starting at <paramref name="start"/>.</summary>
    private int RunEnd(int start)
    {
        var last = start;
        var gazetteerEnd = GazetteerEndFrom(start);
        var j = start + 1;
        while (j < count && (!tokens[j - 1].Is(TokenFlags.Possessive) || OrganizationHeadAhead(j)))
        {
            if (IsNameWord(j) && !tokens[j].Is(TokenFlags.SentenceStart))
            {
                last = j;
                gazetteerEnd = Math.Max(gazetteerEnd, GazetteerEndFrom(j));
                j++;
                continue;
            }
            if (j <= gazetteerEnd)
            {
                last = j;
                j++;
                continue;
            }
            if (tokens[j].IsWord && Core(j) is "and" or "&" && j + 1 < count && IsNameWord(j + 1) && OrganizationHeadAhead(j + 1)
                && gazetteerEnd != last && !EntityRules.OrganizationHeads.Contains(Core(last)) && !EntityRules.NonEntityWords.Contains(Core(j + 1)))
            {
                last = j + 1;
                j += 2;
                continue;
            }
            if (tokens[j].IsWord && !tokens[j].IsCapitalized && j + 1 < count && IsConnectorAt(last, j))
            {
                var next = j + 1;
                if (Core(j) is "of" or "for" && next < count && Core(next) is "the" && next + 1 < count)
                    next++;
                // "von der Leyen", "de la Fuente": particles come in pairs.
                while (next + 1 < count && next - j < 2 && tokens[next].IsWord && EntityRules.PersonConnectors.Contains(Core(next)))
                    next++;
                if (IsNameWord(next) && !tokens[next].Is(TokenFlags.SentenceStart))
                {
                    last = next;
                    gazetteerEnd = Math.Max(gazetteerEnd, GazetteerEndFrom(next));
                    j = next + 1;
                    continue;
                }
            }
            break;
        }
        return Math.Max(last, Math.Min(gazetteerEnd, count - 1));
    }

    /// <summary>Last token of the longest multi-word gazetteer name starting at <paramref name="i"/>, or -1.</summary>
    private int GazetteerEndFrom(int i)
    {
        var reach = lexicon.MaxTokensFrom(Core(i));
        for (var last = Math.Min(count - 1, i + reach - 1); last > i; last--)
        {
            if (tokens[last - 1].Is(TokenFlags.Possessive) || tokens[last].Is(TokenFlags.Boundary))
                continue;
            if (lexicon.TryGetName(Span(i, last), out _))
                return last;
        }
        return -1;
    }

    private bool IsConnectorAt(int last, int j)
    {
        var word = Core(j);
        if (EntityRules.OfConnectors.Contains(word))
        {
            var head = Core(last);
            return EntityRules.OrganizationOfHeads.Contains(head)
                || EntityRules.TitleOfHeads.Contains(head)
                || EntityRules.PlacePrefixes.Contains(head)
                || EntityRules.OrganizationHeads.Contains(head);
        }
        return EntityRules.PersonConnectors.Contains(word);
    }

    /// <summary>Cuts a run at function words, weekdays and months (unless a name holds them), then types each piece.</summary>
    private void SplitRun(int start, int end)
    {
        var segment = start;
        var t = start;
        while (t <= end)
        {
            var gazetteerEnd = GazetteerEndFrom(t);
            if (gazetteerEnd > t && gazetteerEnd <= end)
            {
                t = gazetteerEnd + 1;
                continue;
            }
            var core = Core(t);
            var isMonth = EntityRules.Months.Contains(core) && !(t > segment && IsNameLead(t - 1));
            if (isMonth || EntityRules.NonEntityWords.Contains(core))
            {
                if (t > segment)
                    Classify(segment, t - 1);
                if (isMonth && core is "May" && t == segment && (t == end || !IsNameWord(t + 1)))
                    AddMonthCandidate(t);
                segment = t + 1;
            }
            t++;
        }
        if (segment <= end)
            Classify(segment, end);
    }

    private bool IsNameLead(int i) =>
        (lexicon.TryGetName(Core(i), out var e) && e.Is(LexKind.GivenName)) || lexicon.TryGetTitle(Core(i), out _);

    private void AddMonthCandidate(int t)
    {
        if (t > 0 && tokens[t - 1].IsWord && EntityRules.DateLeadWords.Contains(Core(t - 1)))
            return;
        if (t + 1 < count && tokens[t + 1].IsWord && char.IsDigit(text[tokens[t + 1].Start]))
            return;
        Add(t, t, EntityType.Person, CandidateState.PendingMonth);
    }

    // ---- typing -----------------------------------------------------------------------------------

    /// <summary>Types the capitalised words [s, e].</summary>
    private void Classify(int s, int e)
    {
        if (lexicon.TryGetName(Span(s, e), out var whole) && TryAddGazetteer(s, e, whole))
            return;
        // Trailing connectors are never part of a name.
        while (e > s && !tokens[e].IsCapitalized)
            e--;
        var weak = tokens[s].Is(TokenFlags.SentenceStart) || tokens[s].Is(TokenFlags.Headline);
        if (e != s && lexicon.TryGetName(Span(s, e), out whole) && TryAddGazetteer(s, e, whole))
            return;
        if (TryPattern(s, e))
            return;
        if (e > s && EntityRules.OtherHeads.Contains(Core(e)))
            return;
        // "West Virginia Democrat": an affiliation word after a name describes it.
        if (e > s && EntityRules.Affiliations.Contains(Core(e)))
        {
            Classify(s, e - 1);
            return;
        }
        if (TryTitledPerson(s, e))
            return;
        if (weak)
        {
            ScanByEvidence(s, e);
            return;
        }
        if (s == e)
        {
            ClassifySingle(s);
            return;
        }
        if (IsPrefixAdjective(s))
        {
            Classify(s + 1, e);
            return;
        }
        if (ContainsGazetteerWord(s, e) && !StartsWithGivenName(s))
        {
            ScanByEvidence(s, e);
            return;
        }
        if (PrecededByPlaceContext(s) && !StartsWithGivenName(s))
        {
            Add(s, e, EntityType.Place);
            return;
        }
        if (e - s + 1 > EntityRules.MaxPersonTokens)
        {
            ScanByEvidence(s, e);
            return;
        }
        AddPerson(s, e, null);
    }

    /// <summary>A whole-run gazetteer hit: a place or organization by its canonical name; demonyms and given names alone are no mention.</summary>
    private bool TryAddGazetteer(int s, int e, LexEntry entry)
    {
        if (entry.Is(LexKind.Place) && !(s == e && entry.Is(LexKind.GivenName) && FollowedBySpeech(e) && !entry.Is(LexKind.Country)))
        {
            Add(s, e, EntityType.Place, name: entry.Place);
            return true;
        }
        if (entry.Is(LexKind.Organization))
        {
            // All-caps acronyms count only where capitals mean something (not on an all-caps line).
            Add(s, e, EntityType.Organization, name: entry.Organization);
            return true;
        }
        if (entry.Is(LexKind.Demonym))
            return true;
        if (entry.Is(LexKind.GivenName) && s == e)
        {
            Add(s, e, EntityType.Person, CandidateState.Pending);
            return true;
        }
        return false;
    }

    /// <summary>"[Russian] Defense Minister Sergei Shoigu", "Aleppo Governor X", "Mr. Putin": titles make the rest a person.</summary>
    private bool TryTitledPerson(int s, int e)
    {
        var p = s;
        string? role = null;
        var sawTitle = false;
        var prefixFirst = -1;
        var prefixLast = -1;
        LexEntry? prefixEntry = null;
        while (p <= e)
        {
            var titleLen = TitleLength(p, e);
            if (titleLen > 0)
            {
                lexicon.TryGetTitle(Span(p, p + titleLen - 1), out var r);
                if (role is null && r.Length > 0)
                    role = r;
                sawTitle = true;
                p += titleLen;
                // "Mayor of London Sadiq Khan": the place after "of" is its own mention.
                if (p <= e && Core(p) is "of" or "for" && p + 1 <= e)
                {
                    var placeEnd = LongestGazetteerAt(p + 1, e, out var ofEntry);
                    if (placeEnd > 0 && ofEntry is not null && (ofEntry.Is(LexKind.Place) || ofEntry.Is(LexKind.Organization)))
                    {
                        TryAddGazetteer(p + 1, placeEnd, ofEntry);
                        p = placeEnd + 1;
                    }
                }
                continue;
            }
            if (!sawTitle && p == s && prefixEntry is null)
            {
                var gEnd = LongestGazetteerAt(p, e - 1, out var gEntry);
                if (gEnd >= p && gEntry is not null && (gEntry.Is(LexKind.Place) || gEntry.Is(LexKind.Organization)) && TitleLength(gEnd + 1, e) > 0)
                {
                    prefixFirst = p;
                    prefixLast = gEnd;
                    prefixEntry = gEntry;
                    p = gEnd + 1;
                    continue;
                }
            }
            if (p < e && IsPrefixAdjective(p))
            {
                p++;
                continue;
            }
            break;
        }
        if (!sawTitle)
            return false;
        if (prefixEntry is not null)
            TryAddGazetteer(prefixFirst, prefixLast, prefixEntry);
        if (p > e)
            return true;
        AddPerson(p, Math.Min(e, p + EntityRules.MaxPersonTokens - 1), role);
        return true;
    }

    /// <summary>Token count of the longest title starting at <paramref name="p"/> and ending by <paramref name="e"/>.</summary>
    private int TitleLength(int p, int e)
    {
        if (p > e)
            return 0;
        var reach = Math.Max(1, lexicon.MaxTitleTokensFrom(Core(p)));
        for (var last = Math.Min(e, p + reach - 1); last >= p; last--)
        {
            if (lexicon.TryGetTitle(Span(p, last), out _) && tokens[last].IsCapitalized)
                return last - p + 1;
        }
        return 0;
    }

    /// <summary>Last token of the longest gazetteer name at <paramref name="p"/> ending by <paramref name="e"/>, or -1.</summary>
    private int LongestGazetteerAt(int p, int e, out LexEntry? entry)
    {
        entry = null;
        if (p > e)
            return -1;
        var reach = Math.Max(1, lexicon.MaxTokensFrom(Core(p)));
        for (var last = Math.Min(e, p + reach - 1); last >= p; last--)
        {
            if (lexicon.TryGetName(Span(p, last), out var found))
            {
                entry = found;
                return last;
            }
        }
        return -1;
    }

    /// <summary>Organization and place patterns: "X Party", "Ministry of X", "X Street", "Mount X".</summary>
    private bool TryPattern(int s, int e)
    {
        if (e == s)
            return false;
        var last = Core(e);
        var first = Core(s);
        if (EntityRules.OrganizationHeads.Contains(last) || HasOrganizationOfHead(s, e) || EntityRules.ArabicOrganizationLeads.Contains(first))
        {
            var os = s;
            // "Syrian Foreign Ministry" keeps its adjective; a leading "Former" or "Then" does not belong.
            Add(os, e, EntityType.Organization);
            return true;
        }
        if (EntityRules.PlaceHeads.Contains(last) || EntityRules.PlacePrefixes.Contains(first))
        {
            Add(s, e, EntityType.Place);
            return true;
        }
        return false;
    }

    /// <summary>"Ministry of ...", "Observatory for ...": an organization word followed by "of" or "for" inside the run.</summary>
    private bool HasOrganizationOfHead(int s, int e)
    {
        for (var i = s; i < e; i++)
        {
            var core = Core(i);
            if ((EntityRules.OrganizationOfHeads.Contains(core) || EntityRules.OrganizationHeads.Contains(core)) && Core(i + 1) is "of" or "for")
                return true;
        }
        return false;
    }

    /// <summary>A lone capitalised word mid-sentence, typed by what stands around it.</summary>
    private void ClassifySingle(int s)
    {
        // "the Arab country", "Sunni villages": adjectives of origin or affiliation are no mention.
        if (IsPrefixAdjective(s) || EntityRules.NonEntityWords.Contains(Core(s)))
            return;
        // A lone organization or place word ("the 9th Circuit", "the Ministry") names nothing by itself.
        if (EntityRules.OrganizationHeads.Contains(Core(s)) || EntityRules.PlaceHeads.Contains(Core(s)) || EntityRules.OtherHeads.Contains(Core(s)))
            return;
        var titleRole = LowercaseTitleBefore(s, out var hasTitle);
        if (hasTitle || FollowedBySpeech(s) || AppositionRole(s) is not null)
        {
            AddPerson(s, s, titleRole);
            return;
        }
        if (PrecededByPlaceContext(s) || FollowedByPlaceNoun(s))
        {
            Add(s, s, EntityType.Place);
            return;
        }
        if (IsAcronym(s))
        {
            Add(s, s, EntityType.Organization);
            return;
        }
        if (lexicon.TryGetTitle(Core(s), out _))
            return;
        if (tokens[s].Is(TokenFlags.AllCaps))
        {
            Add(s, s, EntityType.Person, CandidateState.Pending);
            return;
        }
        // A lone unknown capitalised word mid-sentence: most often a surname in news; a person unless the article says otherwise.
        Add(s, s, EntityType.Person, CandidateState.PendingStrong);
    }

    /// <summary>
    /// Where capitals say nothing (sentence starts, headlines) or a run mixes known and unknown words:
    /// keep only what evidence supports — gazetteer names, given-name-led names, acronyms, a name before
    /// a speech verb — and leave other words pending on a known surname.
    /// </summary>
    private void ScanByEvidence(int s, int e)
    {
        var p = s;
        while (p <= e)
        {
            var gEnd = LongestGazetteerAt(p, e, out var entry);
            if (StartsWithGivenName(p) && p < e && CanExtendName(p + 1) && gEnd <= p)
            {
                var last = p + 1;
                while (last < e && last - p + 1 < EntityRules.MaxPersonTokens && CanExtendName(last + 1))
                    last++;
                AddPerson(p, last, null);
                p = last + 1;
                continue;
            }
            if (gEnd >= p && entry is not null && !(entry.Is(LexKind.GivenName) && !entry.Is(LexKind.Place) && !entry.Is(LexKind.Organization)))
            {
                TryAddGazetteer(p, gEnd, entry);
                p = gEnd + 1;
                continue;
            }
            var titleLen = TitleLength(p, e);
            if (titleLen > 0 && p + titleLen <= e && !IsKnownWord(p + titleLen))
            {
                lexicon.TryGetTitle(Span(p, p + titleLen - 1), out var role);
                var first = p + titleLen;
                var last = first;
                while (last < e && last - first + 1 < EntityRules.MaxPersonTokens && !IsKnownWord(last + 1))
                    last++;
                AddPerson(first, last, role.Length > 0 ? role : null);
                p = last + 1;
                continue;
            }
            if (IsAcronym(p))
            {
                Add(p, p, EntityType.Organization);
                p++;
                continue;
            }
            if (IsKnownWord(p))
            {
                p++;
                continue;
            }
            // A run of unknown words: a person if a speech verb or a titled apposition follows, else pending on its surname.
            var end = p;
            // On a headline every word is capitalised, so words are not grouped there.
            while (end < e && !tokens[p].Is(TokenFlags.Headline) && end - p + 1 < EntityRules.MaxPersonTokens && !IsKnownWord(end + 1) && !IsAcronym(end + 1))
                end++;
            var apposition = AppositionRole(end);
            if (apposition is not null || (end == e && FollowedBySpeech(end) && !(p == end && LooksPlural(p))))
                AddPerson(p, end, apposition);
            else
                Add(p, end, EntityType.Person, CandidateState.Pending);
            p = end + 1;
        }
    }

    /// <summary>A word that may continue a name after a given name: unknown words, given names and months ("Theresa May").</summary>
    private bool CanExtendName(int i)
    {
        var core = Core(i);
        if (EntityRules.Months.Contains(core))
            return true;
        if (lexicon.TryGetName(core, out var entry))
            return entry.Is(LexKind.GivenName) || !(entry.Is(LexKind.Organization) || entry.Is(LexKind.Demonym) || entry.Is(LexKind.Country));
        return !(lexicon.TryGetTitle(core, out _) || EntityRules.NonEntityWords.Contains(core) || EntityRules.Affiliations.Contains(core)
            || EntityRules.OrganizationHeads.Contains(core));
    }

    // ---- context ----------------------------------------------------------------------------------

    private bool IsKnownWord(int i)
    {
        var core = Core(i);
        return lexicon.TryGetName(core, out _) || lexicon.TryGetTitle(core, out _)
            || EntityRules.NonEntityWords.Contains(core) || EntityRules.Affiliations.Contains(core) || EntityRules.Months.Contains(core);
    }

    private bool StartsWithGivenName(int i) => lexicon.TryGetName(Core(i), out var e) && e.Is(LexKind.GivenName);

    private bool IsPrefixAdjective(int i) => IsAdjective(Core(i), allowCompound: true);

    /// <summary>A demonym or affiliation ("Syrian", "Sunni"), or a hyphenated compound of them ("Arab-Kurdish").</summary>
    private bool IsAdjective(ReadOnlySpan<char> word, bool allowCompound)
    {
        if ((lexicon.TryGetName(word, out var e) && e.Is(LexKind.Demonym)) || EntityRules.Affiliations.Contains(word))
            return true;
        var hyphen = word.IndexOf('-');
        return allowCompound && hyphen > 0 && IsAdjective(word[..hyphen], false) && IsAdjective(word[(hyphen + 1)..], true);
    }

    private bool ContainsGazetteerWord(int s, int e)
    {
        for (var i = s; i <= e; i++)
        {
            var end = LongestGazetteerAt(i, e, out var entry);
            if (entry is not null && (entry.Is(LexKind.Place) || entry.Is(LexKind.Organization)) && (end > i || !entry.Is(LexKind.GivenName)))
                return true;
        }
        return false;
    }

    private bool IsAcronym(int i)
    {
        var t = tokens[i];
        if (!t.Is(TokenFlags.AllCaps))
            return false;
        var core = t.Core(text);
        var letters = 0;
        foreach (var c in core)
        {
            if (char.IsLetter(c))
                letters++;
            else if (c != '.')
                return false;
        }
        return letters is >= EntityRules.MinAcronymLength and <= EntityRules.MaxAcronymLength && !EntityRules.NonAcronyms.Contains(core);
    }

    private bool LooksPlural(int i)
    {
        var core = Core(i);
        return core.Length > 3 && core[^1] == 's' && core[^2] != 's';
    }

    /// <summary>"Shoigu said", "Putin has also said".</summary>
    private bool FollowedBySpeech(int i)
    {
        var j = i + 1;
        var skipped = 0;
        while (j < count && tokens[j].IsWord && skipped <= 2)
        {
            var word = Core(j);
            if (EntityRules.SpeechVerbs.Contains(word))
                return true;
            if (!EntityRules.SpeechAuxiliaries.Contains(word))
                return false;
            skipped++;
            j++;
        }
        return false;
    }

    private bool PrecededByPlaceContext(int s)
    {
        var j = s - 1;
        if (j >= 0 && tokens[j].IsWord && Core(j) is "the")
            j--;
        if (j < 0)
            return false;
        if (tokens[j].IsWord && (EntityRules.PlacePrepositions.Contains(Core(j)) || EntityRules.PlaceVerbs.Contains(Core(j))))
            return true;
        // A list member after a place: "from Mosul and Tal Afar".
        var joiner = text.AsSpan(tokens[j].Start, tokens[j].End - tokens[j].Start);
        return EntityRules.ListJoiners.Contains(joiner) && Candidates.Count > 0
            && Candidates[^1] is { Type: EntityType.Place, State: CandidateState.Resolved } previous && previous.Last == j - 1;
    }

    private bool FollowedByPlaceNoun(int e) =>
        e + 1 < count && tokens[e + 1].IsWord && !tokens[e].Is(TokenFlags.Possessive) && EntityRules.PlaceHeadNouns.Contains(Core(e + 1));

    /// <summary>A lower-case title right before a name: "defense minister Sergei Shoigu", "Kremlin spokesman Dmitry Peskov".</summary>
    private string? LowercaseTitleBefore(int s, out bool found)
    {
        found = false;
        for (var k = Math.Max(0, s - EntityRules.TitleLookBehind); k < s; k++)
        {
            var ok = true;
            for (var m = k; m < s; m++)
            {
                if (!tokens[m].IsWord || (tokens[m].IsCapitalized && !tokens[m].Is(TokenFlags.SentenceStart)))
                    ok = false;
            }
            if (!ok)
                continue;
            var span = Span(k, s - 1);
            if (lexicon.TryGetTitle(span, out var role))
            {
                found = !EntityRules.AmbiguousLowercaseTitles.Contains(span);
                return role.Length > 0 ? role : null;
            }
        }
        return null;
    }

    // ---- output -----------------------------------------------------------------------------------

    private void AddPerson(int s, int e, string? role)
    {
        role ??= LowercaseTitleBefore(s, out _);
        role ??= AppositionRole(e);
        Add(s, e, EntityType.Person, role: role);
    }

    /// <summary>"Shoigu, the Russian defense minister," / "Lavrov, Russia's foreign minister." -> the title's role.</summary>
    private string? AppositionRole(int e)
    {
        var k = e + 1;
        if (k >= count || !tokens[k].Is(TokenFlags.Comma))
            return null;
        k++;
        if (k < count && tokens[k].IsWord && Core(k) is "the" or "a" or "an" or "then")
            k++;
        if (k < count && tokens[k].IsWord && (IsPrefixAdjective(k) || tokens[k].Is(TokenFlags.Possessive) || IsQualifier(k)))
            k++;
        if (k < count && tokens[k].IsWord && IsQualifier(k))
            k++;
        if (k >= count || !tokens[k].IsWord)
            return null;
        var reach = Math.Max(1, lexicon.MaxTitleTokensFrom(Core(k)));
        for (var last = Math.Min(count - 1, k + reach - 1); last >= k; last--)
        {
            if (!lexicon.TryGetTitle(Span(k, last), out var role) || role.Length == 0)
                continue;
            var after = last + 1;
            if (after >= count || !tokens[after].IsWord || Core(after) is "of" or "for" or "who" or "and")
                return role;
        }
        return null;
    }

    private bool IsQualifier(int i) => EntityRules.Qualifiers.Contains(Core(i));

    private void Add(int s, int e, EntityType type, CandidateState state = CandidateState.Resolved, string? name = null, string? role = null)
    {
        if (state != CandidateState.Resolved && type == EntityType.Person)
            role ??= LowercaseTitleBefore(s, out _) ?? AppositionRole(e);
        Candidates.Add(new EntityCandidate { First = s, Last = e, Type = type, State = state, Name = name, Role = role });
    }
}
