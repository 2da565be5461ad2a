namespace Parallax.Model;

/// <summary>
/// One article after extraction: clean body text and its metadata. Every field but <see cref="Text"/>
/// may be unknown. <see cref="Origins"/> records, per field name, which layer supplied it (<see cref="FieldOrigin"/>).
/// </summary>
public sealed record Article
{
    public required string Id { get; init; }

    /// <summary>The path or URL the article was read from, as the user gave it.</summary>
    public required string Source { get; init; }

    public required string Text { get; init; }

    public string? Url { get; init; }
    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public string? Section { get; init; }

    /// <summary>A content label the source put before the title ("VIDEO", "PHOTOS", "LIVE"), kept out of the title.</summary>
    public string? Kind { get; init; }

    public PublicationDate? Published { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? Dateline { get; init; }
    public string? Language { get; init; }

    public IReadOnlyDictionary<string, string> Origins { get; init; } = EmptyOrigins;

    private static readonly IReadOnlyDictionary<string, string> EmptyOrigins = new Dictionary<string, string>();
}
