using System.Text.RegularExpressions;

namespace Parallax.Extraction.Metadata;

/// <summary>
/// How a page writes all-numeric dates: its other dates decide when one of them can only be read one way
/// ("12/25/2024" is month first, "25/12/2024" day first), else its language (American English writes the month
/// first; most of the world the day). Pages that show both orders, or neither, fall back on the language.
/// </summary>
internal static partial class NumericDateOrder
{
    public static NumericOrder Of(string pageText, string? language)
    {
        bool dayFirst = false, monthFirst = false;
        foreach (Match m in Unambiguous().Matches(pageText))
        {
            int a = int.Parse(m.Groups["a"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            int b = int.Parse(m.Groups["b"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            dayFirst |= a > 12 && b <= 12;
            monthFirst |= b > 12 && a <= 12;
        }
        if (dayFirst != monthFirst)
            return monthFirst ? NumericOrder.MonthFirst : NumericOrder.DayFirst;
        return language is not null && language.Equals("en-US", StringComparison.OrdinalIgnoreCase) ? NumericOrder.MonthFirst : NumericOrder.DayFirst;
    }

    [GeneratedRegex(@"(?<![\d/.:-])(?<a>\d{1,2})(?<sep>[./-])(?<b>\d{1,2})\k<sep>(?:19|20)\d{2}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Unambiguous();
}
