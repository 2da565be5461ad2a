using Parallax.Analysis;
using Parallax.Analysis.Entities;
using Parallax.Comparison.Report;
using Parallax.Stories;

namespace Parallax.Comparison;

/// <summary>
/// From analyzed articles to the report: groups them into stories (the same grouping the store uses),
/// compares each story's coverage, and numbers every fact under its article's id.
/// </summary>
public sealed class ReportBuilder(AnalysisPipeline? pipeline = null, StoryGroupingOptions? grouping = null, StoryComparer? comparer = null)
{
    private readonly StoryComparer _comparer = comparer ?? new StoryComparer();
    private readonly AnalysisPipeline _pipeline = pipeline ?? AnalysisPipeline.CreateDefault();

    public ComparisonReport Build(IReadOnlyList<AnalyzedArticle> given, IReadOnlyList<int?>? lines = null)
    {
        var groups = StoryGrouper.GroupBatch(given, grouping);
        return Build(given, groups, groups.Select((_, i) => $"s{i + 1}").ToList(), lines);
    }

    /// <summary>The report of stories already formed (the store's): <paramref name="groups"/> index <paramref name="given"/>, one id per group.</summary>
    public ComparisonReport Build(IReadOnlyList<AnalyzedArticle> given, IReadOnlyList<IReadOnlyList<int>> groups, IReadOnlyList<string> storyIds,
        IReadOnlyList<int?>? lines = null)
    {
        var articles = given.ToArray();
        foreach (var members in groups)
        {
            InferDates(articles, members);
            UnifyNames(articles, members);
        }
        var reportArticles = articles.Select((a, i) => ReportArticles.FromAnalysis(a, lines?[i])).ToList();
        var stories = new List<ReportStory>();
        for (int g = 0; g < groups.Count; g++)
        {
            var members = groups[g];
            var storyArticles = members.Select(i => articles[i]).ToList();
            var comparison = _comparer.Compare(storyArticles);
            stories.Add(ToReport(storyIds[g], comparison, members.Select(i => reportArticles[i]).ToList()));
        }
        return new ComparisonReport { Articles = reportArticles, Stories = stories };
    }

    /// <summary>Undated articles take a day from their story when their text agrees, and are analysed again against it.</summary>
    private void InferDates(AnalyzedArticle[] articles, IReadOnlyList<int> members)
    {
        var inferred = StoryDates.Infer(members.Select(i => articles[i]).ToList());
        for (int k = 0; k < members.Count; k++)
        {
            if (inferred[k] is not { } day)
                continue;
            var a = articles[members[k]].Article;
            var origins = new Dictionary<string, string>(a.Origins) { [nameof(a.Published)] = StoryDates.Origin };
            articles[members[k]] = _pipeline.Analyze(a with { Published = day, Origins = origins });
        }
    }

    /// <summary>One name per person across the story ("Putin" here, "Vladimir Putin" there), in entities and quote speakers.</summary>
    private static void UnifyNames(AnalyzedArticle[] articles, IReadOnlyList<int> members)
    {
        var renames = EntityCanonicalizer.Merge(members.Select(i => articles[i]));
        if (renames.Count == 0)
            return;
        foreach (int i in members)
        {
            var quotes = articles[i].Quotes;
            for (int q = 0; q < quotes.Count; q++)
            {
                if (quotes[q].Speaker is { } speaker && renames.TryGetValue(speaker, out var canonical))
                    quotes[q] = quotes[q] with { Speaker = canonical };
            }
        }
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
        Framing = c.Framing.Select(f => new ReportFraming(f.Family, f.Terms,
            f.Counts.Select((counts, i) => (members[i].Id, counts)).ToDictionary(x => x.Id, x => x.counts))).ToList(),
        Exclusives = c.Exclusives.Select((e, i) => new ReportExclusives(members[i].Id, e.People,
            e.Sentences.Select(s => new ReportSentence(members[i].Text[s.Start..s.End], [s.Start, s.End])).ToList()))
            .Where(e => members.Count > 1 && (e.People.Count > 0 || e.Sentences.Count > 0)).ToList(),
    };
}
