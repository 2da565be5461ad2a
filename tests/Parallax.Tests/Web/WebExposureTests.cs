using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Parallax.Tests.Support;
using Parallax.Web;
using Parallax.Web.Security;

namespace Parallax.Tests.Web;

/// <summary>
/// How the server could be opened beyond what the user asked: addresses bound by configuration, forged Host
/// headers (DNS rebinding), weak tokens, token guessing; and the answers to HEAD and bad listening addresses.
/// Every server here listens on 127.0.0.1, except the one the bound-address check stops before it serves.
/// </summary>
public sealed class WebExposureTests(WebServerFixture server) : IClassFixture<WebServerFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private const string StrongToken = "Wd4-Rk9sQx2Lm7Vb5Tn8Pz3Hj6";

    [Fact]
    public async Task An_address_bound_beyond_loopback_by_any_means_stops_the_server_without_a_token()
    {
        using var dir = new TempDir();
        // Kestrel is told to listen on every address behind --urls' back, as appsettings.json or the
        // environment could; the check after start must see it and stop before a request is served.
        var options = new ServeOptions
        {
            DbPath = dir.Combine("x.db"),
            Urls = ["http://127.0.0.1:0"],
            Kestrel = k => k.Listen(IPAddress.Any, 0),
        };
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => WebApp.StartAsync(options, Cancel));
        Assert.StartsWith("refusing to listen on http://0.0.0.0:", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public async Task With_a_token_an_address_beyond_loopback_is_allowed_to_start()
    {
        using var dir = new TempDir();
        // The same bind with a token passes the check (then stops at once; no request is sent to it).
        var options = new ServeOptions { DbPath = dir.Combine("x.db"), Urls = ["http://127.0.0.1:0"], Token = StrongToken, Kestrel = k => k.Listen(IPAddress.Any, 0) };
        await using var app = await WebApp.StartAsync(options, Cancel);
        Assert.Contains(app.Urls, u => u.StartsWith("http://0.0.0.0:", StringComparison.Ordinal));
        await app.StopAsync(Cancel);
    }

    [Fact]
    public async Task Appsettings_in_the_working_directory_and_kestrel_environment_variables_cannot_add_an_address()
    {
        using var dir = new TempDir();
        var db = dir.Combine("w.db");
        dir.File("appsettings.json", """{"Kestrel":{"Endpoints":{"Wide":{"Url":"http://0.0.0.0:0"}}},"urls":"http://0.0.0.0:0"}""");
        var psi = CliProcess(dir.Path, "serve", "--db", db, "--create", "--urls", "http://127.0.0.1:0");
        psi.Environment["Kestrel__Endpoints__Env__Url"] = "http://0.0.0.0:0";
        psi.Environment["ASPNETCORE_URLS"] = "http://0.0.0.0:0";
        psi.Environment.Remove("PARALLAX_TOKEN");
        using var p = Process.Start(psi)!;
        try
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
            wait.CancelAfter(TimeSpan.FromSeconds(60));
            var first = await p.StandardOutput.ReadLineAsync(wait.Token);
            Assert.Matches(@"^parallax: serving .* on http://127\.0\.0\.1:\d+ \(Ctrl-C stops\)$", first ?? "(nothing; stopped)");
            // Every address is printed at once; give any other a moment to show.
            using var more = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
            more.CancelAfter(TimeSpan.FromSeconds(1));
            string? second = null;
            try
            {
                second = await p.StandardOutput.ReadLineAsync(more.Token);
            }
            catch (OperationCanceledException)
            {
            }
            Assert.Null(second);
        }
        finally
        {
            p.Kill(entireProcessTree: true);
            await p.WaitForExitAsync(Cancel);
        }
    }

    [Fact]
    public async Task Serve_refuses_a_missing_store_naming_it_and_creates_nothing()
    {
        using var dir = new TempDir();
        var db = dir.Combine("typo.db");
        using var p = Process.Start(CliProcess(dir.Path, "serve", "--db", db, "--urls", "http://127.0.0.1:0"))!;
        var stderr = p.StandardError.ReadToEndAsync(Cancel);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        wait.CancelAfter(TimeSpan.FromSeconds(60));
        await p.WaitForExitAsync(wait.Token);
        Assert.Equal(4, p.ExitCode);
        var lines = (await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("typo.db", Assert.Single(lines), StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }

    private static ProcessStartInfo CliProcess(string workingDirectory, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Parallax.Cli.dll"));
        foreach (var a in args)
            psi.ArgumentList.Add(a);
        psi.Environment["CI"] = "true";
        psi.Environment.Remove("PARALLAX_DB");
        return psi;
    }

    [Theory]
    [InlineData("GET", "/api/stories")]
    [InlineData("GET", "/")]
    [InlineData("GET", "/api/search?q=dam")]
    [InlineData("POST", "/api/articles")]
    [InlineData("POST", "/add")]
    public async Task A_forged_host_is_refused_before_the_store_is_read_or_written(string method, string path)
    {
        // A DNS-rebinding page: its own name as Host, its own origin, and the browser calls it same-origin.
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Host = $"rebind.attacker.example:{server.BaseAddress.Port}";
        request.Headers.Add("Origin", $"http://rebind.attacker.example:{server.BaseAddress.Port}");
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        if (method == "POST")
            request.Content = new StringContent("""{"id":"rebound","text":"Posted through a rebound name, this must never be stored."}""", Encoding.UTF8, "application/json");
        using var r = await server.Client.SendAsync(request, Cancel);
        Assert.Equal(HttpStatusCode.MisdirectedRequest, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("castavia", await r.Content.ReadAsStringAsync(Cancel), StringComparison.OrdinalIgnoreCase);
        using var stored = await server.Client.GetAsync(new Uri("/api/articles/rebound", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.NotFound, stored.StatusCode);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("LOCALHOST")]
    public async Task Loopback_names_on_the_bound_port_are_accepted(string name)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/stories");
        request.Headers.Host = $"{name}:{server.BaseAddress.Port}";
        using var r = await server.Client.SendAsync(request, Cancel);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
    }

    [Fact]
    public async Task A_loopback_name_on_another_port_is_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/stories");
        request.Headers.Host = $"localhost:{(server.BaseAddress.Port == 80 ? 81 : 80)}";
        using var r = await server.Client.SendAsync(request, Cancel);
        Assert.Equal(HttpStatusCode.MisdirectedRequest, r.StatusCode);
    }

    [Fact]
    public async Task A_host_the_user_allows_is_accepted()
    {
        using var dir = new TempDir();
        await using var app = await WebApp.StartAsync(new ServeOptions { DbPath = dir.Combine("x.db"), Urls = ["http://127.0.0.1:0"], AllowedHosts = ["parallax.lan", "reader.lan:8080"] }, Cancel);
        var address = new Uri(app.Urls.First());
        using var http = new HttpClient { BaseAddress = address };
        using var allowed = new HttpRequestMessage(HttpMethod.Get, "/login") { Headers = { Host = $"parallax.lan:{address.Port}" } };
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(allowed, Cancel)).StatusCode);
        using var withPort = new HttpRequestMessage(HttpMethod.Get, "/login") { Headers = { Host = $"reader.lan:{address.Port}" } };
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(withPort, Cancel)).StatusCode);
        using var other = new HttpRequestMessage(HttpMethod.Get, "/login") { Headers = { Host = $"other.lan:{address.Port}" } };
        Assert.Equal(HttpStatusCode.MisdirectedRequest, (await http.SendAsync(other, Cancel)).StatusCode);
        await app.StopAsync(Cancel);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=dam")]
    [InlineData("/add")]
    [InlineData("/login")]
    [InlineData("/assets/parallax.css")]
    [InlineData("/api/stories")]
    [InlineData("/api/search?q=dam")]
    [InlineData("/api/articles/valley-courier")]
    [InlineData("/articles/valley-courier")]
    [InlineData("/openapi/v1.json")]
    public async Task Head_answers_like_get_without_the_body(string path)
    {
        using var get = await server.Client.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        using var head = await server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path), Cancel);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(Cancel));
        Assert.True(head.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task Head_on_story_pages_and_reports_answers_200()
    {
        var story = server.StoryOf("valley-courier");
        foreach (var path in new[] { $"/stories/{story}", $"/api/stories/{story}" })
        {
            using var head = await server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path), Cancel);
            Assert.Equal(HttpStatusCode.OK, head.StatusCode);
            Assert.Empty(await head.Content.ReadAsByteArrayAsync(Cancel));
        }
    }

    [Theory]
    [InlineData("a", "at least 22")]
    [InlineData("password123", "at least 22")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "repeats too few")]
    [InlineData("correcthorsebatterystaple", "bits of randomness")]
    [InlineData("abcdefghijklmnopqrstuv", "bits of randomness")]
    [InlineData("token with spaces in it, long enough", "spaces")]
    public void Weak_tokens_are_refused_with_the_reason(string token, string reason)
    {
        Assert.Contains(reason, TokenStrength.Weakness(token), StringComparison.Ordinal);
        var e = Assert.Throws<InvalidOperationException>(() => WebApp.Build(new ServeOptions { DbPath = "unused.db", Urls = ["http://0.0.0.0:5000"], Token = token }));
        Assert.StartsWith("the access token is too weak", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Wd4-Rk9sQx2Lm7Vb5Tn8Pz3Hj6")]
    [InlineData("3f9a61c0d27e4b58a9e1c6d3f7b20a45")]
    public void Strong_and_generated_tokens_pass(string token)
    {
        Assert.Null(TokenStrength.Weakness(token));
        var generated = TokenStrength.Generate();
        Assert.Null(TokenStrength.Weakness(generated));
        Assert.Equal(43, generated.Length);
        Assert.NotEqual(generated, TokenStrength.Generate());
    }

    [Fact]
    public async Task Token_guesses_are_limited_per_address()
    {
        using var dir = new TempDir();
        using (Parallax.Storage.Sqlite.SqliteStoryStore.Open(dir.Combine("x.db")))
        {
        }
        await using var app = await WebApp.StartAsync(new ServeOptions
        {
            DbPath = dir.Combine("x.db"), Urls = ["http://127.0.0.1:0"], Token = StrongToken, SignInAttemptsPerMinute = 3,
        }, Cancel);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(app.Urls.First()) };
        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < 4; i++)
        {
            using var r = await http.PostAsync(new Uri("/login", UriKind.Relative), new FormUrlEncodedContent([new("token", "guess-" + i)]), Cancel);
            statuses.Add(r.StatusCode);
        }
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
        // The API's refusals count against the same address, and are answered 429 now too.
        using var api = new HttpRequestMessage(HttpMethod.Get, "/api/stories") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", "guess") } };
        using var limited = await http.SendAsync(api, Cancel);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter is not null);
        Assert.Equal(429, JsonDocument.Parse(await limited.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("status").GetInt32());
        // A request with the right token is not a guess.
        using var right = new HttpRequestMessage(HttpMethod.Get, "/api/stories") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", StrongToken) } };
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(right, Cancel)).StatusCode);
        await app.StopAsync(Cancel);
    }

    [Fact]
    public async Task A_malformed_or_oversized_sign_in_form_is_a_400_not_a_500()
    {
        using var dir = new TempDir();
        await using var app = await WebApp.StartAsync(new ServeOptions { DbPath = dir.Combine("x.db"), Urls = ["http://127.0.0.1:0"], Token = StrongToken }, Cancel);
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        var cut = new ByteArrayContent(Encoding.UTF8.GetBytes("--XX\r\nContent-Disposition: form-data; name=\"token\"\r\n\r\nabc"));
        cut.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=XX");
        Assert.Equal(HttpStatusCode.BadRequest, (await http.PostAsync(new Uri("/login", UriKind.Relative), cut, Cancel)).StatusCode);
        using var big = new MultipartFormDataContent { { new ByteArrayContent(new byte[200_000]), "files", "big.bin" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await http.PostAsync(new Uri("/login", UriKind.Relative), big, Cancel)).StatusCode);
        await app.StopAsync(Cancel);
    }

    [Theory]
    [InlineData("garbage", "is not a listening address")]
    [InlineData("127.0.0.1:5117", "is not a listening address")]
    [InlineData("https://127.0.0.1:5117", "plain HTTP only")]
    [InlineData("http://127.0.0.1:5117/app", "without a path")]
    public void A_bad_listening_address_says_what_is_wrong_not_that_a_token_is_missing(string url, string message)
    {
        var e = Assert.Throws<InvalidOperationException>(() => WebApp.Build(new ServeOptions { DbPath = "unused.db", Urls = [url] }));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("token", e.Message, StringComparison.Ordinal);
    }
}
