using System.Diagnostics;
using Parallax.Analysis;
using Parallax.Comparison;
using Parallax.Comparison.Quotes;

namespace Parallax.Evaluation;

/// <summary>
/// <c>parallax eval alignment FILE.jsonl</c>: within each gold story, the pairs of quotes from two different
/// articles that share a run of <see cref="SharedRun"/> or more identical words must land in one quote
/// group (recall). Groups whose quotes are not all chained by such runs are counted as paraphrase joins
/// (other wordings, or partial quotes shorter than a run), whose precision is checked by hand
/// (docs/comparison.md, appendix).
/// </summary>
internal sealed class AlignmentEvaluation : IEvaluationTask
{
    /// <summary>Consecutive identical words that make two quotes the same wording.</summary>
    public const int SharedRun = 6;

    public string Name => "alignment";

    public string Description => "a .jsonl whose lines carry a gold \"story\": recall of word-for-word shared quotes landing in one group";

    public EvaluationResult Run(string path, IProgress<int>? progress = null, Action<int>? setTotal = null)
    {
        var (articles, gold) = StoriesEvaluation.Load(path);
        setTotal?.Invoke(articles.Count);
        var pipeline = AnalysisPipeline.CreateDefault();
        var aligner = new QuoteAligner();
        int pairs = 0, joined = 0, paraphraseGroups = 0, crossGroups = 0, quotes = 0;
        var sw = Stopwatch.StartNew();
        foreach (var story in Enumerable.Range(0, articles.Count).GroupBy(i => gold[i]))
        {
            var analyzed = story.Select(i => pipeline.Analyze(articles[i])).ToList();
            progress?.Report(analyzed.Count);
            var groups = aligner.Align(analyzed);
            var groupOf = new Dictionary<QuoteRef, int>();
            for (int g = 0; g < groups.Count; g++)
                foreach (var r in groups[g])
                    groupOf[r] = g;
            var tokens = new Dictionary<QuoteRef, ContentWords>();
            for (int a = 0; a < analyzed.Count; a++)
            {
                for (int q = 0; q < analyzed[a].Quotes.Count; q++)
                    tokens[new QuoteRef(a, q)] = ContentWords.Of(analyzed[a].Quotes[q].Text);
                quotes += analyzed[a].Quotes.Count;
            }
            var refs = tokens.Keys.ToList();
            for (int x = 0; x < refs.Count; x++)
            {
                for (int y = x + 1; y < refs.Count; y++)
                {
                    if (refs[x].Article == refs[y].Article || !ContentWords.ShareRun(tokens[refs[x]], tokens[refs[y]], SharedRun))
                        continue;
                    pairs++;
                    if (groupOf[refs[x]] == groupOf[refs[y]])
                        joined++;
                }
            }
            foreach (var g in groups.Where(g => g.Select(r => r.Article).Distinct().Count() > 1))
            {
                crossGroups++;
                if (!LinkedByRuns(g, tokens))
                    paraphraseGroups++;
            }
        }
        sw.Stop();
        return new EvaluationResult
        {
            Task = Name,
            Dataset = path,
            Metrics = [new("shared_pair_recall", pairs == 0 ? 0 : (double)joined / pairs)],
            Counts = [new("shared_pairs", pairs), new("quotes", quotes), new("cross_article_groups", crossGroups), new("paraphrase_groups", paraphraseGroups)],
            Items = articles.Count,
            ItemUnit = "articles",
            Seconds = sw.Elapsed.TotalSeconds,
        };
    }

    /// <summary>
    /// True when the group's quotes are all joined by chains of shared runs: the same words, though one outlet
    /// may quote in two pieces what another quotes whole. Otherwise the group joins other wordings somewhere.
    /// </summary>
    private static bool LinkedByRuns(IReadOnlyList<QuoteRef> group, Dictionary<QuoteRef, ContentWords> tokens)
    {
        var reached = new HashSet<QuoteRef> { group[0] };
        var pending = new Stack<QuoteRef>(reached);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            foreach (var other in group)
            {
                if (!reached.Contains(other) && ContentWords.ShareRun(tokens[current], tokens[other], SharedRun))
                {
                    reached.Add(other);
                    pending.Push(other);
                }
            }
        }
        return reached.Count == group.Count;
    }
}
