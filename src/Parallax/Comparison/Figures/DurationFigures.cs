using System.Globalization;
using Parallax.Analysis;
using Parallax.Model;

namespace Parallax.Comparison.Figures;

/// <summary>
/// Spans of time written as a modifier ("a two-year ban", "a 10-year sentence", "a 30-day suspension") as figures for
/// the comparison. The quantity reader leaves them to the dates layer, as TimeML and NewsQuant do (a duration there, not
/// a quantity), so <c>parallax analyze</c> does not list them; but one outlet's "a conditional two-year ban" is another's
/// "suspended for two years", and the same with other numbers is a dispute. The comparison takes each such duration of
/// the dates layer that no quantity covers as a quantity of its unit. So does one unit of time written with an article
/// ("suspended for a week", "roughly an hour before the strike", "just over a week ago"), which the quantity reader does
/// not read as a number: one outlet's "for a week" is another's "for seven days".
/// </summary>
internal static class DurationFigures
{
    /// <summary>The article with its modifier durations among its quantities (in text order), or the article itself when it has none.</summary>
    public static AnalyzedArticle With(AnalyzedArticle article)
    {
        if (!article.Has(Layers.Dates) || !article.Has(Layers.Quantities))
            return article;
        var quantities = article.Quantities;
        List<Quantity>? added = null;
        var text = article.Text;
        foreach (var t in article.Dates)
        {
            // A date of the title or the metadata lies outside the text.
            if (t.Span.Start < 0 || t.Span.End > text.Length)
                continue;
            Quantity? q = null;
            if (t.Type is TimexType.Duration or TimexType.Date && OneUnit(text, t.Span, t.Type == TimexType.Date) is { } unit)
            {
                q = new Quantity(t.Span, text[t.Span.Start..t.Span.End], 1) { Unit = unit, Approximation = Hedges.Before(text, t.Span.Start) };
            }
            else if (t.Type == TimexType.Duration)
            {
                var span = WithoutDeterminer(text, t.Span);
                if (IsModifier(text, span) && !NamesAnInstrument(text, span.End))
                    q = Read(t, span);
            }
            if (q is null || quantities.Any(x => x.Span.Overlaps(q.Span)))
                continue;
            (added ??= []).Add(q);
        }
        return ComparisonFigures.Adding(article, added);
    }

    /// <summary>
    /// A duration written as one hyphenated word before its noun ("two-year", "10-year", "six-month"); not an age
    /// ("five-year-old", read by the quantity reader) and not a spaced "two years".
    /// </summary>
    private static bool IsModifier(string text, TextSpan span)
    {
        if (span.Length < 3 || span.End > text.Length)
            return false;
        var s = text.AsSpan(span.Start, span.Length);
        int hyphen = s.IndexOf('-');
        return hyphen > 0 && s.IndexOf(' ') < 0 && !(span.End < text.Length && text[span.End] == '-');
    }

    /// <summary>
    /// "two-year government bonds", "the 10-year yield", "a 30-year mortgage": the maturity that names a debt instrument,
    /// not a span anything lasted. Looks at the two words after the duration.
    /// </summary>
    private static bool NamesAnInstrument(string text, int end)
    {
        int words = 0;
        for (int i = end; i < text.Length && words < 2;)
        {
            while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == '-'))
                i++;
            int start = i;
            while (i < text.Length && char.IsLetter(text[i]))
                i++;
            if (i == start)
                return false;
            if (Instruments.Contains(text[start..i]))
                return true;
            words++;
        }
        return false;
    }

    private static readonly HashSet<string> Instruments = new(StringComparer.OrdinalIgnoreCase)
    {
        "bond", "bonds", "note", "notes", "treasury", "treasuries", "yield", "yields", "mortgage", "mortgages", "gilt", "gilts",
        "bund", "bunds", "swap", "swaps", "loan", "loans", "paper", "debt", "maturity", "maturities", "rate", "rates",
    };

    /// <summary>The span without a determiner the dates layer took in ("the three-minute video": "three-minute").</summary>
    private static TextSpan WithoutDeterminer(string text, TextSpan span)
    {
        int space = text.IndexOf(' ', span.Start, span.Length);
        if (space < 0 || !Determiners.Contains(text[span.Start..space]))
            return span;
        return new TextSpan(space + 1, span.End);
    }

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "my", "your",
    };

    /// <summary>
    /// The unit of "a week", "an hour", "a year ago": one unit of time with an article, as a span or counted back from
    /// now. Not "twice a week" or "$15 an hour" (a rate: the dates layer calls the first a set, the quantity reader reads
    /// the second), and not "a week-long strike" or "a few weeks"; of a date, only one counted back ("a week ago").
    /// </summary>
    private static string? OneUnit(string text, TextSpan span, bool date)
    {
        var s = text.AsSpan(span.Start, span.Length);
        if (s.EndsWith(" ago", StringComparison.OrdinalIgnoreCase))
            s = s[..^4];
        else if (date)
            return null;
        int space = s.IndexOf(' ');
        if (space < 0 || !(s[..space] is "a" or "A" or "an" or "An"))
            return null;
        var unit = s[(space + 1)..];
        foreach (var u in OneUnits)
        {
            if (unit.Equals(u, StringComparison.OrdinalIgnoreCase))
                return u;
        }
        return null;
    }

    /// <summary>
    /// Whether a figure's text is one unit of time with an article ("a week", "an hour ago"): worth comparing when
    /// another outlet gives the span too, but alone ("within a month", "a day after") no figure a reader would miss.
    /// </summary>
    public static bool IsOneUnit(string text) => OneUnit(text, new TextSpan(0, text.Length), date: false) is not null;

    private static readonly string[] OneUnits = ["minute", "hour", "day", "week", "month", "year", "decade"];

    /// <summary>A whole number of years, months, weeks, days, hours or minutes ("P2Y", "P30D", "PT24H"); null for anything else.</summary>
    private static Quantity? Read(TimeExpression t, TextSpan span)
    {
        if (t.Value is not { Length: >= 3 } v || v[0] != 'P')
            return null;
        bool time = v[1] == 'T';
        int digits = time ? 2 : 1;
        string? unit = (time, v[^1]) switch
        {
            (false, 'Y') => "year", (false, 'M') => "month", (false, 'W') => "week", (false, 'D') => "day",
            (true, 'H') => "hour", (true, 'M') => "minute", _ => null,
        };
        if (unit is null || v.Length <= digits + 1
            || !int.TryParse(v.AsSpan(digits, v.Length - digits - 1), NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n <= 0)
            return null;
        return new Quantity(span, t.Text[(span.Start - t.Span.Start)..], n) { Unit = unit };
    }
}
