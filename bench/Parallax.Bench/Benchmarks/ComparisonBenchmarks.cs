using BenchmarkDotNet.Attributes;
using Parallax.Stories;
using Parallax.Analysis;
using Parallax.Bench.Data;
using Parallax.Comparison;
using Parallax.Extraction;
using Parallax.Model;

namespace Parallax.Bench.Benchmarks;

/// <summary>
/// Comparing one story's coverage: <see cref="StoryComparer.Compare"/> with all N articles taken as one
/// story (the worst case: every pair of articles is aligned), and the whole report (grouping, story dates,
/// names, comparison) as <c>parallax compare</c> builds it. Articles are FA-KES reports of the Syrian war,
/// analysed once in setup. The goal: a 50-article story compared in under a second on one core.
/// </summary>
[MemoryDiagnoser]
public class ComparisonBenchmarks
{
    private readonly AnalysisPipeline _pipeline = AnalysisPipeline.CreateDefault();
    private AnalyzedArticle[] _articles = [];

    [Params(10, 50)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var extractor = new ArticleExtractor();
        _articles = BenchData.JsonlArticles("fakes", Articles)
            .Select(a => _pipeline.Analyze(extractor.Extract(
                new RawDocument("fakes.jsonl", DocumentFormat.PlainText, a.Text)
                {
                    Given = new GivenFields { Id = a.Id, Title = a.Title, TextIsClean = true },
                })))
            .ToArray();
    }

    [Benchmark]
    public int CompareOneStory() => new StoryComparer().Compare(_articles).QuoteGroups.Count;

    [Benchmark]
    public int BuildReport() => new ReportBuilder().Build(StoryBatch.Group(_articles, _pipeline)).Stories.Count;
}
