using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Parallax.Evaluation.Scoring;
using Parallax.Extraction;
using Parallax.Extraction.Inputs;
using Parallax.Model;

namespace Parallax.Evaluation;

/// <summary>
/// <c>parallax eval extraction DIR</c>: main-text extraction on the article-extraction-benchmark layout
/// (<c>ground-truth.json</c> = <c>{ID: {articleBody, url}}</c> and <c>html/ID.html.gz</c>). Each page goes
/// through the real <see cref="ArticleExtractor"/> with its gold URL; the text is scored against
/// <c>articleBody</c> by <see cref="ShingleScorer"/>. Speed counts text decoding, parsing and extraction
/// (file reading, gunzip and scoring excluded), after one untimed warm-up pass.
/// A page whose gold body is empty (null, missing or without a word: an error page, a listing) is no
/// article: it counts as right (precision and recall 1) when the extractor returns no text or says the
/// page is not an article (<see cref="PageKinds.IsNonArticle"/>), and as wrong (both 0) otherwise.
/// </summary>
internal sealed class ExtractionEvaluation : IEvaluationTask
{
    private const string GroundTruthFile = "ground-truth.json";
    private const string HtmlFolder = "html";
    private const string PageSuffix = ".html.gz";

    /// <summary>Untimed passes over the pages before the timed one, so the figure is warm throughput rather than JIT start-up.</summary>
    private const int WarmUpPasses = 1;

    public string Name => "extraction";

    public string Description =>
        "PATH is an article-extraction-benchmark folder (ground-truth.json, html/ID.html.gz); scores the main text by 4-gram shingle precision, recall and F1";

    public EvaluationResult Run(string path, IProgress<int>? progress = null, Action<int>? setTotal = null)
    {
        var details = RunDetailed(path, progress, setTotal);
        return details.Result;
    }

    /// <summary>The run with each page's score, for inspecting where extraction goes wrong.</summary>
    public (EvaluationResult Result, IReadOnlyList<(string Id, ShingleMatch Match, string Text)> Pages) RunDetailed(
        string path, IProgress<int>? progress = null, Action<int>? setTotal = null)
    {
        var gold = ReadGroundTruth(path);
        setTotal?.Invoke(gold.Count);
        var extractor = new ArticleExtractor();
        var pages = new List<(string Id, ShingleMatch Match, string Text)>(gold.Count);
        var clock = new Stopwatch();
        int failed = 0;
        for (int pass = 0; pass < WarmUpPasses; pass++)
        {
            foreach (var (id, (_, url)) in gold)
                _ = ExtractPage(extractor, id, url, ReadPage(path, id));
        }
        int emptyGold = 0, emptyGoldRight = 0;
        foreach (var (id, (body, url)) in gold)
        {
            var bytes = ReadPage(path, id);
            clock.Start();
            var article = ExtractPage(extractor, id, url, bytes);
            clock.Stop();
            if (article is null)
                failed++;
            var text = article?.Text ?? "";
            ShingleMatch match;
            if (ShingleScorer.Tokenize(body).Count == 0)
            {
                emptyGold++;
                bool right = text.Length == 0 || PageKinds.IsNonArticle(article?.Kind);
                if (right)
                    emptyGoldRight++;
                match = right ? RightNonArticle : WrongNonArticle;
            }
            else
            {
                match = ShingleScorer.Match(body, text);
            }
            pages.Add((id, match, text));
            progress?.Report(1);
        }
        var scores = ShingleScorer.Aggregate(pages.Select(p => p.Match).ToList());
        var result = new EvaluationResult
        {
            Task = Name,
            Dataset = path,
            Metrics =
            [
                new("precision", scores.Precision),
                new("recall", scores.Recall),
                new("f1", scores.F1),
            ],
            Items = pages.Count,
            ItemUnit = "pages",
            Seconds = clock.Elapsed.TotalSeconds,
            Counts =
            [
                new("empty_extractions", pages.Count(p => p.Text.Length == 0)),
                new("undecodable_pages", failed),
                new("empty_gold_pages", emptyGold),
                new("empty_gold_right", emptyGoldRight),
            ],
        };
        return (result, pages);
    }

    /// <summary>A no-article page answered with no text or a non-article kind: precision and recall 1.</summary>
    private static readonly ShingleMatch RightNonArticle = new(1, 0, 0);

    /// <summary>A no-article page answered with article text: precision and recall 0.</summary>
    private static readonly ShingleMatch WrongNonArticle = new(0, 0.5, 0.5);

    /// <summary>Decode, parse and extract one page as <c>parallax extract</c> would; null when its bytes are not text.</summary>
    private static Article? ExtractPage(ArticleExtractor extractor, string id, string? url, byte[] bytes)
    {
        if (!TextDecoder.TryDecode(bytes, isHtml: true, out var html, out _))
            return null;
        var doc = new RawDocument($"{id}{PageSuffix}", DocumentFormat.Html, html) { Given = new GivenFields { Url = url } };
        return extractor.Extract(doc, id);
    }

    private static List<KeyValuePair<string, (string Body, string? Url)>> ReadGroundTruth(string path)
    {
        if (!Directory.Exists(path))
            throw new DatasetException($"not a folder; expected a folder holding {GroundTruthFile} and {HtmlFolder}/ID{PageSuffix}");
        var truthPath = Path.Combine(path, GroundTruthFile);
        if (!File.Exists(truthPath))
            throw new DatasetException($"no {GroundTruthFile} in the folder (expected {{ID: {{articleBody, url}}}} beside {HtmlFolder}/)");
        if (!Directory.Exists(Path.Combine(path, HtmlFolder)))
            throw new DatasetException($"no {HtmlFolder}/ folder beside {GroundTruthFile} (expected {HtmlFolder}/ID{PageSuffix})");

        var entries = new List<KeyValuePair<string, (string, string?)>>();
        try
        {
            using var stream = File.OpenRead(truthPath);
            using var json = JsonDocument.Parse(stream);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
                throw new DatasetException($"{GroundTruthFile} must be a JSON object {{ID: {{articleBody, url}}}}");
            foreach (var page in json.RootElement.EnumerateObject())
            {
                if (page.Value.ValueKind != JsonValueKind.Object)
                    throw new DatasetException($"{GroundTruthFile}: entry '{page.Name}' is not an object {{articleBody, url}}");
                // A missing or null articleBody is a page with no article (scored as such), not a broken dataset.
                string body = "";
                if (page.Value.TryGetProperty("articleBody", out var b))
                {
                    if (b.ValueKind == JsonValueKind.String)
                        body = b.GetString()!;
                    else if (b.ValueKind != JsonValueKind.Null)
                        throw new DatasetException($"{GroundTruthFile}: entry '{page.Name}' has an articleBody that is not a string");
                }
                string? url = page.Value.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
                entries.Add(new(page.Name, (body, url)));
            }
        }
        catch (JsonException e)
        {
            throw new DatasetException($"{GroundTruthFile} is not valid JSON ({e.Message})");
        }
        if (entries.Count == 0)
            throw new DatasetException($"{GroundTruthFile} holds no pages");
        entries.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return entries;
    }

    private static byte[] ReadPage(string path, string id)
    {
        var file = Path.Combine(path, HtmlFolder, id + PageSuffix);
        if (!File.Exists(file))
            throw new DatasetException($"{GroundTruthFile} lists '{id}' but {HtmlFolder}/{id}{PageSuffix} is missing");
        try
        {
            using var gz = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            gz.CopyTo(buffer);
            return buffer.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new DatasetException($"{HtmlFolder}/{id}{PageSuffix} is not gzip data ({e.Message})");
        }
    }
}
