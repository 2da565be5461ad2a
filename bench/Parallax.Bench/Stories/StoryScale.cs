using System.Diagnostics;
using System.Globalization;
using Parallax.Evaluation.Scoring;
using Parallax.Stories;

namespace Parallax.Bench.Stories;

/// <summary>
/// <c>dotnet run -c Release --project bench/Parallax.Bench -- stories-scale [ARTICLES]</c>: streams a synthetic
/// article stream through one <see cref="StoryGrouper"/> and prints, at each checkpoint (10k, 100k, 1M stored),
/// the grouping speed (process CPU time, and wall time) over the last <see cref="Span"/> articles, generated beforehand, and the managed memory the grouper holds per
/// stored article. Only <see cref="StoryGrouper.Add(StoryDocument)"/> is timed (feature extraction included,
/// analysis not), and BCubed against the generator's stories shows the grouping is doing real work.
/// </summary>
public static class StoryScale
{
    /// <summary>Articles timed before each checkpoint.</summary>
    private const int Span = 10_000;

    private static readonly int[] Checkpoints = [10_000, 100_000, 1_000_000];

    /// <summary>The same code run on another stream first, so that the first checkpoint does not time the JIT at work.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void WarmUp()
    {
        var warm = new StoryGrouper();
        foreach (var (doc, _) in new SyntheticNews(seed: 2).Articles().Take(Span))
            warm.Add(doc);
    }

    public static int Run(string[] args)
    {
        if (args.Length > 2 && args[2] == "features")
        {
            // the vocabulary grows with the stream: at 100,000 articles its lookups no longer stay in cache
            int count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : Span;
            var docs = new SyntheticNews().Articles().Take(count).Select(a => a.Doc).ToList();
            var process0 = Process.GetCurrentProcess();
            // The first pass warms the JIT up; the second is timed, on a fresh vocabulary.
            for (int pass = 0; pass < 2; pass++)
            {
                var v = new Vocabulary();
                process0.Refresh();
                var c0 = process0.TotalProcessorTime;
                foreach (var d in docs)
                {
                    var terms = FeatureExtractor.Count(d, v);
                    v.AddDocument(terms);
                    FeatureExtractor.Weigh(terms, v);
                }
                process0.Refresh();
                if (pass == 1)
                    Console.WriteLine($"features only: {(process0.TotalProcessorTime - c0).TotalMilliseconds * 1000 / docs.Count:F0} µs/article (CPU)");
            }
            return 0;
        }
        int total = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : Checkpoints[^1];
        var stream = new SyntheticNews();
        WarmUp();
        long baseline = GC.GetTotalMemory(forceFullCollection: true);
        var grouper = new StoryGrouper();
        var gold = new List<int>(total);
        var process = Process.GetCurrentProcess();
        Console.WriteLine($"articles/day {stream.ArticlesPerDay}; timing the last {Span:N0} articles before each checkpoint (generated beforehand)");
        Console.WriteLine("| stored | articles/s (CPU) | µs/article (CPU) | µs/article (wall) | allocated bytes/article | GC pauses µs/article | gen2 GCs | managed bytes held/article | stories | BCubed F1 (last 10k) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        using var articles = stream.Articles().GetEnumerator();
        foreach (int checkpoint in Checkpoints.Where(c => c <= total))
        {
            while (gold.Count < checkpoint - Span && articles.MoveNext())
            {
                grouper.Add(articles.Current.Doc);
                gold.Add(articles.Current.Story);
            }
            var timed = new List<(StoryDocument Doc, int Story)>(Span);
            while (timed.Count < Span && articles.MoveNext())
                timed.Add(articles.Current);
            GC.Collect();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            var paused = GC.GetTotalPauseDuration();
            int gen2 = GC.CollectionCount(2);
            var wall = Stopwatch.StartNew();
            foreach (var (doc, _) in timed)
                grouper.Add(doc);
            wall.Stop();
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            paused = GC.GetTotalPauseDuration() - paused;
            gen2 = GC.CollectionCount(2) - gen2;
            process.Refresh();
            double cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            gold.AddRange(timed.Select(t => t.Story));
            timed.Clear();
            long bytes = GC.GetTotalMemory(forceFullCollection: true) - baseline;
            int n = gold.Count;
            var predicted = Enumerable.Range(n - Span, Span).Select(grouper.StoryOf).ToList();
            var (_, _, f1) = BCubed.Score(gold.GetRange(n - Span, Span), predicted);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {n:N0} | {Span / cpu:N0} | {cpu / Span * 1e6:F0} | {wall.Elapsed.TotalSeconds / Span * 1e6:F0} | {(double)allocated / Span:N0} | {paused.TotalMilliseconds * 1000 / Span:F0} | {gen2} | {(double)bytes / n:N0} | {grouper.StoryCount:N0} | {f1:F3} |"));
        }
        GC.KeepAlive(grouper);
        return 0;
    }
}
