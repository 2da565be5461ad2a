using System.Collections.Frozen;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Parallax.Model;

namespace Parallax.Extraction.Metadata;

/// <summary>
/// The second layer: OpenGraph (<c>og:*</c>, <c>article:*</c>) and named meta tags (Dublin Core, Parse.ly,
/// Sailthru, citation_*, itemprop, http-equiv), read in one pass over the <c>&lt;meta&gt;</c> elements and
/// ranked by the tables in <see cref="MetadataKeys"/>; plus <c>&lt;link rel=canonical&gt;</c> and the
/// document's <c>lang</c>.
/// </summary>
internal static class MetaTagLayer
{
    /// <summary>Attributes that name a meta tag, in the order they are consulted.</summary>
    private static readonly string[] KeyAttributes = ["property", "name", "itemprop", "http-equiv"];

    /// <summary>Attributes that hold a meta tag's value.</summary>
    private static readonly string[] ValueAttributes = ["content", "value", "datetime"];

    private readonly record struct Hit(int Rank, int Order, string Key, string Value);

    public static void Read(IHtmlDocument document, MetadataDraft draft)
    {
        var published = new List<Hit>();
        var modified = new List<Hit>();
        var titles = new List<Hit>();
        var outlets = new List<Hit>();
        var authors = new List<Hit>();
        var sections = new List<Hit>();
        var languages = new List<Hit>();
        var canonicals = new List<Hit>();
        string? parselyPage = null;

        int order = 0;
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var value = FirstAttribute(meta, ValueAttributes);
            if (string.IsNullOrWhiteSpace(value))
                continue;
            foreach (var attr in KeyAttributes)
            {
                var keys = meta.GetAttribute(attr);
                if (string.IsNullOrWhiteSpace(keys))
                    continue;
                // RDFa lets one attribute name several properties ("og:title twitter:title").
                foreach (var one in keys.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                {
                    var key = RdfaPrefixed(one.ToLowerInvariant());
                    order++;
                    if (key == MetadataKeys.ParselyPage)
                        parselyPage ??= value;
                    Add(published, MetadataKeys.PublishedRank, key, value, order);
                    Add(modified, MetadataKeys.ModifiedRank, key, value, order);
                    Add(titles, MetadataKeys.TitleRank, key, value, order);
                    Add(outlets, MetadataKeys.OutletRank, key, value, order);
                    Add(authors, MetadataKeys.AuthorsRank, key, value, order);
                    Add(sections, MetadataKeys.SectionRank, key, value, order);
                    Add(languages, MetadataKeys.LanguageRank, key, value, order);
                    Add(canonicals, MetadataKeys.CanonicalRank, key, value, order);
                }
            }
        }

        var fields = draft.Fields;
        foreach (var h in Ranked(published))
            draft.TrySetPublished(h.Value, Origin(h.Key));
        if (parselyPage is not null)
            ReadParselyPage(parselyPage, draft);
        foreach (var h in Ranked(modified))
            draft.AddModified(h.Value, Origin(h.Key));
        foreach (var h in Ranked(titles))
            draft.AddTitle(h.Value, Origin(h.Key));
        foreach (var h in Ranked(outlets))
        {
            if (fields.TrySetOutlet(TextNormalizer.Collapse(h.Value), Origin(h.Key)))
                break;
        }
        foreach (var h in Ranked(authors))
        {
            if (fields.TrySetAuthors(AuthorNames.Split(h.Value), Origin(h.Key)))
                break;
        }
        foreach (var h in Ranked(sections))
        {
            if (fields.TrySetSection(TextNormalizer.Collapse(h.Value), Origin(h.Key)))
                break;
        }
        foreach (var h in Ranked(languages))
        {
            if (fields.TrySetLanguage(LanguageCode.Normalize(h.Value), Origin(h.Key)))
                break;
        }
        fields.TrySetLanguage(LanguageCode.Normalize(document.DocumentElement.GetAttribute("lang")), FieldOrigin.MetaTag);
        var canonical = document.QuerySelector("link[rel~=canonical][href]")?.GetAttribute("href");
        fields.TrySetUrl(AbsoluteHttp(canonical), FieldOrigin.MetaTag);
        foreach (var h in Ranked(canonicals))
        {
            if (fields.TrySetUrl(AbsoluteHttp(h.Value), Origin(h.Key)))
                break;
        }
    }

    /// <summary>RDFa's prefixed Dublin Core ("dc:title", "dcterms:creator") as the dotted meta names ("dc.title").</summary>
    private static string RdfaPrefixed(string key) =>
        key.StartsWith("dc:", StringComparison.Ordinal) || key.StartsWith("dcterms:", StringComparison.Ordinal)
            ? key.Replace(':', '.') : key;

    private static void Add(List<Hit> hits, FrozenDictionary<string, int> ranks, string key, string value, int order)
    {
        if (ranks.TryGetValue(key, out int rank))
            hits.Add(new Hit(rank, order, key, value));
    }

    private static IEnumerable<Hit> Ranked(List<Hit> hits) => hits.OrderBy(h => h.Rank).ThenBy(h => h.Order);

    private static string Origin(string key) => MetadataKeys.IsOpenGraph(key) ? FieldOrigin.OpenGraph : FieldOrigin.MetaTag;

    private static string? FirstAttribute(IElement e, string[] names)
    {
        foreach (var n in names)
        {
            var v = e.GetAttribute(n);
            if (!string.IsNullOrWhiteSpace(v))
                return v;
        }
        return null;
    }

    private static string? AbsoluteHttp(string? url) =>
        url is not null && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps) ? url.Trim() : null;

    /// <summary>Parse.ly's <c>parsely-page</c> JSON: <c>{"title", "pub_date", "author", "section"}</c>.</summary>
    private static void ReadParselyPage(string json, MetadataDraft draft)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return;
            if (root.TryGetProperty("pub_date", out var date) && date.ValueKind == JsonValueKind.String)
                draft.TrySetPublished(date.GetString(), FieldOrigin.MetaTag);
            if (root.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String)
                draft.AddTitle(title.GetString(), FieldOrigin.MetaTag);
            if (root.TryGetProperty("author", out var author) && author.ValueKind == JsonValueKind.String)
                draft.Fields.TrySetAuthors(AuthorNames.Split(author.GetString()), FieldOrigin.MetaTag);
            if (root.TryGetProperty("section", out var section) && section.ValueKind == JsonValueKind.String)
                draft.Fields.TrySetSection(TextNormalizer.Collapse(section.GetString()), FieldOrigin.MetaTag);
        }
        catch (JsonException)
        {
            // A broken parsely-page is ignored; the plain parsely-* keys are read anyway.
        }
    }
}
