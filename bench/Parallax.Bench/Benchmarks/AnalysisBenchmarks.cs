using BenchmarkDotNet.Attributes;
using Parallax.Analysis;
using Parallax.Bench.Data;
using Parallax.Extraction;
using Parallax.Model;

namespace Parallax.Bench.Benchmarks;

/// <summary>
/// Analysis throughput: <see cref="AnalysisPipeline.CreateDefault"/> (whatever components are registered
/// when it runs) over the AllSides articles' clean texts. Results are per article (OperationsPerInvoke):
/// articles/s = 1 s / Mean, and Allocated is per article.
/// </summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private const int Articles = 1000;

    private readonly AnalysisPipeline _pipeline = AnalysisPipeline.CreateDefault();
    private Article[] _articles = [];

    [GlobalSetup]
    public void Setup()
    {
        var extractor = new ArticleExtractor();
        _articles = BenchData.JsonlArticles("allsides", Articles)
            .Select(a => extractor.Extract(
                new RawDocument("allsides.jsonl", DocumentFormat.PlainText, a.Text)
                {
                    Given = new GivenFields { Id = a.Id, Title = a.Title, TextIsClean = true },
                }))
            .ToArray();
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int AnalyzeArticles()
    {
        int spans = 0;
        foreach (var article in _articles)
        {
            var analyzed = _pipeline.Analyze(article);
            spans += analyzed.Sentences.Count + analyzed.Entities.Count + analyzed.Quotes.Count
                + analyzed.Quantities.Count + analyzed.Dates.Count + analyzed.Citations.Count;
        }
        return spans;
    }
}
