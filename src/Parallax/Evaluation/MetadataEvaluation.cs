using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Parallax.Evaluation.Scoring;
using Parallax.Extraction;
using Parallax.Extraction.Html;
using Parallax.Extraction.Inputs;
using Parallax.Model;

namespace Parallax.Evaluation;

/// <summary>
/// <c>parallax eval metadata DIR</c>: HTML pages from many sites and languages in Mozilla Readability's
/// test-page layout (<c>pages/NAME/source.html.gz</c>, <c>expected-metadata.json</c>, <c>expected.html.gz</c>).
/// Scores title, authors, outlet and publication date per field by <see cref="MetadataFieldScorer"/>'s rules
/// (each field only on pages whose expected value is usable), and robustness: every page gives text, or
/// its lack of text has a one-line reason. The text is also compared with Readability's own output by
/// shingle F1 (agreement with one other tool, not truth). Speed counts decode, parse and extraction after
/// one untimed warm-up pass.
/// </summary>
internal sealed class MetadataEvaluation : IEvaluationTask
{
    private const string PagesFolder = "pages";
    private const string SourceFile = "source.html.gz";
    private const string MetadataFile = "expected-metadata.json";
    private const string ExpectedHtmlFile = "expected.html.gz";

    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    public string Name => "metadata";

    public string Description =>
        "PATH is a folder of Readability test pages (pages/NAME/source.html.gz, expected-metadata.json); scores title, authors, outlet and date per field, and that every page gives text";

    public EvaluationResult Run(string path, IProgress<int>? progress = null, Action<int>? setTotal = null) =>
        RunDetailed(path, progress, setTotal).Result;

    /// <summary>The run with each page's outcome, for finding where extraction goes wrong.</summary>
    public (EvaluationResult Result, IReadOnlyList<MetadataPageOutcome> Pages) RunDetailed(
        string path, IProgress<int>? progress = null, Action<int>? setTotal = null)
    {
        var pages = LoadPages(path);
        setTotal?.Invoke(pages.Count);
        var extractor = new ArticleExtractor();
        foreach (var page in pages)
            _ = ExtractPage(extractor, page);

        var clock = new Stopwatch();
        var outcomes = new List<MetadataPageOutcome>(pages.Count);
        var matches = new List<ShingleMatch>(pages.Count);
        var notes = new List<string>();
        foreach (var page in pages)
        {
            clock.Start();
            var article = ExtractPage(extractor, page);
            clock.Stop();
            var outcome = Score(page, article);
            outcomes.Add(outcome);
            matches.Add(ShingleScorer.Match(page.ExpectedText, article?.Text ?? ""));
            if (outcome.NoTextReason is { } reason)
                notes.Add($"{page.Name}: no text: {reason}");
            progress?.Report(1);
        }

        static double Share(IEnumerable<bool?> values)
        {
            var scored = values.Where(v => v is not null).ToList();
            return scored.Count == 0 ? 0 : (double)scored.Count(v => v == true) / scored.Count;
        }
        int withoutText = outcomes.Count(o => !o.HasText);
        int unexplained = outcomes.Count(o => !o.HasText && !o.TrulyEmpty);
        var agreement = ShingleScorer.Aggregate(matches);
        var result = new EvaluationResult
        {
            Task = Name,
            Dataset = path,
            Metrics =
            [
                new("title", Share(outcomes.Select(o => o.TitleRight))),
                new("authors", Share(outcomes.Select(o => o.AuthorsRight))),
                new("outlet", Share(outcomes.Select(o => o.OutletRight))),
                new("published", Share(outcomes.Select(o => o.PublishedRight))),
                new("robust", outcomes.Count == 0 ? 0 : (double)(outcomes.Count - unexplained) / outcomes.Count),
                new("text_agreement_f1", agreement.F1),
            ],
            Items = outcomes.Count,
            ItemUnit = "pages",
            Seconds = clock.Elapsed.TotalSeconds,
            Counts =
            [
                new("title_scored", outcomes.Count(o => o.TitleRight is not null)),
                new("authors_scored", outcomes.Count(o => o.AuthorsRight is not null)),
                new("outlet_scored", outcomes.Count(o => o.OutletRight is not null)),
                new("published_scored", outcomes.Count(o => o.PublishedRight is not null)),
                new("pages_without_text", withoutText),
                new("pages_without_text_unexplained", unexplained),
            ],
            Notes = notes,
        };
        return (result, outcomes);
    }

