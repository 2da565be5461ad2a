using System.Collections.Frozen;

namespace Parallax.Extraction.Metadata;

/// <summary>
/// The named tables the meta-tag layer reads: which <c>&lt;meta&gt;</c> keys (property, name, itemprop or
/// http-equiv, lower-cased) carry which field. Within a table, earlier keys are more trusted.
/// </summary>
internal static class MetadataKeys
{
    /// <summary>Keys of the publication date, most trusted first.</summary>
    public static readonly string[] Published =
    [
        "article:published_time", "og:article:published_time", "og:published_time", "article:published",
        "article:publish_date", "og:pubdate", "datepublished", "parsely-pub-date", "sailthru.date",
        "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date", "dcterms.date",
        "dc.created", "citation_publication_date", "citation_date", "citation_online_date",
        "pubdate", "publish-date", "publish_date", "publishdate", "publication_date", "published_time",
        "published-date", "date_published", "datecreated", "article.published", "article_date_original",
        "originalpublicationdate", "original-publish-date", "rnews:datepublished", "cxenseparse:recs:publishtime",
        "bt:pubdate", "pub_date", "pubdate_time", "displaydate", "release_date", "og:release_date",
        "sailthru.publication_date", "weibo:article:create_at", "date", "created", "creation_date", "ga-publishdate",
        "nv:date", "content_date",
    ];

    /// <summary>Keys of the last-modified date: a fallback when no publication date is found anywhere.</summary>
    public static readonly string[] Modified =
    [
        "article:modified_time", "og:updated_time", "article:modified", "datemodified", "dc.date.modified",
        "dcterms.modified", "last-modified", "lastmod", "article.updated", "revised", "modified_time", "updated_time",
        "parsely-updated", "eomportal-lastupdate", "weibo:article:update_at",
    ];

    public static readonly string[] Title = ["og:title", "twitter:title", "parsely-title", "sailthru.title", "dc.title", "dcterms.title", "headline", "title"];

    public static readonly string[] Outlet = ["og:site_name", "application-name", "apple-mobile-web-app-title", "publisher", "dc.publisher", "dcterms.publisher", "cxenseparse:site", "citation_publisher"];

    public static readonly string[] Authors =
    [
        "author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator",
        "citation_author", "byl", "byline", "og:article:author", "cxenseparse:author", "article.author",
    ];

    public static readonly string[] Section = ["article:section", "parsely-section", "section", "og:article:section", "cxenseparse:recs:articlesection", "dc.subject", "article.section"];

    public static readonly string[] Language = ["content-language", "dc.language", "dcterms.language", "language", "og:locale", "inlanguage"];

    public static readonly string[] Canonical = ["og:url", "twitter:url", "parsely-link", "dc.identifier"];

    /// <summary>A JSON object in a meta tag (Parse.ly's page description) with title, pub_date, author and section.</summary>
    public const string ParselyPage = "parsely-page";

    /// <summary>Keys whose value is an OpenGraph property (recorded as <see cref="Model.FieldOrigin.OpenGraph"/>).</summary>
    public static bool IsOpenGraph(string key) => key.StartsWith("og:", StringComparison.Ordinal) || key.StartsWith("article:", StringComparison.Ordinal);

    /// <summary>Each table as a key-to-rank map for one pass over the meta tags.</summary>
    public static readonly FrozenDictionary<string, int> PublishedRank = Rank(Published);
    public static readonly FrozenDictionary<string, int> ModifiedRank = Rank(Modified);
    public static readonly FrozenDictionary<string, int> TitleRank = Rank(Title);
    public static readonly FrozenDictionary<string, int> OutletRank = Rank(Outlet);
    public static readonly FrozenDictionary<string, int> AuthorsRank = Rank(Authors);
    public static readonly FrozenDictionary<string, int> SectionRank = Rank(Section);
    public static readonly FrozenDictionary<string, int> LanguageRank = Rank(Language);
    public static readonly FrozenDictionary<string, int> CanonicalRank = Rank(Canonical);

    private static FrozenDictionary<string, int> Rank(string[] keys)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < keys.Length; i++)
            map.TryAdd(keys[i], i);
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
