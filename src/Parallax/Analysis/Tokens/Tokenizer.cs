namespace Parallax.Analysis.Tokens;

/// <summary>
/// Assigns <see cref="Layers.Tokens"/>, once per document, for every component that reads words: a plain
/// scanner over the text where words are letters and digits joined by inner apostrophes, hyphens and periods
/// ("couldn’t", "al-Assad", "U.S", "3.5") and every other non-space character is its own token.
/// Stateless and thread-safe.
/// </summary>
public sealed class Tokenizer : IAnalysisComponent
{
    /// <inheritdoc />
    public string Name => "tokens";

    /// <inheritdoc />
    public IReadOnlyList<Layer> Requires { get; } = [];

    /// <inheritdoc />
    public IReadOnlyList<Layer> Assigns { get; } = [Layers.Tokens];

    /// <inheritdoc />
    public void Process(AnalysisContext context) => context.Set(Layers.Tokens, Tokenize(context.Text));

    /// <summary>The tokens of <paramref name="text"/>, in order.</summary>
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
    internal static int FirstAtOrAfter(List<Token> tokens, int position)
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
