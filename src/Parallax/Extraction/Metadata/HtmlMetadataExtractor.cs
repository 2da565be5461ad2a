using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Parallax.Model;

namespace Parallax.Extraction.Metadata;

/// <summary>
/// Page metadata in layers, most trusted first; the first layer to set a field wins and its name is
/// recorded as the field's origin (<see cref="FieldOrigin"/>):
/// <list type="number">
/// <item>JSON-LD (<see cref="JsonLdLayer"/>),</item>
/// <item>OpenGraph and meta tags (<see cref="MetaTagLayer"/>),</item>
/// <item><c>&lt;time&gt;</c> elements in the article header (<see cref="TimeElementLayer"/>),</item>
/// <item>a date in the URL (<see cref="UrlDateLayer"/>),</item>
/// <item>visible bylines, date lines and a marked dateline (<see cref="VisibleLayer"/>),</item>
/// <item>last-modified dates, only when nothing gave a publication date.</item>
/// </list>
/// The title is chosen last (JSON-LD headline, og:title and other meta titles, the <c>&lt;h1&gt;</c>, the
/// <c>&lt;title&gt;</c>) and loses a site-name suffix that matches the outlet. Reads the DOM without changing it.
/// Thread-safe: all per-page state lives in a <see cref="MetadataDraft"/>.
/// </summary>
internal sealed class HtmlMetadataExtractor
{
    /// <summary>An <c>&lt;h1&gt;</c> shorter than this is a logo or a section label, not a headline.</summary>
    private const int MinHeadlineLength = 10;

    /// <summary>Dates after this moment are impossible; by default, now.</summary>
    public Func<DateTime> Clock { get; init; } = () => DateTime.UtcNow;

    public void Extract(IHtmlDocument document, string? url, ExtractedFields fields)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(fields);
        fields.TrySetUrl(url, FieldOrigin.Given);
        var draft = new MetadataDraft(fields, url, Clock());

        JsonLdLayer.Read(document, draft);
        MetaTagLayer.Read(document, draft);
        var scan = PageScan.Of(document);
        TimeElementLayer.Read(scan, draft);
        UrlDateLayer.Read(draft);

        var headline = Headline(document, scan);
        var around = PageText.AroundHeadline(document, headline);
        VisibleLayer.ReadByline(scan, headline, around, draft);
        VisibleLayer.ReadDate(scan, around, draft);
        VisibleLayer.ReadDateline(scan, draft);

        if (draft.ModifiedDates.Count > 0)
            fields.TrySetPublished(draft.ModifiedDates[0].Date, draft.ModifiedDates[0].Origin);

        ChooseTitle(document, headline, draft);
    }

    private static void ChooseTitle(IHtmlDocument document, IElement? headline, MetadataDraft draft)
    {
        var titleElement = TextNormalizer.Collapse(document.Title);
        if (headline is not null)
        {
            var h1 = TextNormalizer.Collapse(headline.TextContent);
            if (titleElement.Length == 0 || titleElement.Contains(h1, StringComparison.OrdinalIgnoreCase))
                draft.AddTitle(h1, FieldOrigin.Heading);
        }
        draft.AddTitle(titleElement, FieldOrigin.TitleElement);
        var fields = draft.Fields;
        var witnesses = draft.Titles.Where(t => t.Origin != FieldOrigin.JsonLd).Select(t => t.Title).ToList();
        // A suffix the page's titles repeat after different headlines is the site's name.
        var repeated = TitleCleaner.RepeatedSuffixes(draft.Titles.Select(t => t.Title));
        foreach (var (title, origin) in draft.Titles)
        {
            if (origin == FieldOrigin.JsonLd && !TitleWitness.Confirms(witnesses, title))
                continue;
            var clean = TitleCleaner.Clean(title, fields.Outlet, fields.Url ?? draft.Url, fields.Authors, repeated, out var siteName);
            if (fields.TrySetTitle(clean, origin))
            {
                if (siteName is not null)
                    fields.TrySetOutlet(siteName, origin);
                return;
            }
        }
        // Only unconfirmed JSON-LD titles: the first of them is still better than none.
        foreach (var (title, origin) in draft.Titles)
        {
            if (fields.TrySetTitle(TitleCleaner.Clean(title, fields.Outlet, fields.Url ?? draft.Url, out _), origin))
                return;
        }
    }

    /// <summary>
    /// The first <c>&lt;h1&gt;</c> long enough to be a headline; else the first heading or title-classed element
    /// whose text is part of the page's <c>&lt;title&gt;</c> (pages that style their headline without h1).
    /// </summary>
    private static IElement? Headline(IHtmlDocument document, PageScan scan)
    {
        foreach (var h in scan.H1s)
        {
            if (TextNormalizer.Collapse(h.TextContent).Length >= MinHeadlineLength)
                return h;
        }
        var title = TextNormalizer.Collapse(document.Title);
        if (title.Length < MinHeadlineLength)
            return null;
        foreach (var e in scan.HeadlineLike)
        {
            var text = TextNormalizer.Collapse(e.TextContent);
            if (text.Length >= MinHeadlineLength && title.Contains(text, StringComparison.OrdinalIgnoreCase))
                return e;
        }
        return null;
    }
}
