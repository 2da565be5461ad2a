using BenchmarkDotNet.Attributes;
using Parallax.Bench.Data;
using Parallax.Extraction;
using Parallax.Model;

namespace Parallax.Bench.Benchmarks;

/// <summary>
/// HTML pages to articles with <see cref="ArticleExtractor"/> (parse, metadata, main text) over the
/// article-extraction-benchmark pages, decompressed beforehand. One operation extracts the whole subset:
/// pages/s = PageCount / Mean.
/// </summary>
[MemoryDiagnoser]
public class HtmlExtractionBenchmarks
{
    private readonly ArticleExtractor _extractor = new();
    private RawDocument[] _pages = [];

    /// <summary>The first N pages in file order; 181 is the whole dataset.</summary>
    [Params(20, 181)]
    public int PageCount { get; set; }

    [GlobalSetup]
    public void Setup() =>
        _pages = BenchData.HtmlPages(PageCount).Select((html, i) => new RawDocument($"page-{i}.html", DocumentFormat.Html, html)).ToArray();

    [Benchmark]
    public int ExtractPages()
    {
        int chars = 0;
        foreach (var page in _pages)
            chars += _extractor.Extract(page).Text.Length;
        return chars;
    }
}
