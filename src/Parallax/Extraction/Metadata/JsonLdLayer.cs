using System.Collections.Frozen;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Parallax.Model;

namespace Parallax.Extraction.Metadata;

/// <summary>
/// The most trusted layer: schema.org JSON-LD. Reads single objects, arrays and <c>@graph</c> lists,
/// resolves <c>@id</c> references (as Yoast-style graphs use for authors and publishers), and takes the
/// article node (NewsArticle and kin; a WebPage only when it carries a publication date). Broken JSON
/// (raw newlines in strings, comments, HTML comment wrappers, trailing commas) is repaired where it can be,
/// and otherwise searched for the date and headline keys directly.
/// </summary>
internal static partial class JsonLdLayer
{
    /// <summary>Types whose node is the article itself.</summary>
    private static readonly FrozenSet<string> ArticleTypes = new[]
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "ReviewNewsArticle", "BackgroundNewsArticle", "AskPublicNewsArticle", "BlogPosting", "LiveBlogPosting",
        "SocialMediaPosting", "Report", "TechArticle", "ScholarlyArticle", "SatiricalArticle", "Review",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Page types trusted for a date only when no article node gives one.</summary>
    private static readonly FrozenSet<string> PageTypes = new[] { "WebPage", "ItemPage", "AboutPage" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Types whose name is the outlet when no publisher is named.</summary>
    private static readonly FrozenSet<string> OutletTypes = new[] { "NewsMediaOrganization", "WebSite", "Organization" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Properties under which the page's own nodes nest (related-article lists are not followed).</summary>
    private static readonly string[] NestingKeys = ["@graph", "mainEntity", "mainEntityOfPage"];

    private static readonly string[] PublishedKeys = ["datePublished", "dateCreated", "uploadDate"];
    private static readonly string[] ModifiedKeys = ["dateModified"];
    private static readonly string[] TitleKeys = ["headline", "alternativeHeadline", "name"];
    private static readonly string[] AuthorKeys = ["author", "creator"];

    /// <summary>Graphs deeper than this are not followed.</summary>
    private const int MaxDepth = 6;

    private static readonly JsonDocumentOptions ParseOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static void Read(IHtmlDocument document, MetadataDraft draft)
    {
        var nodes = new List<JsonElement>();
        var docs = new List<JsonDocument>();
        try
        {
            foreach (var script in document.Scripts)
            {
                var type = script.GetAttribute("type");
                if (type is null || !type.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
                    continue;
                var text = script.TextContent;
                if (TryParse(text, out var json))
                {
                    docs.Add(json);
                    Collect(json.RootElement, nodes, 0);
                }
                else
                {
                    ReadBroken(text, draft);
                }
            }
            if (nodes.Count > 0)
                ReadNodes(nodes, draft);
        }
        finally
        {
            foreach (var d in docs)
                d.Dispose();
        }
    }

    private static void ReadNodes(List<JsonElement> nodes, MetadataDraft draft)
    {
        var byId = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var n in nodes)
        {
            if (Str(n, "@id") is { } id && n.EnumerateObject().Count() > 1)
                byId.TryAdd(id, n);
        }

        var articles = nodes.Where(n => HasType(n, ArticleTypes)).ToList();
        var fields = draft.Fields;
        foreach (var a in articles)
        {
            foreach (var key in PublishedKeys)
                draft.TrySetPublished(Str(a, key), FieldOrigin.JsonLd);
        }
        if (!draft.HasPublished)
        {
            foreach (var p in nodes.Where(n => HasType(n, PageTypes)))
                draft.TrySetPublished(Str(p, "datePublished"), FieldOrigin.JsonLd);
        }
        foreach (var n in articles.Concat(nodes.Where(n => HasType(n, PageTypes))))
        {
            foreach (var key in ModifiedKeys)
                draft.AddModified(Str(n, key), FieldOrigin.JsonLd);
        }

        if (articles.Count == 0)
        {
            ReadOutlet(nodes, byId, null, fields);
            return;
        }
        var article = articles[0];
        // Every title key is a candidate: a headline the page does not confirm (a description put in
        // "headline") gives way to the name when that is the page's title (see HtmlMetadataExtractor).
        foreach (var key in TitleKeys)
        {
            if (Str(article, key) is { } title)
                draft.AddTitle(title, FieldOrigin.JsonLd);
        }
        foreach (var key in AuthorKeys)
        {
            if (article.TryGetProperty(key, out var author))
            {
                var names = new List<string>();
                AddNames(author, byId, names, 0);
                var people = AuthorNames.Clean(names);
                // No person, only an organisation typed as the author ("Contributors to Wikimedia
                // projects", a newsroom): its name as written, which the person-name cleaning would refuse.
                if (people.Count == 0)
                    people = OrganisationAuthors(author, byId);
                if (fields.TrySetAuthors(people, FieldOrigin.JsonLd))
                    break;
            }
        }
        ReadOutlet(nodes, byId, article, fields);
        fields.TrySetSection(FirstString(article, "articleSection"), FieldOrigin.JsonLd);
        fields.TrySetLanguage(LanguageCode.Normalize(FirstString(article, "inLanguage")), FieldOrigin.JsonLd);
        fields.TrySetUrl(AbsoluteUrl(Str(article, "url") ?? IdOf(article, "mainEntityOfPage")), FieldOrigin.JsonLd);
    }

    private static void ReadOutlet(List<JsonElement> nodes, Dictionary<string, JsonElement> byId, JsonElement? article, ExtractedFields fields)
    {
        if (article is { } a && a.TryGetProperty("publisher", out var publisher))
        {
            var names = new List<string>();
            AddNames(publisher, byId, names, 0);
            if (names.Count > 0 && fields.TrySetOutlet(TextNormalizer.Collapse(names[0]), FieldOrigin.JsonLd))
                return;
        }
        foreach (var n in nodes.Where(n => HasType(n, OutletTypes)))
        {
            if (fields.TrySetOutlet(TextNormalizer.Collapse(Str(n, "name")), FieldOrigin.JsonLd))
                return;
        }
    }

    /// <summary>An organisation's name as a last-resort author, when the author value is one Organization object.</summary>
    private static List<string> OrganisationAuthors(JsonElement author, Dictionary<string, JsonElement> byId)
    {
        if (author.ValueKind == JsonValueKind.Object && Str(author, "@id") is { } id && Str(author, "name") is null && byId.TryGetValue(id, out var target))
            author = target;
        if (author.ValueKind != JsonValueKind.Object || !HasType(author, OrganisationTypes))
            return [];
        var name = TextNormalizer.Collapse(Str(author, "name"));
        return name.Length is > 0 and <= MaxOrganisationName && !name.Contains("://", StringComparison.Ordinal) ? [name] : [];
    }

    /// <summary>Types of an organisation named as an article's author.</summary>
    private static readonly FrozenSet<string> OrganisationTypes = new[] { "Organization", "NewsMediaOrganization", "Corporation" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>An organisation's name longer than this is not a name.</summary>
    private const int MaxOrganisationName = 80;

    /// <summary>Names from a string, a Person/Organization object, an <c>@id</c> reference or an array of those.</summary>
    private static void AddNames(JsonElement value, Dictionary<string, JsonElement> byId, List<string> names, int depth)
    {
        if (depth > MaxDepth)
            return;
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                names.Add(value.GetString()!);
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                    AddNames(item, byId, names, depth + 1);
                break;
            case JsonValueKind.Object:
                if (Str(value, "name") is { } name)
                    names.Add(name);
                else if (Str(value, "@id") is { } id && byId.TryGetValue(id, out var target) && Str(target, "name") is { } targetName)
                    names.Add(targetName);
                break;
        }
    }

    private static void Collect(JsonElement e, List<JsonElement> nodes, int depth)
    {
        if (depth > MaxDepth)
            return;
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
                Collect(item, nodes, depth + 1);
            return;
        }
        if (e.ValueKind != JsonValueKind.Object)
            return;
        nodes.Add(e);
        foreach (var key in NestingKeys)
        {
            if (e.TryGetProperty(key, out var child))
                Collect(child, nodes, depth + 1);
        }
    }

    private static bool HasType(JsonElement e, FrozenSet<string> types)
    {
        if (!e.TryGetProperty("@type", out var t))
            return false;
        if (t.ValueKind == JsonValueKind.String)
            return types.Contains(ShortType(t.GetString()!));
        if (t.ValueKind == JsonValueKind.Array)
            return t.EnumerateArray().Any(x => x.ValueKind == JsonValueKind.String && types.Contains(ShortType(x.GetString()!)));
        return false;
    }

    /// <summary><c>http://schema.org/NewsArticle</c> and <c>schema:NewsArticle</c> are <c>NewsArticle</c>.</summary>
    private static string ShortType(string type)
    {
        int cut = type.LastIndexOfAny(['/', ':', '#']);
        return cut >= 0 ? type[(cut + 1)..] : type;
    }

    private static string? Str(JsonElement e, string key)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(key, out var v))
            return null;
        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        };
    }

    /// <summary>A string, the first string of an array, or an object's name.</summary>
    private static string? FirstString(JsonElement e, string key)
    {
        if (!e.TryGetProperty(key, out var v))
            return null;
        if (v.ValueKind == JsonValueKind.Array)
            v = v.EnumerateArray().FirstOrDefault(x => x.ValueKind is JsonValueKind.String or JsonValueKind.Object);
        return v.ValueKind switch
        {
            JsonValueKind.String => TextNormalizer.Collapse(v.GetString()),
            JsonValueKind.Object => Str(v, "name") ?? Str(v, "alternateName"),
            _ => null,
        };
    }

    private static string? IdOf(JsonElement e, string key)
    {
        if (!e.TryGetProperty(key, out var v))
            return null;
        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Object => Str(v, "@id") ?? Str(v, "url"),
            _ => null,
        };
    }

    private static string? AbsoluteUrl(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps) ? url : null;

    private static bool TryParse(string text, out JsonDocument json)
    {
        json = null!;
        if (TryParseExact(text, out json))
            return true;
        return TryParseExact(Repair(text), out json);
    }

    private static bool TryParseExact(string text, out JsonDocument json)
    {
        json = null!;
        try
        {
            json = JsonDocument.Parse(text, ParseOptions);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Undoes the usual damage: comment and CDATA wrappers, raw control characters, a trailing semicolon.</summary>
    private static string Repair(string text)
    {
        var s = text.Trim();
        foreach (var wrapper in Wrappers)
            s = s.Replace(wrapper, "", StringComparison.Ordinal);
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
            sb.Append(c < ' ' ? ' ' : c);
        s = sb.ToString().Trim().TrimEnd(';');
        return s;
    }

    private static readonly string[] Wrappers = ["<!--", "-->", "//<![CDATA[", "//]]>", "<![CDATA[", "]]>"];

    /// <summary>JSON that cannot be repaired: the date and headline keys are still found by pattern.</summary>
    private static void ReadBroken(string text, MetadataDraft draft)
    {
        var published = BrokenDatePublished().Match(text);
        if (published.Success)
            draft.TrySetPublished(published.Groups["v"].Value, FieldOrigin.JsonLd);
        var modified = BrokenDateModified().Match(text);
        if (modified.Success)
            draft.AddModified(modified.Groups["v"].Value, FieldOrigin.JsonLd);
        var headline = BrokenHeadline().Match(text);
        if (headline.Success)
            draft.AddTitle(UnescapeJson(headline.Groups["v"].Value), FieldOrigin.JsonLd);
    }

    private static string UnescapeJson(string raw)
    {
        try
        {
            return JsonSerializer.Deserialize<string>("\"" + raw + "\"") ?? raw;
        }
        catch (JsonException)
        {
            return raw;
        }
    }

    [GeneratedRegex("\"datePublished\"\\s{0,5}:\\s{0,5}\"(?<v>[^\"]{6,40})\"")]
    private static partial Regex BrokenDatePublished();

    [GeneratedRegex("\"dateModified\"\\s{0,5}:\\s{0,5}\"(?<v>[^\"]{6,40})\"")]
    private static partial Regex BrokenDateModified();

    [GeneratedRegex("\"headline\"\\s{0,5}:\\s{0,5}\"(?<v>(?:[^\"\\\\]|\\\\.){1,400})\"")]
    private static partial Regex BrokenHeadline();
}
