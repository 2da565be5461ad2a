using Parallax.Model;

namespace Parallax.Analysis.Quotes;

/// <summary>A word or a single punctuation character of the text.</summary>
internal readonly record struct Token(int Start, int End, bool IsWord)
{
    public TextSpan Span => new(Start, End);
}

/// <summary>
/// A plain scanner over the text: words are letters and digits joined by inner apostrophes, hyphens and
/// periods ("couldn’t", "al-Assad", "U.S", "3.5"); every other non-space character is its own token.
/// </summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        int i = 0;
        int n = text.Length;
        while (i < n)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (!char.IsLetterOrDigit(c))
            {
                tokens.Add(new Token(i, i + 1, false));
                i++;
                continue;
            }
            int start = i;
            i++;
            while (i < n)
            {
                char d = text[i];
                if (char.IsLetterOrDigit(d))
                    i++;
                else if (d is '\'' or '’' or '-' or '.' or '‐' && i + 1 < n && char.IsLetterOrDigit(text[i + 1]))
                    i += 2;
                else
                    break;
            }
            tokens.Add(new Token(start, i, true));
        }
        return tokens;
    }

    /// <summary>Index of the first token starting at or after <paramref name="position"/>.</summary>
    public static int FirstAtOrAfter(List<Token> tokens, int position)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < position)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
}
