using Parallax.Analysis;
using Parallax.Comparison.Exclusives;
using Parallax.Comparison.Figures;
using Parallax.Comparison.Framing;
using Parallax.Comparison.Quotes;

namespace Parallax.Comparison;

/// <summary>What one story's coverage looks like across its articles: aligned quotes and compared figures.</summary>
public sealed record StoryComparison(
    IReadOnlyList<AnalyzedArticle> Articles,
    IReadOnlyList<IReadOnlyList<QuoteRef>> QuoteGroups,
    IReadOnlyList<FigureGroup> FigureGroups,
    IReadOnlyList<FramingRow> Framing,
    IReadOnlyList<ArticleExclusives> Exclusives);

/// <summary>The comparison stage for one story.</summary>
public sealed class StoryComparer(QuoteAligner? quotes = null, FigureGrouper? figures = null)
{
    private readonly QuoteAligner _quotes = quotes ?? new QuoteAligner();
    private readonly FigureGrouper _figures = figures ?? new FigureGrouper();

    public StoryComparison Compare(IReadOnlyList<AnalyzedArticle> articles) =>
        new(articles, _quotes.Align(articles), _figures.Group(articles), FramingTable.Count(articles), ExclusiveFinder.Find(articles));
}
