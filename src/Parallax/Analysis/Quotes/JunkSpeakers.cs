using System.Collections.Frozen;
using Parallax.Model;
using Parallax.Text;

namespace Parallax.Analysis.Quotes;

/// <summary>
/// Name-like speaker phrases that are not speakers: a place ("Aleppo", "Texas" of "Texas abortion providers
/// say"; the entity layer's type when it ran), a party-state tag ("R-Wis.", "D-N.Y."), a photo credit
/// ("Photo by Jane Doe/Getty Images"), a date or quantity word read as a name ("On Sunday, thousands took…",
/// "Several unions…"), or a sentence's first word when it is a stop word ("Earlier"). The attribution then
/// has no speaker rather than a wrong one, so the comparison falls back on the quote's wording.
/// </summary>
internal static class JunkSpeakers
{
    /// <summary>Words that are capitalised as sentence openers or names of days, never a speaker on their own.</summary>
    private static readonly FrozenSet<string> NeverSpeakers = new[]
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "several", "thousands", "hundreds", "dozens", "millions", "tens", "many", "some", "most", "few", "both", "all",
        "others", "earlier", "later", "meanwhile", "yesterday", "today", "tonight", "overnight", "recently", "still",
        "staff", "military", "federation", "photo", "photos", "credit", "file",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words of a photo credit around a name.</summary>
    private static readonly string[] CreditWords =
        ["Photo by", "photo by", "Photo:", "Photo/", "Photograph by", "Getty Images", "/Getty", "/AP", "/Reuters", "/AFP", "Credit:"];

    /// <summary>How far before a phrase a photo credit's marker is looked for, in characters.</summary>
    private const int CreditLookback = 30;

    /// <summary>True when <paramref name="phrase"/>, a name phrase, is not a speaker (see the class summary).</summary>
    public static bool IsJunk(string text, SpeakerPhrase phrase, IReadOnlyList<EntityMention> entities)
    {
        if (phrase.Kind != PhraseKind.Name)
            return false;
        var words = phrase.Span.Of(text).Trim();
        if (words.Length == 0)
            return true;
        if (IsPartyStateTag(words))
            return true;
        if (IsPhotoCredit(text, phrase.Span))
            return true;
        bool oneWord = !words.Contains(' ', StringComparison.Ordinal);
        var bare = words.TrimEnd('.');
        if (oneWord && NeverSpeakers.Contains(bare))
            return true;
        if (oneWord && StartsSentence(text, phrase.Span.Start) && StopWords.Contains(bare.ToLowerInvariant()))
            return true;
        foreach (var e in entities)
        {
            if (e.Type == EntityType.Place && e.Span.Start <= phrase.Span.Start && e.Span.End >= phrase.Span.End)
                return true;
        }
        return false;
    }

    /// <summary>"R-Wis", "D-N.Y.", "I-Vt": a party letter, a hyphen and a state abbreviation.</summary>
    internal static bool IsPartyStateTag(string words) =>
        words.Length >= 3 && words[0] is 'R' or 'D' or 'I' && words[1] == '-' && char.IsUpper(words[2])
        && !words.Contains(' ', StringComparison.Ordinal) && words.Length <= 8;

    private static bool IsPhotoCredit(string text, TextSpan span)
    {
        int from = Math.Max(0, span.Start - CreditLookback);
        var around = text.AsSpan(from, Math.Min(text.Length, span.End + 1) - from);
        foreach (var w in CreditWords)
        {
            if (around.Contains(w.AsSpan(), StringComparison.Ordinal))
                return true;
        }
        return span.End < text.Length && text[span.End] == '/';
    }

    /// <summary>True when only white space, an opening quote or bracket lies between the previous sentence end (or the text start) and <paramref name="start"/>.</summary>
    private static bool StartsSentence(string text, int start)
    {
        int i = start - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] is '"' or '“' or '‘' or '(' or '\''))
            i--;
        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or ':' || text[i] == '”';
    }
}
