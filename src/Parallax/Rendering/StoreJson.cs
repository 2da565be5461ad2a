using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Parallax.Comparison.Report;
using Parallax.Store;

namespace Parallax.Rendering;

/// <summary>A story as <c>parallax stories --format jsonl</c> and the API list it (cli-contract.md).</summary>
public sealed record StoryListing(
    string Id, string? Title, IReadOnlyList<string> Articles, IReadOnlyList<string> Outlets, string? FirstPublished, string? LastPublished)
{
    /// <summary>The listing of a story and its members.</summary>
    public static StoryListing From(StorySummary s, IReadOnlyList<ArticleSummary> members) => new(
        s.Key, s.Title, members.Select(m => m.Id).ToList(),
        members.Select(m => m.Outlet).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList(),
        s.FirstPublished, s.LastPublished);
}

/// <summary>
/// A search hit as <c>parallax search --format jsonl</c> and the API give it: <see cref="Snippet"/> is plain
/// text, and <see cref="Highlights"/> the [start, end) ranges of the matched words in it.
/// </summary>
public sealed record SearchListing(string Article, string Story, string? Title, string? Outlet, string? Published, string Snippet,
    IReadOnlyList<int[]> Highlights, double Score)
{
    /// <summary>The listing of a hit, its match markers turned into <see cref="Highlights"/>.</summary>
    public static SearchListing From(SearchHit h)
    {
        var text = new System.Text.StringBuilder(h.Snippet.Length);
        var marks = new List<int[]>();
        int start = -1;
        foreach (char c in h.Snippet)
        {
            if (c == SearchHit.MatchStart)
                start = text.Length;
            else if (c == SearchHit.MatchEnd && start >= 0)
            {
                marks.Add([start, text.Length]);
                start = -1;
            }
            else
                text.Append(c);
        }
        return new(h.ArticleId, h.Story, h.Title, h.Outlet, h.Published, text.ToString(), marks, Math.Round(h.Rank, 4));
    }
}

/// <summary>JSON of the store's listings: snake_case, like the report.</summary>
public static class StoreJson
{
    /// <summary>The listings' source-generated contract, shared by the CLI's JSONL and the web API.</summary>
    public static IJsonTypeInfoResolver Listings => StoreListingJsonContext.Default;

    private static readonly JsonSerializerOptions Compact = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = StoreListingJsonContext.Default,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    private static readonly JsonSerializerOptions ArticleOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = ReportJsonContext.Default,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    /// <summary>Writes one listing as a compact JSON line.</summary>
    public static void WriteLine<T>(T value, Stream output)
    {
        JsonSerializer.Serialize(output, value, Compact);
        output.WriteByte((byte)'\n');
    }

    /// <summary>An exported article: the analyze line of report-format.md plus its story, version and content hash.</summary>
    public static void WriteExported(ReportArticle article, string story, int version, string contentHash, Stream output, string? duplicateOf = null)
    {
        var node = JsonSerializer.SerializeToNode(article, ArticleOptions)!.AsObject();
        node["story"] = story;
        node["version"] = version;
        node["content_hash"] = contentHash;
        if (duplicateOf is not null)
            node["duplicate_of"] = duplicateOf;
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = ArticleOptions.Encoder });
        node.WriteTo(writer);
        writer.Flush();
        output.WriteByte((byte)'\n');
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(StoryListing))]
[JsonSerializable(typeof(SearchListing))]
[JsonSerializable(typeof(List<StoryListing>))]
[JsonSerializable(typeof(List<SearchListing>))]
internal sealed partial class StoreListingJsonContext : JsonSerializerContext;
