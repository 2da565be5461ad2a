using System.Text.RegularExpressions;
using Parallax.Analysis;
using Parallax.Model;

namespace Parallax.Comparison.Figures;

/// <summary>
/// Ordinals that count something as figures for the comparison: "the 20th anniversary" is 20 years ("exactly 20 years
/// after the attacks"), "the sixth week of pregnancy" six weeks, "the 10th day of protests" ten days, "for a fourth
/// straight month" four months in a row, "a third term" three terms. The quantity reader leaves ordinals alone (they
/// are no quantities in NewsQuant), but outlets give one count both ways, and a different ordinal for one thing
/// ("a third straight month" / "a fourth straight month") is a dispute.
/// </summary>
internal static partial class OrdinalFigures
{
    /// <summary>The article with its counting ordinals among its quantities (in text order), or the article itself when it has none.</summary>
    public static AnalyzedArticle With(AnalyzedArticle article) => ComparisonFigures.AddingMatches(article, Counting(), Read);

    /// <summary>Whether a figure's text is a counting ordinal ("20th anniversary", "sixth consecutive year").</summary>
    public static bool IsOrdinal(string text) => Counting().Match(text) is { Success: true } m && m.Index == 0 && m.Length == text.Length;

    private static Quantity? Read(string text, Match m)
    {
        if (OrdinalValue(m.Groups["ord"].Value) is not int n)
            return null;
        var noun = m.Groups["noun"].Value.ToLowerInvariant();
        var span = new TextSpan(m.Index, m.Index + m.Length);
        // "her 80th birthday" is the age she turned ("Varga, 80," / "turned 80").
        if (noun == "birthday")
            return n is >= 1 and <= 120 ? new Quantity(span, m.Value, n) { Unit = "year of age" } : null;
        bool anniversary = noun.StartsWith("anniversar", StringComparison.Ordinal);
        // "first" is mostly the earliest of something ("the first day of the trial"), not a count of one; its
        // anniversary is a year.
        if (n < 2 && !anniversary)
            return null;
        // "the second week of March", "the third week of the month": a place in the calendar, not a length.
        if (!anniversary && InTheCalendar(text, m.Index + m.Length))
            return null;
        var unit = anniversary ? "year" : noun;
        return new Quantity(span, m.Value, n) { Unit = unit };
    }

    /// <summary>"of March", "of 2021", "of the year", "of this month" after the ordinal's noun.</summary>
    private static bool InTheCalendar(string text, int end)
    {
        var after = text.AsSpan(end, Math.Min(24, text.Length - end));
        if (!after.StartsWith(" of ", StringComparison.OrdinalIgnoreCase))
            return false;
        after = after[4..];
        if (after.Length > 0 && char.IsDigit(after[0]))
            return true;
        foreach (var calendar in CalendarWords)
        {
            if (after.StartsWith(calendar, StringComparison.OrdinalIgnoreCase)
                && (after.Length == calendar.Length || !char.IsLetter(after[calendar.Length])))
                return true;
        }
        return false;
    }

    private static readonly string[] CalendarWords =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "the year",
        "the month", "the week", "this year", "this month", "this week", "last year", "last month", "next year", "next month",
    ];

    /// <summary>The number an ordinal says ("20th": 20, "twenty-first": 21, "sixth": 6); null when it is none.</summary>
    internal static int? OrdinalValue(string ordinal)
    {
        if (ordinal.Length > 2 && char.IsDigit(ordinal[0]))
            return int.TryParse(ordinal.AsSpan(0, ordinal.Length - 2), out int n) ? n : null;
        var lower = ordinal.ToLowerInvariant();
        int hyphen = lower.IndexOf('-');
        if (hyphen < 0)
            return Words.TryGetValue(lower, out int w) ? w : null;
        return Tens.TryGetValue(lower[..hyphen], out int tens) && Words.TryGetValue(lower[(hyphen + 1)..], out int unit) && unit < 10
            ? tens + unit : null;
    }

    private static readonly Dictionary<string, int> Words = new(StringComparer.Ordinal)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8,
        ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13, ["fourteenth"] = 14,
        ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18, ["nineteenth"] = 19, ["twentieth"] = 20,
        ["thirtieth"] = 30, ["fortieth"] = 40, ["fiftieth"] = 50, ["sixtieth"] = 60, ["seventieth"] = 70, ["eightieth"] = 80,
        ["ninetieth"] = 90, ["hundredth"] = 100,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.Ordinal)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    // An ordinal, an optional "consecutive"/"straight"/"successive", and a noun it counts: an anniversary, a unit of time
    // or a term of office. "quarter" is left out: "the third quarter" is a place in the year.
    [GeneratedRegex(@"\b(?<ord>\d{1,3}(?:st|nd|rd|th)|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth)\s(?:(?:consecutive|straight|successive)\s)?(?<noun>anniversary|anniversaries|birthday|minute|hour|day|night|week|month|year|decade|term)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Counting();
}
