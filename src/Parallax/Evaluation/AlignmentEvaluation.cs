using System.Diagnostics;
using Parallax.Comparison;
using Parallax.Evaluation.Scoring;

namespace Parallax.Evaluation;

/// <summary>
/// <c>parallax eval alignment FILE.jsonl</c>: compares each gold story's articles as <c>parallax compare</c> does and
/// scores the reports as <c>score.py alignment</c> defines: the direct quotes two different articles share a run of
/// <see cref="SharedQuoteScorer.Run"/>+ identical words with must land in one quote group (recall), and the share of
/// gold stories kept in one story. Groups whose quotes are not all chained by such runs are counted as paraphrase
/// joins (other wordings, or partial quotes shorter than a run), whose precision is checked by hand
/// (docs/comparison.md, appendix).
/// </summary>
internal sealed class AlignmentEvaluation : IEvaluationTask, IWritesStoryReports
{
    public IEvaluationTask WritingReportsTo(string directory) => new AlignmentEvaluation { ReportsDirectory = directory };

    /// <summary>When set, each story's report is written there as <c>STORY.json</c> (what <c>score.py</c> reads).</summary>
    public string? ReportsDirectory { get; init; }

    public string Name => "alignment";

    public string Description => "a .jsonl whose lines carry a gold \"story\": compare per gold story, then recall of word-for-word shared quotes landing in one group and stories kept whole";

    public EvaluationResult Run(string path, IProgress<int>? progress = null, Action<int>? setTotal = null)
    {
        var scorer = new SharedQuoteScorer();
        int articles = 0, quotes = 0, crossGroups = 0, paraphraseGroups = 0;
        var compareTime = TimeSpan.Zero;
        var lap = Stopwatch.StartNew();
        foreach (var entry in GoldStoryReports.Compare(path, ReportsDirectory, progress, setTotal))
        {
            compareTime += lap.Elapsed;
            articles += entry.Articles.Count;
            scorer.Add(entry.Articles.Select(a => (a.Id, a.Text)).ToList(), entry.Report);
            var quoteOf = entry.Report.Articles
                .SelectMany(a => (a.Quotes ?? []).Select(q => (a.Id, q)))
                .ToDictionary(x => x.q.Id, x => (Article: x.Id, Words: ContentWords.Of(x.q.Text)), StringComparer.Ordinal);
            quotes += quoteOf.Count;
            foreach (var group in entry.Report.Stories.SelectMany(s => s.Quotes))
            {
                var members = group.Members.Where(quoteOf.ContainsKey).Select(m => quoteOf[m]).ToList();
                if (members.Select(m => m.Article).Distinct(StringComparer.Ordinal).Count() < 2)
                    continue;
                crossGroups++;
                if (!LinkedByRuns(members.Select(m => m.Words).ToList()))
                    paraphraseGroups++;
            }
            lap.Restart();
        }
        return new EvaluationResult
        {
            Task = Name,
            Dataset = path,
            Metrics = [new("alignment_recall", scorer.AlignmentRecall), new("stories_kept_whole", scorer.StoriesKeptWhole)],
            Counts =
            [
                new("shared_quote_pairs", scorer.Pairs), new("pairs_both_found", scorer.PairsFound), new("pairs_aligned", scorer.PairsAligned),
                new("stories", scorer.Stories), new("quotes", quotes), new("cross_article_groups", crossGroups), new("paraphrase_groups", paraphraseGroups),
            ],
            Items = articles,
            ItemUnit = "articles",
            Seconds = compareTime.TotalSeconds,
        };
    }

    /// <summary>
    /// True when the group's quotes are all joined by chains of shared runs: the same words, though one outlet
    /// may quote in two pieces what another quotes whole. Otherwise the group joins other wordings somewhere.
    /// </summary>
    private static bool LinkedByRuns(List<ContentWords> group)
    {
        var reached = new HashSet<int> { 0 };
        var pending = new Stack<int>(reached);
        while (pending.Count > 0)
        {
            int current = pending.Pop();
            for (int other = 0; other < group.Count; other++)
            {
                if (!reached.Contains(other) && ContentWords.ShareRun(group[current], group[other], SharedQuoteScorer.Run))
                {
                    reached.Add(other);
                    pending.Push(other);
                }
            }
        }
        return reached.Count == group.Count;
    }
}