    private static MetadataPageOutcome Score(ReferencePage page, Article? article)
    {
        var expected = page.Expected;
        bool? title = string.IsNullOrWhiteSpace(expected.Title) ? null
            : MetadataFieldScorer.TitleMatches(expected.Title, article?.Title, expected.SiteName);
        var names = MetadataFieldScorer.ExpectedNames(expected.Byline);
        bool? authors = names.Count == 0 ? null : MetadataFieldScorer.AuthorsMatch(names, article?.Authors ?? []);
        bool? outlet = string.IsNullOrWhiteSpace(expected.SiteName) ? null
            : MetadataFieldScorer.OutletMatches(expected.SiteName, article?.Outlet);
        bool? published = MetadataFieldScorer.TryParseExpectedDate(expected.PublishedTime, out _)
            ? MetadataFieldScorer.PublishedMatches(expected.PublishedTime, article?.Published)
            : null;
        bool hasText = !string.IsNullOrWhiteSpace(article?.Text);
        string? reason = null;
        bool trulyEmpty = false;
        if (!hasText)
            (reason, trulyEmpty) = article is null ? ("the page's bytes are not text", true) : EmptyPageReason.Of(page.Html);
        return new MetadataPageOutcome(page.Name, expected, article, title, authors, outlet, published, hasText, trulyEmpty, reason);
    }

    private static Article? ExtractPage(ArticleExtractor extractor, ReferencePage page)
    {
        if (page.Html.Length == 0)
            return null;
        var doc = new RawDocument($"{page.Name}/{SourceFile}", DocumentFormat.Html, page.Html);
        return extractor.Extract(doc, page.Name);
    }

    private static List<ReferencePage> LoadPages(string path)
    {
        if (!Directory.Exists(path))
            throw new DatasetException($"not a folder; expected a folder holding {PagesFolder}/NAME/{SourceFile} and {MetadataFile}");
        var root = Directory.Exists(Path.Combine(path, PagesFolder)) ? Path.Combine(path, PagesFolder) : path;
        var folders = Directory.GetDirectories(root).Order(StringComparer.Ordinal).ToList();
        var pages = new List<ReferencePage>(folders.Count);
        foreach (var folder in folders)
        {
            var name = Path.GetFileName(folder);
            var source = Path.Combine(folder, SourceFile);
            var metadata = Path.Combine(folder, MetadataFile);
            if (!File.Exists(source) || !File.Exists(metadata))
                throw new DatasetException($"{name}/ lacks {(File.Exists(source) ? MetadataFile : SourceFile)}");
            var bytes = ReadGzip(source, name);
            var html = TextDecoder.TryDecode(bytes, isHtml: true, out var text, out _) ? text : "";
            var expectedHtmlPath = Path.Combine(folder, ExpectedHtmlFile);
            var expectedText = File.Exists(expectedHtmlPath) ? VisibleText(System.Text.Encoding.UTF8.GetString(ReadGzip(expectedHtmlPath, name))) : "";
            pages.Add(new ReferencePage(name, html, ReadExpected(metadata, name), expectedText));
        }
        if (pages.Count == 0)
            throw new DatasetException($"no page folders (expected {PagesFolder}/NAME/{SourceFile} and {MetadataFile})");
        return pages;
    }

    private static string VisibleText(string html)
    {
        using var document = Parser.ParseDocument(html);
        return document.Body?.TextContent ?? "";
    }

    private static ExpectedMetadata ReadExpected(string file, string name)
    {
        try
        {
            using var stream = File.OpenRead(file);
            using var json = JsonDocument.Parse(stream);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new DatasetException($"{name}/{MetadataFile} is not a JSON object");
            string? Get(string key) => root.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            return new ExpectedMetadata(Get("title"), Get("byline"), Get("siteName"), Get("publishedTime"));
        }
        catch (JsonException e)
        {
            throw new DatasetException($"{name}/{MetadataFile} is not valid JSON ({e.Message})");
        }
    }

    private static byte[] ReadGzip(string file, string name)
    {
        try
        {
            using var gz = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            gz.CopyTo(buffer);
            return buffer.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new DatasetException($"{name}/{Path.GetFileName(file)} is not gzip data ({e.Message})");
        }
    }

    private sealed record ReferencePage(string Name, string Html, ExpectedMetadata Expected, string ExpectedText);
}

/// <summary>What a reference page's maintainers expect (null where they expect nothing).</summary>
internal sealed record ExpectedMetadata(string? Title, string? Byline, string? SiteName, string? PublishedTime);

/// <summary>One page in <see cref="MetadataEvaluation"/>: each field right, wrong, or not scored (null).</summary>
internal sealed record MetadataPageOutcome(
    string Name, ExpectedMetadata Expected, Article? Article,
    bool? TitleRight, bool? AuthorsRight, bool? OutletRight, bool? PublishedRight,
    bool HasText, bool TrulyEmpty, string? NoTextReason);
