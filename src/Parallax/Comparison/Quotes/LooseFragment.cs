using System.Collections.Frozen;

namespace Parallax.Comparison.Quotes;

/// <summary>
/// A statement quoted whole by one outlet and in pieces by another, with small edits between them ("It was
/// a very difficult decision. Not a decision I wanted to make" / "It's a very difficult decision, not one I
/// wanted to make"): the shorter quote's words align, in order, with a stretch of the longer one, allowing
/// a few words changed, left out or added. Runs on normalised wording (<see cref="QuoteWording"/>), so
/// contractions, "O.K." and number words are already equal. Words count as the same when they are equal,
/// share a Porter stem, are both forms of "be", or are both capitalised names one letter apart
/// ("Zelensky" / "Zelenskyy").
/// </summary>
internal static class LooseFragment
{
    /// <summary>Fewest words of the shorter quote; shorter ones must be word for word.</summary>
    public const int MinWords = 4;

    /// <summary>Fewest content words of the shorter quote: a stretch of stop words says nothing.</summary>
    public const int MinContentWords = 2;

    /// <summary>Alignment score, as a share of the shorter quote's words, for the two to be one statement.</summary>
    public const double MinShare = 0.75;

    /// <summary>Share of the shorter quote's content stems the longer must hold before the alignment is tried.</summary>
    private const double MinStemCover = 0.6;

    /// <summary>Cost of a changed, left-out or added word (a matched word gains 1).</summary>
    private const double EditCost = 0.5;

    /// <summary>Score of an alignment that changes, leaves out or adds a negation: never enough.</summary>
    private const double Forbidden = -1e6;

    /// <summary>Shortest name whose spelling variants (one letter added, dropped or changed) match.</summary>
    private const int MinVariantLength = 5;

    private static readonly FrozenSet<string> BeForms =
        new[] { "is", "was", "are", "were", "am", "be", "been", "being" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when the shorter of the two quotes is a loosely edited piece of the longer (or the same statement).</summary>
    public static bool Holds(ContentWords a, ContentWords b, string[] stemsA, string[] stemsB)
    {
        bool aShorter = a.Tokens.Length <= b.Tokens.Length;
        var (small, large) = aShorter ? (a, b) : (b, a);
        var (smallStems, largeStems) = aShorter ? (stemsA, stemsB) : (stemsB, stemsA);
        int n = small.Tokens.Length, m = large.Tokens.Length;
        if (n < MinWords || small.Count < MinContentWords)
            return false;
        int covered = 0;
        foreach (var s in small.Stems)
        {
            if (large.StemSet.Contains(s))
                covered++;
        }
        if (covered < MinStemCover * small.Count)
            return false;
        // Semi-global alignment: the whole of the shorter against any stretch of the longer.
        var prev = new double[m + 1];
        var cur = new double[m + 1];
        // A negation is never an edit: "we are going to raise taxes" is not a piece of "we are not going to raise taxes".
        var largeNegation = new bool[m];
        for (int j = 0; j < m; j++)
            largeNegation[j] = ContentWords.IsNegation(large.Tokens[j]);
        for (int i = 1; i <= n; i++)
        {
            bool negation = ContentWords.IsNegation(small.Tokens[i - 1]);
            double drop = negation ? Forbidden : -EditCost;
            cur[0] = prev[0] + drop;
            for (int j = 1; j <= m; j++)
            {
                double diag = prev[j - 1] + (Same(small.Tokens[i - 1], large.Tokens[j - 1], smallStems[i - 1], largeStems[j - 1]) ? 1
                    : negation || largeNegation[j - 1] ? Forbidden : -EditCost);
                cur[j] = Math.Max(diag, Math.Max(prev[j] + drop, cur[j - 1] + (largeNegation[j - 1] ? Forbidden : -EditCost)));
            }
            (prev, cur) = (cur, prev);
        }
        double best = prev.Max();
        return best >= MinShare * n;
    }

    /// <summary>The Porter stem of every token, lower case, for <see cref="Holds"/>.</summary>
    public static string[] StemsOf(ContentWords words) => words.Tokens.Select(t => Text.PorterStemmer.Stem(t)).ToArray();

    private static bool Same(string x, string y, string sx, string sy)
    {
        if (string.Equals(x, y, StringComparison.Ordinal) || string.Equals(sx, sy, StringComparison.Ordinal))
            return true;
        if (BeForms.Contains(x) && BeForms.Contains(y))
            return true;
        return x.Length >= MinVariantLength && y.Length >= MinVariantLength && x[0] == y[0] && OneEditApart(x, y);
    }

    /// <summary>True when one letter added, dropped or changed turns one word into the other.</summary>
    internal static bool OneEditApart(string x, string y)
    {
        if (Math.Abs(x.Length - y.Length) > 1)
            return false;
        if (x.Length > y.Length)
            (x, y) = (y, x);
        int i = 0;
        while (i < x.Length && x[i] == y[i])
            i++;
        if (i == x.Length)
            return true;
        if (x.Length == y.Length)
            return x.AsSpan(i + 1).SequenceEqual(y.AsSpan(i + 1));
        return x.AsSpan(i).SequenceEqual(y.AsSpan(i + 1));
    }
}
