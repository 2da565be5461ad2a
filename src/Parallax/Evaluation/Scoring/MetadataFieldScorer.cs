using System.Globalization;
using System.Text;
using Parallax.Model;

namespace Parallax.Evaluation.Scoring;

/// <summary>
/// When one extracted metadata field counts as right against a reference page's expected value (the
/// rules of <c>parallax eval metadata</c>, written down in docs/evaluation.md). The rules are the scorer's
/// own, independent of the extractor's cleaning code, so a change there cannot move the yardstick.
/// </summary>
internal static class MetadataFieldScorer
{
    /// <summary>Separators between a headline and a trailing site or section name.</summary>
    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " -- ", " · ", " :: ", " » ", " _ ", "|", "_"];

    /// <summary>A trailing segment of at most this many words (and characters) is taken as a site name.</summary>
    private const int MaxSiteNameWords = 3;
    private const int MaxSiteNameChars = 40;

    /// <summary>How many trailing site or section names may be dropped ("Headline | Section | Site").</summary>
    private const int MaxSuffixDrops = 2;

    /// <summary>Words that introduce a byline or a co-author; dropped from the start of an expected name.</summary>
    private static readonly string[] BylineLeads = ["written by ", "edited by ", "posted by ", "by ", "by: ", "par ", "por ", "von ", "avec ", "with "];

    /// <summary>Words joining names in a byline, in the languages of the reference pages.</summary>
    private static readonly string[] NameJoiners = [" and ", " und ", " et ", " y ", " e ", " avec ", " with "];

    /// <summary>
    /// Titles match when they are equal after case, whitespace and quote folding, either side having
    /// dropped up to two trailing segments after a separator that are short (a site or section name: at most
    /// 3 words) or equal to the page's expected site name.
    /// </summary>
    public static bool TitleMatches(string? expected, string? actual, string? expectedSiteName)
    {
        if (string.IsNullOrWhiteSpace(expected) || string.IsNullOrWhiteSpace(actual))
            return false;
        var site = OutletKey(expectedSiteName);
        var mine = TitleVariants(actual, site);
        return TitleVariants(expected, site).Overlaps(mine);
    }

    /// <summary>The folded title and the forms left after dropping one or two trailing site names.</summary>
    internal static HashSet<string> TitleVariants(string title, string siteKey)
    {
        var variants = new HashSet<string>(StringComparer.Ordinal);
        var current = FoldTitle(title);
        variants.Add(current);
        for (int drop = 0; drop < MaxSuffixDrops; drop++)
        {
            var shorter = DropSiteSuffix(current, siteKey);
            if (shorter is null)
                break;
            current = shorter;
            variants.Add(current);
        }
        return variants;
    }

    private static string? DropSiteSuffix(string title, string siteKey)
    {
        int best = -1, bestLength = 0;
        foreach (var sep in TitleSeparators)
        {
            int i = title.LastIndexOf(sep, StringComparison.Ordinal);
            if (i > best)
            {
                best = i;
                bestLength = sep.Length;
            }
        }
        // "Weekly Edition [LWN.net]": a bracketed trailing name is a site name too.
        if (title.EndsWith(']') && title.LastIndexOf(" [", StringComparison.Ordinal) is int open and > 0 && open > best && title.Length - open <= MaxSiteNameChars)
            return title[..open].Trim();
        if (best <= 0)
            return null;
        var suffix = title[(best + bestLength)..].Trim();
        var head = title[..best].Trim();
        if (head.Length == 0)
            return null;
        int words = suffix.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        bool shortName = words <= MaxSiteNameWords && suffix.Length <= MaxSiteNameChars;
        bool isSite = siteKey.Length > 0 && OutletKey(suffix) == siteKey;
        return shortName || isSite ? head : null;
    }

    /// <summary>Lower case, NFKC, one space between words, straight quotes, no trailing separator marks.</summary>
    internal static string FoldTitle(string title)
    {
        var s = title.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (char c in s)
        {
            char d = c switch
            {
                '\u2018' or '\u2019' or '\u201B' or '`' => '\'',
                '\u201C' or '\u201D' or '\u201E' => '"',
                _ => c,
            };
            if (char.IsWhiteSpace(d))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
                sb.Append(' ');
            space = false;
            sb.Append(d);
        }
        return sb.ToString().TrimEnd(':', '|', '-', '·', ' ', '_');
    }

    /// <summary>
    /// Authors are right when the expected byline's lead name is among the names given and every name
    /// given is one of the byline's names (a missing co-author is forgiven, a wrong or junk name is not).
    /// Names compare by their letters only, case-folded ("Roberts-Grey" = "roberts grey"). Call only when
    /// <see cref="ExpectedNames"/> of the byline is not empty.
    /// </summary>
    public static bool AuthorsMatch(IReadOnlyList<string> expectedNames, IReadOnlyList<string> actual)
    {
        if (expectedNames.Count == 0 || actual.Count == 0)
            return false;
        var expected = expectedNames.Select(NameKey).ToHashSet(StringComparer.Ordinal);
        var given = actual.Select(NameKey).Where(k => k.Length > 0).ToList();
        return given.Contains(NameKey(expectedNames[0])) && given.TrueForAll(expected.Contains);
    }

    /// <summary>
    /// The person names an expected byline holds: split at line breaks, commas, semicolons, ampersands,
    /// pipes and joining words; "By", "Par", "Written by" dropped; a parenthesis of co-authors
    /// ("(avec X et Y)") split, other parentheses kept as part of the name, a URL or e-mail in one dropped;
    /// parts with digits (dates, times) dropped. Empty when the byline holds no name (null, a date line).
    /// </summary>
    public static List<string> ExpectedNames(string? byline)
    {
        var names = new List<string>();
        if (string.IsNullOrWhiteSpace(byline))
            return names;
        var text = DropLinkParentheses(byline);
        // "(avec X et Y)": co-authors in parentheses are more names; other parentheses are kept as words.
        text = text.Replace('(', ' ').Replace(')', ' ');
        foreach (var line in text.Split(['\n', ',', ';', '&', '|', '·'], StringSplitOptions.RemoveEmptyEntries))
        {
            var rest = " " + string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) + " ";
            foreach (var joiner in NameJoiners)
                rest = rest.Replace(joiner, "\n", StringComparison.OrdinalIgnoreCase);
            foreach (var piece in rest.Split('\n'))
            {
                var name = DropLead(piece.Trim());
                if (name.Length > 0 && !IsLeadWord(name) && name.Any(char.IsLetter) && !name.Any(char.IsDigit))
                    names.Add(name);
            }
        }
        return names;
    }

    private static string DropLinkParentheses(string byline)
    {
        var sb = new StringBuilder(byline.Length);
        int i = 0;
        while (i < byline.Length)
        {
            int open = byline.IndexOf('(', i);
            if (open < 0)
            {
                sb.Append(byline, i, byline.Length - i);
                break;
            }
            int close = byline.IndexOf(')', open);
            if (close < 0)
            {
                sb.Append(byline, i, byline.Length - i);
                break;
            }
            var inside = byline.AsSpan(open, close - open);
            sb.Append(byline, i, open - i);
            if (!inside.Contains("://", StringComparison.Ordinal) && !inside.Contains('@'))
                sb.Append(byline, open, close - open + 1);
            i = close + 1;
        }
        return sb.ToString();
    }

    /// <summary>"By" alone on its line, before the name on the next.</summary>
    private static bool IsLeadWord(string part) =>
        Array.Exists(BylineLeads, lead => string.Equals(lead.Trim(), part, StringComparison.OrdinalIgnoreCase));

    private static string DropLead(string name)
    {
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (var lead in BylineLeads)
            {
                if (name.Length > lead.Length && name.StartsWith(lead, StringComparison.OrdinalIgnoreCase))
                {
                    name = name[lead.Length..].TrimStart();
                    changed = true;
                }
            }
        }
        return name;
    }

    /// <summary>Letters and digits of a name, case-folded, one space between words.</summary>
    internal static string NameKey(string name)
    {
        var sb = new StringBuilder(name.Length);
        bool space = false;
        foreach (char c in name.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                    sb.Append(' ');
                space = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                space = true;
            }
        }
        return sb.ToString();
    }

    /// <summary>Outlets match when their letters and digits agree, case-folded, a leading "the" dropped.</summary>
    public static bool OutletMatches(string? expected, string? actual)
    {
        var e = OutletKey(expected);
        return e.Length > 0 && e == OutletKey(actual);
    }

    private static string OutletKey(string? outlet)
    {
        if (string.IsNullOrWhiteSpace(outlet))
            return "";
        var key = NameKey(outlet);
        if (key.StartsWith("the ", StringComparison.Ordinal))
            key = key[4..];
        return key.Replace(" ", "", StringComparison.Ordinal);
    }

    /// <summary>
    /// Publication dates match on the calendar day: the day as each side writes it, or, when both carry a
    /// UTC offset, the same UTC day. An expected value that is not a date matches nothing.
    /// </summary>
    public static bool PublishedMatches(string? expected, PublicationDate? actual)
    {
        if (actual is not { } got || !TryParseExpectedDate(expected, out var want))
            return false;
        if (want.Day == got.Day)
            return true;
        return want.Offset is { } wo && got.Offset is { } go
            && DateOnly.FromDateTime(want.Value - wo) == DateOnly.FromDateTime(got.Value - go);
    }

    /// <summary>The expected ISO-like time ("2019-01-03T07:00:02.000Z", "2021-11-01T10:52:50+0100", "2017-11-03 03:01:00.000000").</summary>
    internal static bool TryParseExpectedDate(string? text, out PublicationDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
            return false;
        text = text.Trim();
        // "+0100" → "+01:00" so the offset parses.
        if (text.Length > 5 && text[^5] is '+' or '-' && text[^4..].All(char.IsAsciiDigit) && text.Contains('T', StringComparison.Ordinal))
            text = text[..^2] + ":" + text[^2..];
        if (PublicationDate.TryParseIso(text, out date))
            return true;
        if (text.Length >= 10 && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            date = PublicationDate.FromDay(day);
            return true;
        }
        return false;
    }
}
