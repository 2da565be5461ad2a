namespace Parallax.Acquisition.Feeds;

/// <summary>What a listing of an outlet's articles turned out to be.</summary>
internal enum FeedFormat
{
    /// <summary>Not a feed or sitemap (an HTML page, broken beyond reading, another XML or JSON document).</summary>
    Unknown,

    /// <summary>RSS 0.9x, 1.0 (RDF) or 2.0.</summary>
    Rss,

    /// <summary>Atom 1.0 (and the older 0.3).</summary>
    Atom,

    /// <summary>JSON Feed 1.x.</summary>
    JsonFeed,

    /// <summary>An XML sitemap (a <c>urlset</c>), Google News sitemaps included.</summary>
    Sitemap,

    /// <summary>A sitemap index: a list of child sitemaps.</summary>
    SitemapIndex,

    /// <summary>A plain-text sitemap: one URL per line.</summary>
    TextSitemap,
}
