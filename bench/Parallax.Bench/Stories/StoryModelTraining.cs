using System.Globalization;
using Parallax.Analysis;
using Parallax.Evaluation;
using Parallax.Evaluation.Scoring;
using Parallax.Stories;

namespace Parallax.Bench.Stories;

/// <summary>
/// <c>dotnet run -c Release --project bench/Parallax.Bench -- stories-train [FILE.jsonl] [--shifts 0,1,2,3] [--eval]
/// [--slack D] [--plateau D] [--half-life D] [--no-same-day] [--threshold P] [--merge P] [--min-body C]</c> (default: AllSides,
/// shift 0 only, which is what the shipped weights were fitted on): refits the story model. The articles are
/// analysed once; then, for each shift N, they stream in publication order with the right-leaning outlet's reports
/// (ids ending in <c>-right</c>) moved N days later, as bench/shift-outlet.py writes them: coverage of one event
/// that spans days. Each article is paired with every gold story already in the window (positive when it is its
/// own story), the features are those the grouper computes (over the shipped background IDF), and two
/// L2-regularised logistic models are fitted by Newton's method on the pairs of every shift together: one on the
/// pairs as they are (dated), one on the same pairs with the time hidden (undated). Prints the weights for
/// <see cref="StoryGroupingOptions.TrainedModel"/>; <c>--eval</c> then groups each shifted stream with them and
/// prints BCubed F1 (AllSides only: ECB+ and FA-KES are never used here).
/// </summary>
public static class StoryModelTraining
{
    private const double L2 = 1;
    private const int NewtonSteps = 50;

    public static int Run(string[] args, string datasets)
    {
        var path = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : Path.Combine(datasets, "stories", "allsides.jsonl");
        var shifts = Option(args, "--shifts")?.Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToArray() ?? [0];
        var d = StoryTimeModel.Default;
        var time = new StoryTimeModel(Number(args, "--slack") ?? d.SlackDays, Number(args, "--plateau") ?? d.PlateauDays, Number(args, "--half-life") ?? d.HalfLifeDays);
        var (articles, gold) = StoriesEvaluation.Load(path);
        var pipeline = AnalysisPipeline.CreateDefault();
        var docs = articles.AsParallel().AsOrdered().Select(a => StoryDocument.From(pipeline.Analyze(a))).ToList();
        bool[] moved = articles.Select(a => a.Id.EndsWith("-right", StringComparison.Ordinal)).ToArray();
        var dated = new List<double[]>();
        var undated = new List<double[]>();
        var labels = new List<int>();
        double window = StoryGroupingOptions.Default.TimeWindowDays;
        foreach (int shift in shifts)
        {
            var stream = Shifted(docs, moved, shift);
            var vocabulary = new Vocabulary();
            var stories = new Dictionary<string, StoryCluster>();
            foreach (int i in Order(stream))
            {
                var terms = FeatureExtractor.Count(stream[i], vocabulary);
                vocabulary.AddDocument(terms);
                var f = FeatureExtractor.Weigh(terms, vocabulary);
                foreach (var (id, story) in stories)
                {
                    if (story.DaysFrom(f.Time) is { } days && days > window)
                        continue;
                    var x = new double[StorySimilarity.Count];
                    StorySimilarity.Compute(f, story, x, time);
                    if (x.AsSpan(0, 6).IndexOfAnyExcept(0.0) < 0)
                        continue; // shares no term: the index would not offer it
                    if (args.Contains("--no-same-day"))
                        x[StorySimilarity.TimeSameDay] = 0;
                    dated.Add(x);
                    var hidden = (double[])x.Clone();
                    StorySimilarity.Time(null, false, time, hidden);
                    undated.Add(hidden);
                    labels.Add(id == gold[i] ? 1 : 0);
                }
                if (!stories.TryGetValue(gold[i], out var own))
                    stories[gold[i]] = own = new StoryCluster(stories.Count);
                own.Add(i, f);
            }
        }
        Console.WriteLine($"{labels.Count} pairs, {labels.Sum()} positive, shifts {string.Join(",", shifts)}, {time}; features: {string.Join(", ", StorySimilarity.Names)}");
        var datedW = Fit(dated, labels);
        var undatedW = Fit(undated, labels);
        Console.WriteLine("dated:   " + Format(datedW));
        Console.WriteLine("undated: " + Format(undatedW));
        if (args.Contains("--eval"))
        {
            var options = new StoryGroupingOptions
            {
                Model = new StoryModel(datedW[0], datedW[1..]) { Undated = new StoryModel(undatedW[0], undatedW[1..]) },
                Time = time,
                Threshold = Number(args, "--threshold") ?? StoryGroupingOptions.Default.Threshold,
                MergeThreshold = Number(args, "--merge") ?? StoryGroupingOptions.Default.MergeThreshold,
                MinBodySimilarity = Number(args, "--min-body") ?? StoryGroupingOptions.Default.MinBodySimilarity,
            };
            foreach (int shift in (int[])[0, 1, 2, 3])
            {
                var stream = Shifted(docs, moved, shift);
                var grouper = new StoryGrouper(options);
                var ordinal = new int[stream.Count];
                foreach (int i in Order(stream))
                    ordinal[i] = grouper.Add(stream[i]).Article;
                var predicted = ordinal.Select(grouper.StoryOf).ToList();
                var (p, r, f1) = BCubed.Score(gold, predicted);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"shift {shift}: P {p:F4} R {r:F4} F1 {f1:F4}"));
            }
        }
        return 0;
    }

    private static List<StoryDocument> Shifted(List<StoryDocument> docs, bool[] moved, int days) =>
        docs.Select((doc, i) => moved[i] && days != 0 && doc.Time is { } t ? doc with { Time = t.AddDays(days) } : doc).ToList();

    private static List<int> Order(List<StoryDocument> docs) => Enumerable.Range(0, docs.Count)
        .OrderBy(i => docs[i].Time is null).ThenBy(i => docs[i].Time ?? DateTime.MaxValue).ThenBy(i => i).ToList();

    private static string? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static double? Number(string[] args, string name) =>
        Option(args, name) is { } v ? double.Parse(v, CultureInfo.InvariantCulture) : null;

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
