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
    public static string Encode(RawDocument doc, string run) => JsonSerializer.Serialize(new Payload
    {
        Run = run,
        Source = doc.Source,
        Format = doc.Format,
        Content = doc.Content,
        Line = doc.Line,
        Given = doc.Given,
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
    /// yields no article is a result too (its error), not a failed job: running it again would fail again.
    /// </summary>
    public static string Process(string payload, ArticleReader reader, AnalysisPipeline pipeline, DateTime now, CancellationToken cancel)
    {
        var (doc, run) = Decode(payload);
        var r = reader.ExtractOne(doc);
        if (r.Error is { } error)
            return JsonSerializer.Serialize(new Result { Run = run, Source = error.Source, Error = error.Reason, Line = r.Line }, QueueJsonContext.Default.Result);
        var article = IngestRun.WithoutFutureDate(r.Article!, now, out _);
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
        }, QueueJsonContext.Default.Result);
    }

    /// <summary>
    /// The leader's part: a worker's result as an article ready for the <see cref="Ingestor"/>, with its id made
    /// unique within its run by the allocator <paramref name="runIds"/> gives for the run (in enqueue order, as one
    /// process would); a renamed article is analysed again by the ingestor, under its new id. Or the input error
    /// the worker met.
    /// </summary>
    public static (PreparedArticle? Article, InputError? Error, InputError? Warning) Prepare(string result, Func<string, ArticleIds.Allocator> runIds)
    {
        var r = JsonSerializer.Deserialize(result, QueueJsonContext.Default.Result) ?? throw new JsonException("the job's result is null");
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
    }
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
[JsonSerializable(typeof(QueuedDocument.Payload))]
[JsonSerializable(typeof(QueuedDocument.Result))]
internal sealed partial class QueueJsonContext : JsonSerializerContext;
