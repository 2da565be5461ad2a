namespace Parallax.Acquisition.Fetching;

/// <summary>What a fetcher is told to send for a conditional GET: the validators of the last answer.</summary>
internal sealed record Validators(string? ETag, string? LastModified);

/// <summary>What the fetcher is after: an article page (HTML only) or a feed, sitemap or homepage (any type).</summary>
internal enum ResourceKind
{
    Page,
    Feed,
}

/// <summary>
/// One fetched resource: its body (content coding undone) and validators, a 304 when it has not changed since
/// the validators given, or the one-line reason it could not be had.
/// </summary>
internal sealed record FetchedResource(string Url, Uri FinalUrl, int Status, byte[]? Body, string? ContentType,
    string? ETag, string? LastModified, string? Error)
{
    /// <summary>The server said the resource is unchanged since the validators sent.</summary>
    public bool NotModified => Status == 304 && Error is null;

    public static FetchedResource Failed(string url, string reason) =>
        new(url, Uri.TryCreate(url, UriKind.Absolute, out var u) ? u : new Uri("about:blank"), 0, null, null, null, null, reason);
}
