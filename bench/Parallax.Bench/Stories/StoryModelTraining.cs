using System.Globalization;
using Parallax.Analysis;
using Parallax.Evaluation;
using Parallax.Stories;

namespace Parallax.Bench.Stories;

/// <summary>
/// <c>dotnet run -c Release --project bench/Parallax.Bench -- stories-train [FILE.jsonl]</c> (default: AllSides):
/// refits the story model. Articles stream in publication order; each is paired with every gold story
/// already in the window (positive when it is its own story), the features are those the grouper computes,
/// and two L2-regularised logistic models are fitted by Newton's method: one on the pairs as they are
/// (dated), one on the same pairs with the time hidden (undated). Prints the weights for
/// <see cref="StoryGroupingOptions.TrainedModel"/>.
/// </summary>
public static class StoryModelTraining
{
    private const double L2 = 1;
    private const int NewtonSteps = 50;

    public static int Run(string[] args, string datasets)
    {
        var path = args.Length > 1 ? args[1] : Path.Combine(datasets, "stories", "allsides.jsonl");
        var (articles, gold) = StoriesEvaluation.Load(path);
        var pipeline = AnalysisPipeline.CreateDefault();
        var order = Enumerable.Range(0, articles.Count)
            .OrderBy(i => articles[i].Published is null)
            .ThenBy(i => articles[i].Published?.Value ?? DateTime.MaxValue)
            .ThenBy(i => i).ToList();
        var vocabulary = new Vocabulary();
        var stories = new Dictionary<string, StoryCluster>();
        var dated = new List<double[]>();
        var undated = new List<double[]>();
        var labels = new List<int>();
        double window = StoryGroupingOptions.Default.TimeWindowDays;
        foreach (int i in order)
        {
            var terms = FeatureExtractor.Count(StoryDocument.From(pipeline.Analyze(articles[i])), vocabulary);
            vocabulary.AddDocument(terms);
            var f = FeatureExtractor.Weigh(terms, vocabulary);
            foreach (var (id, story) in stories)
            {
                if (story.DaysFrom(f.Time) is { } days && days > window)
                    continue;
                var x = new double[StorySimilarity.Count];
                StorySimilarity.Compute(f, story, x);
                if (x.AsSpan(0, 6).IndexOfAnyExcept(0.0) < 0)
                    continue; // shares no term: the index would not offer it
                dated.Add(x);
                var hidden = (double[])x.Clone();
                hidden[StorySimilarity.TimeUnknown - 1] = 0;
                hidden[StorySimilarity.TimeUnknown] = 1;
                undated.Add(hidden);
                labels.Add(id == gold[i] ? 1 : 0);
            }
            if (!stories.TryGetValue(gold[i], out var own))
                stories[gold[i]] = own = new StoryCluster(stories.Count);
            own.Add(i, f);
        }
        Console.WriteLine($"{labels.Count} pairs, {labels.Sum()} positive; features: {string.Join(", ", StorySimilarity.Names)}");
        Console.WriteLine("dated:   " + Format(Fit(dated, labels)));
        Console.WriteLine("undated: " + Format(Fit(undated, labels)));
        return 0;
    }

    private static string Format(double[] w) =>
        w[0].ToString("F3", CultureInfo.InvariantCulture) + ", [" + string.Join(", ", w.Skip(1).Select(v => v.ToString("F3", CultureInfo.InvariantCulture))) + "]";

    /// <summary>Intercept first, then one weight per feature.</summary>
    private static double[] Fit(List<double[]> x, List<int> y)
    {
        int k = x[0].Length + 1;
        var w = new double[k];
        for (int step = 0; step < NewtonSteps; step++)
        {
            var g = new double[k];
            var h = new double[k, k];
            for (int n = 0; n < x.Count; n++)
            {
                double z = w[0];
                for (int j = 1; j < k; j++)
                    z += w[j] * x[n][j - 1];
                double p = 1 / (1 + Math.Exp(-z));
                for (int a = 0; a < k; a++)
                {
                    double xa = a == 0 ? 1 : x[n][a - 1];
                    g[a] += (p - y[n]) * xa;
                    for (int b = 0; b < k; b++)
                        h[a, b] += p * (1 - p) * xa * (b == 0 ? 1 : x[n][b - 1]);
                }
            }
            for (int a = 1; a < k; a++)
            {
                g[a] += L2 * w[a];
                h[a, a] += L2;
            }
            var delta = Solve(h, g);
            for (int a = 0; a < k; a++)
                w[a] -= delta[a];
            if (delta.Max(Math.Abs) < 1e-6)
                break;
        }
        return w;
    }

    /// <summary>Gauss-Jordan elimination with partial pivoting.</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        int n = b.Length;
        var m = new double[n, n + 1];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
                m[i, j] = a[i, j];
            m[i, n] = b[i];
        }
        for (int c = 0; c < n; c++)
        {
            int pivot = c;
            for (int r = c + 1; r < n; r++)
            {
                if (Math.Abs(m[r, c]) > Math.Abs(m[pivot, c]))
                    pivot = r;
            }
            for (int j = 0; j <= n; j++)
                (m[c, j], m[pivot, j]) = (m[pivot, j], m[c, j]);
            for (int r = 0; r < n; r++)
            {
                if (r == c || m[c, c] == 0)
                    continue;
                double f = m[r, c] / m[c, c];
                for (int j = c; j <= n; j++)
                    m[r, j] -= f * m[c, j];
            }
        }
        var x = new double[n];
        for (int i = 0; i < n; i++)
            x[i] = m[i, i] == 0 ? 0 : m[i, n] / m[i, i];
        return x;
    }
}
