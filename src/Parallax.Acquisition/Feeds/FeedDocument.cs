namespace Parallax.Acquisition.Feeds;

/// <summary>
/// A parsed listing: its format, the articles it lists (in listing order), the child sitemaps a sitemap index
/// names, and what was wrong with it, one line each (entries read before a break in the XML are kept).
/// </summary>
internal sealed record FeedDocument(FeedFormat Format, IReadOnlyList<FeedEntry> Entries, IReadOnlyList<Uri> ChildSitemaps, IReadOnlyList<string> Problems)
{
    /// <summary>The listing's own title (channel or feed title), when it has one.</summary>
    public string? Title { get; init; }

    /// <summary>The listing's language (RSS <c>language</c>, Atom <c>xml:lang</c>, JSON Feed <c>language</c>).</summary>
    public string? Language { get; init; }

    public static FeedDocument NotAFeed(string problem) => new(FeedFormat.Unknown, [], [], [problem]);
}
