namespace Parallax.Acquisition.Feeds;

/// <summary>
/// One article a feed or sitemap lists: its absolute URL, and what the listing says of it (title, first
/// publication, last change, language, and for Google News sitemaps the publication's name).
/// </summary>
internal sealed record FeedEntry(Uri Url, string? Title, DateTimeOffset? Published, string? Language)
{
    /// <summary>When the listing says the article last changed (Atom updated, sitemap lastmod, JSON Feed date_modified).</summary>
    public DateTimeOffset? Updated { get; init; }

    /// <summary>The publication's name a Google News sitemap gives (<c>news:publication/news:name</c>).</summary>
    public string? Publication { get; init; }
}
