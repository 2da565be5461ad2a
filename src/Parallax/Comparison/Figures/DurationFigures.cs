using System.Globalization;
using Parallax.Analysis;
using Parallax.Model;

namespace Parallax.Comparison.Figures;

/// <summary>
/// Spans of time written as a modifier ("a two-year ban", "a 10-year sentence", "a 30-day suspension") as figures for
/// the comparison. The quantity reader leaves them to the dates layer, as TimeML and NewsQuant do (a duration there, not
/// a quantity), so <c>parallax analyze</c> does not list them; but one outlet's "a conditional two-year ban" is another's
/// "suspended for two years", and the same with other numbers is a dispute. The comparison takes each such duration of
/// the dates layer that no quantity covers as a quantity of its unit.
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
        foreach (var t in article.Dates)
        {
            if (t.Type != TimexType.Duration || !IsModifier(article.Text, t.Span) || Read(t) is not { } q
                || quantities.Any(x => x.Span.Overlaps(t.Span)) || NamesAnInstrument(article.Text, t.Span.End))
                continue;
            (added ??= []).Add(q);
        }
        if (added is null)
            return article;
        return article.With(Layers.Quantities, quantities.Concat(added).OrderBy(q => q.Span.Start).ThenBy(q => q.Span.End));
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

    /// <summary>A whole number of years, months, weeks, days, hours or minutes ("P2Y", "P30D", "PT24H"); null for anything else.</summary>
    private static Quantity? Read(TimeExpression t)
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
        return new Quantity(t.Span, t.Text, n) { Unit = unit };
    }
}
