namespace Parallax.Model;

/// <summary>
/// One article after extraction: clean body text and its metadata. Every field but <see cref="Text"/>
/// may be unknown. <see cref="Origins"/> records, per field name, which layer supplied it (<see cref="FieldOrigin"/>).
/// </summary>
public sealed record Article
{
    /// <summary>The article's stable id: given by the source, or derived from its file name or line.</summary>
    public required string Id { get; init; }

    /// <summary>The path or URL the article was read from, as the user gave it.</summary>
    public required string Source { get; init; }

    /// <summary>The clean body text; every span of every analysis layer indexes into it.</summary>
    public required string Text { get; init; }

    /// <summary>The canonical URL, when the page or the source stated one.</summary>
    public string? Url { get; init; }
    /// <summary>The headline.</summary>
    public string? Title { get; init; }
    /// <summary>The outlet that published it ("Reuters", "SANA").</summary>
    public string? Outlet { get; init; }
    /// <summary>The outlet's section ("World", "Politics"), when known.</summary>
    public string? Section { get; init; }

    /// <summary>A content label the source put before the title ("VIDEO", "PHOTOS", "LIVE"), kept out of the title.</summary>
    public string? Kind { get; init; }

    /// <summary>When it was published, with the precision the source gave.</summary>
    public PublicationDate? Published { get; init; }
    /// <summary>The bylines' names, in order.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];
    /// <summary>The place of the dateline ("DAMASCUS"), when the text opens with one.</summary>
    public string? Dateline { get; init; }
    /// <summary>The region or country the dateline gives after its city ("LAGOS, Nigeria —" → "Nigeria").</summary>
    public string? DatelineRegion { get; init; }
    /// <summary>
    /// The news agency the dateline credits ("PARIS (AFP) –" → "AFP"). It is also the <see cref="Outlet"/> when no
    /// other layer named one; when the outlet is another, the article runs the agency's copy. It is no
    /// citation: citations are spans of the text, and the dateline leaves the text.
    /// </summary>
    public string? Agency { get; init; }
    /// <summary>The language as an ISO 639-1 code, when the page declared it.</summary>
    public string? Language { get; init; }

    /// <summary>Per field name, the <see cref="FieldOrigin"/> of its value.</summary>
    public IReadOnlyDictionary<string, string> Origins { get; init; } = EmptyOrigins;

    private static readonly IReadOnlyDictionary<string, string> EmptyOrigins = new Dictionary<string, string>();
}
