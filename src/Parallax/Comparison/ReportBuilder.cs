using Parallax.Analysis;
using Parallax.Comparison.Report;
using Parallax.Stories;

namespace Parallax.Comparison;

/// <summary>
/// From analyzed articles to the report: groups them into stories (the same grouping the store uses),
/// compares each story's coverage, and numbers every fact under its article's id.
/// </summary>
public sealed class ReportBuilder(StoryGroupingOptions? grouping = null, StoryComparer? comparer = null)
{
    private readonly StoryComparer _comparer = comparer ?? new StoryComparer();

    public ComparisonReport Build(IReadOnlyList<AnalyzedArticle> articles, IReadOnlyList<int?>? lines = null)
    {
        var reportArticles = articles.Select((a, i) => ReportArticles.FromAnalysis(a, lines?[i])).ToList();
        var stories = new List<ReportStory>();
        foreach (var members in StoryGrouper.GroupBatch(articles, grouping))
        {
            var storyArticles = members.Select(i => articles[i]).ToList();
            var comparison = _comparer.Compare(storyArticles);
            stories.Add(ToReport($"s{stories.Count + 1}", comparison, members.Select(i => reportArticles[i]).ToList()));
        }
        return new ComparisonReport { Articles = reportArticles, Stories = stories };
    }

    private static ReportStory ToReport(string id, StoryComparison c, IReadOnlyList<ReportArticle> members) => new()
    {
        Id = id,
        Title = members.Select(m => m.Title).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)),
        Articles = members.Select(m => m.Id).ToList(),
        Quotes = c.QuoteGroups.Select(g => new ReportQuoteGroup(
            g.Select(r => c.Articles[r.Article].Quotes[r.Index].Speaker).Where(s => s is not null)
                .GroupBy(s => s).OrderByDescending(x => x.Count()).Select(x => x.Key).FirstOrDefault(),
            g.Select(r => members[r.Article].Quotes![r.Index].Id).ToList())).ToList(),
        Figures = c.FigureGroups.Select(g => new ReportFigureGroup(
            g.About, g.Members.Select(r => members[r.Article].Quantities![r.Index].Id).ToList(), g.Agree)).ToList(),
    };
}
