using System.Xml;

namespace Parallax.Acquisition.Feeds;

/// <summary>
/// Reads RSS (0.9x, 1.0/RDF, 2.0), Atom and XML sitemaps (indexes and Google News sitemaps) in one streaming pass
/// with <see cref="XmlReader"/>. Only the few fields a monitor needs are read; every other element is skipped
/// whole, so a <c>media:title</c> or an image's <c>link</c> never stands in for the article's. A break in the XML
/// ends the pass but keeps the entries read before it.
/// </summary>
internal sealed class XmlListingReader
{
    /// <summary>The sitemaps protocol's own cap on one file; more entries than this are ignored.</summary>
    public const int MaxEntries = 50_000;

    private readonly Uri _listingUrl;
    private readonly ListingProblems _problems;
    private readonly List<FeedEntry> _entries = [];
    private readonly List<Uri> _children = [];
    private FeedFormat _format = FeedFormat.Unknown;
    private string? _title;
    private string? _language;
    private Uri _base;

    public XmlListingReader(Uri listingUrl, ListingProblems problems)
    {
        _listingUrl = listingUrl;
        _base = listingUrl;
        _problems = problems;
    }

    public int EntryCount => _entries.Count;

    public static XmlReaderSettings Settings { get; } = new()
    {
        // A DOCTYPE (RSS 0.91 has one) is skipped, never fetched or expanded: no external entities, no entity bombs.
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        CheckCharacters = false,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersInDocument = 200_000_000,
    };

    public FeedDocument Result() =>
        new(_format, _entries, _children, _problems.Lines()) { Title = _title, Language = _language };

    /// <summary>Reads the document; an <see cref="XmlException"/> from a broken document propagates to the caller.</summary>
    public void Read(XmlReader r)
    {
        r.MoveToContent();
        if (r.NodeType != XmlNodeType.Element)
            return;
        _format = r.LocalName switch
        {
            "rss" or "RDF" => FeedFormat.Rss,
            "feed" => FeedFormat.Atom,
            "urlset" => FeedFormat.Sitemap,
            "sitemapindex" => FeedFormat.SitemapIndex,
            _ => FeedFormat.Unknown,
        };
        if (_format == FeedFormat.Unknown)
        {
            _problems.Add(r.LocalName.Equals("html", StringComparison.OrdinalIgnoreCase)
                ? "an HTML page, not a feed or sitemap"
                : $"the root element <{r.LocalName}> is not a feed or sitemap");
            return;
        }
        _base = BaseOf(r, _listingUrl);
        _language = Clean(r.XmlLang);
        int rootDepth = r.Depth;
        if (r.IsEmptyElement)
            return;
        r.Read();
        while (!r.EOF && !(r.NodeType == XmlNodeType.EndElement && r.Depth == rootDepth))
        {
            if (r.NodeType != XmlNodeType.Element)
            {
                r.Read();
                continue;
            }
            switch (r.LocalName)
            {
                case "channel":
                    r.Read(); // RSS 2.0 items sit inside the channel; RSS 1.0 items beside it
                    break;
                case "item" or "entry" or "url":
                    if (_entries.Count >= MaxEntries)
                    {
                        _problems.Add($"more than {MaxEntries:N0} entries; the rest ignored");
                        return;
                    }
                    ReadEntry(r);
                    break;
                case "sitemap" when _format == FeedFormat.SitemapIndex:
                    ReadChild(r);
                    break;
                case "title" when _title is null && r.Depth <= rootDepth + 2:
                    _title = Clean(Text(r));
                    break;
                case "language" when _language is null:
                    _language = Clean(Text(r));
                    break;
                default:
                    r.Skip(); // channel images, authors, categories, Atom links of the feed itself...
                    break;
            }
        }
    }

    private void ReadChild(XmlReader r)
    {
        int depth = r.Depth;
        if (r.IsEmptyElement)
        {
            r.Read();
            return;
        }
        r.Read();
        while (!r.EOF && !(r.NodeType == XmlNodeType.EndElement && r.Depth == depth))
        {
            if (r.NodeType == XmlNodeType.Element && r.LocalName == "loc")
            {
                var loc = Text(r);
                if (Absolute(loc, _base) is { } u)
                    _children.Add(u);
                else
                    _problems.Count("unreadable child sitemap link", loc);
            }
            else if (r.NodeType == XmlNodeType.Element)
                r.Skip();
            else
                r.Read();
        }
        r.Read();
    }

