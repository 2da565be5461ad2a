using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Parallax.Extraction.Html;

/// <summary>
/// Finds a page's main text. (Baseline: the paragraphs of the body; the scoring cascade comes next.)
/// </summary>
public sealed class MainTextExtractor
{
    public string Extract(IHtmlDocument document)
    {
        var sb = new StringBuilder();
        foreach (var p in document.QuerySelectorAll("p"))
        {
            var t = p.TextContent.Trim();
            if (t.Length == 0)
                continue;
            if (sb.Length > 0)
                sb.Append("\n\n");
            sb.Append(t);
        }
        return sb.ToString();
    }
}
