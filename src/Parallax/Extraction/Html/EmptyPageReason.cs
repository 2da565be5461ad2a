using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Parallax.Extraction.Html;

/// <summary>
/// Why an HTML page gave no article text, in one line, and whether that is the page's own lack: no
/// body, no visible words, fewer than <see cref="MinArticleWords"/>, or all of them inside links (a menu,
/// not an article). Only called for pages that gave nothing, so the second parse costs nothing on the rest.
/// </summary>
internal static class EmptyPageReason
{
    /// <summary>A page with fewer visible words than this truly has no article.</summary>
    public const int MinArticleWords = 10;

    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    public static (string Reason, bool TrulyEmpty) Of(string html)
    {
        using var document = Parser.ParseDocument(HtmlDepth.Flatten(html));
        var body = document.Body;
        if (body is null)
            return ("the page has no body", true);
        int words = 0, linkWords = 0;
        foreach (var node in body.Descendants<IText>())
        {
            if (node.ParentElement?.Closest("script, style, noscript, template") is not null)
                continue;
            int n = node.Data.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            words += n;
            if (node.ParentElement?.Closest("a") is not null)
                linkWords += n;
        }
        if (words == 0)
            return ("the page has no visible text", true);
        if (linkWords == words)
            return ($"all {words} visible words are link text (a menu, not an article)", true);
        if (words < MinArticleWords)
            return ($"only {words} visible words", true);
        return ($"{words} visible words ({linkWords} in links), none taken as article text", false);
    }
}
