using System.Diagnostics;
using System.Text.Json;
using Parallax.Analysis;
using Parallax.Evaluation.Scoring;
using Parallax.Extraction;
using Parallax.Extraction.Inputs;
using Parallax.Stories;

namespace Parallax.Evaluation;

/// <summary>
/// <c>parallax eval stories FILE.jsonl</c>: streams the articles in publication order through analysis and
/// online story grouping, and scores the stories against the gold <c>story</c> field with BCubed.
/// </summary>
internal sealed class StoriesEvaluation(StoryGroupingOptions? options = null) : IEvaluationTask
{
    public string Name => "stories";

    public string Description => "a .jsonl whose lines carry a gold \"story\": BCubed precision, recall, F1 of online grouping";

    public EvaluationResult Run(string path, IProgress<int>? progress = null, Action<int>? setTotal = null)
    {
        var (articles, gold) = Load(path);
        setTotal?.Invoke(articles.Count);
        var order = Enumerable.Range(0, articles.Count)
            .OrderBy(i => articles[i].Published is null)
            .ThenBy(i => articles[i].Published?.Value ?? DateTime.MaxValue)
            .ThenBy(i => i)
            .ToList();
        var pipeline = AnalysisPipeline.CreateDefault();
        var grouper = new StoryGrouper(options);
        var predicted = new int[articles.Count];
        var ordinal = new int[articles.Count];
        var sw = Stopwatch.StartNew();
        foreach (int i in order)
        {
            ordinal[i] = grouper.Add(pipeline.Analyze(articles[i])).Article;
            progress?.Report(1);
        }
        sw.Stop();
        for (int i = 0; i < articles.Count; i++)
            predicted[i] = grouper.StoryOf(ordinal[i]);
        var (p, r, f1) = BCubed.Score(gold, predicted);
        return new EvaluationResult
        {
            Task = Name,
            Dataset = path,
            Metrics = [new("bcubed_precision", p), new("bcubed_recall", r), new("bcubed_f1", f1)],
            Counts = [new("stories_found", grouper.StoryCount), new("gold_stories", gold.Distinct().Count())],
            Items = articles.Count,
            ItemUnit = "articles",
            Seconds = sw.Elapsed.TotalSeconds,
        };
    }

    /// <summary>Articles and their gold story labels, in file order; lines without a story are skipped.</summary>
    internal static (List<Model.Article> Articles, List<string> Gold) Load(string path)
    {
        if (!File.Exists(path))
            throw new DatasetException("expected a .jsonl file whose lines carry a gold \"story\" field");
        var stories = GoldStories(path);
        var extractor = new ArticleExtractor();
        var articles = new List<Model.Article>();
        var gold = new List<string>();
        // A dataset may list one article twice (FA-KES does): ids stay unique as in `parallax compare`, "-2" on the repeat.
        var ids = new ArticleIds.Allocator();
        foreach (var item in new InputReader().ReadPath(path))
        {
            if (item.Document is not { } doc)
                continue;
            if (!stories.TryGetValue(doc.Line!.Value, out var story))
                continue;
            articles.Add(extractor.Extract(doc, id: ids.Claim(doc.Given?.Id ?? $"L{doc.Line}")));
            gold.Add(story);
        }
        if (articles.Count == 0)
            throw new DatasetException("no line carries a gold \"story\" field");
        return (articles, gold);
    }

    /// <summary>The gold "story" of each line, by 1-based line number (the reader drops unknown fields).</summary>
    private static Dictionary<int, string> GoldStories(string path)
    {
        var stories = new Dictionary<int, string>();
        int n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            try
            {
                using var d = JsonDocument.Parse(line);
                if (d.RootElement.ValueKind == JsonValueKind.Object && d.RootElement.TryGetProperty("story", out var s) && s.ValueKind != JsonValueKind.Null)
                    stories[n] = s.ToString();
            }
            catch (JsonException)
            {
                // a broken line has no gold; the reader reports it
            }
        }
        return stories;
    }
}
