using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Parallax.Tests.Acquisition;

/// <summary>
/// A loopback "news site" for the fetcher tests: one Kestrel server (one host) with its robots.txt, pages and
/// misbehaving routes, recording every request it sees (path, start, end) and the most it ever had in flight, so
/// tests can measure the fetcher's politeness from the server's side.
/// </summary>
internal sealed class NewsSiteSimulator : IAsyncDisposable
{
    private static readonly Stopwatch Clock = Stopwatch.StartNew();
    private readonly ConcurrentQueue<Hit> _hits = new();
    private int _inFlight;
    private int _maxInFlight;
    private LoopbackServer _server = null!;

    /// <summary>One request: its path, when it arrived and ended, and whether the client hung up before the end.</summary>
    public sealed record Hit(string Path, TimeSpan Start, TimeSpan End, bool Aborted);

    public IReadOnlyList<Hit> Hits => _hits.OrderBy(h => h.Start).ToList();

    public int MaxInFlight => _maxInFlight;

    public string Url(string path) => _server.Url(path);

    public static async Task<NewsSiteSimulator> StartAsync(string? robots, Action<WebApplication> routes)
    {
        var site = new NewsSiteSimulator();
        site._server = await LoopbackServer.StartAsync(app =>
        {
            app.Use(async (context, next) =>
            {
                var start = Clock.Elapsed;
                int now = Interlocked.Increment(ref site._inFlight);
                int seen;
                while (now > (seen = Volatile.Read(ref site._maxInFlight)) && Interlocked.CompareExchange(ref site._maxInFlight, now, seen) != seen)
                {
                }
                try
                {
                    await next(context);
                }
                finally
                {
                    Interlocked.Decrement(ref site._inFlight);
                    site._hits.Enqueue(new Hit(context.Request.Path + context.Request.QueryString, start, Clock.Elapsed, context.RequestAborted.IsCancellationRequested));
                }
            });
            if (robots is not null)
                app.MapGet("/robots.txt", () => Results.Text(robots, "text/plain"));
            routes(app);
        });
        return site;
    }

    /// <summary>
    /// The smallest gap between the end of one request and the start of the next, and between two starts. A
    /// request the client hung up on (a body over the limit, a timeout) ends on the server only when the server
    /// notices, some milliseconds after the client moved on, so its end is not counted; its start still is.
    /// </summary>
    public TimeSpan SmallestGap()
    {
        var hits = Hits;
        var gap = TimeSpan.MaxValue;
        for (int i = 1; i < hits.Count; i++)
        {
            // The server's end of an exchange is when it finished writing, which for a body the client cut short
            // (a page over the size limit, a gzip bomb) or gave up on comes after the client left: there the start
            // of the exchange is the bound the next request must keep (a weaker one, always true of a polite client).
            var prev = hits[i - 1];
            bool cutShort = prev.Aborted || prev.End - prev.Start > TimeSpan.FromMilliseconds(50);
            var g = cutShort ? hits[i].Start - prev.Start : hits[i].Start - prev.End;
            if (g < gap)
                gap = g;
        }
        return gap;
    }

    public static IResult Page(string title, string body, string contentType = "text/html; charset=utf-8") =>
        Results.Text(WarcPages.Article(title, body), contentType);

    public static byte[] Gzip(byte[] data) => WarcPages.Gzip(data);

    public static byte[] Brotli(byte[] data)
    {
        using var ms = new MemoryStream();
        using (var br = new BrotliStream(ms, CompressionLevel.Fastest, leaveOpen: true))
            br.Write(data);
        return ms.ToArray();
    }

    public static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
