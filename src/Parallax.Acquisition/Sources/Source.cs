namespace Parallax.Acquisition.Sources;

/// <summary>
/// One outlet the user follows: where its articles are listed (feeds, sitemaps), what it is (language,
/// country), and how often to look.
/// </summary>
internal sealed record Source
{
    /// <summary>Shortest polling interval the file may ask for: anything faster is rude to the outlet.</summary>
    public static readonly TimeSpan MinimumPoll = TimeSpan.FromSeconds(1);

    /// <summary>The default polling interval.</summary>
    public static readonly TimeSpan DefaultPoll = TimeSpan.FromMinutes(15);

    /// <summary>The outlet's name, unique in the file (case-insensitive); it becomes the articles' outlet.</summary>
    public required string Name { get; init; }

    public string? Homepage { get; init; }

    public IReadOnlyList<string> Feeds { get; init; } = [];

    public IReadOnlyList<string> Sitemaps { get; init; } = [];

    /// <summary>An ISO 639-1 code ("en"), when known.</summary>
    public string? Language { get; init; }

    /// <summary>An ISO 3166-1 alpha-2 code ("GB"), when known.</summary>
    public string? Country { get; init; }

    /// <summary>The polling interval the user asked for; the monitor adapts around it.</summary>
    public TimeSpan Poll { get; init; } = DefaultPoll;

    /// <summary>Every feed and sitemap, feeds first.</summary>
    public IEnumerable<string> Listings => Feeds.Concat(Sitemaps);
}
