using System.ComponentModel;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Microsoft.AspNetCore.Routing;
using Parallax.Ingestion;
using Parallax.Comparison.Report;
using Parallax.Rendering;
using Parallax.Store;
using Parallax.Web.Pages;
using Parallax.Web.Services;

namespace Parallax.Web.Api;

/// <summary>
/// The JSON API: stories, a story's report (report-format.md), articles, search, and ingest. Errors are
/// RFC 9457 problem details with the status that fits (400 bad query, 404 unknown id, 413 too large,
/// 415 unknown body type, 422 nothing could be read, 503 the store could not be written). Each endpoint's
/// typed results are what the OpenAPI document lists.
/// </summary>
internal static class StoreApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        // Successes are described by the typed results; errors are problem details (application/problem+json),
        // which a typed result cannot describe, so each endpoint declares the statuses it answers with.
        api.MapGet("/stories", Stories).WithName("ListStories").WithSummary("Stories, newest or busiest first, filtered")
            .ProducesProblem(400);
        api.MapGet("/stories/{id}", Story).WithName("GetStory").WithSummary("A story's comparison report (report-format.md)")
            .Produces<ComparisonReport>().ProducesProblem(404);
        api.MapGet("/articles/{id}", Article).WithName("GetArticle").WithSummary("An article with its analysis, story and version")
            .Produces<ReportArticle>().ProducesProblem(404);
        api.MapGet("/search", Search).WithName("Search").WithSummary("Full-text search over titles and texts")
            .ProducesProblem(400);
        api.MapPost("/articles", Ingest).WithName("AddArticles")
            .WithSummary("Ingest articles: a JSON article or array of them, JSONL, text/plain, text/html, or multipart files")
            .ProducesProblem(400).ProducesProblem(413).ProducesProblem(415).ProducesProblem(422).ProducesProblem(503)
            .AddOpenApiOperationTransformer(DescribeIngestBody);
        api.MapGet("/outlets", Outlets).WithName("ListOutlets")
            .WithSummary("The followed outlets' health from parallax follow's state, outlets in trouble first");
        api.MapFallback(() => TypedResults.Problem(statusCode: 404, title: "No such API endpoint")).ExcludeFromDescription();
    }

    private static ProblemHttpResult BadQuery(string detail) => TypedResults.Problem(statusCode: 400, title: "Bad query", detail: detail);

    private static ProblemHttpResult Unknown(string title, string? detail = null) => TypedResults.Problem(statusCode: 404, title: title, detail: detail);

    private static async Task<Results<Ok<List<StoryListing>>, ProblemHttpResult>> Stories([AsParameters] StoriesParameters parameters, StoreAccess access)
    {
        var q = Query.Read(parameters);
        if (q.Error is not null)
            return BadQuery(q.Error);
        await using var lease = await access.RentAsync();
        var store = lease.Store;
        var list = new List<StoryListing>();
        foreach (var s in await store.StoriesAsync(q.Filter, q.Order, q.Limit, q.Page * q.Limit))
            list.Add(StoryListing.From(s, await store.StoryMembersAsync(s.Id)));
        return TypedResults.Ok(list);
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> Story(
        [Description("A story id: s followed by digits (s12)")] string id, StoreAccess access, CancellationToken cancel)
    {
        if (!StoreIds.TryParseStory(id, out long storyId))
            return Unknown("Unknown story", "A story id is s followed by digits (s12).");
        await using var lease = await access.RentAsync(cancel);
        var store = lease.Store;
        var summary = await store.StoryAsync(storyId, cancel);
        var report = summary is null ? null : await access.ReportAsync(store, summary, cancel);
        if (report is null)
            return Unknown("Unknown story", $"There is no story {StoreIds.Story(storyId)}.");
        return TypedResults.Text(ReportJson.Serialize(report), "application/json", Encoding.UTF8);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Article(
        [Description("An article id, as ingest gave it")] string id, StoreAccess access)
    {
        if (!ArticlePage.IsPlausibleId(id))
            return Unknown("Unknown article");
        await using var lease = await access.RentAsync();
        var store = lease.Store;
        var a = await store.ArticleAsync(id);
        if (a is null)
            return Unknown("Unknown article", $"There is no article '{id}'.");
        using var ms = new MemoryStream();
        StoreJson.WriteExported(ReportArticles.FromAnalysis(a.Analysis, a.Line), a.Story, a.Version, a.ContentHash, ms, a.DuplicateOf);
        return TypedResults.Bytes(ms.ToArray(), "application/json");
    }

    private static async Task<Results<Ok<List<SearchListing>>, ProblemHttpResult>> Search([AsParameters] SearchParameters parameters, StoreAccess access)
    {
        var q = Query.Read(parameters);
        if (q.Error is not null)
            return BadQuery(q.Error);
        if (q.Words is null)
            return BadQuery("q, the words to search for, is missing.");
        await using var lease = await access.RentAsync();
        var store = lease.Store;
        return TypedResults.Ok((await store.SearchAsync(q.Words, q.Filter, q.Limit, q.Page * q.Limit)).Select(SearchListing.From).ToList());
    }

    /// <summary>
    /// The body is read by hand (Uploads) in any of several formats, so the OpenAPI document is told of them
    /// here rather than by a bound parameter: a typed body would make routing refuse the other formats.
    /// </summary>
    private static async Task DescribeIngestBody(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancel)
    {
        var article = await context.GetOrCreateSchemaAsync(typeof(IngestArticle), null, cancel);
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "One article as a JSON object (or an array of them), JSONL with one per line, the text or HTML of one page, or files as multipart/form-data",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/json"] = new() { Schema = article },
                ["application/x-ndjson"] = new(),
                ["text/plain"] = new(),
                ["text/html"] = new(),
                ["multipart/form-data"] = new(),
            },
        };
    }

    /// <summary>An article as the API takes it in JSON: <c>text</c> or <c>html</c>, the rest optional.</summary>
    public sealed record IngestArticle
    {
        public string? Id { get; init; }
        public string? Title { get; init; }
        public string? Outlet { get; init; }
        public string? Url { get; init; }
        public string? Published { get; init; }
        public IReadOnlyList<string>? Authors { get; init; }
        public string? Text { get; init; }
        public string? Html { get; init; }
    }

    /// <summary>One followed outlet's health over the last 7 days (shares are 0 to 1; times ISO 8601 UTC).</summary>
    public sealed record OutletHealth(string Name, string State, DateTimeOffset? LastSuccess, double ArticlesPerDay, int Pages,
        double Failed, double Blocked, double NoDate, double NoText, string? LastError);

    private static async Task<Ok<List<OutletHealth>>> Outlets(StoreAccess access)
    {
        var rows = await OutletsPage.HealthAsync(access) ?? [];
        return TypedResults.Ok(rows.Select(h => new OutletHealth(h.Name, OutletsPage.State(h), h.LastSuccess?.ToUniversalTime(), Math.Round(h.ArticlesPerDay, 2),
            h.Pages, Math.Round(h.Failed, 4), Math.Round(h.Blocked, 4), Math.Round(h.NoDate, 4), Math.Round(h.NoText, 4), h.LastError)).ToList());
    }

    public sealed record IngestResponse(IReadOnlyList<IngestedItem> Results, IReadOnlyList<IngestError> Errors);

    public sealed record IngestedItem(string Id, string Story, string Outcome);

    public sealed record IngestError(string Input, string Reason);

    private static async Task<Results<Created<IngestResponse>, ProblemHttpResult>> Ingest(
        HttpRequest request, IngestJobs jobs, ServeOptions options)
    {
        if (request.ContentLength > options.MaxBodyBytes)
            return TooLarge(options);
        List<Upload> files;
        try
        {
            files = await Uploads.ReadAsync(request, options.MaxBodyBytes);
        }
        catch (Exception e) when (e is Uploads.TooLargeException || e is BadHttpRequestException { StatusCode: 413 })
        {
            return TooLarge(options);
        }
        catch (Uploads.UnsupportedException e)
        {
            return TypedResults.Problem(statusCode: 415, title: "Unsupported body", detail: e.Message);
        }
        catch (Uploads.MalformedException e)
        {
            return TypedResults.Problem(statusCode: 400, title: "Malformed body", detail: e.Message);
        }
        if (files.Count == 0)
            return TypedResults.Problem(statusCode: 422, title: "Nothing to ingest", detail: "The request holds no article.");
        var job = await jobs.RunNowAsync(files, request.HttpContext.RequestAborted);
        switch (job.FailureKind)
        {
            case IngestFailure.Busy:
                request.HttpContext.Response.Headers.RetryAfter = "5";
                return TypedResults.Problem(statusCode: 503, title: "The store is busy", detail: job.Failure);
            case IngestFailure.Stopped:
                return TypedResults.Problem(statusCode: 503, title: "The ingest was stopped", detail: job.Failure);
            case IngestFailure.Store:
                return TypedResults.Problem(statusCode: 503, title: "The store could not be written", detail: job.Failure);
            case IngestFailure.Error:
                return TypedResults.Problem(statusCode: 500, title: "The ingest failed", detail: job.Failure);
        }
        var body = new IngestResponse(
            job.Results.Select(r => new IngestedItem(r.ArticleId, r.Story, r.Outcome switch
            {
                IngestOutcome.Added => "added",
                IngestOutcome.NewVersion => "new_version",
                _ => "unchanged",
            })).ToList(),
            job.Errors.Select(e => new IngestError(Path.GetFileName(e.Source), e.Reason)).ToList());
        if (body.Results.Count == 0)
            return TypedResults.Problem(statusCode: 422, title: "No article could be read", detail: string.Join("; ", body.Errors.Select(e => $"{e.Input}: {e.Reason}")));
        return TypedResults.Created("/api/articles/" + Uri.EscapeDataString(body.Results[0].Id), body);
    }

    private static ProblemHttpResult TooLarge(ServeOptions options) =>
        TypedResults.Problem(statusCode: 413, title: "Request too large", detail: $"The limit is {options.MaxBodyBytes / (1024 * 1024)} MiB per request.");
}
