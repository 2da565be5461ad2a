namespace Parallax.Store;

/// <summary>
/// What the <c>follow</c> monitor remembers between runs, kept in the store beside the articles so a stop or a
/// crash loses nothing: per feed or sitemap, when it was polled and its validators; per article URL, whether it
/// was fetched and what came of it. Every store engine implements it on its writer.
/// </summary>
public interface ICrawlState
{
    /// <summary>Every feed's state, in no particular order.</summary>
    ValueTask<IReadOnlyList<FeedState>> FeedStatesAsync(CancellationToken cancel = default);

    /// <summary>Saves one feed's state, replacing the one stored under its URL.</summary>
    ValueTask SaveFeedStateAsync(FeedState state, CancellationToken cancel = default);

    /// <summary>The stored states of those of <paramref name="urls"/> the monitor has seen, by URL.</summary>
    ValueTask<IReadOnlyDictionary<string, UrlState>> UrlStatesAsync(IReadOnlyCollection<string> urls, CancellationToken cancel = default);

    /// <summary>Saves URL states in one transaction, each replacing the one stored under its URL.</summary>
    ValueTask SaveUrlStatesAsync(IReadOnlyList<UrlState> states, CancellationToken cancel = default);

    /// <summary>Every URL state recorded at or after <paramref name="since"/> (for outlet health), oldest first.</summary>
    ValueTask<IReadOnlyList<UrlState>> UrlStatesSinceAsync(DateTimeOffset since, CancellationToken cancel = default);
}

/// <summary>
/// One feed or sitemap as the monitor last saw it.
/// </summary>
/// <param name="Url">The feed's URL as the sources file gives it.</param>
/// <param name="Source">The outlet's name in the sources file.</param>
/// <param name="LastPoll">When it was last asked for.</param>
/// <param name="NextPoll">When it is due again (adaptive: later while it does not change, sooner when it publishes).</param>
/// <param name="ETag">The validator the server gave, sent back as If-None-Match.</param>
/// <param name="LastModified">The date the server gave, sent back as If-Modified-Since.</param>
/// <param name="Interval">The current polling interval.</param>
/// <param name="LastSuccess">When it last answered with a readable feed (or "not modified").</param>
/// <param name="LastError">The one-line error of the last failed poll, or null when the last poll went well.</param>
/// <param name="Failures">Polls failed in a row.</param>
public sealed record FeedState(string Url, string Source, DateTimeOffset? LastPoll, DateTimeOffset? NextPoll, string? ETag,
    string? LastModified, TimeSpan Interval, DateTimeOffset? LastSuccess, string? LastError, int Failures);

/// <summary>What came of one article URL a feed listed.</summary>
public enum UrlStatus
{
    /// <summary>Fetched and stored (added, a new version, or unchanged).</summary>
    Stored,

    /// <summary>The fetch or the extraction failed; <see cref="UrlState.Error"/> says why. Tried again later, a bounded number of times.</summary>
    Failed,
}

/// <summary>
/// One article URL: its normalised form (the key), its outlet, the last fetch and its outcome.
/// </summary>
/// <param name="Url">The normalised URL.</param>
/// <param name="Source">The outlet whose feed listed it.</param>
/// <param name="Status">Stored or failed.</param>
/// <param name="FetchedAt">When it was last fetched.</param>
/// <param name="Listed">The date the feed gave the entry (its publication or update date), to see an update coming.</param>
/// <param name="ContentHash">SHA-256 of the page body last fetched.</param>
/// <param name="Article">The article's id in the store (<c>a12</c>), when stored.</param>
/// <param name="Error">The one-line reason, when failed.</param>
/// <param name="Attempts">Fetches so far.</param>
/// <param name="NoDate">Stored without a publication date.</param>
/// <param name="NoText">Stored with almost no text (under 50 words).</param>
public sealed record UrlState(string Url, string Source, UrlStatus Status, DateTimeOffset FetchedAt, DateTimeOffset? Listed,
    string? ContentHash, string? Article, string? Error, int Attempts, bool NoDate, bool NoText);
