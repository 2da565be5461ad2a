using Parallax.Analysis;
using Parallax.Comparison;
using Parallax.Comparison.Report;
using Parallax.Stories;

namespace Parallax.Store;

/// <summary>A stored story's comparison report, built from the analyses stored at ingest.</summary>
public static class StoreReports
{
    /// <summary>
    /// The most articles a report compares: a story larger than this (a running story over weeks) is
    /// compared over its latest articles, since alignment grows with the square of the articles.
    /// </summary>
    public const int MaxCompared = 120;

    /// <summary>
    /// The report of a stored story from its stored analyses (its latest <paramref name="maxCompared"/> articles),
    /// after the story pass (<paramref name="pipeline"/> re-runs what a story's date changes), or null when the
    /// story has no current article.
    /// </summary>
    public static async ValueTask<ComparisonReport?> StoryAsync(IStoryReader store, long storyId, AnalysisPipeline pipeline, int maxCompared = MaxCompared,
        CancellationToken cancel = default)
    {
        var members = await store.StoryArticlesAsync(storyId, cancel);
        if (members.Count == 0)
            return null;
        if (members.Count > maxCompared)
            members = members.Skip(members.Count - maxCompared).ToList();
        var analyses = members.Select(m => m.Analysis).ToList();
        var batch = StoryBatch.Of(analyses, [Enumerable.Range(0, analyses.Count).ToList()], [StoreIds.Story(storyId)], pipeline,
            members.Select(m => m.Line).ToList());
        return new ReportBuilder().Build(batch, cancel);
    }
}
