using Parallax.Comparison;
using Parallax.Comparison.Report;

namespace Parallax.Store;

/// <summary>A stored story's comparison report, built from the analyses stored at ingest.</summary>
public static class StoreReports
{
    public static ComparisonReport? Story(IStoryStore store, long storyId, ReportBuilder builder)
    {
        var members = store.StoryArticles(storyId);
        if (members.Count == 0)
            return null;
        var analyses = members.Select(m => m.Analysis).ToList();
        return builder.Build(analyses, [Enumerable.Range(0, analyses.Count).ToList()], [StoreIds.Story(storyId)], members.Select(m => m.Line).ToList());
    }
}
