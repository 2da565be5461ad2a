using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Parallax.Tests.Acquisition.Following;

/// <summary>
/// One simulated outlet on its own loopback host, for the follow tests: robots.txt (a disallowed /private/ and a
/// Sitemap line), an RSS feed of its latest articles with ETag validators (304 when unchanged), a Google News
/// sitemap, and the article pages, published over time by the test. It records every request (path, start, end)
/// and the most requests it had in flight, so politeness is measured from the server's side.
/// </summary>
internal sealed class OutletSite : IAsyncDisposable
{
    private static readonly Stopwatch Clock = Stopwatch.StartNew();
    private readonly List<Story> _published = [];
    private readonly ConcurrentQueue<Hit> _hits = new();
    private readonly Lock _lock = new();
    private int _inFlight;
    private int _maxInFlight;
    private LoopbackServer _server = null!;

    /// <summary>One article as the outlet serves it.</summary>
    public sealed record Story(string Slug, string Title, string Body, DateTimeOffset Published, DateTimeOffset Modified);

    public sealed record Hit(string Path, TimeSpan Start, TimeSpan End);

    public required string Name { get; init; }

    /// <summary>Feed items list each link under tracking variants too (utm_*, a fragment, an AMP path).</summary>
    public bool TrackingVariants { get; init; }

    /// <summary>The feed also lists a link under /private/, which robots.txt forbids.</summary>
    public bool ListsDisallowed { get; init; }

    /// <summary>The feed answers with broken XML.</summary>
    public bool BrokenFeed { get; set; }

    /// <summary>How many of the newest articles the feed lists.</summary>
    public int FeedLength { get; init; } = 30;

    public IReadOnlyList<Hit> Hits => [.. _hits.OrderBy(h => h.Start)];

    public int MaxInFlight => _maxInFlight;

    public string BaseUrl => _server.BaseUrl;

    public string FeedUrl => _server.Url("/rss.xml");

    public string SitemapUrl => _server.Url("/news-sitemap.xml");

    public string ArticleUrl(string slug) => _server.Url("/news/" + slug);

    public IReadOnlyList<Story> Published
    {
        get
        {
            lock (_lock)
                return [.. _published];
        }
    }

    public void Publish(Story story)
    {
        lock (_lock)
            _published.Add(story);
    }

    /// <summary>Changes a published article's body (a correction), dating the change.</summary>
    public void Update(string slug, string body, DateTimeOffset when)
    {
        lock (_lock)
        {
            int i = _published.FindIndex(s => s.Slug == slug);
            _published[i] = _published[i] with { Body = body, Modified = when };
        }
    }

    public static async Task<OutletSite> StartAsync(OutletSite site)
    {
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
                    site._hits.Enqueue(new Hit(context.Request.Path + context.Request.QueryString, start, Clock.Elapsed));
                }
            });
            app.MapGet("/robots.txt", () => Results.Text($"User-agent: *\nDisallow: /private/\nSitemap: {site.SitemapUrl}\n", "text/plain"));
            app.MapGet("/rss.xml", (HttpContext c) => site.Conditional(c, site.Rss(), "application/rss+xml; charset=utf-8"));
            app.MapGet("/news-sitemap.xml", (HttpContext c) => site.Conditional(c, site.NewsSitemap(), "application/xml; charset=utf-8"));
            app.MapGet("/news/{slug}", (string slug) => site.Page(slug));
            app.MapGet("/news/{slug}/amp", (string slug) => site.Page(slug));
            app.MapGet("/private/{slug}", () => Results.Text("never to be fetched", "text/html"));
            app.MapGet("/failing/{slug}", () => Results.StatusCode((int)HttpStatusCode.InternalServerError));
        });
        return site;
    }

    private IResult Conditional(HttpContext c, string body, string type)
    {
        if (BrokenFeed && type.StartsWith("application/rss", StringComparison.Ordinal))
            return Results.Text("<rss version=\"2.0\"><channel><title>broken", type);
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)))[..16] + "\"";
        c.Response.Headers.ETag = etag;
        if (c.Request.Headers.IfNoneMatch.ToString() == etag)
            return Results.StatusCode((int)HttpStatusCode.NotModified);
        return Results.Text(body, type);
    }

    private IResult Page(string slug)
    {
        var story = Published.FirstOrDefault(s => s.Slug == slug);
        return story is null ? Results.NotFound() : Results.Text(Html(story, ArticleUrl(slug)), "text/html; charset=utf-8");
    }

    /// <summary>The page of an article, as served (the files test ingests these same bytes).</summary>
    public static string Html(Story s, string canonical) =>
        $"""
        <!doctype html><html lang="en"><head><title>{WebUtility.HtmlEncode(s.Title)}</title>
        <link rel="canonical" href="{canonical}">
        <meta property="article:published_time" content="{s.Published.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}">
        </head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>{WebUtility.HtmlEncode(s.Title)}</h1>{string.Concat(s.Body.Split('\n').Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"))}</article>
        <footer>Copyright the outlet. All rights reserved.</footer></body></html>
        """;

    private string Rss()
    {
        var sb = new StringBuilder($"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>{Name}</title><link>{BaseUrl}/</link>");
        foreach (var s in Published.OrderByDescending(s => s.Published).Take(FeedLength))
        {
            var url = ArticleUrl(s.Slug);
            sb.Append(CultureInfo.InvariantCulture, $"<item><title>{WebUtility.HtmlEncode(s.Title)}</title><link>{url}</link><pubDate>{s.Published.ToString("r", CultureInfo.InvariantCulture)}</pubDate></item>");
            if (TrackingVariants)
            {
                foreach (var variant in new[] { url + "?utm_source=rss&amp;utm_medium=feed", url + "#comments", url + "?utm_campaign=x&amp;fbclid=abc", url + "/amp" })
                    sb.Append(CultureInfo.InvariantCulture, $"<item><title>{WebUtility.HtmlEncode(s.Title)}</title><link>{variant}</link></item>");
            }
        }
        if (ListsDisallowed)
            sb.Append(CultureInfo.InvariantCulture, $"<item><title>Members only</title><link>{_server.Url("/private/members")}</link></item>");
        return sb.Append("</channel></rss>").ToString();
    }

    private string NewsSitemap()
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">");
        foreach (var s in Published)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<url><loc>{ArticleUrl(s.Slug)}</loc><lastmod>{s.Modified.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}</lastmod>");
            sb.Append(CultureInfo.InvariantCulture, $"<news:news><news:publication><news:name>{Name}</news:name><news:language>en</news:language></news:publication>");
            sb.Append(CultureInfo.InvariantCulture, $"<news:publication_date>{s.Published.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}</news:publication_date><news:title>{WebUtility.HtmlEncode(s.Title)}</news:title></news:news></url>");
        }
        return sb.Append("</urlset>").ToString();
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
