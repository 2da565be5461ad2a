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
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
        "dozen", "hundred", "thousand", "million", "billion", "first", "second", "third", "last", "next",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Heads of descriptors that name a place, an event, a time or a thing, never a speaker: "the streets" of
    /// "Protesters marching through the streets chanted", "an interview" of "In an interview, …".
    /// </summary>
    private static readonly FrozenSet<string> NonSpeakerHeads = new[]
    {
        "street", "streets", "road", "roads", "city", "town", "village", "square", "building", "room", "stage", "hall",
        "area", "region", "country", "border", "field", "interview", "interviews", "convention", "meeting", "rally",
        "event", "conference", "debate", "hearing", "speech", "session", "summit", "ceremony", "show", "program",
        "programme", "broadcast", "episode", "week", "weeks", "day", "days", "year", "years", "month", "months", "time",
        "night", "morning", "evening", "afternoon", "weekend", "moment", "period", "stigma", "pressure", "issue",
        "question", "problem", "idea", "way", "move", "step", "fact", "case", "point", "matter", "thing", "things",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words of a photo credit around a name.</summary>
    private static readonly string[] CreditWords =
        ["Photo by", "photo by", "Photo:", "Photo/", "Photograph by", "Getty Images", "/Getty", "/AP", "/Reuters", "/AFP", "Credit:"];

    /// <summary>How far before a phrase a photo credit's marker is looked for, in characters.</summary>
    private const int CreditLookback = 30;

    /// <summary>True when <paramref name="phrase"/> is not a speaker (see the class summary).</summary>
    public static bool IsJunk(string text, SpeakerPhrase phrase, IReadOnlyList<EntityMention> entities) =>
        IsJunk(text, phrase, entities, out _);

    /// <summary>
    /// True when <paramref name="phrase"/> is not a speaker. <paramref name="keepMention"/> tells whether the phrase
    /// still is the mention the attribution rests on (a place: "Russia denied", "inside Aleppo said") or no mention at
    /// all (a sentence opener, a date, a number word, a heading, a dateline, a credit), which the quote then drops.
    /// </summary>
    public static bool IsJunk(string text, SpeakerPhrase phrase, IReadOnlyList<EntityMention> entities, out bool keepMention)
    {
        keepMention = false;
        if (phrase.Kind == PhraseKind.Descriptor)
            return NonSpeakerHeads.Contains(LastWord(phrase.Span.Of(text)));
        if (phrase.Kind != PhraseKind.Name)
            return false;
        var words = phrase.Span.Of(text).Trim();
        if (words.Length == 0)
            return true;
        if (IsPartyStateTag(words))
            return true;
        // "Tags Aleppo Syria Hizbollah Four …": a scraped page's tag list run into the sentence after it.
        if (words.StartsWith("Tags ", StringComparison.Ordinal) || words.StartsWith("Tags: ", StringComparison.Ordinal))
            return true;
        if (IsPhotoCredit(text, phrase.Span))
            return true;
        bool oneWord = !words.Contains(' ', StringComparison.Ordinal);
        var bare = words.TrimEnd('.');
        if (oneWord && NeverSpeakers.Contains(bare))
            return true;
        if (oneWord && StartsSentence(text, phrase.Span.Start) && (StopWords.Contains(bare.ToLowerInvariant()) || IsCommonWord(text, phrase.Span)))
            return true;
        if (IsDate(words) || IsHeading(words) || IsDateline(text, phrase.Span))
            return true;
        foreach (var e in entities)
        {
            if (e.Type == EntityType.Place && e.Span.Start <= phrase.Span.Start && e.Span.End >= phrase.Span.End)
                return keepMention = true;
        }
        return false;
    }

    private static string LastWord(string words)
    {
        var trimmed = words.AsSpan().TrimEnd();
        int space = trimmed.LastIndexOf(' ');
        return trimmed[(space + 1)..].ToString();
    }

    /// <summary>
    /// A capitalised sentence opener that is an ordinary word, not a name: one ending in -ing before a lower-case word
    /// ("Following initial reports, …"), or one the article also writes in lower case ("Pressure is building …" when
    /// "pressure" appears elsewhere).
    /// </summary>
    private static bool IsCommonWord(string text, TextSpan span)
    {
        var word = text.AsSpan(span.Start, span.Length);
        int next = span.End;
        while (next < text.Length && text[next] == ' ')
            next++;
        if (word.EndsWith("ing", StringComparison.Ordinal) && next < text.Length && char.IsLower(text[next]))
            return true;
        if (word.Length < 3 || !char.IsUpper(word[0]) || !word[1..].ContainsAnyInRange('a', 'z') || IsPeopleWord(word.ToString()))
            return false;
        // The same word in lower case, as a whole word, anywhere in the article.
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        var rest = text.AsSpan();
        int offset = 0;
        while (true)
        {
            int at = rest.IndexOf(lower, StringComparison.Ordinal);
            if (at < 0)
                return false;
            int start = offset + at, end = start + lower.Length;
            if ((start == 0 || !char.IsLetter(text[start - 1])) && (end >= text.Length || !char.IsLetter(text[end])))
                return true;
            offset = start + 1;
            rest = text.AsSpan(offset);
        }
    }

    /// <summary>Agent suffixes of plural people nouns ("Protesters", "Investigators", "Analysts", "Residents").</summary>
    private static readonly string[] PeopleSuffixes = ["ers", "ors", "ists", "ians", "ants", "ents", "ees"];

    /// <summary>A word that names people ("Officials", "Protesters"), which may open a sentence as its speaker.</summary>
    private static bool IsPeopleWord(string word) =>
        NameLexicon.PeopleNouns.Contains(word) || NameLexicon.RoleHeads.ContainsKey(word)
        || PeopleSuffixes.Any(x => word.EndsWith(x, StringComparison.OrdinalIgnoreCase));

    /// <summary>A month or weekday with only numbers after it: "September 27", "Monday 5".</summary>
    private static bool IsDate(string words)
    {
        var parts = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !Dates.TemporalLexicon.Months.ContainsKey(parts[0].TrimEnd('.')) && !Dates.TemporalLexicon.Weekdays.ContainsKey(parts[0]))
            return false;
        for (int i = 1; i < parts.Length; i++)
            if (!char.IsDigit(parts[i][0]))
                return false;
        return true;
    }

    /// <summary>Three or more words in capitals: a heading or a kicker ("CONGRESS HAS INVESTIGATED HIM"), not a name.</summary>
    private static bool IsHeading(string words)
    {
        int count = 0;
        foreach (var range in words.AsSpan().Split(' '))
        {
            var w = words.AsSpan(range);
            if (w.Length == 0)
                continue;
            if (w.ContainsAnyInRange('a', 'z'))
                return false;
            count++;
        }
        return count >= 3;
    }

    /// <summary>A dateline: a place in capitals opening a paragraph before a dash or an agency credit ("BEIRUT —", "PARIS (AP) -").</summary>
    private static bool IsDateline(string text, TextSpan span)
    {
        if (span.Start > 0 && text[span.Start - 1] != '\n')
            return false;
        var words = text.AsSpan(span.Start, span.Length);
        if (words.ContainsAnyInRange('a', 'z'))
            return false;
        int k = span.End;
        while (k < text.Length && text[k] is ' ' or ',')
            k++;
        return k < text.Length && text[k] is '—' or '–' or '-' or '(';
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
