using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Parallax.Extraction.Metadata;

/// <summary>
/// The visible text around the headline: a window of the body's text (scripts and styles skipped,
/// one line per block) reaching a little before the first <c>&lt;h1&gt;</c> and further after it. Bylines and
/// dates that are not marked up are written there. Site clocks ("today is …") are left out.
/// </summary>
internal static class PageText
{
    /// <summary>Characters kept before the headline (kickers, a date above it).</summary>
    public const int BeforeHeadline = 300;

    /// <summary>Characters kept after the headline's start (standfirst, byline, date line).</summary>
    public const int AfterHeadline = 1500;

    private static readonly HashSet<string> SkippedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "iframe", "select", "option", "button", "nav", "footer", "aside",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "header", "section", "article",
        "time", "table", "tr", "td", "dd", "dt", "figure", "figcaption", "blockquote", "address",
    };

    /// <summary>The text window around the headline, or "" when the page has no <c>&lt;h1&gt;</c>.</summary>
    public static string AroundHeadline(IHtmlDocument document, IElement? headline)
    {
        if (headline is null || document.Body is null)
            return "";
        var sb = new StringBuilder();
        int start = -1;
        Walk(document.Body, headline, sb, ref start);
        if (start < 0)
            return "";
        int from = Math.Max(0, start - BeforeHeadline);
        int to = Math.Min(sb.Length, start + AfterHeadline);
        return sb.ToString(from, to - from);
    }

    /// <summary>Depth-first text collection that stops once the window after the headline is full.</summary>
    private static bool Walk(INode node, IElement headline, StringBuilder sb, ref int start)
    {
        foreach (var child in node.ChildNodes)
        {
            if (start >= 0 && sb.Length >= start + AfterHeadline)
                return true;
            if (child is IText text)
            {
                AppendCollapsed(sb, text.Data);
                continue;
            }
            if (child is not IElement e || SkippedTags.Contains(e.LocalName) || PageRegions.SiteClock().IsMatch(PageRegions.ClassAndId(e)))
                continue;
            if (ReferenceEquals(e, headline))
                start = sb.Length;
            bool block = BlockTags.Contains(e.LocalName);
            if (block)
                NewLine(sb);
            if (Walk(e, headline, sb, ref start))
                return true;
            if (block)
                NewLine(sb);
        }
        return false;
    }

    private static void AppendCollapsed(StringBuilder sb, string data)
    {
        foreach (char c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] != ' ' && sb[^1] != '\n')
                    sb.Append(' ');
            }
            else
            {
                sb.Append(c);
            }
        }
    }

    private static void NewLine(StringBuilder sb)
    {
        if (sb.Length > 0 && sb[^1] == ' ')
            sb.Length--;
        if (sb.Length > 0 && sb[^1] != '\n')
            sb.Append('\n');
    }
}
