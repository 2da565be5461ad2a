using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Parallax.Tests.Support;

namespace Parallax.Tests.Acquisition;

/// <summary><c>parallax fetch</c> and <c>parallax ingest FILE.warc.gz</c> as a user runs them, against a loopback site.</summary>
public sealed class FetchCommandTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static Task<NewsSiteSimulator> Site() => NewsSiteSimulator.StartAsync("User-agent: *\nDisallow: /private\n", app =>
    {
        app.MapGet("/news/bridge", () => NewsSiteSimulator.Page("Harbour bridge reopens", "Traffic crossed the harbour bridge again on Monday after repairs costing 12 million euros."));
        app.MapGet("/news/strike", () => NewsSiteSimulator.Page("Rail strike called off", "Unions called off the rail strike late on Sunday after talks ran through the night."));
    });

    [Fact]
    public async Task Fetch_prints_extract_s_jsonl_and_one_line_per_failed_url()
    {
        await using var site = await Site();
        var warc = _dir.Combine("run.warc.gz");
        var r = await Task.Run(() => CliRunner.Run("fetch", site.Url("/news/bridge"), site.Url("/news/gone"), site.Url("/private/x"), "--contact", "tests@example.invalid", "--warc", warc));

        Assert.Equal(1, r.ExitCode);
        var line = Assert.Single(r.OutputLines);
        using var json = JsonDocument.Parse(line);
        Assert.Equal(site.Url("/news/bridge"), json.RootElement.GetProperty("url").GetString());
        Assert.Equal("Harbour bridge reopens", json.RootElement.GetProperty("title").GetString());
        Assert.Equal([$"parallax: {site.Url("/news/gone")}: gone (404)", $"parallax: {site.Url("/private/x")}: disallowed by robots.txt"], r.ErrorLines);
        Assert.DoesNotContain(site.Hits, h => h.Path.StartsWith("/private", StringComparison.Ordinal));
        Assert.True(site.SmallestGap() >= TimeSpan.FromSeconds(1) - TimeSpan.FromMilliseconds(15), "the default interval is 1 s");

        // The archive it wrote replays offline through ingest.
        var db = _dir.Combine("store.db");
        var ingest = CliRunner.Run("ingest", warc, "--db", db);
        Assert.Equal(0, ingest.ExitCode);
        Assert.StartsWith("ingested 1 new", ingest.Stdout);
    }

    [Fact]
    public async Task Fetch_ingest_stores_the_pages_and_a_second_run_adds_nothing()
    {
        await using var site = await Site();
        var db = _dir.Combine("store.db");
        var first = await Task.Run(() => CliRunner.Run("fetch", site.Url("/news/bridge"), site.Url("/news/strike"), "--ingest", "--db", db, "--contact", "https://example.invalid/contact"));
        Assert.Equal(0, first.ExitCode);
        Assert.StartsWith("ingested 2 new", first.Stdout);
        var again = await Task.Run(() => CliRunner.Run("fetch", site.Url("/news/bridge"), "--ingest", "--db", db, "--contact", "https://example.invalid/contact"));
        Assert.StartsWith("ingested 0 new, 0 new versions, 1 unchanged", again.Stdout);
    }

    [Fact]
    public void Fetch_without_a_contact_is_a_usage_error_and_sends_nothing()
    {
        var r = CliRunner.Run("fetch", "http://127.0.0.1:9/never");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--contact", Assert.Single(r.ErrorLines));
    }

    [Fact]
    public async Task The_user_agent_names_the_tool_and_the_contact()
    {
        string? seen = null;
        await using var site = await NewsSiteSimulator.StartAsync(null, app => app.MapGet("/a", (HttpContext c) =>
        {
            seen = c.Request.Headers.UserAgent.ToString();
            return NewsSiteSimulator.Page("A page", "A short story about the harbour bridge and its repairs.");
        }));
        var r = await Task.Run(() => CliRunner.Run("fetch", site.Url("/a"), "--contact", "desk@example.invalid"));
        Assert.Equal(0, r.ExitCode);
        Assert.Matches(@"^Parallax/\d+\.\d+ \(news comparison; \+desk@example\.invalid\)$", seen);
    }
}
