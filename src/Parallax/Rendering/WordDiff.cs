namespace Parallax.Rendering;

/// <summary>A word of one side of a diff, and whether the other side has it too (in order).</summary>
internal readonly record struct DiffWord(string Text, bool Common);

/// <summary>Word-level differences between two wordings (longest common subsequence over case-folded words).</summary>
internal static class WordDiff
{
    public static (IReadOnlyList<DiffWord> Left, IReadOnlyList<DiffWord> Right) Diff(string left, string right)
    {
        var a = left.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var b = right.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (int i = a.Length - 1; i >= 0; i--)
            for (int j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = Same(a[i], b[j]) ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        var commonA = new bool[a.Length];
        var commonB = new bool[b.Length];
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (Same(a[i], b[j]))
            {
                commonA[i++] = true;
                commonB[j++] = true;
            }
            else if (lcs[i + 1, j] >= lcs[i, j + 1])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return (a.Select((w, i) => new DiffWord(w, commonA[i])).ToList(), b.Select((w, i) => new DiffWord(w, commonB[i])).ToList());
    }

    private static bool Same(string x, string y) =>
        string.Equals(Fold(x), Fold(y), StringComparison.OrdinalIgnoreCase);

    private static string Fold(string w) => w.Trim('.', ',', ';', ':', '!', '?', '"', '\'', '\u201C', '\u201D', '\u2018', '\u2019', '(', ')');
}
