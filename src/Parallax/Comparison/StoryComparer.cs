using Parallax.Analysis;
using Parallax.Comparison.Exclusives;
using Parallax.Comparison.Figures;
using Parallax.Comparison.Framing;
using Parallax.Comparison.Quotes;

namespace Parallax.Comparison;

/// <summary>What one story's coverage looks like across its articles: aligned quotes and compared figures.</summary>
internal sealed record StoryComparison(
    IReadOnlyList<AnalyzedArticle> Articles,
    IReadOnlyList<IReadOnlyList<QuoteRef>> QuoteGroups,
    IReadOnlyList<FigureGroup> FigureGroups,
    IReadOnlyList<FramingRow> Framing,
    IReadOnlyList<ArticleExclusives> Exclusives);

/// <summary>The comparison stage for one story.</summary>
internal sealed class StoryComparer(QuoteAligner? quotes = null, FigureGrouper? figures = null)
{
    private readonly QuoteAligner _quotes = quotes ?? new QuoteAligner();
    private readonly FigureGrouper _figures = figures ?? new FigureGrouper();

    public StoryComparison Compare(IReadOnlyList<AnalyzedArticle> articles, CancellationToken cancel = default)
    {
        // Figures and exclusives read sentences; a document without them was not analysed, and guessing them here would hide it.
        foreach (var a in articles)
        {
            if (!a.Has(Layers.Sentences))
                throw new ArgumentException($"{a.Article.Id}: comparison needs the sentences layer; analyse the article first", nameof(articles));
        }
        var quoteGroups = _quotes.Align(articles);
        cancel.ThrowIfCancellationRequested();
        var figureGroups = _figures.Group(articles);
        cancel.ThrowIfCancellationRequested();
        var framing = FramingTable.Count(articles);
        cancel.ThrowIfCancellationRequested();
        return new(articles, quoteGroups, figureGroups, framing, ExclusiveFinder.Find(articles));
    }
}