    private void ReadEntry(XmlReader r)
    {
        int depth = r.Depth;
        var itemBase = BaseOf(r, _base);
        string? language = Clean(r.XmlLang) ?? _language;
        string? about = r.GetAttribute("about", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        bool atomLinkIsHtml = false;
        string? link = null, atomLink = null, guid = null, origLink = null, id = null, loc = null;
        string? title = null, published = null, updated = null, publication = null;
        if (r.IsEmptyElement)
        {
            r.Read();
            return;
        }
        r.Read();
        while (!r.EOF && !(r.NodeType == XmlNodeType.EndElement && r.Depth == depth))
        {
            if (r.NodeType != XmlNodeType.Element)
            {
                r.Read();
                continue;
            }
            string ns = r.NamespaceURI;
            switch (r.LocalName)
            {
                case "link" when ns.Length > 0 && ns.Contains("Atom", StringComparison.OrdinalIgnoreCase) || r.GetAttribute("href") is not null:
                {
                    // Atom: the alternate (or rel-less) link to an HTML page wins.
                    string? rel = r.GetAttribute("rel");
                    string? type = r.GetAttribute("type");
                    string? href = r.GetAttribute("href");
                    bool html = type is null or "text/html";
                    if (href is not null && (rel is null or "alternate") && (atomLink is null || (html && !atomLinkIsHtml)))
                    {
                        atomLink = href;
                        atomLinkIsHtml = html;
                    }
                    r.Skip();
                    break;
                }
                case "link":
                    link ??= Text(r);
                    break;
                case "origLink": // FeedBurner's proxy feeds keep the outlet's own URL here
                    origLink ??= Text(r);
                    break;
                case "guid":
                {
                    bool permalink = !string.Equals(r.GetAttribute("isPermaLink"), "false", StringComparison.OrdinalIgnoreCase);
                    var g = Text(r);
                    if (permalink)
                        guid ??= g;
                    break;
                }
                case "id":
                    id ??= Text(r);
                    break;
                case "loc":
                    loc ??= Text(r);
                    break;
                case "title" when ns.Length == 0 || ns.Contains("Atom", StringComparison.OrdinalIgnoreCase) || ns.Contains("news", StringComparison.OrdinalIgnoreCase) || ns.Contains("purl.org/rss", StringComparison.Ordinal):
                    title ??= Text(r);
                    break;
                case "pubDate" or "published" or "issued" or "publication_date" or "date":
                    published ??= Text(r);
                    break;
                case "updated" or "modified" or "lastmod":
                    updated ??= Text(r);
                    break;
                case "language":
                    language = Clean(Text(r)) ?? language;
                    break;
                case "name" when ns.Contains("news", StringComparison.OrdinalIgnoreCase):
                    publication ??= Text(r);
                    break;
                case "news" or "publication" when ns.Contains("news", StringComparison.OrdinalIgnoreCase):
                    r.Read(); // Google News: step inside (or past an empty one); its fields are read by name above
                    break;
                default:
                    r.Skip(); // descriptions, content, media, images, an Atom entry's source...
                    break;
            }
        }
        r.Read();

        var raw = origLink ?? loc ?? atomLink ?? link ?? guid ?? about ?? (id is not null && id.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? id : null);
        if (string.IsNullOrWhiteSpace(raw))
        {
            _problems.Count("entry with no link", Clean(title) ?? "(untitled)");
            return;
        }
        if (Absolute(raw, itemBase) is not { } url)
        {
            _problems.Count("unreadable link", raw);
            return;
        }
        var pub = Date(published);
        var upd = Date(updated);
        _entries.Add(new FeedEntry(url, Clean(title), pub, language) { Updated = upd, Publication = Clean(publication) });
    }

    private DateTimeOffset? Date(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var d = FeedDates.Parse(text);
        if (d is null)
            _problems.Count("unreadable date", text);
        return d;
    }

    /// <summary>The text inside the current element (CDATA included, child markup flattened); leaves the reader after it.</summary>
    private static string Text(XmlReader r)
    {
        if (r.IsEmptyElement)
        {
            r.Read();
            return "";
        }
        int depth = r.Depth;
        string? single = null;
        System.Text.StringBuilder? sb = null;
        r.Read();
        while (!r.EOF && !(r.NodeType == XmlNodeType.EndElement && r.Depth == depth))
        {
            if (r.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
            {
                if (single is null && sb is null)
                    single = r.Value;
                else
                    (sb ??= new System.Text.StringBuilder(single)).Append(r.Value);
            }
            r.Read();
        }
        r.Read();
        return sb?.ToString() ?? single ?? "";
    }

    private static Uri BaseOf(XmlReader r, Uri fallback) =>
        r.GetAttribute("xml:base") is { } b && Absolute(b, fallback) is { } u ? u : fallback;

    /// <summary>An http(s) URL, resolved against <paramref name="baseUrl"/>; null when it is not one.</summary>
    internal static Uri? Absolute(string? text, Uri baseUrl)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var t = text.Trim();
        if (t.Contains(' ', StringComparison.Ordinal))
            t = t.Replace(" ", "%20", StringComparison.Ordinal);
        return Uri.TryCreate(baseUrl, t, out var u) && u.Scheme is "http" or "https" && u.Host.Length > 0 ? u : null;
    }

    private static string? Clean(string? s)
    {
        if (string.IsNullOrWhiteSpace(s))
            return null;
        var t = s.Trim();
        return t.Contains('\n') || t.Contains('\r') || t.Contains('\t') ? string.Join(' ', t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) : t;
    }
}
