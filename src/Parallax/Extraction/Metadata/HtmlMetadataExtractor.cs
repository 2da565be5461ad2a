using AngleSharp.Html.Dom;
using Parallax.Model;

namespace Parallax.Extraction.Metadata;

/// <summary>
/// Page metadata in layers, most trusted first. (Baseline: the title element; JSON-LD, OpenGraph,
/// meta tags, time elements, URL dates and visible bylines come next.)
/// </summary>
public sealed class HtmlMetadataExtractor
{
    public void Extract(IHtmlDocument document, string? url, ExtractedFields fields)
    {
        fields.TrySetUrl(url, FieldOrigin.Given);
        fields.TrySetTitle(document.Title, FieldOrigin.TitleElement);
    }
}
