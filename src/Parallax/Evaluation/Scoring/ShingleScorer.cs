using System.Globalization;
using System.Text;

namespace Parallax.Evaluation.Scoring;

/// <summary>One document's shingle counts, normalised so that they sum to 1 (or all zero when both texts are empty).</summary>
internal readonly record struct ShingleMatch(double TruePositive, double FalsePositive, double FalseNegative);

/// <summary>Macro-averaged precision, recall and the F1 of those two averages.</summary>
internal readonly record struct ShingleScores(double Precision, double Recall, double F1);

/// <summary>
/// Text overlap as the article-extraction-benchmark measures it: tokens are runs of word characters
/// (Python's Unicode <c>\w</c>: letters, digits and other numerals, underscore; case kept), shingles are
/// the 4-token windows (a text of 1 to 3 tokens is one short shingle, an empty text none), counted as a
/// multiset. Per document, TP/FP/FN are divided by their sum so long texts weigh no more than short
/// ones. Precision is averaged over documents with TP+FP &gt; 0 (an empty prediction costs recall only),
/// recall over documents with TP+FN &gt; 0, and F1 is the harmonic mean of the two averages.
/// </summary>
internal static class ShingleScorer
{
    public const int ShingleSize = 4;

    public static ShingleMatch Match(string truth, string prediction)
    {
        var t = Shingles(truth);
        var p = Shingles(prediction);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (key, trueCount) in t)
        {
            int predCount = p.GetValueOrDefault(key);
            tp += Math.Min(trueCount, predCount);
            fn += Math.Max(0, trueCount - predCount);
        }
        foreach (var (key, predCount) in p)
            fp += Math.Max(0, predCount - t.GetValueOrDefault(key));
        double sum = tp + fp + fn;
        return sum > 0 ? new ShingleMatch(tp / sum, fp / sum, fn / sum) : new ShingleMatch(0, 0, 0);
    }

    public static double Precision(ShingleMatch m) =>
        m.FalsePositive == 0 && m.FalseNegative == 0 ? 1
        : m.TruePositive == 0 && m.FalsePositive == 0 ? 0
        : m.TruePositive / (m.TruePositive + m.FalsePositive);

    public static double Recall(ShingleMatch m) =>
        m.FalsePositive == 0 && m.FalseNegative == 0 ? 1
        : m.TruePositive == 0 && m.FalseNegative == 0 ? 0
        : m.TruePositive / (m.TruePositive + m.FalseNegative);

    public static ShingleScores Aggregate(IReadOnlyCollection<ShingleMatch> matches)
    {
        double pSum = 0, rSum = 0;
        int pN = 0, rN = 0;
        foreach (var m in matches)
        {
            if (m.TruePositive + m.FalsePositive > 0)
            {
                pSum += Precision(m);
                pN++;
            }
            if (m.TruePositive + m.FalseNegative > 0)
            {
                rSum += Recall(m);
                rN++;
            }
        }
        double precision = pN > 0 ? pSum / pN : 0;
        double recall = rN > 0 ? rSum / rN : 0;
        double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return new ShingleScores(precision, recall, f1);
    }

    /// <summary>The text's word tokens in order.</summary>
    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        int start = -1;
        int i = 0;
        while (i < text.Length)
        {
            int width = char.IsSurrogatePair(text, i) ? 2 : 1;
            bool word = IsWordChar(text, i);
            if (word && start < 0)
                start = i;
            else if (!word && start >= 0)
            {
                tokens.Add(text[start..i]);
                start = -1;
            }
            i += width;
        }
        if (start >= 0)
            tokens.Add(text[start..]);
        return tokens;
    }

    /// <summary>Shingles (tokens joined by a space, which no token contains) with their counts.</summary>
    public static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Tokenize(text);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int windows = Math.Max(1, tokens.Count - ShingleSize + 1);
        var sb = new StringBuilder();
        for (int i = 0; i < windows && i < tokens.Count; i++)
        {
            sb.Clear();
            int end = Math.Min(tokens.Count, i + ShingleSize);
            for (int j = i; j < end; j++)
            {
                if (j > i)
                    sb.Append(' ');
                sb.Append(tokens[j]);
            }
            var key = sb.ToString();
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }

    /// <summary>Python's <c>\w</c> for str patterns: alphanumeric code points (letters, decimal, digit and numeric) and underscore.</summary>
    private static bool IsWordChar(string text, int index)
    {
        char c = text[index];
        if (c < 0x80)
            return char.IsAsciiLetterOrDigit(c) || c == '_';
        var category = char.IsSurrogatePair(text, index)
            ? CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(text[index], text[index + 1]))
            : CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
    }
}
