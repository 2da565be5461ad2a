using System.Diagnostics;
using Parallax.Evaluation.Scoring;

namespace Parallax.Evaluation;

/// <summary>
/// <c>parallax eval comparison DIR</c> over the hand-checked cross-outlet gold (<c>gold.json</c>, <c>articles.jsonl</c>):
/// compares each gold story's articles as <c>parallax compare</c> does and scores the reports with the definitions of
/// <c>score.py compare-gold</c> (aligned quotes, distinct quotes, figure groups and their verdicts) and
/// <c>score.py alignment</c> (stories kept whole, word-for-word shared quote pairs). The gold stories, sorted by id,
/// fall in two halves by position (even: the half rules are tuned on; odd: held out), each also scored on its own.
/// </summary>
internal sealed class ComparisonEvaluation : IEvaluationTask, IWritesStoryReports
{
    public IEvaluationTask WritingReportsTo(string directory) => new ComparisonEvaluation { ReportsDirectory = directory };

    /// <summary>When set, each story's report is written there as <c>STORY.json</c> (what <c>score.py</c> reads).</summary>
    public string? ReportsDirectory { get; init; }

    public string Name => "comparison";

    public string Description =>
        "a folder with gold.json and articles.jsonl (hand-checked cross-outlet gold): compare per gold story, then aligned quote recall, " +
        "distinct quotes kept apart, figures grouped, agree right, different figures kept apart, figures grouped by kind (agreeing, disputed), stories kept whole, shared-quote pair recall; the same on the tuned and held-out halves";

    public EvaluationResult Run(string path, IProgress<int>? progress = null, Action<int>? setTotal = null)
    {
        string goldPath = Path.Combine(path, "gold.json"), articlesPath = Path.Combine(path, "articles.jsonl");
        if (!File.Exists(goldPath) || !File.Exists(articlesPath))
            throw new DatasetException("expected a folder with gold.json and articles.jsonl");
        var gold = GoldStoryReports.ReadGold(goldPath);
        var heldOut = gold.Select(g => g.Story).Order(StringComparer.Ordinal).Where((_, i) => i % 2 == 1).ToHashSet(StringComparer.Ordinal);
        var goldById = gold.ToDictionary(g => g.Story, StringComparer.Ordinal);
        CompareGoldScorer all = new(), tuned = new(), held = new();
        SharedQuoteScorer shared = new(), sharedTuned = new(), sharedHeld = new();
        int articles = 0;
        var compareTime = TimeSpan.Zero;
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var lap = Stopwatch.StartNew();
        foreach (var entry in GoldStoryReports.Compare(articlesPath, ReportsDirectory, progress, setTotal))
        {
            compareTime += lap.Elapsed;
            articles += entry.Articles.Count;
            reported.Add(entry.Story);
            var texts = entry.Articles.Select(a => (a.Id, a.Text)).ToList();
            bool isHeld = heldOut.Contains(entry.Story);
            foreach (var s in new[] { shared, isHeld ? sharedHeld : sharedTuned })
                s.Add(texts, entry.Report);
            if (goldById.TryGetValue(entry.Story, out var g))
                foreach (var s in new[] { all, isHeld ? held : tuned })
                    s.Add(g, entry.Report);
            lap.Restart();
        }
        // A gold story none of whose articles is in articles.jsonl has no report: every member unlocated.
        foreach (var g in gold.Where(g => !reported.Contains(g.Story)))
            foreach (var s in new[] { all, heldOut.Contains(g.Story) ? held : tuned })
                s.Add(g, null);
        return new EvaluationResult
        {
            Task = Name,
            Dataset = path,
            Metrics =
            [
                new("aligned_recall", all.AlignedRecall), new("distinct_kept_apart", all.DistinctKeptApart),
                new("figure_recall", all.FigureRecall), new("figure_agree_right", all.FigureAgreeRight),
                new("figures_kept_apart", all.FiguresKeptApart),
                new("agreeing_figure_recall", all.AgreeingFigureRecall), new("disputed_figure_recall", all.DisputedFigureRecall),
                new("stories_kept_whole", shared.StoriesKeptWhole), new("alignment_recall", shared.AlignmentRecall),
                .. Half("tuned", tuned, sharedTuned), .. Half("held_out", held, sharedHeld),
            ],
            Counts =
            [
                new("stories", gold.Count), new("aligned_groups", all.Aligned), new("distinct_pairs", all.Distinct),
                new("figure_groups", all.Figures), new("disputed_figure_groups", all.FiguresDisputed), new("figure_group_pairs", all.FigurePairs), new("shared_quote_pairs", shared.Pairs), new("stories_whole", shared.StoriesWhole),
            ],
            Items = articles,
            ItemUnit = "articles",
            Seconds = compareTime.TotalSeconds,
        };
    }

    private static KeyValuePair<string, double>[] Half(string half, CompareGoldScorer gold, SharedQuoteScorer shared) =>
    [
        new($"{half}_aligned_recall", gold.AlignedRecall), new($"{half}_distinct_kept_apart", gold.DistinctKeptApart),
        new($"{half}_figure_recall", gold.FigureRecall), new($"{half}_figure_agree_right", gold.FigureAgreeRight),
        new($"{half}_figures_kept_apart", gold.FiguresKeptApart), new($"{half}_stories_kept_whole", shared.StoriesKeptWhole),
        new($"{half}_agreeing_figure_recall", gold.AgreeingFigureRecall), new($"{half}_disputed_figure_recall", gold.DisputedFigureRecall),
    ];
}
