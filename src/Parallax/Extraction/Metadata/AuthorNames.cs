using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Parallax.Extraction.Metadata;

/// <summary>
/// Turns author strings into a clean list of names: drops a leading "By", splits "X and Y" / "X, Y" /
/// "X &amp; Y", removes roles ("Staff Writer"), e-mail addresses, URLs and handles, and dedupes.
/// </summary>
internal static partial class AuthorNames
{
    /// <summary>Words that introduce a byline, in the languages the date tables cover.</summary>
    private static readonly string[] BylinePrefixes = ["by", "von", "por", "par", "di", "door", "av", "af", "przez", "autor", "author", "written by", "posted by", "reported by", "words by", "text:", "texto:"];

    /// <summary>Job titles and desks that follow a name in bylines; a part made only of these words is not a name.</summary>
    private static readonly FrozenSet<string> RoleWords = new[]
    {
        "staff", "writer", "writers", "reporter", "reporters", "correspondent", "correspondents", "editor", "editors",
        "senior", "chief", "contributor", "contributing", "columnist", "photographer", "photos", "photo", "special",
        "associate", "assistant", "managing", "political", "national", "foreign", "news", "desk", "team", "bureau",
        "freelance", "guest", "contributors", "author", "editorial", "board", "opinion", "sports", "business",
        "science", "health", "technology", "tech", "video", "producer", "analyst", "the", "and", "of", "for", "digital",
        "redacción", "redaccion", "redaktion", "rédaction", "redazione", "updated", "published", "admin", "administrator",
        "webmaster", "staff", "wire", "wires",
        // Degrees after a name ("Brenda Goodman, MA"): a part made only of these is not a name.
        "ma", "md", "phd", "ph.d", "mph", "msc", "bsc", "mba", "rn", "dds", "jd", "llm",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Job nouns that end a role phrase ("AP Auto Writer", "Senior Political Correspondent").</summary>
    private static readonly FrozenSet<string> RoleNouns = new[]
    {
        "writer", "writers", "reporter", "reporters", "correspondent", "correspondents", "editor", "editors", "columnist",
        "photographer", "contributor", "contributors", "producer", "analyst", "staff",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Lower-case words that may stand inside a name ("Ludwig van Beethoven", "Maria da Silva").</summary>
    private static readonly FrozenSet<string> NameParticles = new[]
    {
        "van", "von", "der", "den", "de", "da", "das", "do", "dos", "di", "del", "della", "la", "le", "du", "bin", "ibn",
        "al", "el", "ter", "ten", "y", "e", "zu", "af", "st.",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Characters no name holds: their presence means script or markup text leaked into a byline.</summary>
    private static readonly System.Buffers.SearchValues<char> CodeCharacters = System.Buffers.SearchValues.Create("[]{}()<>=\\\"+*#");

    /// <summary>A name longer than this (characters or words) is a sentence, not a name.</summary>
    private const int MaxNameLength = 60;
    private const int MaxNameWords = 6;

    /// <summary>Splits one author string ("By Jane Doe and John Roe, Staff Writers") into names.</summary>
    public static List<string> Split(string? raw)
    {
        var names = new List<string>();
        if (string.IsNullOrWhiteSpace(raw))
            return names;
        var text = TextNormalizer.Collapse(LinkInBrackets().Replace(raw, " "));
        if (LooksLikeUrl(text))
            return names;
        text = StripPrefix(text);
        var credit = OtherCredit().Match(text);
        if (credit.Success && credit.Index > 0)
            text = text[..credit.Index]; // "Written by Jane Roe Edited by John Poe": the editor is not an author

        foreach (var part in Separators().Split(text))
        {
            var name = CleanOne(part);
            if (name is not null)
                names.Add(name);
        }
        return Dedupe(names);
    }

    /// <summary>Cleans names that arrived as a list (JSON-LD): each is split further when it joins several.</summary>
    public static List<string> Clean(IEnumerable<string> raw)
    {
        var names = new List<string>();
        foreach (var r in raw)
            names.AddRange(Split(r));
        return Dedupe(names);
    }

    private static string StripPrefix(string text)
    {
        foreach (var prefix in BylinePrefixes)
        {
            if (text.Length > prefix.Length + 1 && text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && (prefix.EndsWith(':') || text[prefix.Length] is ' ' or ':'))
                return text[prefix.Length..].TrimStart(' ', ':');
        }
        return text;
    }

    private static string? CleanOne(string part)
    {
        var s = part.Trim().Trim('-', '–', '—', '|', '·', '(', ')', '"', '\'', ' ');
        s = StripPrefix(s);
        if (s.Length == 0 || s.Length > MaxNameLength || s.Contains('@') || LooksLikeUrl(s))
            return null;
        int paren = s.IndexOf(" (", StringComparison.Ordinal);
        int close = paren > 0 ? s.IndexOf(')', paren) : -1;
        if (close > 0 && close + 2 < s.Length && s[close + 1] == ' ' && char.IsUpper(s[close + 2]))
            s = s[..paren] + " " + s[(paren + 2)..close] + s[(close + 1)..]; // "Richard (R.J.) Eskow": a middle name
        else if (paren > 0)
            s = s[..paren]; // "Jane Doe (Reuters)"
        int colon = s.LastIndexOf(':');
        if (colon >= 0)
            s = s[(colon + 1)..].Trim(); // "Text: Jane Doe", "Author: Jane Doe"
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > MaxNameWords || words.All(w => RoleWords.Contains(w.Trim('.', ',')))
            || RoleNouns.Contains(words[^1].Trim('.', ',')) || LooksLikeDomain(s) || words.Any(IsLowerCaseWord))
            return null;
        if (!s.Any(char.IsLetter) || s.Any(char.IsDigit) || s.AsSpan().IndexOfAny(CodeCharacters) >= 0)
            return null;
        return s;
    }

    /// <summary>A word that starts with a lower-case letter and is not a name particle: the part is a phrase.</summary>
    private static bool IsLowerCaseWord(string word) =>
        char.IsLower(word[0]) && !NameParticles.Contains(word);

    /// <summary>"Cleveland.com", "NJ.com": a site named as an author.</summary>
    private static bool LooksLikeDomain(string s)
    {
        int dot = s.LastIndexOf('.');
        return dot > 0 && dot < s.Length - 2 && s.Length - dot - 1 <= MaxTldLength && s[(dot + 1)..].All(char.IsAsciiLetterLower);
    }

    private const int MaxTldLength = 4;

    private static bool LooksLikeUrl(string s) =>
        s.Contains("://", StringComparison.Ordinal) || s.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || s.Contains('/');

    private static List<string> Dedupe(List<string> names)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<string>(names.Count);
        foreach (var n in names)
        {
            if (seen.Add(n))
                result.Add(n);
        }
        return result;
    }

    /// <summary>A URL or e-mail address in parentheses or angle brackets after a name ("Jane Roe (https://…)").</summary>
    [GeneratedRegex(@"[(<]\s*(?:[a-z][a-z0-9+.-]*://|mailto:|www\.|[^()<>\s]+@)[^()<>]*[)>]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LinkInBrackets();

    /// <summary>Credits after the author's that are not authorship: editors, photographers, translators.</summary>
    [GeneratedRegex(@"\s(?:Edited|Reviewed|Fact[- ]checked|Photos?|Photographs|Illustrations?|Translated|Graphics) by\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OtherCredit();

    /// <summary>Between names ("X, Y, and Z" too): commas, semicolons, pipes, ampersands and a lower-case "and" in the covered languages.</summary>
    [GeneratedRegex(@"\s*(?:,\s*(?:and|und|y|e|et|en|og|och|i|ve)\s|[,;|&]|\s(?:and|und|y|e|et|en|og|och|i|ve)\s)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();
}
