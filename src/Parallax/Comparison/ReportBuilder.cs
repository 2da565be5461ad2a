using Parallax.Analysis;
using Parallax.Comparison.Report;

namespace Parallax.Comparison;

/// <summary>Builds the comparison report from analyzed articles. (Story grouping and cross-outlet comparison plug in here.)</summary>
public sealed class ReportBuilder
{
    public ComparisonReport Build(IReadOnlyList<AnalyzedArticle> articles, IReadOnlyList<int?>? lines = null)
    {
        var reportArticles = articles.Select((a, i) => ReportArticles.FromAnalysis(a, lines?[i])).ToList();
        return new ComparisonReport { Articles = reportArticles, Stories = [] };
    }
}
