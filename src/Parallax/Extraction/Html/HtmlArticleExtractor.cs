using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Parallax.Extraction.Metadata;
using Parallax.Model;

namespace Parallax.Extraction.Html;

/// <summary>
/// HTML pages: one parse, then metadata (which reads the untouched DOM), then the main text (which may
/// prune the DOM as it goes), then a dateline opening the text (<see cref="TextDateline"/>).
/// </summary>
internal sealed class HtmlArticleExtractor
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    private readonly HtmlMetadataExtractor _metadata = new();
    private readonly MainTextExtractor _mainText = new();

    public ExtractedFields Extract(string html, string? url)
    {
        using IHtmlDocument document = Parser.ParseDocument(HtmlDepth.Flatten(html));
        var fields = new ExtractedFields();
        _metadata.Extract(document, url, fields);
        // A wire dateline opening the text gives the dateline (and agency) and leaves the first sentence.
        fields.Text = TextDateline.Strip(_mainText.Extract(document, out var kind), fields);
        if (kind is not null)
            fields.Override(nameof(fields.Kind), kind, FieldOrigin.TextBody); // the page's shape outranks a title label
        return fields;
    }
}
