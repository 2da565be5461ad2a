using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Parallax.Extraction.Html;

/// <summary>
/// Finds a page's article body and returns it as clean text, one paragraph (heading, list item, quote)
/// per "\n\n"-separated block. A cascade, after trafilatura:
/// <list type="number">
/// <item>Read the page once into paragraphs (<see cref="PageBlocks"/>), dropping scripts, media, forms,
/// asides, captions and hidden elements; mark elements whose class/id/role names furniture.</item>
/// <item>Primary: the article container. Elements named as the article body (itemprop=articleBody,
/// "article-body", "story-body", …) win when they hold most of the page's good prose; otherwise descend
/// from the body into the child holding nearly all good prose while one does.</item>
/// <item>Inside the container keep headings, paragraphs, lists and quotes; drop the headline, furniture,
/// link-heavy blocks (teasers, "read more") and stock furniture lines.</item>
/// <item>Fallback: when that is too short, all good paragraphs of the page, if they say clearly more.</item>
/// <item>Gallery: when that is still short and the figure captions say clearly more, the captions follow it
/// (<see cref="GalleryCaptions"/>).</item>
/// </list>
/// A page that is no article says so by a kind (<see cref="PageKinds"/>): an error page gives no text, a
/// listing (product grid, event list) only what little prose it has.
/// Thread-safe: all state lives in the call.
/// </summary>
internal sealed class MainTextExtractor
{
    public string Extract(IHtmlDocument document) => Extract(document, out _);

    public string Extract(IHtmlDocument document, out string? kind)
    {
        kind = null;
        IElement? root = document.Body ?? document.DocumentElement;
        if (root is null)
            return "";
        var page = PageBlocks.Read(root);
        if (page.Blocks.Count == 0)
            return GalleryCaptions.Append("", page.Captions);
        var scores = new ContentScores(page);
        if (scores.TotalGood < ExtractionThresholds.MinPrimaryChars && IsErrorPage(document, page))
        {
            kind = PageKinds.ErrorPage;
            return "";
        }
        if (scores.IsListing)
            kind = PageKinds.Listing;

        var containers = ContainerFinder.Find(page, scores);
        var primary = BodyWriter.Write(page, scores, containers);
        if (primary.Length >= ExtractionThresholds.MinPrimaryChars)
            return primary;

        var fallback = BodyWriter.WriteGoodParagraphs(page, scores);
        var best = fallback.Length > primary.Length * ExtractionThresholds.FallbackGain ? fallback : primary;
        if (best.Length < ExtractionThresholds.MinPrimaryChars && page.Elements.Exists(e => e.WeakFurniture))
        {
            // Never let one page-builder word remove the article: look again with widget/read-more blocks
            // that read as prose kept, and take that when it says clearly more.
            var second = new ContentScores(page, trustWeakWords: false);
            var again = BodyWriter.Write(page, second, ContainerFinder.Find(page, second));
            if (again.Length > best.Length * ExtractionThresholds.FallbackGain)
                best = again;
        }
        return best.Length >= ExtractionThresholds.MinPrimaryChars ? best : GalleryCaptions.Append(best, page.Captions);
    }

    /// <summary>The page's title or headline says the page is an error ("Page not found", "404", "Access denied").</summary>
    private static bool IsErrorPage(IHtmlDocument document, PageBlocks page)
    {
        if (document.Title is { Length: > 0 } title && HtmlHints.ErrorPageWords().IsMatch(title))
            return true;
        foreach (var block in page.Blocks)
        {
            if (block.Kind == BlockKind.Title)
                return HtmlHints.ErrorPageWords().IsMatch(block.Text);
        }
        return false;
    }
}
