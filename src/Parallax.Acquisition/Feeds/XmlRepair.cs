using System.Net;
using System.Text;

namespace Parallax.Acquisition.Feeds;

/// <summary>
/// The second pass over XML that is not well formed in the usual ways of feeds: HTML entities XML does not know
/// (<c>&amp;nbsp;</c>, <c>&amp;eacute;</c>) become character references, a bare ampersand becomes <c>&amp;amp;</c>,
/// and control characters XML forbids are dropped.
/// </summary>
internal static class XmlRepair
{
    /// <summary>The body as text: a byte-order mark first, then the XML declaration's encoding, else UTF-8.</summary>
    public static string Decode(ReadOnlySpan<byte> body)
    {
        if (body.StartsWith("\uFEFF"u8))
            return Encoding.UTF8.GetString(body[3..]);
        if (body.Length >= 2 && body[0] == 0xFF && body[1] == 0xFE)
            return Encoding.Unicode.GetString(body[2..]);
        if (body.Length >= 2 && body[0] == 0xFE && body[1] == 0xFF)
            return Encoding.BigEndianUnicode.GetString(body[2..]);
        var head = Encoding.ASCII.GetString(body[..Math.Min(body.Length, 200)]);
        int decl = head.IndexOf("encoding=", StringComparison.OrdinalIgnoreCase);
        if (decl > 0 && decl + 10 < head.Length)
        {
            char quote = head[decl + 9];
            int end = head.IndexOf(quote, decl + 10);
            if (end > decl + 10)
            {
                try
                {
                    return Encoding.GetEncoding(head[(decl + 10)..end]).GetString(body);
                }
                catch (ArgumentException)
                {
                    // An unknown encoding name: UTF-8 below.
                }
            }
        }
        return Encoding.UTF8.GetString(body);
    }

    public static string Repair(string s)
    {
        var sb = new StringBuilder(s.Length + 256);
        for (int i = 0; i < s.Length; i++)
        {
            char ch = s[i];
            if (ch < ' ' && ch is not ('\t' or '\n' or '\r'))
                continue;
            if (ch != '&')
            {
                sb.Append(ch);
                continue;
            }
            int semi = -1;
            for (int j = i + 1; j < s.Length && j <= i + 33; j++)
            {
                if (s[j] == ';')
                {
                    semi = j;
                    break;
                }
                if (!char.IsAsciiLetterOrDigit(s[j]) && !(j == i + 1 && s[j] == '#'))
                    break;
            }
            if (semi < 0 || semi == i + 1)
            {
                sb.Append("&amp;");
                continue;
            }
            var name = s.AsSpan(i + 1, semi - i - 1);
            if (name[0] == '#' || name is "amp" or "lt" or "gt" or "quot" or "apos")
                sb.Append(s, i, semi - i + 1);
            else
            {
                var entity = s.Substring(i, semi - i + 1);
                var decoded = WebUtility.HtmlDecode(entity);
                if (decoded == entity)
                    sb.Append("&amp;").Append(name).Append(';');
                else
                {
                    foreach (var rune in decoded.EnumerateRunes())
                        sb.Append("&#").Append(rune.Value).Append(';');
                }
            }
            i = semi;
        }
        return sb.ToString();
    }
}
