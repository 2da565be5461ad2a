using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Parallax.Bench.Acquisition;

/// <summary>
/// One invented outlet on its own loopback port: robots.txt, an RSS feed of all its articles, and the article
/// pages (full-length invented news, a page template with navigation and footer as outlets have), all made in
/// memory before the run so the server costs little next to what is measured.
/// </summary>
internal sealed class BenchOutlet : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Dictionary<string, byte[]> _pages;

    private BenchOutlet(WebApplication app, string baseUrl, Dictionary<string, byte[]> pages)
    {
        _app = app;
        BaseUrl = baseUrl;
        _pages = pages;
    }

    public string BaseUrl { get; }

    public string FeedUrl => BaseUrl + "/rss.xml";

    public static async Task<BenchOutlet> StartAsync(int outlet, IReadOnlyList<int> events, bool distinct, IReadOnlyList<byte[]>? realPages = null)
    {
        var pages = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        byte[] rss = [];
        app.MapGet("/robots.txt", () => Results.Text("User-agent: *\nDisallow: /private/\n", "text/plain"));
        app.MapGet("/rss.xml", () => Results.Bytes(rss, "application/rss+xml; charset=utf-8"));
        app.MapGet("/news/{slug}", (string slug) => pages.TryGetValue(slug, out var page) ? Results.Bytes(page, "text/html; charset=utf-8") : Results.NotFound());
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        var site = new BenchOutlet(app, address, pages);
        var feed = new StringBuilder($"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Outlet {outlet}</title>");
        for (int i = 0; i < events.Count; i++)
        {
            int e = events[i];
            // One outlet telling an event twice tells it the second time as a different teller would.
            int teller = distinct ? outlet + i % 2 : outlet;
            var (title, body, published) = InventedNews.Article(e, teller);
            var slug = $"e{e}-o{outlet}-{i}";
            var url = site.BaseUrl + "/news/" + slug;
            // Real pages are served as they were saved (their own charset, markup and canonical links).
            pages[slug] = realPages is not null ? realPages[e % realPages.Count] : Encoding.UTF8.GetBytes(Page(title, body, published, url, outlet));
            feed.Append(CultureInfo.InvariantCulture, $"<item><title>{WebUtility.HtmlEncode(title)}</title><link>{url}</link><pubDate>{published.ToString("r", CultureInfo.InvariantCulture)}</pubDate></item>");
        }
        rss = Encoding.UTF8.GetBytes(feed.Append("</channel></rss>").ToString());
        return site;
    }

    private static string Page(string title, IReadOnlyList<string> body, DateTimeOffset published, string url, int outlet)
    {
        var sb = new StringBuilder(8192);
        sb.Append(CultureInfo.InvariantCulture, $"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)} | Outlet {outlet}</title>");
        sb.Append(CultureInfo.InvariantCulture, $"<link rel=\"canonical\" href=\"{url}\"><meta property=\"og:site_name\" content=\"Outlet {outlet}\">");
        sb.Append(CultureInfo.InvariantCulture, $"<meta property=\"article:published_time\" content=\"{published.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}\"></head><body>");
        sb.Append("<header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/business\">Business</a> <a href=\"/sport\">Sport</a> <a href=\"/opinion\">Opinion</a></nav></header>");
        sb.Append(CultureInfo.InvariantCulture, $"<main><article><h1>{WebUtility.HtmlEncode(title)}</h1><p class=\"byline\">By Staff Reporter</p>");
        foreach (var p in body)
            sb.Append("<p>").Append(WebUtility.HtmlEncode(p)).Append("</p>");
        sb.Append("</article><aside><h2>Most read</h2><ul><li><a href=\"/a\">Weather warning for the weekend</a></li><li><a href=\"/b\">Markets close higher</a></li></ul></aside></main>");
        sb.Append("<footer><p>Subscribe to our newsletter.</p><p>Copyright the outlet. All rights reserved.</p></footer></body></html>");
        return sb.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }
}
