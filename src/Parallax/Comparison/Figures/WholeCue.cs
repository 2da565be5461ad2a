using System.Text.RegularExpressions;
using Parallax.Analysis;
using Parallax.Analysis.Quantities;

namespace Parallax.Comparison.Figures;

/// <summary>
/// Whether a figure is the size of a whole that another figure is a part of: the denominator of a partitive ("six of
/// the seven members", "two out of 15 judges", "one in five adults") or the size of a body written as a compound ("the
/// seven-member council", "a 14-nation coalition"). A whole counts something else than its parts: "seven members" and
/// "two members preferring a smaller rise" are not two outlets' figures for one thing, so a whole only meets a whole.
/// </summary>
internal static partial class WholeCue
{
    /// <summary>Characters before a figure searched for "N of the".</summary>
    private const int Reach = 40;

    /// <summary>"six of the", "two out of", "one in", "half of its": a part, then the word that makes what follows its whole.</summary>
    [GeneratedRegex(@"(?:^|[^\p{L}\d])(?<part>\d[\d,.]*|\p{L}+(?:-\p{L}+)?)\s+(?:out\s+of(?:\s+(?:the|its|their))?|of(?:\s+(?:the|its|their|all))?|in)\s+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartBeforeRegex();

    /// <summary>A body a compound count gives the size of ("-member council", "-nation bloc").</summary>
    [GeneratedRegex(@"^\s+(?:\p{L}+\s+)?(?:council|board|committee|panel|jury|court|bench|cabinet|parliament|assembly|senate|chamber|coalition|alliance|bloc|team|squad|delegation|commission|union|group|body|crew|club|league)s?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BodyAfterRegex();

    /// <summary>A body, then "of" right before its size ("coalition of", "a panel of some").</summary>
    [GeneratedRegex(@"\b(?:council|board|committee|panel|jury|court|bench|cabinet|coalition|alliance|bloc|team|squad|delegation|commission|union|crew|league)s?\s+of\s+(?:(?:about|some|around|nearly|almost|more\s+than|at\s+least|up\s+to|over)\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BodyOfRegex();

    /// <summary>"of the", "of those", "of them" right after a bare count: the count is a part of a group said after it.</summary>
    [GeneratedRegex(@"^\s+(?:out\s+)?of\s+(?:the|those|them|these|all)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfTheAfterRegex();

    /// <summary>"of them", "of whom" right after a bare count: a part of a group said before it.</summary>
    [GeneratedRegex(@"^\s+(?:out\s+)?of\s+(?:them|whom)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfThemAfterRegex();

    /// <summary>
    /// Whether a bare count is a part of a group said before it ("verified the deaths of 14,456 people, 110 of them under
    /// 18", "killed 30, 12 of whom were children"): the part of a whole named with it (<see cref="Figure.Included"/>).
    /// </summary>
    public static bool IsPartOfThem(string text, Quantity q) =>
        q.Unit is null && q.Span.End < text.Length
        && OfThemAfterRegex().IsMatch(text.AsSpan(q.Span.End, Math.Min(Reach, text.Length - q.Span.End)));

    /// <summary>
    /// Whether a bare count is a part of a group it names after it ("Fifteen of the wounded were in critical condition",
    /// "six of those hurt remain in hospital"): it counts fewer than the group. A part that names its own kind ("11 of the
    /// dead were children") is a count of that kind instead (<see cref="Figure.Part"/> is set only without one).
    /// </summary>
    public static bool IsPart(string text, Quantity q) =>
        q.Unit is null && q.Span.End < text.Length
        && OfTheAfterRegex().IsMatch(text.AsSpan(q.Span.End, Math.Min(Reach, text.Length - q.Span.End)));

    public static bool IsWhole(string text, Quantity q)
    {
        int start = q.Span.Start;
        int from = Math.Max(0, start - Reach);
        var match = PartBeforeRegex().Match(text, from, start - from);
        if (match.Success && IsNumber(match.Groups["part"].Value))
            return true;
        // "a coalition of 14 countries", "a panel of seven judges": the body's size, as "a 14-nation coalition" gives it.
        if (BodyOfRegex().IsMatch(text.AsSpan(from, start - from)))
            return true;
        // "seven-member council": the number and its noun joined by a hyphen, then the body.
        if (q.Text.Contains('-') && char.IsLetter(q.Text[^1]) && q.Span.End <= text.Length)
            return BodyAfterRegex().IsMatch(text.AsSpan(q.Span.End, Math.Min(Reach, text.Length - q.Span.End)));
        return false;
    }

    private static bool IsNumber(string word)
    {
        if (word.Length > 0 && char.IsDigit(word[0]))
            return true;
        if (NumberWords.Cardinals.ContainsKey(word) || NumberWords.Tens.ContainsKey(word) || NumberWords.Fractions.ContainsKey(word))
            return true;
        int hyphen = word.IndexOf('-');
        return hyphen > 0 && NumberWords.Tens.ContainsKey(word[..hyphen]) && NumberWords.Cardinals.ContainsKey(word[(hyphen + 1)..]);
    }
}
