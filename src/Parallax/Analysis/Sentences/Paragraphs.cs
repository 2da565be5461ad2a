using Parallax.Model;

namespace Parallax.Analysis.Sentences;

/// <summary>
/// Paragraph ranges of an article's text. A blank line always breaks; a single line break breaks too unless
/// the next line continues in lower case (a hard-wrapped line). Spans exclude surrounding white space.
/// </summary>
internal static class Paragraphs
{
    public static List<TextSpan> Split(string text)
    {
        var result = new List<TextSpan>();
        int start = 0;
        int n = text.Length;
        for (int i = 0; i <= n; i++)
        {
            if (i < n && text[i] != '\n')
                continue;
            if (i < n && ContinuesWrappedLine(text, i))
                continue;
            Add(text, start, i, result);
            start = i + 1;
        }
        return result;
    }

    /// <summary>A single newline followed (after spaces) by a lower-case letter joins the lines.</summary>
    private static bool ContinuesWrappedLine(string text, int newline)
    {
        int j = newline + 1;
        while (j < text.Length && (text[j] == ' ' || text[j] == '\t'))
            j++;
        return j < text.Length && char.IsLower(text[j]) && newline > 0 && text[newline - 1] != '\n' && !char.IsWhiteSpace(text[newline - 1]);
    }

    private static void Add(string text, int start, int end, List<TextSpan> result)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        if (end > start)
            result.Add(new TextSpan(start, end));
    }

    /// <summary>The index of the paragraph holding <paramref name="position"/>, or of the nearest one before it.</summary>
    public static int IndexOf(List<TextSpan> paragraphs, int position)
    {
        int lo = 0, hi = paragraphs.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (paragraphs[mid].Start <= position)
            {
                found = mid;
                lo = mid + 1;
            }
            else
                hi = mid - 1;
        }
        return found;
    }
}
