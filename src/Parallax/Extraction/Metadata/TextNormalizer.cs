using System.Net;
using System.Text;

namespace Parallax.Extraction.Metadata;

/// <summary>Whitespace and entity clean-up for metadata values.</summary>
internal static class TextNormalizer
{
    /// <summary>Decodes leftover HTML entities and collapses runs of whitespace to one space.</summary>
    public static string Collapse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return "";
        if (value.Contains('&'))
            value = WebUtility.HtmlDecode(value);
        var sb = new StringBuilder(value.Length);
        bool space = false;
        foreach (char c in value)
        {
            if (char.IsWhiteSpace(c) || c == '\u200b')
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
                sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
