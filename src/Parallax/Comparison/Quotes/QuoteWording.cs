using System.Collections.Frozen;
using System.Text;
using Parallax.Text;

namespace Parallax.Comparison.Quotes;

/// <summary>
/// Rewrites a quote's words so that edits which do not change what was said compare equal: curly and
/// straight apostrophes, contractions ("it's" → "it is", "don't" → "do not", "won't" → "will not"),
/// "O.K." / "OK" → "okay", numbers below a hundred spelt one way ("5" / "five" → "five", "25" / "twenty-five" → "twentyfive"),
/// and hyphenated words as their parts ("record-setting" → "record setting"). Words are joined by single
/// spaces; punctuation other than a word's own is dropped (the aligner compares words only).
/// </summary>
internal static class QuoteWording
{
    private static readonly FrozenDictionary<string, string> Irregular = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["won't"] = "will not", ["can't"] = "can not", ["cannot"] = "can not", ["shan't"] = "shall not",
        ["ain't"] = "is not", ["let's"] = "let us",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Contraction endings and what they stand for; "'s" only after the pronouns of <see cref="SubjectS"/>.</summary>
    private static readonly (string Suffix, string Full)[] Endings =
        [("n't", "not"), ("'re", "are"), ("'ve", "have"), ("'ll", "will"), ("'m", "am"), ("'d", "would")];

    /// <summary>Words whose "'s" is "is" rather than a possessive ("it's", "that's", "he's").</summary>
    private static readonly FrozenSet<string> SubjectS =
        new[] { "it", "that", "there", "here", "what", "who", "where", "he", "she", "this", "how", "everything", "nothing" }
            .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> Units = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> Tens = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70,
        ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The normalised wording of <paramref name="text"/>: words as written (case kept), rewritten as above.</summary>
    public static string Normalize(string text)
    {
        var words = new List<string>();
        foreach (var span in WordTokenizer.Words(text))
        {
            var word = text.Substring(span.Start, span.Length).Replace('\u2019', '\'').Replace('\u2018', '\'');
            foreach (var part in word.Split('-', StringSplitOptions.RemoveEmptyEntries))
                Expand(part, words);
        }
        var sb = new StringBuilder(text.Length + 8);
        for (int i = 0; i < words.Count; i++)
        {
            var w = words[i];
            var lower = w.ToLowerInvariant();
            // "O.K." comes out of the tokenizer as "O" "K".
            if (lower == "o" && i + 1 < words.Count && words[i + 1].Equals("k", StringComparison.OrdinalIgnoreCase))
            {
                w = "okay";
                i++;
            }
            else if (lower == "ok")
            {
                w = "okay";
            }
            else if (Tens.TryGetValue(lower, out int tens) && tens < 100)
            {
                if (i + 1 < words.Count && Units.TryGetValue(words[i + 1].ToLowerInvariant(), out int unit) && unit is > 0 and < 10)
                {
                    tens += unit;
                    i++;
                }
                w = NumberWord(tens);
            }
            else if (lower.Length <= 3 && lower.All(char.IsAsciiDigit) && int.Parse(lower, System.Globalization.CultureInfo.InvariantCulture) is var d && d < 100)
            {
                w = NumberWord(d);
            }
            if (sb.Length > 0)
                sb.Append(' ');
            sb.Append(w);
        }
        return sb.ToString();
    }

    /// <summary>One spelling for a number below a hundred, written or in digits: "5" and "five" → "five", "25" and "twenty-five" → "twentyfive".</summary>
    private static string NumberWord(int n)
    {
        if (n < 20)
            return Units.First(u => u.Value == n).Key;
        string tens = Tens.First(t => t.Value == n / 10 * 10).Key;
        return n % 10 == 0 ? tens : tens + Units.First(u => u.Value == n % 10).Key;
    }

    private static void Expand(string word, List<string> into)
    {
        var lower = word.ToLowerInvariant();
        if (Irregular.TryGetValue(lower, out var full))
        {
            var parts = full.Split(' ');
            // Keep the capital of a sentence-initial "Won't".
            into.Add(char.IsUpper(word[0]) ? char.ToUpperInvariant(parts[0][0]) + parts[0][1..] : parts[0]);
            into.AddRange(parts.Skip(1));
            return;
        }
        foreach (var (suffix, replacement) in Endings)
        {
            if (lower.Length > suffix.Length && lower.EndsWith(suffix, StringComparison.Ordinal))
            {
                into.Add(word[..^suffix.Length]);
                into.Add(replacement);
                return;
            }
        }
        if (lower.EndsWith("'s", StringComparison.Ordinal) && SubjectS.Contains(lower[..^2]))
        {
            into.Add(word[..^2]);
            into.Add("is");
            return;
        }
        into.Add(word);
    }
}
