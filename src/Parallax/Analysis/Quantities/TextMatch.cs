namespace Parallax.Analysis.Quantities;

/// <summary>Small allocation-free comparisons over the article text.</summary>
internal static class TextMatch
{
    /// <summary>
    /// Whether <paramref name="pattern"/> is written at <paramref name="at"/>. A space in the pattern matches
    /// one or more white-space characters in the text.
    /// </summary>
    public static bool At(string text, int at, string pattern, bool ignoreCase, out int end)
    {
        int i = at;
        end = at;
        for (int k = 0; k < pattern.Length; k++)
        {
            char p = pattern[k];
            if (p == ' ')
            {
                if (i >= text.Length || !char.IsWhiteSpace(text[i]))
                    return false;
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                    i++;
                continue;
            }
            if (i >= text.Length)
                return false;
            char c = text[i];
            if (c != p && !(ignoreCase && char.ToLowerInvariant(c) == char.ToLowerInvariant(p)))
                return false;
            i++;
        }
        end = i;
        return true;
    }

    /// <summary>Whether <paramref name="pattern"/> is written so that it ends exactly at <paramref name="end"/>.</summary>
    public static bool EndsAt(string text, int end, string pattern, bool ignoreCase, out int start)
    {
        start = end - pattern.Length;
        if (start < 0)
            return false;
        return At(text, start, pattern, ignoreCase, out var e) && e == end;
    }

    /// <summary>A match ending in a letter or digit must not run on into another letter or digit.</summary>
    public static bool IsBoundary(string text, int end, string pattern)
    {
        if (end >= text.Length)
            return true;
        char last = pattern[^1];
        return !char.IsLetterOrDigit(last) || !char.IsLetterOrDigit(text[end]);
    }

    public static bool IsCapitalized(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]);

    public static bool IsLower(ReadOnlySpan<char> word) => word.Length > 0 && char.IsLower(word[0]);
}
