using System.Buffers;
using System.Text;

namespace Parallax.Rendering;

/// <summary>
/// Text from articles made safe for a terminal: control characters (ESC, BEL, other C0 and the C1 range) would let an
/// article move the cursor, retitle the window or ring the bell, and bidirectional overrides can reorder what a line
/// seems to say. C0 controls become their visible pictures (ESC → ␛), tab stays, a line break becomes a space, and the
/// C1 range and bidi controls become U+FFFD. Our own colours are added after this, so they survive.
/// </summary>
public static class TerminalText
{
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(Build());

    private static string Build()
    {
        var sb = new StringBuilder();
        for (char c = '\0'; c < ' '; c++)
        {
            if (c != '\t')
                sb.Append(c);
        }
        for (char c = '\u007F'; c <= '\u009F'; c++)
            sb.Append(c);
        sb.Append("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u061C\u200E\u200F");
        return sb.ToString();
    }

    /// <summary>The text as it may be printed to a terminal; the same string when nothing needed changing.</summary>
    public static string Clean(string text)
    {
        int first = text.AsSpan().IndexOfAny(Unsafe);
        if (first < 0)
            return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (!Unsafe.Contains(c))
                sb.Append(c);
            else if (c is '\n' or '\r')
                sb.Append(' ');
            else if (c < ' ')
                sb.Append((char)('\u2400' + c));
            else if (c == '\u007F')
                sb.Append('\u2421');
            else
                sb.Append('\uFFFD');
        }
        return sb.ToString();
    }
}
