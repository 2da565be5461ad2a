using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Parallax.Comparison.Report;
using Parallax.Rendering;
using Parallax.Store;
using Parallax.Web.Pages;
using Parallax.Web.Services;

namespace Parallax.Web.Api;

/// <summary>
/// The JSON API: stories, a story's report (report-format.md), articles, search, and ingest. Errors are
/// RFC 9457 problem details with the status that fits (400 bad query, 404 unknown id, 413 too large,
/// 415 unknown body type, 422 nothing could be read).
/// </summary>
internal static class StoreApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/stories", Stories).WithName("ListStories").WithSummary("Stories, newest or busiest first, filtered")
            .Produces<StoryListing[]>().ProducesProblem(400);
        api.MapGet("/stories/{id}", Story).WithName("GetStory").WithSummary("A story's comparison report (report-format.md)")
            .Produces<ComparisonReport>().ProducesProblem(404);
        api.MapGet("/articles/{id}", Article).WithName("GetArticle").WithSummary("An article with its analysis, story and version")
            .Produces<ReportArticle>().ProducesProblem(404);
        api.MapGet("/search", Search).WithName("Search").WithSummary("Full-text search over titles and texts")
            .Produces<SearchListing[]>().ProducesProblem(400);
        api.MapPost("/articles", Ingest).WithName("AddArticles")
            .WithSummary("Ingest articles: a JSON article or array of them, JSONL, text/plain, text/html, or multipart files")
            .Produces<IngestResponse>(201).ProducesProblem(413).ProducesProblem(415).ProducesProblem(422);
        api.MapFallback(() => Results.Problem(statusCode: 404, title: "No such API endpoint"));
    }

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static IResult Stories(HttpRequest request, StoreAccess access)
    {
        var q = Query.Read(request);
        if (q.Error is not null)
            return Results.Problem(statusCode: 400, title: "Bad query", detail: q.Error);
        using var lease = access.Rent();
        var store = lease.Store;
        var list = store.Stories(q.Filter, q.Order, q.Limit, q.Page * q.Limit)
            .Select(s => StoryListing.From(s, store.StoryMembers(s.Id))).ToList();
        return Results.Json(list, Json);
    }

    private static IResult Story(string id, StoreAccess access)
    {
        if (!StoreIds.TryParseStory(id, out long storyId))
            return Results.Problem(statusCode: 404, title: "Unknown story", detail: "A story id is s followed by digits (s12).");
        using var lease = access.Rent();
        var store = lease.Store;
        var summary = store.Story(storyId);
        var report = summary is null ? null : access.Report(store, summary);
        if (report is null)
            return Results.Problem(statusCode: 404, title: "Unknown story", detail: $"There is no story {StoreIds.Story(storyId)}.");
        return Results.Text(ReportJson.Serialize(report), "application/json", Encoding.UTF8);
    }

    private static IResult Article(string id, StoreAccess access)
    {
        if (!ArticlePage.IsPlausibleId(id))
            return Results.Problem(statusCode: 404, title: "Unknown article");
        using var lease = access.Rent();
        var store = lease.Store;
        var a = store.Article(id);
        if (a is null)
            return Results.Problem(statusCode: 404, title: "Unknown article", detail: $"There is no article '{id}'.");
        using var ms = new MemoryStream();
        StoreJson.WriteExported(ReportArticles.FromAnalysis(a.Analysis, a.Line), a.Story, a.Version, a.ContentHash, ms, a.DuplicateOf);
        return Results.Bytes(ms.ToArray(), "application/json");
    }

    private static IResult Search(HttpRequest request, StoreAccess access)
    {
        var q = Query.Read(request);
        if (q.Error is not null)
            return Results.Problem(statusCode: 400, title: "Bad query", detail: q.Error);
        var text = q.Raw("q");
        if (string.IsNullOrWhiteSpace(text))
            return Results.Problem(statusCode: 400, title: "Bad query", detail: "q, the words to search for, is missing.");
        using var lease = access.Rent();
        var store = lease.Store;
        var hits = store.Search(text, q.Filter, q.Limit, q.Page * q.Limit).Select(SearchListing.From).ToList();
        return Results.Json(hits, Json);
    }

    public sealed record IngestResponse(IReadOnlyList<IngestedItem> Results, IReadOnlyList<IngestError> Errors);

    public sealed record IngestedItem(string Id, string Story, string Outcome);

    public sealed record IngestError(string Input, string Reason);

    private static async Task<IResult> Ingest(HttpRequest request, IngestJobs jobs, ServeOptions options)
    {
        if (request.ContentLength > options.MaxBodyBytes)
            return TooLarge(options);
        List<(string Name, byte[] Content)> files;
        try
        {
            files = await Uploads.ReadAsync(request);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == 413)
        {
            return TooLarge(options);
        }
        catch (Uploads.UnsupportedException e)
        {
            return Results.Problem(statusCode: 415, title: "Unsupported body", detail: e.Message);
        }
        catch (JsonException e)
        {
            return Results.Problem(statusCode: 400, title: "Bad JSON", detail: e.Message);
        }
        if (files.Count == 0)
            return Results.Problem(statusCode: 422, title: "Nothing to ingest", detail: "The request holds no article.");
        var job = await jobs.RunNowAsync(files, request.HttpContext.RequestAborted);
        if (job.Failure is not null)
            return Results.Problem(statusCode: 503, title: "The store could not be written", detail: job.Failure);
        var body = new IngestResponse(
            job.Results.Select(r => new IngestedItem(r.ArticleId, r.Story, r.Outcome switch
            {
                IngestOutcome.Added => "added",
                IngestOutcome.NewVersion => "new_version",
                _ => "unchanged",
            })).ToList(),
            job.Errors.Select(e => new IngestError(Path.GetFileName(e.Source), e.Reason)).ToList());
        if (body.Results.Count == 0)
            return Results.Problem(statusCode: 422, title: "No article could be read", detail: string.Join("; ", body.Errors.Select(e => $"{e.Input}: {e.Reason}")));
        request.HttpContext.Response.Headers.Location = "/api/articles/" + Uri.EscapeDataString(body.Results[0].Id);
        return Results.Json(body, Json, statusCode: 201);
    }

    private static IResult TooLarge(ServeOptions options) =>
        Results.Problem(statusCode: 413, title: "Request too large", detail: $"The limit is {options.MaxBodyBytes / (1024 * 1024)} MiB per request.");
}
