using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using Parallax.Extraction;
using Parallax.Extraction.Inputs;
using Parallax.Model;

namespace Parallax.Evaluation;

/// <summary>
/// <c>parallax eval pubdates</c>: publication dates of HTML pages, scored like htmldate's own
/// evaluation. A page is right when the reported day equals the gold day; pages whose gold date is
/// NaN (the page has none) are right only when no date is reported. Coverage is the share of pages
/// with a reported date. Pages go through the full <see cref="ArticleExtractor"/> path with only the
/// URL given, so the time includes the main-text extraction.
/// </summary>
internal sealed class PubDatesEvaluation : IEvaluationTask
{
    /// <summary>The gold file and the page folder inside the dataset folder.</summary>
    public const string GoldFile = "gold.json";
    public const string PageFolder = "html";

    public string Name => "pubdates";

    public string Description => "publication dates: PATH is a folder with gold.json {url: {file, date}} and html/FILE.gz";

    /// <summary>When set, called for every page with (url, gold, reported, origin); for studying failures.</summary>
    public Action<PubDateOutcome>? OnPage { get; init; }

    public EvaluationResult Run(string path, IProgress<int>? progress = null, Action<int>? setTotal = null)
    {
        var pages = LoadPages(path);
        setTotal?.Invoke(pages.Count);
        var extractor = new ArticleExtractor();
        int right = 0, reported = 0, wrongDay = 0, missed = 0, spurious = 0;
        var clock = Stopwatch.StartNew();
        foreach (var page in pages)
        {
            var html = page.Html;
            var doc = new RawDocument(page.File, DocumentFormat.Html, html) { Given = new GivenFields { Url = page.Url } };
            var article = extractor.Extract(doc);
            DateOnly? found = article.Published?.Day;
            if (found is not null)
                reported++;
            bool ok = found == page.Gold;
            if (ok)
                right++;
            else if (found is null)
                missed++;
            else if (page.Gold is null)
                spurious++;
            else
                wrongDay++;
            OnPage?.Invoke(new PubDateOutcome(page.Url, page.File, page.Gold, found,
                article.Origins.TryGetValue(nameof(Article.Published), out var origin) ? origin : null));
            progress?.Report(1);
        }
        clock.Stop();
        int n = pages.Count;
        return new EvaluationResult
        {
            Task = Name,
            Dataset = path,
            Metrics =
            [
                new("accuracy", n == 0 ? 0 : (double)right / n),
                new("coverage", n == 0 ? 0 : (double)reported / n),
            ],
            Counts =
            [
                new("right", right),
                new("wrong_day", wrongDay),
                new("missed", missed),
                new("spurious", spurious),
            ],
            Items = n,
            ItemUnit = "docs",
            Seconds = clock.Elapsed.TotalSeconds,
        };
    }

    private sealed record Page(string Url, string File, DateOnly? Gold, string Html);

    private sealed record GoldEntry
    {
        [JsonPropertyName("file")] public string? File { get; init; }
        [JsonPropertyName("date")] public JsonElement Date { get; init; }
    }

    /// <summary>Named literals ("NaN") are accepted where a number is read.</summary>
    private static readonly JsonSerializerOptions GoldJson = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>
    /// The gold file was written by Python, whose JSON writer puts a bare <c>NaN</c> where a page has no
    /// date. That is not JSON, so bare NaN tokens (outside strings) are quoted before parsing.
    /// </summary>
    internal static string QuoteBareNaN(string json)
    {
        var sb = new System.Text.StringBuilder(json.Length + 64);
        bool inString = false;
        for (int i = 0; i < json.Length; i++)
        {
            char c = json[i];
            if (inString)
            {
                sb.Append(c);
                if (c == '\\' && i + 1 < json.Length)
                    sb.Append(json[++i]);
                else if (c == '"')
                    inString = false;
                continue;
            }
            if (c == '"')
                inString = true;
            if (c == 'N' && string.CompareOrdinal(json, i, "NaN", 0, 3) == 0)
            {
                sb.Append("\"NaN\"");
                i += 2;
                continue;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Reads the gold file and every page before the clock starts (decompression is not extraction).</summary>
    private static List<Page> LoadPages(string path)
    {
        if (!Directory.Exists(path))
            throw new DatasetException($"not a folder (expected a folder with {GoldFile} and {PageFolder}/)");
        var goldPath = Path.Combine(path, GoldFile);
        if (!System.IO.File.Exists(goldPath))
            throw new DatasetException($"no {GoldFile} in the folder (expected {{url: {{file, date}}}} and {PageFolder}/FILE.gz)");
        Dictionary<string, GoldEntry>? gold;
        try
        {
            gold = JsonSerializer.Deserialize<Dictionary<string, GoldEntry>>(QuoteBareNaN(System.IO.File.ReadAllText(goldPath)), GoldJson);
        }
        catch (JsonException e)
        {
            throw new DatasetException($"{GoldFile} is not {{url: {{file, date}}}} JSON: {e.Message}");
        }
        if (gold is null || gold.Count == 0)
            throw new DatasetException($"{GoldFile} holds no pages");

        var pages = new List<Page>(gold.Count);
        foreach (var (url, entry) in gold)
        {
            if (string.IsNullOrEmpty(entry.File))
                throw new DatasetException($"{GoldFile}: the entry for {url} has no \"file\"");
            var file = Path.Combine(path, PageFolder, entry.File + ".gz");
            if (!System.IO.File.Exists(file))
                file = Path.Combine(path, PageFolder, entry.File);
            if (!System.IO.File.Exists(file))
                throw new DatasetException($"page {PageFolder}/{entry.File}.gz (for {url}) is missing");
            pages.Add(new Page(url, entry.File, ParseGold(entry.Date, url), ReadPage(file)));
        }
        return pages;
    }

    private static DateOnly? ParseGold(JsonElement date, string url)
    {
        if (date.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(date.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        if (date.ValueKind is JsonValueKind.String or JsonValueKind.Number && double.IsNaN(date.Deserialize<double>(GoldJson)))
            return null;
        if (date.ValueKind is JsonValueKind.Null)
            return null;
        throw new DatasetException($"{GoldFile}: the date for {url} is neither yyyy-MM-dd nor NaN");
    }

    private static string ReadPage(string file)
    {
        byte[] bytes;
        if (file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            using var gz = new GZipStream(System.IO.File.OpenRead(file), CompressionMode.Decompress);
            using var ms = new MemoryStream();
            gz.CopyTo(ms);
            bytes = ms.ToArray();
        }
        else
        {
            bytes = System.IO.File.ReadAllBytes(file);
        }
        // An undecodable page is scored as a page with no date found, not a dataset error.
        return TextDecoder.TryDecode(bytes, isHtml: true, out var text, out _) ? text : "";
    }
}

/// <summary>One page's outcome in <see cref="PubDatesEvaluation"/>.</summary>
internal sealed record PubDateOutcome(string Url, string File, DateOnly? Gold, DateOnly? Found, string? Origin)
{
    public bool Right => Gold == Found;
}
