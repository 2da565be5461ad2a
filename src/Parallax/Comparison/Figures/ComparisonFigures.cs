using System.Text.RegularExpressions;
using Parallax.Analysis;

namespace Parallax.Comparison.Figures;

/// <summary>
/// The figures the comparison reads itself, beside the analysis's quantities: the two ends of a change (<see
/// cref="ChangeFigures"/>: "fell from 5.8% to 5.7%"), durations (<see cref="DurationFigures"/>),
/// counting ordinals (<see cref="OrdinalFigures"/>), multipliers in words (<see cref="MultiplierFigures"/>) and counted sets
/// (<see cref="SetFigures"/>: "a pair of rules").
/// </summary>
internal static class ComparisonFigures
{
    /// <summary>The article with all of the comparison's own figures among its quantities.</summary>
    public static AnalyzedArticle With(AnalyzedArticle article) =>
        SetFigures.With(MultiplierFigures.With(OrdinalFigures.With(DurationFigures.With(ChangeFigures.With(article)))));

    /// <summary>
    /// A bare unit of time ("within a month"), a counting ordinal ("a third term") or a multiplier in words ("twice"):
    /// worth comparing, not worth listing alone among the figures only one outlet gives.
    /// </summary>
    public static bool IsMinor(string text) =>
        DurationFigures.IsOneUnit(text) || OrdinalFigures.IsOrdinal(text) || MultiplierFigures.IsInWords(text);

    /// <summary>
    /// The article with the quantities <paramref name="read"/> makes of <paramref name="pattern"/>'s matches in its text,
    /// each that overlaps none of its quantities; the article itself when none is made.
    /// </summary>
    internal static AnalyzedArticle AddingMatches(AnalyzedArticle article, Regex pattern, Func<string, Match, Quantity?> read)
    {
        if (!article.Has(Layers.Quantities))
            return article;
        var text = article.Text;
        var quantities = article.Quantities;
        List<Quantity>? added = null;
        foreach (Match m in pattern.Matches(text))
        {
            if (read(text, m) is { } q && !quantities.Any(x => x.Span.Overlaps(q.Span)))
                (added ??= []).Add(q);
        }
        return Adding(article, added);
    }

    /// <summary>The article with <paramref name="added"/> among its quantities, in text order; the article itself when none.</summary>
    internal static AnalyzedArticle Adding(AnalyzedArticle article, List<Quantity>? added) =>
        added is null
            ? article
            : article.With(Layers.Quantities, article.Quantities.Concat(added).OrderBy(q => q.Span.Start).ThenBy(q => q.Span.End));
}
