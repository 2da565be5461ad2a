using Parallax.Extraction.Inputs;

namespace Parallax.Acquisition.Fetching;

/// <summary>How the fetcher behaves; the defaults are the polite ones docs/acquisition.md lists.</summary>
internal sealed record FetchOptions
{
    /// <summary>The crawler's name in the User-Agent and the token it looks for in robots.txt.</summary>
    public const string ProductToken = "Parallax";

    /// <summary>The User-Agent header: "Parallax/VERSION (+CONTACT)" unless the user gives a whole one.</summary>
    public required string UserAgent { get; init; }

    /// <summary>Redirects followed for one URL before giving up.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>Time to open a connection.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Time for one request, from sending it to the last byte of the body.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest body, as received and once decompressed (the input limit for one article).</summary>
    public long MaxBodyBytes { get; init; } = InputLimits.Default.MaxDocumentBytes;

    /// <summary>Least time between the end of one request to a host and the start of the next; a larger Crawl-delay wins.</summary>
    public TimeSpan MinHostInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Retries after a 429, a 5xx, a 408 or a connection failure.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>First retry delay; later ones double, with jitter.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest Retry-After honoured; a server asking for more is reported, not waited for.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Pages fetched at once across hosts (never more than one per host).</summary>
    public int MaxParallelHosts { get; init; } = 8;

    /// <summary>When set, every exchange is also written to this web archive (<c>OUT.warc.gz</c>, rotating).</summary>
    public string? ArchivePath { get; init; }

    /// <summary>The User-Agent for a contact address or URL.</summary>
    public static string UserAgentFor(string contact)
    {
        var version = typeof(FetchOptions).Assembly.GetName().Version;
        return $"{ProductToken}/{version?.Major ?? 0}.{version?.Minor ?? 0} (news comparison; +{contact})";
    }
}
