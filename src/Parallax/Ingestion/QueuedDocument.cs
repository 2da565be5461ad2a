using System.Text.Json;
using System.Text.Json.Serialization;
using Parallax.Analysis;
using Parallax.Extraction;
using Parallax.Extraction.Inputs;
using Parallax.Model;
using Parallax.Store;

namespace Parallax.Ingestion;

/// <summary>
/// An ingest split across processes (a job queue): a raw document travels as a job's payload to any worker,
/// which extracts and analyses it and returns the result as text; one process (the leader) then turns the
/// results, in the order the documents were enqueued, into articles for the <see cref="Ingestor"/>. Both
/// sides are plain JSON, so a result made on one machine is read on another.
/// </summary>
internal static class QueuedDocument
{
    /// <summary>The payload of a document's job: the document, and the enqueue run it belongs to (ids are unique within a run).</summary>
    public static string Encode(RawDocument doc, string run, FollowedPage? follow = null) => JsonSerializer.Serialize(new Payload
    {
        Run = run,
        Source = doc.Source,
        Format = doc.Format,
        Content = doc.Content,
        Line = doc.Line,
        Given = doc.Given,
        Follow = follow,
    }, QueueJsonContext.Default.Payload);

    /// <summary>Reads a payload back: the document and its run.</summary>
    public static (RawDocument Document, string Run) Decode(string payload)
    {
        var p = JsonSerializer.Deserialize(payload, QueueJsonContext.Default.Payload) ?? throw new JsonException("the job's payload is null");
        return (new RawDocument(p.Source, p.Format, p.Content) { Line = p.Line, Given = p.Given }, p.Run);
    }

    /// <summary>
    /// The worker's part: extraction (as <see cref="ArticleReader"/> does it, with the same cuts and errors), the
    /// drop of an implausible future date (as <see cref="IngestRun"/> does), and the analysis. A document that
    /// yields no article is a result too (its error), not a failed job: running it again would fail again. A page
    /// fetched for the follow monitor (its payload's <see cref="FollowedPage"/>) gets the monitor's finishing touches
    /// from <paramref name="followed"/> before that, and its result carries what the crawl state records.
    /// </summary>
    public static string Process(string payload, ArticleReader reader, AnalysisPipeline pipeline, DateTime now, CancellationToken cancel,
        Func<Article, FollowedPage, Article>? followed = null)
    {
        var p = JsonSerializer.Deserialize(payload, QueueJsonContext.Default.Payload) ?? throw new JsonException("the job's payload is null");
        var (doc, run) = (new RawDocument(p.Source, p.Format, p.Content) { Line = p.Line, Given = p.Given }, p.Run);
        var follow = p.Follow;
        var r = reader.ExtractOne(doc);
        if (r.Error is { } error)
            return JsonSerializer.Serialize(new Result { Run = run, Source = error.Source, Error = error.Reason, Line = r.Line, Follow = follow }, QueueJsonContext.Default.Result);
        var extracted = r.Article!;
        if (follow is not null)
        {
            extracted = (followed ?? throw new InvalidOperationException("a followed page's job needs the follow monitor's finishing step"))(extracted, follow);
            follow.Hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(doc.Content)));
        }
        var article = IngestRun.WithoutFutureDate(extracted, now, out _);
        if (follow is not null)
        {
            follow.Canonical = article.Url;
            follow.NoDate = article.Published is null;
            follow.NoText = WordCount.Of(article.Text) < WordCount.NoTextWords;
        }
        var analysis = pipeline.Analyze(article, cancel);
        return JsonSerializer.Serialize(new Result
        {
            Run = run,
            Source = article.Id,
            Line = r.Line,
            Warning = r.Warning?.Reason,
            Fields = AnalysisCodec.EncodeArticle(article),
            Text = article.Text,
            Analysis = AnalysisCodec.EncodeLayers(analysis),
            Follow = follow,
        }, QueueJsonContext.Default.Result);
    }

    /// <summary>
    /// The leader's part: a worker's result as an article ready for the <see cref="Ingestor"/>, with its id made
    /// unique within its run by the allocator <paramref name="runIds"/> gives for the run (in enqueue order, as one
    /// process would); a renamed article is analysed again by the ingestor, under its new id. Or the input error
    /// the worker met.
    /// </summary>
    public static (PreparedArticle? Article, InputError? Error, InputError? Warning) Prepare(string result, Func<string, ArticleIds.Allocator> runIds) =>
        Prepare(result, runIds, out _);

    /// <summary><see cref="Prepare(string, Func{string, ArticleIds.Allocator})"/>, with the followed page the result carries, if any.</summary>
    public static (PreparedArticle? Article, InputError? Error, InputError? Warning) Prepare(string result, Func<string, ArticleIds.Allocator> runIds,
        out FollowedPage? follow)
    {
        var r = JsonSerializer.Deserialize(result, QueueJsonContext.Default.Result) ?? throw new JsonException("the job's result is null");
        follow = r.Follow;
        var ids = runIds(r.Run);
        if (r.Error is not null)
            return (null, new InputError(r.Source, r.Error), null);
        var analysis = AnalysisCodec.Decode(r.Source, r.Fields!, r.Text!, r.Analysis!);
        var article = analysis.Article;
        var id = ids.Claim(article.Id);
        var prepared = id == article.Id
            ? new PreparedArticle(article, ArticleIdentity.Of(article), analysis, r.Line)
            : new PreparedArticle(article with { Id = id }, ArticleIdentity.Of(article), null, r.Line);
        return (prepared, null, r.Warning is null ? null : new InputError(id, r.Warning));
    }

    internal sealed class Payload
    {
        public string Run { get; set; } = "";
        public string Source { get; set; } = "";
        public DocumentFormat Format { get; set; }
        public string Content { get; set; } = "";
        public int? Line { get; set; }
        public GivenFields? Given { get; set; }
        public FollowedPage? Follow { get; set; }
    }

    internal sealed class Result
    {
        public string Run { get; set; } = "";
        public string Source { get; set; } = "";
        public string? Error { get; set; }
        public string? Warning { get; set; }
        public int? Line { get; set; }
        public string? Fields { get; set; }
        public string? Text { get; set; }
        public string? Analysis { get; set; }
        public FollowedPage? Follow { get; set; }
    }
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
[JsonSerializable(typeof(QueuedDocument.Payload))]
[JsonSerializable(typeof(QueuedDocument.Result))]
[JsonSerializable(typeof(FollowedPage))]
internal sealed partial class QueueJsonContext : JsonSerializerContext;
