using System.Text;
using Parallax.Acquisition.Feeds;
using Parallax.Acquisition.Fetching;

namespace Parallax.Acquisition.Sources;

/// <summary>
/// Finds an outlet's feeds and sitemaps from its homepage, for the user to confirm: the feeds the page links
/// (<c>&lt;link rel="alternate"&gt;</c>), the sitemaps its robots.txt names, and, when the page links none, the
/// usual feed paths that answer with a readable feed. Every request goes through the polite fetcher.
/// </summary>
internal sealed class SourceDiscovery(PageFetcher fetcher)
{
    /// <summary>What was found, and the one-line problems met on the way.</summary>
    public sealed record Found(IReadOnlyList<string> Feeds, IReadOnlyList<string> Sitemaps, IReadOnlyList<string> Problems);

    public async Task<Found> DiscoverAsync(Uri homepage, CancellationToken cancel = default)
    {
        var feeds = new List<string>();
        var sitemaps = new List<string>();
        var problems = new List<string>();
        var page = await fetcher.FetchFeedAsync(homepage.AbsoluteUri, null, cancel);
        if (page.Error is { } error)
            problems.Add($"{homepage}: {error}");
        else if (page.Body is { } body)
        {
            var html = Encoding.UTF8.GetString(body);
            foreach (var link in FeedDiscovery.FeedLinks(html, page.FinalUrl))
                Add(feeds, link.AbsoluteUri);
        }
        var robots = await fetcher.RobotsAsync(homepage, cancel);
        foreach (var sitemap in robots.Sitemaps)
        {
            if (Uri.TryCreate(sitemap, UriKind.Absolute, out var u) && u.Scheme is "http" or "https")
                Add(sitemaps, u.AbsoluteUri);
        }
        if (feeds.Count == 0)
        {
            foreach (var path in FeedDiscovery.CommonPaths)
            {
                var url = new Uri(homepage, path);
                if (sitemaps.Contains(url.AbsoluteUri))
                    continue;
                var got = await fetcher.FetchFeedAsync(url.AbsoluteUri, null, cancel);
                if (got.Body is null)
                    continue;
                var doc = FeedParser.Parse(got.Body, got.FinalUrl, got.ContentType);
                if (doc.Format is FeedFormat.Rss or FeedFormat.Atom or FeedFormat.JsonFeed)
                    Add(feeds, got.FinalUrl.AbsoluteUri);
                else if (doc.Format is FeedFormat.Sitemap or FeedFormat.SitemapIndex or FeedFormat.TextSitemap)
                    Add(sitemaps, got.FinalUrl.AbsoluteUri);
            }
        }
        return new Found(feeds, sitemaps, problems);
    }

    private static void Add(List<string> list, string url)
    {
        if (!list.Contains(url, StringComparer.Ordinal))
            list.Add(url);
    }
}
