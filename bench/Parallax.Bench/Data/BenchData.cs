using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Parallax.Bench.Data;

/// <summary>Loads benchmark inputs from the datasets into memory, so benchmarks time processing only.</summary>
public static class BenchData
{
    public const string ScrapinghubPages = "extraction/scrapinghub/html";

    /// <summary>Named JSONL datasets whose <c>text</c> fields feed the plain-text and analysis benchmarks.</summary>
    public static readonly IReadOnlyDictionary<string, string> JsonlDatasets = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["allsides"] = "stories/allsides.jsonl",
        ["ecbplus"] = "stories/ecbplus.jsonl",
        ["fakes"] = "stories/fakes.jsonl",
    };

    /// <summary>The first <paramref name="count"/> pages (ordinal file order), decompressed and decoded as UTF-8.</summary>
    public static IReadOnlyList<string> HtmlPages(int count)
    {
        var dir = DatasetLocator.Require(ScrapinghubPages);
        var files = Directory.EnumerateFiles(dir, "*.html.gz")
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .Take(count)
            .ToList();
        if (files.Count < count)
            throw new InvalidOperationException($"{dir} holds {files.Count} pages, fewer than the {count} asked for");
        return files.Select(Decompress).ToList();
    }

    /// <summary>The non-empty <c>text</c> fields of a named JSONL dataset, in file order.</summary>
    public static IReadOnlyList<JsonlArticle> JsonlArticles(string dataset, int? limit = null)
    {
        var path = DatasetLocator.Require(JsonlDatasets[dataset]);
        var articles = new List<JsonlArticle>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var text = root.TryGetProperty("text", out var t) ? t.GetString() : null;
            if (string.IsNullOrWhiteSpace(text))
                continue;
            articles.Add(new JsonlArticle(
                root.TryGetProperty("id", out var id) ? id.GetString() ?? "" : "",
                root.TryGetProperty("title", out var title) ? title.GetString() : null,
                text));
            if (articles.Count == limit)
                break;
        }
        if (limit is { } n && articles.Count < n)
            throw new InvalidOperationException($"{path} holds {articles.Count} texts, fewer than the {n} asked for");
        return articles;
    }

    private static string Decompress(string path)
    {
        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gz, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

/// <summary>One JSONL line's id, title and text.</summary>
public sealed record JsonlArticle(string Id, string? Title, string Text);
