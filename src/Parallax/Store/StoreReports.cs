using Parallax.Comparison;
using Parallax.Comparison.Report;

namespace Parallax.Store;

/// <summary>A stored story's comparison report, built from the analyses stored at ingest.</summary>
public static class StoreReports
{
    /// <summary>
    /// The most articles a report compares: a story larger than this (a running story over weeks) is
    /// compared over its latest articles, since alignment grows with the square of the articles.
    /// </summary>
    public const int MaxCompared = 120;

    /// <summary>The report of a stored story from its stored analyses (its latest <paramref name="maxCompared"/> articles), or null when the story has no current article.</summary>
    public static async ValueTask<ComparisonReport?> StoryAsync(IStoryReader store, long storyId, ReportBuilder builder, int maxCompared = MaxCompared,
        CancellationToken cancel = default)
    {
        var members = await store.StoryArticlesAsync(storyId, cancel);
        if (members.Count == 0)
            return null;
        if (members.Count > maxCompared)
            members = members.Skip(members.Count - maxCompared).ToList();
        var analyses = members.Select(m => m.Analysis).ToList();
        return builder.Build(analyses, [Enumerable.Range(0, analyses.Count).ToList()], [StoreIds.Story(storyId)], members.Select(m => m.Line).ToList());
    }
}
