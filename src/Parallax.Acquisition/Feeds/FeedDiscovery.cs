using AngleSharp.Html.Parser;

namespace Parallax.Acquisition.Feeds;

/// <summary>
/// Finds an outlet's feeds on its homepage: <c>&lt;link rel="alternate"&gt;</c> elements of a feed type, resolved
/// against the page's <c>&lt;base&gt;</c>. Comment feeds come last: users want the articles first.
/// </summary>
internal static class FeedDiscovery
{
    private static readonly string[] FeedTypes =
    [
        "application/rss+xml", "application/atom+xml", "application/feed+json", "application/rdf+xml",
        "application/x.atom+xml", "application/x-atom+xml", "application/json",
    ];

    /// <summary>Where outlets' software usually serves a feed or sitemap, tried (politely, in order) when the homepage names none.</summary>
    public static IReadOnlyList<string> CommonPaths { get; } =
        ["/feed", "/rss", "/rss.xml", "/feed.xml", "/atom.xml", "/index.xml", "/news-sitemap.xml", "/sitemap_news.xml", "/sitemap.xml"];

    public static IReadOnlyList<Uri> FeedLinks(string html, Uri pageUrl)
    {
        var doc = new HtmlParser().ParseDocument(html);
        var baseUrl = doc.QuerySelector("base[href]")?.GetAttribute("href") is { } b && Uri.TryCreate(pageUrl, b, out var bu) ? bu : pageUrl;
        var found = new List<(Uri Url, bool Comments)>();
        foreach (var link in doc.QuerySelectorAll("link[href]"))
        {
            var rel = link.GetAttribute("rel") ?? "";
            if (!rel.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("alternate", StringComparer.OrdinalIgnoreCase))
                continue;
            var type = (link.GetAttribute("type") ?? "").Trim().ToLowerInvariant();
            if (!FeedTypes.Contains(type))
                continue;
            if (XmlListingReader.Absolute(link.GetAttribute("href"), baseUrl) is not { } url || found.Any(f => f.Url == url))
                continue;
            var title = link.GetAttribute("title") ?? "";
            bool comments = title.Contains("comment", StringComparison.OrdinalIgnoreCase) || url.AbsolutePath.Contains("/comments", StringComparison.OrdinalIgnoreCase);
            found.Add((url, comments));
        }
        return [.. found.Where(f => !f.Comments).Select(f => f.Url), .. found.Where(f => f.Comments).Select(f => f.Url)];
    }
}
