using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Parallax.Acquisition.Fetching;
using Parallax.Acquisition.Warc;
using Parallax.Extraction.Inputs;
using Parallax.Tests.Support;

namespace Parallax.Tests.Acquisition;

/// <summary>
/// The fetcher against loopback news sites, well-behaved and not: every misbehaving route ends in its one line,
/// the good pages still come through, and the servers see the politeness: one request in flight per host, the
/// interval kept, robots.txt obeyed, Retry-After honoured.
/// </summary>
public sealed class PageFetcherTests : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static FetchOptions Options(string? archive = null) => new()
    {
        UserAgent = FetchOptions.UserAgentFor("tests@example.invalid"),
        MinHostInterval = Interval,
        TotalTimeout = TimeSpan.FromSeconds(1.5),
        ConnectTimeout = TimeSpan.FromSeconds(2),
        MaxRetries = 2,
        RetryDelay = TimeSpan.FromMilliseconds(100),
        MaxRetryAfter = TimeSpan.FromSeconds(5),
        ArchivePath = archive,
    };

    private static async Task<Dictionary<string, InputItem>> FetchAll(PageFetcher fetcher, IEnumerable<string> urls)
    {
        var list = urls.ToList();
        var results = new Dictionary<string, InputItem>();
        int i = 0;
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await foreach (var item in new FetchSource(fetcher, list).ReadAsync(cancel.Token))
            results[list[i++]] = item;
        return results;
    }

    private static string Line(InputItem item) => item.Error is { } e ? e.Reason : "page";

    private const string Robots = "# comments and other crawlers' groups around ours\nUser-agent: OtherBot\nDisallow:\n\n" +
        "User-agent: parallax\nDisallow: /private\nAllow: /private/open$\n\nUser-agent: *\nDisallow: /\n";

    private static readonly Lazy<byte[]> Bomb = new(() => NewsSiteSimulator.Gzip(new byte[40 * 1024 * 1024]));

    private static void GoodAndBadRoutes(WebApplication app)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        for (int n = 1; n <= 3; n++)
        {
            int k = n;
            app.MapGet($"/news/{k}", () => NewsSiteSimulator.Page($"Budget vote number {k}", $"Lawmakers approved part {k} of the budget after a long debate."));
        }
        app.MapGet("/private/secret", () => NewsSiteSimulator.Page("Secret", "Nobody should fetch this page."));
        app.MapGet("/private/open", () => NewsSiteSimulator.Page("Open corner", "This one page under private is allowed."));
        app.MapGet("/wrong-charset", () => Results.Bytes(NewsSiteSimulator.Utf8(WarcPages.Article("Café terraces reopen", "The café terraces reopened on the square.")), "text/html; charset=iso-8859-1"));
        app.MapGet("/no-charset", () => Results.Bytes(Encoding.GetEncoding(1252).GetBytes(
            "<html><head><meta charset=\"windows-1252\"><title>Déjà vu</title></head><body><article><p>A déjà vu for the résidents of the old quarter, who saw the same flood again.</p><p>The mayor promised new walls.</p></article></body></html>"), "text/html"));
        app.MapGet("/gz", (HttpContext c) =>
        {
            c.Response.Headers.ContentEncoding = "gzip";
            return Results.Bytes(NewsSiteSimulator.Gzip(NewsSiteSimulator.Utf8(WarcPages.Article("Zipped page", "A page sent gzip-compressed."))), "text/html; charset=utf-8");
        });
        app.MapGet("/br", (HttpContext c) =>
        {
            c.Response.Headers.ContentEncoding = "br";
            return Results.Bytes(NewsSiteSimulator.Brotli(NewsSiteSimulator.Utf8(WarcPages.Article("Brotli page", "A page sent brotli-compressed."))), "text/html; charset=utf-8");
        });
        app.MapGet("/moved", () => Results.Redirect("/news/1"));
        app.MapGet("/loop-a", () => Results.Redirect("/loop-b"));
        app.MapGet("/loop-b", () => Results.Redirect("/loop-a"));
        app.MapGet("/bomb", (HttpContext c) =>
        {
            c.Response.Headers.ContentEncoding = "gzip";
            return Results.Bytes(Bomb.Value, "text/html");
        });
        app.MapGet("/huge", async (HttpContext c) =>
        {
            // 50 MB of HTML, streamed without a Content-Length: the limit must hold while reading.
            c.Response.ContentType = "text/html";
            var chunk = Encoding.ASCII.GetBytes(new string('a', 64 * 1024));
            try
            {
                for (int i = 0; i < 800 && !c.RequestAborted.IsCancellationRequested; i++)
                    await c.Response.Body.WriteAsync(chunk, c.RequestAborted);
            }
            catch (OperationCanceledException)
            {
            }
        });
        app.MapGet("/doc", () => Results.Bytes("%PDF-1.4 not really"u8.ToArray(), "application/pdf"));
        app.MapGet("/forbidden", () => Results.StatusCode(403));
        app.MapGet("/login", () => Results.StatusCode(401));
        app.MapGet("/gone", () => Results.StatusCode(410));
    }

    private static void SlowRoutes(WebApplication app)
    {
        app.MapGet("/slow", async (HttpContext c) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(20), c.RequestAborted);
            return NewsSiteSimulator.Page("Late", "Too late.");
        });
        app.MapGet("/endless", async (HttpContext c) =>
        {
            c.Response.ContentType = "text/html";
            await c.Response.WriteAsync("<html><body><p>", c.RequestAborted);
            while (!c.RequestAborted.IsCancellationRequested)
            {
                await c.Response.WriteAsync("and on ", c.RequestAborted);
                await c.Response.Body.FlushAsync(c.RequestAborted);
                await Task.Delay(50, c.RequestAborted);
            }
        });
        app.MapGet("/fine", () => NewsSiteSimulator.Page("Fine page", "The slow host also has a page that answers at once."));
    }

    [Fact]
    public async Task Every_misbehaving_route_gets_its_one_line_and_the_servers_see_a_polite_crawler()
    {
        int busyCalls = 0;
        await using var good = await NewsSiteSimulator.StartAsync(Robots, GoodAndBadRoutes);
        await using var slow = await NewsSiteSimulator.StartAsync("User-agent: *\nDisallow:\n", SlowRoutes);
        await using var busy = await NewsSiteSimulator.StartAsync(null, app => app.MapGet("/busy", (HttpContext c) =>
        {
            if (Interlocked.Increment(ref busyCalls) == 1)
            {
                c.Response.Headers.RetryAfter = "1";
                return Results.StatusCode(429);
            }
            return NewsSiteSimulator.Page("Busy desk", "The page came on the second try, after the wait the server asked for.");
        }));
        await using var failing = await NewsSiteSimulator.StartAsync(null, app => app.MapGet("/error", () => Results.StatusCode(500)));
        await using var noRobots = await NewsSiteSimulator.StartAsync(null, app =>
        {
            app.MapGet("/robots.txt", () => Results.StatusCode(503));
            app.MapGet("/news/1", () => NewsSiteSimulator.Page("Hidden", "Never fetched."));
        });
        await using var delayed = await NewsSiteSimulator.StartAsync("User-agent: *\nCrawl-delay: 0.8\n", app =>
        {
            for (int n = 1; n <= 3; n++)
            {
                int k = n;
                app.MapGet($"/p/{k}", () => NewsSiteSimulator.Page($"Delayed {k}", $"A page from the host that asks for a crawl delay, number {k}."));
            }
        });

        var expected = new Dictionary<string, string>
        {
            [good.Url("/news/1")] = "page",
            [good.Url("/news/2")] = "page",
            [good.Url("/news/3")] = "page",
            [good.Url("/private/secret")] = "disallowed by robots.txt",
            [good.Url("/private/open")] = "page",
            [good.Url("/wrong-charset")] = "page",
            [good.Url("/no-charset")] = "page",
            [good.Url("/gz")] = "page",
            [good.Url("/br")] = "page",
            [good.Url("/moved")] = "page",
            [good.Url("/loop-a")] = "redirect loop (/loop-a → /loop-b → /loop-a)",
            [good.Url("/bomb")] = "page too large once decompressed (over 16,777,216 bytes; a compression bomb?)",
            [good.Url("/huge")] = "page too large (over 16,777,216 bytes)",
            [good.Url("/doc")] = "not an HTML page (application/pdf)",
            [good.Url("/forbidden")] = "blocked (403 Forbidden)",
            [good.Url("/login")] = "login required (401)",
            [good.Url("/gone")] = "gone (410)",
            [good.Url("/missing")] = "gone (404)",
            [slow.Url("/slow")] = "timed out (no complete answer within 1.5 s)",
            [slow.Url("/endless")] = "timed out (no complete answer within 1.5 s)",
            [slow.Url("/fine")] = "page",
            [busy.Url("/busy")] = "page",
            [failing.Url("/error")] = "server error (500) after 3 tries",
            [noRobots.Url("/news/1")] = "robots.txt could not be fetched (a server error or no answer), which forbids crawling the host",
            [delayed.Url("/p/1")] = "page",
            [delayed.Url("/p/2")] = "page",
            [delayed.Url("/p/3")] = "page",
            ["ftp://127.0.0.1/file"] = "not an http or https URL",
        };
        var archive = _dir.Combine("run.warc.gz");
        Dictionary<string, InputItem> results;
        using (var fetcher = new PageFetcher(Options(archive)))
            results = await FetchAll(fetcher, expected.Keys);

        Assert.Equal(expected, results.ToDictionary(r => r.Key, r => Line(r.Value)));

        // Text: charset from the header unless the bytes are plainly UTF-8; from the page without a header charset.
        Assert.Contains("The café terraces reopened", results[good.Url("/wrong-charset")].Document!.Content);
        Assert.Contains("A déjà vu for the résidents", results[good.Url("/no-charset")].Document!.Content);
        Assert.Contains("A page sent brotli-compressed.", results[good.Url("/br")].Document!.Content);
        Assert.Equal(good.Url("/news/1"), results[good.Url("/moved")].Document!.Given!.Url);

        // Politeness, as the servers saw it.
        var sites = new[] { good, slow, busy, failing, noRobots, delayed };
        Assert.All(sites, s => Assert.Equal(1, s.MaxInFlight));
        var tolerance = TimeSpan.FromMilliseconds(15);
        Assert.All(sites.Where(s => s.Hits.Count > 1), s => Assert.True(s.SmallestGap() >= Interval - tolerance, $"gap {s.SmallestGap().TotalMilliseconds} ms"));
        Assert.True(delayed.SmallestGap() >= TimeSpan.FromSeconds(0.8) - tolerance, $"crawl-delay gap {delayed.SmallestGap().TotalMilliseconds} ms");
        Assert.DoesNotContain(good.Hits, h => h.Path.StartsWith("/private/secret", StringComparison.Ordinal));
        Assert.Equal(["/robots.txt"], noRobots.Hits.Select(h => h.Path));
        var busyHits = busy.Hits.Where(h => h.Path == "/busy").ToList();
        Assert.Equal(2, busyHits.Count);
        Assert.True(busyHits[1].Start - busyHits[0].End >= TimeSpan.FromSeconds(1) - tolerance, "Retry-After: 1 was not honoured");
        Assert.Equal(3, failing.Hits.Count(h => h.Path == "/error"));
        Assert.Equal(1, good.Hits.Count(h => h.Path == "/robots.txt")); // cached per host

        // The archive holds every exchange; read back, its pages are the fetched pages.
        var archived = new WarcReader().Read(archive).Where(i => i.Document is not null)
            .Select(i => (i.Document!.Given!.Url, i.Document.Content)).ToList();
        var fetched = results.Values.Where(i => i.Document is not null).Select(i => i.Document!).ToList();
        Assert.All(fetched, d => Assert.Contains((d.Given!.Url, d.Content), archived));
    }
}
