using Parallax.Model;

namespace Parallax.Analysis.Quotes;

/// <summary>
/// Turns a speaker phrase into a canonical name: an entity mention overlapping it when the entity layer ran;
/// otherwise the article's own person index (pronouns to their antecedent, surnames to full names,
/// descriptors to the person last given that role). Unresolved descriptors keep their words ("a senior official").
/// </summary>
internal sealed class SpeakerResolver(string text, PersonIndex persons, IReadOnlyList<EntityMention> entities)
{
    /// <summary>
    /// The phrase if it can name a speaker; null for a place, a credit, a tag or a stray word (<see cref="JunkSpeakers"/>).
    /// The quote keeps the phrase as its <see cref="Quote.SpeakerSpan"/> (the mention the attribution rests on:
    /// "Russia denied", "Several unions said") but gets no speaker name.
    /// </summary>
    public SpeakerPhrase? Usable(SpeakerPhrase? phrase) =>
        Tidy(phrase) is { } p && !JunkSpeakers.IsJunk(text, p, entities) ? p : null;

    /// <summary>
    /// The phrase as the mention a quote reports: itself when usable or a place (<see cref="JunkSpeakers"/> keeps the
    /// mention of a place), null when it names no speaker at all (a sentence opener, a date, a heading, a dateline).
    /// </summary>
    public SpeakerPhrase? Mention(SpeakerPhrase? phrase) =>
        Tidy(phrase) is { } p && (!JunkSpeakers.IsJunk(text, p, entities, out bool keep) || keep) ? p : null;

    /// <summary>Whether the word before <paramref name="start"/> is "on" ("On Wednesday Moscow said"; "Sunday Okoro said" is a name).</summary>
    private bool AfterOn(int start)
    {
        int i = start - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
            i--;
        return i >= 1 && (text[i] == 'n' || text[i] == 'N') && (text[i - 1] == 'o' || text[i - 1] == 'O') && (i < 2 || !char.IsLetter(text[i - 2]));
    }

    /// <summary>
    /// A name phrase without the day that opened its clause: "On Wednesday Moscow said" read "Wednesday Moscow" as one
    /// name, "on Wednesday and South Korea said" the day and a country; the name is what follows the day (and its "and").
    /// Only after "on": "Sunday Okoro said" is a name.
    /// </summary>
    private SpeakerPhrase? Tidy(SpeakerPhrase? phrase)
    {
        if (phrase is not { Kind: PhraseKind.Name } p || p.Refers is not null || p.Joined)
            return phrase;
        var words = p.Span.Of(text);
        int space = words.IndexOf(' ');
        if (space <= 0 || !Dates.TemporalLexicon.Weekdays.ContainsKey(words[..space]) || !AfterOn(p.Span.Start))
            return phrase;
        int start = p.Span.Start + space + 1;
        if (text.AsSpan(start).StartsWith("and ", StringComparison.Ordinal))
            start += 4;
        return start < p.Span.End && char.IsUpper(text[start]) ? p with { Span = new TextSpan(start, p.Span.End) } : phrase;
    }

    /// <summary>True when the phrase can be neither a speaker nor a mention (see <see cref="Mention"/>).</summary>
    public bool IsNoMention(SpeakerPhrase phrase) => Mention(phrase) is null;

    /// <summary>The kind of source a usable phrase names (document, poll, organisation, person); null when unknown.</summary>
    public SourceKind? Kind(SpeakerPhrase phrase) => SourceKinds.Classify(text, phrase, persons, entities);

    public string? Resolve(SpeakerPhrase phrase)
    {
        // ", who said": the phrase the relative pronoun stands for.
        if (phrase.Refers is { } refers)
            return Resolve(new SpeakerPhrase(refers, char.IsUpper(text[refers.Start]) ? PhraseKind.Name : PhraseKind.Descriptor));
        // "Smith and Jones wrote": each name resolved on its own.
        int and = phrase.Joined ? phrase.Span.Of(text).IndexOf(" and ", StringComparison.Ordinal) : -1;
        if (and > 0)
        {
            var first = Resolve(new SpeakerPhrase(new TextSpan(phrase.Span.Start, phrase.Span.Start + and), PhraseKind.Name));
            var second = Resolve(new SpeakerPhrase(new TextSpan(phrase.Span.Start + and + 5, phrase.Span.End), PhraseKind.Name));
            return $"{first} and {second}";
        }
        foreach (var e in entities)
            if (e.Type == EntityType.Person && e.Span.Overlaps(phrase.Span))
                return e.Name;
        var words = phrase.Span.Of(text);
        switch (phrase.Kind)
        {
            case PhraseKind.Pronoun:
                if (!NameLexicon.PersonPronouns.Contains(words))
                    return null;
                var antecedent = persons.Antecedent(phrase.Span.Start, words.Equals("she", StringComparison.OrdinalIgnoreCase) ? 'f' : 'm');
                return antecedent?.Canonical;
            case PhraseKind.Name:
                var mention = persons.Overlapping(phrase.Span);
                if (mention is not null)
                    return mention.Canonical;
                return persons.Canonicalise(StripTitles(words), phrase.Span.Start);
            default:
                var parts = PersonIndex.NormaliseSpaces(words).Split(' ');
                var person = persons.ForDescriptor(parts, phrase.Span.Start);
                if (person is not null)
                    return person.Canonical;
                // As written, with a sentence-initial determiner in lower case: "The senator" → "the senator".
                var described = PersonIndex.NormaliseSpaces(words);
                return NameLexicon.Determiners.Contains(parts[0]) ? char.ToLowerInvariant(described[0]) + described[1..] : described;
        }
    }

    private static string StripTitles(string name)
    {
        var parts = PersonIndex.NormaliseSpaces(name).Split(' ');
        int i = 0;
        while (i < parts.Length - 1 && (NameLexicon.Titles.Contains(parts[i].TrimEnd('.')) || NameLexicon.Determiners.Contains(parts[i])))
            i++;
        return string.Join(' ', parts[i..]);
    }
}
