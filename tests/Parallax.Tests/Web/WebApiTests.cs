using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Parallax.Tests.Web;

/// <summary>Every API endpoint over HTTP, with its errors: the real server over the SQLite store.</summary>
public sealed class WebApiTests(WebServerFixture server) : WebApiFacts<WebServerFixture>(server);

/// <summary>Every API endpoint over HTTP, with its errors: the real server over the PostgreSQL store.</summary>
public sealed class PostgresWebApiTests(PostgresWebServerFixture server) : WebApiFacts<PostgresWebServerFixture>(server);

/// <summary>Every API endpoint over HTTP, with its errors: the real server, the real store, whichever engine serves it.</summary>
public abstract class WebApiFacts<TServer>(TServer server) : IClassFixture<TServer> where TServer : WebServerFixture
{
    private HttpClient Http
    {
        get
        {
            if (server.Unavailable is { } reason)
                Assert.Skip(reason);
            return server.Client;
        }
    }

    private async Task<JsonElement> Json(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var r = await Http.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(expected, r.StatusCode);
        return JsonDocument.Parse(await r.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();
    }

    [Fact]
    public async Task Stories_list_with_their_articles_and_outlets()
    {
        // Other tests of this class add articles to the same store: count only the samples' stories.
        var stories = await Json("/api/stories?sort=busiest");
        var samples = new[] { "valley-courier", "markets-digest", "hostile-page" };
        Assert.Equal(3, stories.EnumerateArray().Count(s => s.GetProperty("articles").EnumerateArray().Any(a => samples.Contains(a.GetString()))));
        var dam = stories.EnumerateArray().Single(s => s.GetProperty("articles").EnumerateArray().Any(a => a.GetString() == "valley-courier"));
        Assert.Equal(4, dam.GetProperty("articles").GetArrayLength());
        Assert.Equal(4, dam.GetProperty("outlets").GetArrayLength());
        Assert.Single((await Json("/api/stories?limit=1")).EnumerateArray());
        Assert.Equal(2, (await Json("/api/stories?from=2025-04-01&to=2025-06-30")).GetArrayLength());
        Assert.Empty((await Json("/api/stories?outlet=Nobody%20Weekly")).EnumerateArray());
    }

    [Theory]
    [InlineData("/api/stories?from=April", "from takes a day")]
    [InlineData("/api/stories?sort=loudest", "sort is newest or busiest")]
    [InlineData("/api/stories?limit=100000", "limit takes a whole number")]
    [InlineData("/api/stories?from=2025-05-01&to=2025-01-01", "from 2025-05-01 is after to 2025-01-01")]
    [InlineData("/api/search", "q, the words to search for, is missing")]
    public async Task A_bad_query_is_a_400_problem_saying_what_is_wrong(string path, string detail)
    {
        using var r = await Http.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await r.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal(400, body.GetProperty("status").GetInt32());
        Assert.Contains(detail, body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_story_is_its_comparison_report()
    {
        var id = server.StoryOf("valley-courier");
        var report = await Json($"/api/stories/{id}");
        Assert.Equal(1, report.GetProperty("version").GetInt32());
        var story = Assert.Single(report.GetProperty("stories").EnumerateArray());
        Assert.Equal(id, story.GetProperty("id").GetString());
        Assert.Equal(4, report.GetProperty("articles").GetArrayLength());
        Assert.True(story.GetProperty("quotes").GetArrayLength() > 0);
        Assert.Contains(story.GetProperty("figures").EnumerateArray(), f => !f.GetProperty("agree").GetBoolean());
    }

    [Theory]
    [InlineData("/api/stories/s9999")]
    [InlineData("/api/stories/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/api/stories/1%20OR%201=1")]
    [InlineData("/api/articles/no-such-article")]
    [InlineData("/api/articles/x'%20OR%20'1'='1")]
    [InlineData("/api/nothing-here")]
    public async Task Unknown_ids_and_paths_are_404_problems(string path)
    {
        using var r = await Http.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_article_comes_with_its_spans_story_and_version()
    {
        var a = await Json("/api/articles/valley-courier");
        Assert.Equal("valley-courier", a.GetProperty("id").GetString());
        Assert.Equal(server.StoryOf("valley-courier"), a.GetProperty("story").GetString());
        Assert.Equal(1, a.GetProperty("version").GetInt32());
        var text = a.GetProperty("text").GetString()!;
        foreach (var q in a.GetProperty("quotes").EnumerateArray())
        {
            var span = q.GetProperty("span");
            Assert.Equal(q.GetProperty("text").GetString(), text[span[0].GetInt32()..span[1].GetInt32()]);
        }
    }

    [Fact]
    public async Task Search_finds_words_with_highlights_and_honours_filters()
    {
        var hits = await Json("/api/search?q=spillway");
        Assert.True(hits.GetArrayLength() > 0);
        foreach (var h in hits.EnumerateArray())
        {
            var snippet = h.GetProperty("snippet").GetString()!;
            foreach (var m in h.GetProperty("highlights").EnumerateArray())
                Assert.StartsWith("spillway", snippet[m[0].GetInt32()..m[1].GetInt32()], StringComparison.OrdinalIgnoreCase);
        }
        Assert.Empty((await Json("/api/search?q=spillway&to=2020-01-01")).EnumerateArray());
        Assert.Empty((await Json("/api/search?q=%22NEAR(%20AND%22")).EnumerateArray());
    }

    [Fact]
    public async Task Posting_an_article_ingests_it_into_a_story_and_again_changes_nothing()
    {
        const string json = """
            {"id":"api-ferry","title":"Ferry Kestrel aground off Marrow Point","outlet":"Bay Times","published":"2025-09-14",
             "text":"The ferry Kestrel ran aground off Marrow Point on Saturday. Coastguard crews rescued 40 passengers, the harbour master said."}
            """;
        using var first = await Http.PostAsync(new Uri("/api/articles", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal("/api/articles/api-ferry", first.Headers.Location?.OriginalString);
        var body = JsonDocument.Parse(await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        var item = Assert.Single(body.GetProperty("results").EnumerateArray());
        Assert.Equal(("api-ferry", "added"), (item.GetProperty("id").GetString(), item.GetProperty("outcome").GetString()));
        var story = item.GetProperty("story").GetString()!;
        Assert.Equal(story, (await Json("/api/articles/api-ferry")).GetProperty("story").GetString());

        using var again = await Http.PostAsync(new Uri("/api/articles", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);
        var outcome = JsonDocument.Parse(await again.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal("unchanged", outcome.GetProperty("results")[0].GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Plain_text_and_multipart_uploads_are_read_like_files()
    {
        using var text = await Http.PostAsync(new Uri("/api/articles", UriKind.Relative),
            new StringContent("Quarry expansion approved in Dunholt\n\nDunholt council approved the Greyfell quarry expansion on Friday.\n", Encoding.UTF8, "text/plain"),
            TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, text.StatusCode);

        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes("<html><head><title>Harbour wall repaired</title></head><body><article><h1>Harbour wall repaired</h1><p>Workers finished repairs to the Elsby harbour wall on Tuesday, two weeks ahead of plan.</p></article></body></html>")), "files", "../../evil/harbour.html" },
            { new ByteArrayContent([]), "files", "empty.txt" },
        };
        var scratchBefore = Directory.GetDirectories(Path.GetTempPath(), "parallax-upload-*");
        using var multi = await Http.PostAsync(new Uri("/api/articles", UriKind.Relative), form, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, multi.StatusCode);
        // Uploads are read in memory: no scratch folder is made for them.
        Assert.Equal(scratchBefore, Directory.GetDirectories(Path.GetTempPath(), "parallax-upload-*"));
        var body = JsonDocument.Parse(await multi.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal("harbour", body.GetProperty("results")[0].GetProperty("id").GetString());
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("empty.txt", error.GetProperty("input").GetString());
    }

    [Fact]
    public async Task Bodies_that_are_not_articles_get_the_right_problem()
    {
        using var type = await Http.PostAsync(new Uri("/api/articles", UriKind.Relative), new ByteArrayContent([1, 2, 3]) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } },
            TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, type.StatusCode);
        using var json = await Http.PostAsync(new Uri("/api/articles", UriKind.Relative), new StringContent("{\"id\":", Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        using var empty = await Http.PostAsync(new Uri("/api/articles", UriKind.Relative), new StringContent("[]", Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        using var unreadable = await Http.PostAsync(new Uri("/api/articles", UriKind.Relative), new StringContent("{\"id\":\"x\"}", Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unreadable.StatusCode);
    }

    [Fact]
    public async Task An_oversized_body_is_refused_with_a_413_problem()
    {
        var big = new string('a', 2 * 1024 * 1024);
        // Expect: 100-continue lets the server refuse before the body is sent, as well-behaved clients ask.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent(big, Encoding.UTF8, "text/plain") };
        request.Headers.ExpectContinue = true;
        using var r = await Http.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("Origin", "https://attacker.example")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    public async Task A_post_from_another_site_is_refused(string header, string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/add")
        {
            Content = new FormUrlEncodedContent([new("text", "Some text\n\nBody.\n")]),
        };
        request.Headers.Add(header, value);
        using var r = await Http.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api()
    {
        var doc = await Json("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        foreach (var p in new[] { "/api/stories", "/api/stories/{id}", "/api/articles/{id}", "/api/search", "/api/articles" })
            Assert.True(paths.TryGetProperty(p, out _), p);
        Assert.False(paths.TryGetProperty("/", out _));
    }

    [Theory]
    [InlineData("get", "/api/stories", "outlet entity from to sort page limit", "200 400")]
    [InlineData("get", "/api/stories/{id}", "id", "200 404")]
    [InlineData("get", "/api/articles/{id}", "id", "200 404")]
    [InlineData("get", "/api/search", "q outlet entity from to page limit", "200 400")]
    [InlineData("post", "/api/articles", "", "201 400 413 415 422 503")]
    public async Task The_openapi_document_lists_every_parameter_and_response(string method, string path, string parameters, string statuses)
    {
        var doc = await Json("/openapi/v1.json");
        var operation = doc.GetProperty("paths").GetProperty(path).GetProperty(method);
        var listed = operation.TryGetProperty("parameters", out var ps) ? ps.EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToArray() : [];
        Assert.Equal(parameters.Split(' ', StringSplitOptions.RemoveEmptyEntries), listed);
        var responses = operation.GetProperty("responses");
        Assert.Equal(statuses.Split(' '), responses.EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal).ToArray());
        // Every error is a problem-details document, and every success has a JSON body.
        foreach (var response in responses.EnumerateObject())
        {
            var content = response.Value.GetProperty("content").EnumerateObject().Select(c => c.Name).ToArray();
            Assert.Equal(response.Name[0] == '2' ? "application/json" : "application/problem+json", Assert.Single(content));
        }
        if (method == "post")
        {
            var body = operation.GetProperty("requestBody").GetProperty("content");
            Assert.Equal(["application/json", "application/x-ndjson", "text/plain", "text/html", "multipart/form-data"], body.EnumerateObject().Select(c => c.Name));
            var article = body.GetProperty("application/json").GetProperty("schema");
            Assert.Equal(["id", "title", "outlet", "url", "published", "authors", "text", "html"], article.GetProperty("properties").EnumerateObject().Select(p => p.Name));
            Assert.False(article.TryGetProperty("required", out _));
        }
    }

    [Fact]
    public async Task The_openapi_schemas_use_the_names_the_api_sends()
    {
        var schemas = (await Json("/openapi/v1.json")).GetProperty("components").GetProperty("schemas");
        var listing = schemas.GetProperty("StoryListing").GetProperty("properties");
        Assert.True(listing.TryGetProperty("first_published", out _));
        var stories = await Json("/api/stories?limit=1");
        foreach (var field in stories[0].EnumerateObject())
            Assert.True(listing.TryGetProperty(field.Name, out _), field.Name);
    }

    [Fact]
    public async Task Every_response_carries_the_content_security_policy()
    {
        foreach (var path in new[] { "/", "/api/stories", "/articles/valley-courier", "/no/such/page" })
        {
            using var r = await Http.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            var csp = Assert.Single(r.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
            Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", Assert.Single(r.Headers.GetValues("X-Content-Type-Options")));
        }
    }
}
