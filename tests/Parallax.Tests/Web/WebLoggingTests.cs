using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Parallax.Tests.Support;
using Parallax.Web;

namespace Parallax.Tests.Web;

/// <summary>What the server logs when a request fails, an ingest fails, or the access gate refuses.</summary>
public sealed class WebLoggingTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly LogCapture _logs = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>A server over a file that is not a store, so reading and writing it fail.</summary>
    private async Task<(WebApplication App, HttpClient Http)> StartAsync(string? token = null)
    {
        var db = _dir.File("broken.db", "this is not an SQLite database, and it is long enough to show it at once");
        var app = await WebApp.StartAsync(new ServeOptions { DbPath = db, Urls = ["http://127.0.0.1:0"], Token = token, LogLevel = LogLevel.Information, LoggerProviders = [_logs] },
            TestContext.Current.CancellationToken);
        return (app, new HttpClient { BaseAddress = new Uri(app.Urls.First()) });
    }

    [Fact]
    public async Task An_unhandled_error_is_logged_and_answered_with_a_problem()
    {
        var (app, http) = await StartAsync();
        await using (app)
        using (http)
        {
            using var r = await http.GetAsync(new Uri("/api/stories", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.InternalServerError, r.StatusCode);
            Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
            var body = JsonDocument.Parse(await r.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
            Assert.Equal(500, body.GetProperty("status").GetInt32());
            await app.StopAsync(TestContext.Current.CancellationToken);
        }
        var logged = Assert.Single(_logs.WithId(2000));
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.Equal("Parallax.Web.Services.ErrorLogging", logged.Category);
        Assert.Contains("GET /api/stories", logged.Message, StringComparison.Ordinal);
        Assert.Contains("not a Parallax store", logged.Exception?.Message, StringComparison.Ordinal);
        // Logged once: the framework's own entry for the same error is suppressed.
        Assert.DoesNotContain(_logs.Entries, e => e.Level >= LogLevel.Error && e.EventId.Id != 2000);
    }

    [Fact]
    public async Task A_failed_ingest_job_is_logged()
    {
        var (app, http) = await StartAsync();
        await using (app)
        using (http)
        {
            using var content = new StringContent("A headline\n\nSome text of an article.", Encoding.UTF8, "text/plain");
            using var r = await http.PostAsync(new Uri("/api/articles", UriKind.Relative), content, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, r.StatusCode);
        }
        var logged = Assert.Single(_logs.WithId(2100));
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.Contains("not a Parallax store", logged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_without_the_token_is_logged_as_refused()
    {
        var (app, http) = await StartAsync(token: "Zt5-Qm8wLr2Xv7Nc4Bk9Hp1J");
        await using (app)
        using (http)
        {
            using var r = await http.GetAsync(new Uri("/api/stories", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
        }
        var logged = Assert.Single(_logs.WithId(2002));
        Assert.Equal(LogLevel.Information, logged.Level);
        Assert.Contains("/api/stories", logged.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Zt5-Qm8wLr2Xv7Nc4Bk9Hp1J", string.Join('\n', _logs.Entries.Select(e => e.Message)), StringComparison.Ordinal);
    }
}
