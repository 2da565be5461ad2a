using System.Text;
using Parallax.Model;

namespace Parallax.Extraction.Html;

/// <summary>
/// Bounds the element nesting a page hands the HTML parser: AngleSharp's tree builder looks through the stack of
/// open elements at each start tag, so 100,000 nested &lt;div&gt;s cost a minute. A linear pre-scan counts nesting
/// (void elements, self-closed tags and elements whose end tag may be left out do not count; comments, scripts and
/// styles are skipped); only a page deeper than <see cref="Budgets.MaxHtmlDepth"/> is rewritten, without the start and
/// end tags beyond that depth, so their text reads as text of the ancestor at the limit. Any other page is returned as is.
/// </summary>
internal static class HtmlDepth
{
    private static readonly HashSet<string> Uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "rp", "rt", "html", "head", "body",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UncountedLookup = Uncounted.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "noscript"];

    private static string? RawTextName(ReadOnlySpan<char> name)
    {
        foreach (var r in RawText)
            if (name.Equals(r, StringComparison.OrdinalIgnoreCase))
                return r;
        return null;
    }

    public static string Flatten(string html, int limit = Budgets.MaxHtmlDepth) =>
        Walk(html, limit, null) ? Rewrite(html, limit) : html;

    private static string Rewrite(string html, int limit)
    {
        var sb = new StringBuilder(html.Length);
        Walk(html, limit, sb);
        return sb.ToString();
    }

    /// <summary>True when the nesting passes <paramref name="limit"/>; with <paramref name="output"/>, writes the page without the tags beyond it.</summary>
    private static bool Walk(string html, int limit, StringBuilder? output)
    {
        int depth = 0, copied = 0;
        bool deeper = false;
        int i = 0;
        while (i < html.Length)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
                break;
            char c = html[lt + 1];
            if (html.AsSpan(lt).StartsWith("<!--"))
            {
                int end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }
            if (c is '!' or '?')
            {
                int end = html.IndexOf('>', lt);
                i = end < 0 ? html.Length : end + 1;
                continue;
            }
            bool closing = c == '/';
            int nameStart = closing ? lt + 2 : lt + 1;
            int nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':'))
                nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i = lt + 1;
                continue;
            }
            int tagEnd = TagEnd(html, nameEnd);
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            bool selfClosed = tagEnd > 1 && html[tagEnd - 2] == '/';
            bool counted = !UncountedLookup.Contains(name) && !selfClosed;
            bool drop = false;
            if (counted && !closing)
            {
                depth++;
                drop = depth > limit;
            }
            else if (counted)
            {
                drop = depth > limit;
                depth = Math.Max(0, depth - 1);
            }
            if (drop)
            {
                if (output is null)
                    return true;
                deeper = true;
                output.Append(html, copied, lt - copied);
                copied = tagEnd;
            }
            i = tagEnd;
            if (!closing && RawTextName(name) is { } raw)
            {
                int end = html.IndexOf("</" + raw, i, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end;
            }
        }
        output?.Append(html, copied, html.Length - copied);
        return deeper;
    }

    /// <summary>The index after the tag's closing '>', skipping quoted attribute values.</summary>
    private static int TagEnd(string html, int from)
    {
        char quote = '\0';
        for (int k = from; k < html.Length; k++)
        {
            char c = html[k];
            if (quote != '\0')
            {
                if (c == quote)
                    quote = '\0';
            }
            else if (c is '"' or '\'')
                quote = c;
            else if (c == '>')
                return k + 1;
        }
        return html.Length;
    }
}
