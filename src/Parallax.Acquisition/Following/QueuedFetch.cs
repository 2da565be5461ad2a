using System.Text.Json;
using System.Text.Json.Serialization;

namespace Parallax.Acquisition.Following;

/// <summary>
/// An article page the follow monitor hands to the queue's workers instead of fetching it (<c>follow --enqueue</c>):
/// the URL, the source whose listing named it and the entry's dates, and how to fetch it (the monitor's user agent
/// and least interval between requests to one host), so a worker needs no fetch settings of its own.
/// </summary>
internal sealed record QueuedFetch
{
    /// <summary>The normalised article URL (the crawl state's key).</summary>
    public required string Url { get; init; }

    /// <summary>The source (outlet) whose listing named it.</summary>
    public required string Source { get; init; }

    /// <summary>The entry's date as the listing gives it (updated, else published).</summary>
    public DateTimeOffset? Listed { get; init; }

    /// <summary>The entry's publication date, used when the page states none.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>A fetch of a page stored before whose entry says it changed: enqueued again under a key of its own.</summary>
    public bool Update { get; init; }

    /// <summary>The user agent the monitor fetches with (it names a contact).</summary>
    public required string UserAgent { get; init; }

    /// <summary>Least time between two requests to one host, in milliseconds (a longer robots.txt Crawl-delay wins).</summary>
    public double HostIntervalMs { get; init; }

    /// <summary>The monitor's run: article ids are made unique within it, as within one ingest.</summary>
    public required string Run { get; init; }

    /// <summary>The key no second job of the same fetch may share: the URL, or for an update the URL and the entry's new date.</summary>
    [JsonIgnore]
    public string DedupKey => Update && Listed is { } d ? $"{Url} {d.UtcDateTime:O}" : Url;

    /// <summary>The scheme, host and port the fetch goes to: the unit of politeness, as in the fetcher.</summary>
    [JsonIgnore]
    public string? Host => Uri.TryCreate(Url, UriKind.Absolute, out var u) ? u.GetLeftPart(UriPartial.Authority) : null;

    public string Encode() => JsonSerializer.Serialize(this, QueuedFetchJsonContext.Default.QueuedFetch);

    public static QueuedFetch Decode(string payload) =>
        JsonSerializer.Deserialize(payload, QueuedFetchJsonContext.Default.QueuedFetch) ?? throw new JsonException("the fetch job's payload is null");
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(QueuedFetch))]
internal sealed partial class QueuedFetchJsonContext : JsonSerializerContext;
