using System.Net;
using System.Text;
using System.Text.Json;
using Parallax.Ingestion;
using Parallax.Tests.Support;
using Parallax.Web;
using Parallax.Web.Services;
using Microsoft.Extensions.Logging;

namespace Parallax.Tests.Web;

/// <summary>Uploads as an attacker or a careless client sends them: malformed, oversized, with ids the web cannot serve, dated in the far future.</summary>
public sealed class WebUploadTests(WebServerFixture server) : IClassFixture<WebServerFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private HttpClient Http => server.Client;

    private static async Task<JsonElement> ProblemOf(HttpResponseMessage r, HttpStatusCode status)
    {
        Assert.Equal(status, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await r.Content.ReadAsStringAsync(Cancel)).RootElement.Clone();
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        return body;
    }

    private Task<HttpResponseMessage> PostRaw(string contentType, string body)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return Http.PostAsync(new Uri("/api/articles", UriKind.Relative), content, Cancel);
    }

    [Theory]
    [InlineData("multipart/form-data; boundary=XX", "--XX\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.txt\"\r\n\r\nA title\n\nSome text that never ends")]
    [InlineData("multipart/form-data", "--XX\r\n\r\n")]
    [InlineData("multipart/form-data; boundary=XX", "--XX\r\nno headers at all, then nothing\r\n")]
    [InlineData("multipart/form-data; boundary=XX", "--XX\r\nContent-Disposition: attachment\r\n\r\nx\r\n--XX--\r\n")]
    [InlineData("multipart/form-data; boundary=\"", "--\r\n")]
    public async Task A_malformed_multipart_request_is_a_400_problem_never_a_500(string contentType, string body)
    {
        using var r = await PostRaw(contentType, body);
        var problem = await ProblemOf(r, HttpStatusCode.BadRequest);
        Assert.Contains("multipart", problem.GetProperty("detail").GetString() ?? "", StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_upload_page_answers_a_malformed_multipart_with_400_too()
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("--XX\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\ncut"));
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=XX");
        using var r = await Http.PostAsync(new Uri("/add", UriKind.Relative), content, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
    }

    [Fact]
    public async Task A_multipart_file_over_the_limit_is_refused_as_it_arrives_without_a_content_length()
    {
        // Chunked: no Content-Length to refuse it by, so the limit (1 MiB in this fixture) is counted while reading.
        using var form = new MultipartFormDataContent { { new ByteArrayContent(new byte[3 * 1024 * 1024]), "files", "big.txt" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StreamContent(await form.ReadAsStreamAsync(Cancel)) };
        request.Content.Headers.ContentType = form.Headers.ContentType;
        request.Headers.TransferEncodingChunked = true;
        HttpResponseMessage? r = null;
        try
        {
            r = await Http.SendAsync(request, Cancel);
        }
        catch (HttpRequestException e) when (e.InnerException is IOException)
        {
            // The server answered 413 and closed the connection while the client was still sending the rest of the
            // body: a broken pipe on the client's side is the same refusal, seen before its response was read.
        }
        using (r)
        {
            if (r is not null)
                await ProblemOf(r, HttpStatusCode.RequestEntityTooLarge);
        }
        // Either way nothing was stored and the server goes on answering.
        using var after = await Http.GetAsync(new Uri("/api/articles/big", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    [Fact]
    public async Task Uploads_take_their_source_and_id_from_the_file_name_and_bodies_from_their_content()
    {
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes("Lighthouse keeper retires\n\nThe last keeper of the Orrin lighthouse retired on Sunday after 31 years, the trust said.\n")), "files", "orrin-keeper.txt" },
        };
        using var multi = await Http.PostAsync(new Uri("/api/articles", UriKind.Relative), form, Cancel);
        Assert.Equal(HttpStatusCode.Created, multi.StatusCode);
        var id = JsonDocument.Parse(await multi.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("results")[0].GetProperty("id").GetString();
        Assert.Equal("orrin-keeper", id);
        var article = JsonDocument.Parse(await Http.GetStringAsync(new Uri("/api/articles/orrin-keeper", UriKind.Relative), Cancel)).RootElement;
        Assert.Equal("orrin-keeper.txt", article.GetProperty("source").GetString());

        const string text = "Tram line extended\n\nThe city opened 4 new tram stops in the west on Monday, the transport office said.\n";
        using var body = await Http.PostAsync(new Uri("/api/articles", UriKind.Relative), new StringContent(text, Encoding.UTF8, "text/plain"), Cancel);
        Assert.Equal(HttpStatusCode.Created, body.StatusCode);
        var posted = JsonDocument.Parse(await body.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("results")[0].GetProperty("id").GetString()!;
        Assert.Matches("^posted-[0-9a-f]{12}$", posted);
        var source = JsonDocument.Parse(await Http.GetStringAsync(new Uri("/api/articles/" + posted, UriKind.Relative), Cancel)).RootElement.GetProperty("source").GetString()!;
        Assert.Equal(posted + ".txt", source);
        Assert.DoesNotContain(Path.GetTempPath().TrimEnd('/'), source, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ids_the_web_cannot_serve_are_refused_one_by_one_and_the_rest_go_through()
    {
        var lines = new[]
        {
            """{"id":"desk/2025/harbour","text":"The harbour reopened on Monday after storm repairs, officials said."}""",
            """{"id":"","text":"An article with an empty id, which no page could show."}""",
            """{"id":"bell\u0007ringer","text":"An article whose id holds a bell character."}""",
            "{\"id\":\"" + new string('x', 301) + "\",\"text\":\"An article whose id is far too long to be a page.\"}",
            """{"id":"..","text":"An article whose id is two dots, which browsers fold away."}""",
            """{"id":"good-one","text":"The bakery on Mill Street won a regional prize on Friday, its owner said."}""",
        };
        using var r = await Http.PostAsync(new Uri("/api/articles", UriKind.Relative),
            new StringContent(string.Join('\n', lines) + "\n", Encoding.UTF8, "application/x-ndjson"), Cancel);
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var body = JsonDocument.Parse(await r.Content.ReadAsStringAsync(Cancel)).RootElement;
        Assert.Equal("good-one", Assert.Single(body.GetProperty("results").EnumerateArray()).GetProperty("id").GetString());
        var reasons = body.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("reason").GetString()!).ToList();
        Assert.Equal(5, reasons.Count);
        Assert.Contains(reasons, x => x.Contains("'desk/2025/harbour' cannot be used: it contains '/'", StringComparison.Ordinal));
        Assert.Contains(reasons, x => x.Contains("it is longer than 300 characters", StringComparison.Ordinal));
        Assert.Contains(reasons, x => x.Contains("control character", StringComparison.Ordinal));
        Assert.Contains(reasons, x => x.Contains("only dots", StringComparison.Ordinal));
        Assert.Contains(reasons, x => x.Contains("it is empty", StringComparison.Ordinal));
        // The refused id is shown with its control character escaped.
        Assert.All(reasons, x => Assert.DoesNotContain('\u0007', x));
    }

    [Fact]
    public async Task A_publication_date_far_in_the_future_is_dropped_and_cannot_pin_a_story_to_the_top()
    {
        const string json = """
            {"id":"far-future","title":"Observatory opens its doors","published":"9999-12-31",
             "text":"The Hallam observatory opened to the public on Saturday, and 600 visitors came, the director said."}
            """;
        using var r = await Http.PostAsync(new Uri("/api/articles", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"), Cancel);
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var article = JsonDocument.Parse(await Http.GetStringAsync(new Uri("/api/articles/far-future", UriKind.Relative), Cancel)).RootElement;
        Assert.Equal(JsonValueKind.Null, article.GetProperty("published").ValueKind);
        var newest = JsonDocument.Parse(await Http.GetStringAsync(new Uri("/api/stories?limit=1", UriKind.Relative), Cancel)).RootElement;
        Assert.DoesNotContain("far-future", newest[0].GetProperty("articles").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task Waiting_too_long_for_the_writer_says_so()
    {
        using var dir = new TempDir();
        await using var jobs = new IngestJobs(new ServeOptions { DbPath = dir.Combine("busy.db") });
        using var gone = new CancellationTokenSource();
        await gone.CancelAsync();
        var job = await jobs.RunNowAsync([new Upload("a.txt", Encoding.UTF8.GetBytes("T\n\nSome text.\n"))], gone.Token);
        Assert.True(job.Finished);
        Assert.Equal(IngestFailure.Busy, job.FailureKind);
        Assert.StartsWith("waited too long for the store's writer", job.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_job_that_fails_for_any_reason_ends_failed_with_its_reason_and_is_logged()
    {
        var logs = new LogCapture();
        using var factory = Microsoft.Extensions.Logging.LoggerFactory.Create(b => b.AddProvider(logs));
        // A store path of null is a caller's bug, not a store or I/O error: the kind a narrow catch would miss.
        await using var jobs = new IngestJobs(new ServeOptions { DbPath = null! }, factory);
        var job = jobs.Start([new Upload("a.txt", Encoding.UTF8.GetBytes("T\n\nSome text.\n"))]);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!job.Finished && DateTime.UtcNow < deadline)
            await Task.Delay(50, Cancel);
        Assert.True(job.Finished, "the job never finished");
        Assert.Equal(IngestFailure.Error, job.FailureKind);
        Assert.StartsWith("the ingest failed (", job.Failure, StringComparison.Ordinal);
        Assert.NotEmpty(logs.WithId(2103));
    }

    [Fact]
    public async Task Every_api_error_is_a_problem_with_its_status()
    {
        using var unknown = await Http.GetAsync(new Uri("/api/nothing-here", UriKind.Relative), Cancel);
        await ProblemOf(unknown, HttpStatusCode.NotFound);
        using var wrongMethod = await Http.DeleteAsync(new Uri("/api/stories", UriKind.Relative), Cancel);
        Assert.Equal("application/problem+json", wrongMethod.Content.Headers.ContentType?.MediaType);
        using var json = await PostRaw("application/json", "{\"id\":");
        await ProblemOf(json, HttpStatusCode.BadRequest);
        using var type = await PostRaw("image/png", "\u0089PNG");
        await ProblemOf(type, HttpStatusCode.UnsupportedMediaType);
    }
}
