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
        phrase is { } p && !JunkSpeakers.IsJunk(text, p, entities) ? p : null;

    public string? Resolve(SpeakerPhrase phrase)
    {
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
