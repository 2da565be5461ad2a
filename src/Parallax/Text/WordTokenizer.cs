using Parallax.Model;

namespace Parallax.Text;

/// <summary>
/// Words of a text as spans: runs of letters and digits, with inner apostrophes and hyphens kept
/// ("al-Assad", "couldn’t"). No allocation; callers slice the text.
/// </summary>
internal static class WordTokenizer
{
    public static Enumerator Words(ReadOnlySpan<char> text) => new(text);

    /// <summary>The words as strings, for code off the hot path.</summary>
    public static List<string> WordsOf(string text)
    {
        var words = new List<string>();
        foreach (var span in Words(text))
            words.Add(text.Substring(span.Start, span.Length));
        return words;
    }

    public ref struct Enumerator(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _pos;

        public TextSpan Current { get; private set; }

        public readonly Enumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            var t = _text;
            int i = _pos;
            while (i < t.Length && !char.IsLetterOrDigit(t[i]))
                i++;
            if (i >= t.Length)
            {
                _pos = i;
                return false;
            }
            int start = i;
            while (i < t.Length)
            {
                char c = t[i];
                if (char.IsLetterOrDigit(c))
                {
                    i++;
                    continue;
                }
                // Keep joiners between two word characters: al-Assad, don't, 3.5, 119,000.
                if (c is '\'' or '\u2019' or '-' or '.' or ',' && i + 1 < t.Length && char.IsLetterOrDigit(t[i + 1]) && i > start
                    && (c is not ('.' or ',') || (char.IsDigit(t[i - 1]) && char.IsDigit(t[i + 1]))))
                {
                    i++;
                    continue;
                }
                break;
            }
            Current = new TextSpan(start, i);
            _pos = i;
            return true;
        }
    }
}
