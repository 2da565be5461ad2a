using Parallax.Analysis.Quantities;

namespace Parallax.Comparison.Figures;

/// <summary>The hedge written before a figure the comparison reads itself ("roughly an hour", "more than twice as likely").</summary>
internal static class Hedges
{
    private static readonly string[] LongestFirst =
        QuantityCues.Approximations.Where(a => char.IsLetter(a[^1])).OrderByDescending(a => a.Length).ToArray();

    /// <summary>The approximation phrase right before <paramref name="start"/> (after spaces), as written; null when none.</summary>
    public static string? Before(string text, int start)
    {
        int p = start;
        while (p > 0 && text[p - 1] == ' ')
            p--;
        if (p == start)
            return null;
        foreach (var phrase in LongestFirst)
        {
            if (TextMatch.EndsAt(text, p, phrase, true, out int s) && (s == 0 || !char.IsLetterOrDigit(text[s - 1])))
                return text[s..p];
        }
        return null;
    }
}
