using Parallax.Analysis;
using Parallax.Analysis.Entities;

namespace Parallax.Stories;

/// <summary>
/// The story-level steps over one story's analysed documents: an undated article takes a day from its story
/// when its text agrees (<see cref="StoryDates"/>), and then one name per person across the story
/// (<see cref="EntityCanonicalizer.Merge"/>). Returns new documents; re-runs only the components that read
/// what changed (the reference date: the date tagger), never the whole pipeline, and never changes its input.
/// </summary>
public sealed class StoryPass(AnalysisPipeline pipeline)
{
    private static readonly Layer[] DateChange = [Layers.ReferenceDate];

    /// <summary>The story's documents after the pass, in the order given.</summary>
    public IReadOnlyList<AnalyzedArticle> Apply(IReadOnlyList<AnalyzedArticle> story)
    {
        var documents = story.ToArray();
        var inferred = StoryDates.Infer(documents);
        for (int k = 0; k < documents.Length; k++)
        {
            if (inferred[k] is not { } day)
                continue;
            var a = documents[k].Article;
            var origins = new Dictionary<string, string>(a.Origins) { [nameof(a.Published)] = StoryDates.Origin };
            var dated = documents[k].WithArticle(a with { Published = day, Origins = origins }).WithReferenceDate(day);
            documents[k] = pipeline.Reanalyze(dated, DateChange);
        }
        var names = EntityCanonicalizer.Merge(documents);
        for (int k = 0; k < documents.Length; k++)
            documents[k] = names.Apply(documents[k]);
        return documents;
    }
}
