using BenchmarkDotNet.Attributes;
using Parallax.Bench.Data;
using Parallax.Extraction;
using Parallax.Model;

namespace Parallax.Bench.Benchmarks;

/// <summary>
/// Scraped plain text to articles with <see cref="ArticleExtractor"/> (the plain-text parser: header,
/// dateline, byline and junk handling) over the JSONL datasets' texts, given as if they were .txt files
/// (title line first, then the text). Results are per text (OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
public class PlainTextExtractionBenchmarks
{
    private const int Texts = 500;

    private readonly ArticleExtractor _extractor = new();
    private RawDocument[] _documents = [];

    [Params("allsides", "ecbplus", "fakes")]
    public string Dataset { get; set; } = "allsides";

    [GlobalSetup]
    public void Setup() =>
        _documents = BenchData.JsonlArticles(Dataset, Texts)
            .Select(a => new RawDocument(a.Id + ".txt", DocumentFormat.PlainText, (a.Title ?? "") + "\n" + a.Text))
            .ToArray();

    [Benchmark(OperationsPerInvoke = Texts)]
    public int ExtractTexts()
    {
        int chars = 0;
        foreach (var doc in _documents)
            chars += _extractor.Extract(doc).Text.Length;
        return chars;
    }
}
