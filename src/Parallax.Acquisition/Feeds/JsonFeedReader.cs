using System.Text.Json;

namespace Parallax.Acquisition.Feeds;

/// <summary>Reads JSON Feed 1.0/1.1 (jsonfeed.org): each item's url (or external_url), title, dates and language.</summary>
internal static class JsonFeedReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static FeedDocument Read(ReadOnlyMemory<byte> body, Uri listingUrl, ListingProblems problems)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(body, Options);
        }
        catch (JsonException e)
        {
            return FeedDocument.NotAFeed($"broken JSON ({e.Message})");
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || String(root, "version") is not { } version
                || !version.Contains("jsonfeed.org", StringComparison.OrdinalIgnoreCase))
                return FeedDocument.NotAFeed("JSON, but not a JSON Feed (no jsonfeed.org version)");
            string? language = String(root, "language");
            var entries = new List<FeedEntry>();
            if (root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in items.EnumerateArray())
                {
                    if (entries.Count >= XmlListingReader.MaxEntries)
                    {
                        problems.Add($"more than {XmlListingReader.MaxEntries:N0} entries; the rest ignored");
                        break;
                    }
                    if (item.ValueKind != JsonValueKind.Object)
                        continue;
                    var raw = String(item, "url") ?? String(item, "external_url") ?? (String(item, "id") is { } id && id.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? id : null);
                    string? title = String(item, "title");
                    if (raw is null)
                    {
                        problems.Count("entry with no link", title ?? "(untitled)");
                        continue;
                    }
                    if (XmlListingReader.Absolute(raw, listingUrl) is not { } url)
                    {
                        problems.Count("unreadable link", raw);
                        continue;
                    }
                    entries.Add(new FeedEntry(url, title?.Trim(), Date(String(item, "date_published"), problems), String(item, "language") ?? language)
                    {
                        Updated = Date(String(item, "date_modified"), problems),
                    });
                }
            }
            else
                problems.Add("a JSON Feed without an items list");
            return new FeedDocument(FeedFormat.JsonFeed, entries, [], problems.Lines()) { Title = String(root, "title")?.Trim(), Language = language };
        }
    }

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;

    private static DateTimeOffset? Date(string? text, ListingProblems problems)
    {
        if (text is null)
            return null;
        var d = FeedDates.Parse(text);
        if (d is null)
            problems.Count("unreadable date", text);
        return d;
    }
}
