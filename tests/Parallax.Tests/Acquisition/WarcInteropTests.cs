using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Parallax.Tests.Support;

namespace Parallax.Tests.Acquisition;

/// <summary>
/// The web archives <c>parallax fetch --warc</c> writes, read by an independent reader: webrecorder's warcio.js
/// (tests/interop/warcio, installed by <c>npm ci</c> there; <c>.ci/run</c> does it). Every record parses, the
/// digests it recomputes match the ones written, and each exchange is a response and a request with the
/// target URI, status and body as served. Skipped, saying so, without node or the package (required in CI).
/// </summary>
public sealed class WarcInteropTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Reader => Path.Combine(RepoPaths.Root, "tests", "interop", "warcio");

    private static byte[] Bridge => NewsSiteSimulator.Utf8(WarcPages.Article("Harbour bridge reopens", "Traffic crossed the harbour bridge again on Monday after repairs."));

    private static byte[] Zipped => NewsSiteSimulator.Gzip(NewsSiteSimulator.Utf8(WarcPages.Article("Zipped page", "A page sent gzip-compressed, kept so in the archive.")));

    [Fact]
    public async Task Warcio_reads_every_record_fetch_wrote_with_matching_digests()
    {
        if (!Directory.Exists(Path.Combine(Reader, "node_modules", "warcio")))
        {
            if (Environment.GetEnvironmentVariable("PARALLAX_REQUIRE_WARCIO") == "1")
                Assert.Fail($"warcio.js is not installed: run npm ci in {Reader}");
            Assert.Skip($"warcio.js is not installed (npm ci in {Reader})");
        }
        await using var site = await NewsSiteSimulator.StartAsync("User-agent: *\nDisallow: /private\n", app =>
        {
            app.MapGet("/news/bridge", () => Results.Bytes(Bridge, "text/html; charset=utf-8"));
            app.MapGet("/news/zipped", (HttpContext c) =>
            {
                c.Response.Headers.ContentEncoding = "gzip";
                return Results.Bytes(Zipped, "text/html; charset=utf-8");
            });
            app.MapGet("/news/moved", () => Results.Redirect("/news/bridge"));
        });
        var warc = _dir.Combine("run.warc.gz");
        var fetch = await Task.Run(() => CliRunner.Run("fetch", site.Url("/news/bridge"), site.Url("/news/zipped"), site.Url("/news/moved"), site.Url("/news/gone"),
            "--contact", "tests@example.invalid", "--warc", warc));
        Assert.Equal(1, fetch.ExitCode); // the 404 is one line; the rest fetched

        var psi = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Reader };
        psi.ArgumentList.Add("read.mjs");
        psi.ArgumentList.Add(warc);
        using var node = Process.Start(psi)!;
        var stdout = node.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = node.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await node.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(node.ExitCode == 0, await stderr);
        var records = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

        Assert.Equal("warcinfo", records[0].GetProperty("type").GetString());
        var responses = records.Where(r => r.GetProperty("type").GetString() == "response").ToList();
        var requests = records.Where(r => r.GetProperty("type").GetString() == "request").ToList();
        // robots.txt, bridge, zipped, moved (301), bridge again after the redirect, gone (404).
        Assert.Equal(responses.Count, requests.Count);
        Assert.Equal(1 + 2 * responses.Count, records.Count);
        foreach (var r in responses)
        {
            // warcio's own digest of the payload it found equals the digest Parallax wrote.
            Assert.Equal(r.GetProperty("payloadDigest").GetString(), r.GetProperty("payloadSha1Base32").GetString());
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", r.GetProperty("date").GetString()!);
        }
        foreach (var q in requests)
            Assert.Equal("GET", q.GetProperty("method").GetString());

        JsonElement Response(string path, int status) => responses.First(r => r.GetProperty("uri").GetString() == site.Url(path) && r.GetProperty("status").GetInt32() == status);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Bridge)), Response("/news/bridge", 200).GetProperty("payloadSha256").GetString());
        // The content coding is kept in the archive, as served.
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Zipped)), Response("/news/zipped", 200).GetProperty("payloadSha256").GetString());
        Assert.StartsWith("text/html", Response("/news/zipped", 200).GetProperty("contentType").GetString(), StringComparison.Ordinal);
        Response("/news/moved", 302);
        Response("/news/gone", 404);
        Response("/robots.txt", 200);
    }
}
