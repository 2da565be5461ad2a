using Parallax.Analysis;

namespace Parallax.Stories;

/// <summary>
/// Analysed documents formed into stories, each story's documents through the <see cref="StoryPass"/>: what
/// comparison takes. <see cref="Group"/> forms the stories of a batch (<c>parallax compare</c>); <see cref="Of"/>
/// takes stories formed elsewhere (the store's).
/// </summary>
public sealed class StoryBatch
{
    private StoryBatch(IReadOnlyList<AnalyzedArticle> articles, IReadOnlyList<IReadOnlyList<int>> stories, IReadOnlyList<string> storyIds,
        IReadOnlyList<int?>? lines)
    {
        Articles = articles;
        Stories = stories;
        StoryIds = storyIds;
        Lines = lines;
    }

    /// <summary>The documents, in input order, after their story's pass.</summary>
    public IReadOnlyList<AnalyzedArticle> Articles { get; }

    /// <summary>The stories, each a list of indexes into <see cref="Articles"/>.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Stories { get; }

    /// <summary>The stories' ids, by position.</summary>
    public IReadOnlyList<string> StoryIds { get; }

    /// <summary>Per document, the JSONL line it came from, when known.</summary>
    public IReadOnlyList<int?>? Lines { get; }

    /// <summary>
    /// Groups a batch into stories (every article counted into the vocabulary first, so IDF knows the whole
    /// batch; then assigned in publication order) numbered <c>s1</c>, <c>s2</c>, ... in order of their first
    /// member, and runs each story's pass.
    /// </summary>
    public static StoryBatch Group(IReadOnlyList<AnalyzedArticle> articles, AnalysisPipeline pipeline, StoryGroupingOptions? grouping = null,
        IReadOnlyList<int?>? lines = null)
    {
        var stories = StoryGrouper.GroupBatch(articles, grouping);
        return Of(articles, stories, stories.Select((_, i) => $"s{i + 1}").ToList(), pipeline, lines);
    }

    /// <summary>Stories already formed: <paramref name="stories"/> index <paramref name="articles"/>, one id per story.</summary>
    public static StoryBatch Of(IReadOnlyList<AnalyzedArticle> articles, IReadOnlyList<IReadOnlyList<int>> stories, IReadOnlyList<string> storyIds,
        AnalysisPipeline pipeline, IReadOnlyList<int?>? lines = null)
    {
        if (storyIds.Count != stories.Count)
            throw new ArgumentException("one id per story", nameof(storyIds));
        var pass = new StoryPass(pipeline);
        var result = articles.ToArray();
        foreach (var members in stories)
        {
            var after = pass.Apply(members.Select(i => articles[i]).ToList());
            for (int k = 0; k < members.Count; k++)
                result[members[k]] = after[k];
        }
        return new StoryBatch(result, stories, storyIds, lines);
    }
}
