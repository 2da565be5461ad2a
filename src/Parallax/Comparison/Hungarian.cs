namespace Parallax.Comparison;

/// <summary>
/// Maximum-weight bipartite assignment (Hungarian algorithm, Kuhn–Munkres with potentials, O(n³)).
/// Used to pair quotes or figures of two articles so that each is used at most once and the total
/// similarity is the greatest, rather than greedily.
/// </summary>
internal static class Hungarian
{
    /// <summary>For each row, the column assigned to it, or -1. Pairs scoring below <paramref name="minimum"/> are dropped.</summary>
    public static int[] MaximumAssignment(double[,] score, double minimum)
    {
        int rows = score.GetLength(0), cols = score.GetLength(1);
        int n = Math.Max(rows, cols);
        var result = new int[rows];
        Array.Fill(result, -1);
        if (rows == 0 || cols == 0)
            return result;

        // Minimise cost = max - score on a square matrix padded with zero-score cells.
        double max = 0;
        foreach (var v in score)
            max = Math.Max(max, v);
        var u = new double[n + 1];
        var v2 = new double[n + 1];
        var p = new int[n + 1];
        var way = new int[n + 1];
        for (int i = 1; i <= n; i++)
        {
            p[0] = i;
            int j0 = 0;
            var minv = new double[n + 1];
            var used = new bool[n + 1];
            Array.Fill(minv, double.PositiveInfinity);
            do
            {
                used[j0] = true;
                int i0 = p[j0], j1 = 0;
                double delta = double.PositiveInfinity;
                for (int j = 1; j <= n; j++)
                {
                    if (used[j])
                        continue;
                    double cost = max - Cell(score, i0 - 1, j - 1, rows, cols, minimum);
                    double cur = cost - u[i0] - v2[j];
                    if (cur < minv[j])
                    {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if (minv[j] < delta)
                    {
                        delta = minv[j];
                        j1 = j;
                    }
                }
                for (int j = 0; j <= n; j++)
                {
                    if (used[j])
                    {
                        u[p[j]] += delta;
                        v2[j] -= delta;
                    }
                    else
                    {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            }
            while (p[j0] != 0);
            do
            {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            }
            while (j0 != 0);
        }
        for (int j = 1; j <= n; j++)
        {
            int i = p[j] - 1, c = j - 1;
            if (i < rows && c < cols && score[i, c] >= minimum)
                result[i] = c;
        }
        return result;
    }

    /// <summary>Pairs below the minimum count as nothing, so they cannot pull the assignment away from a real pair.</summary>
    private static double Cell(double[,] score, int i, int j, int rows, int cols, double minimum) =>
        i < rows && j < cols && score[i, j] >= minimum ? score[i, j] : 0;
}
