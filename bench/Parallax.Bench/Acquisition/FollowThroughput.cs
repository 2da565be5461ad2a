using System.Diagnostics;
using System.Globalization;
using Parallax.Acquisition.Fetching;
using Parallax.Acquisition.Following;
using Parallax.Acquisition.Sources;
using Parallax.Analysis;
using Parallax.Storage.Sqlite;
using Parallax.Store;

namespace Parallax.Bench.Acquisition;

/// <summary>
/// <c>dotnet run -c Release --project bench/Parallax.Bench -- follow-throughput [--pages N] [--hosts 1,2,4,8,16,32]
/// [--interval 0ms] [--parallel 8] [--real]</c>: one round of the follow monitor over loopback outlets, each serving its
/// share of N full-length invented articles through an RSS feed, timed from the first poll to the last article
/// stored: pages fetched, extracted, analysed, grouped and stored per second, by the number of hosts. The
/// outlets run in this process (Kestrel), so the CPU time counted includes serving the pages. With <c>--real</c> the
/// pages are the extraction benchmark's 181 real news pages (../shared/datasets/extraction/scrapinghub, 170 KB
/// of HTML each on average), each served once, instead of invented ones (3 KB).
/// </summary>
public static class FollowThroughput
{
    public static async Task<int> RunAsync(string[] args)
    {
        int pages = int.Parse(Option(args, "--pages") ?? "480", CultureInfo.InvariantCulture);
        var hosts = (Option(args, "--hosts") ?? "1,2,4,8,16,32").Split(',').Select(h => int.Parse(h, CultureInfo.InvariantCulture)).ToList();
        var interval = TimeSpan.FromMilliseconds(double.Parse((Option(args, "--interval") ?? "0ms").TrimEnd('m', 's'), CultureInfo.InvariantCulture)
            * ((Option(args, "--interval") ?? "0ms").EndsWith("ms", StringComparison.Ordinal) ? 1 : 1000));
        int parallel = int.Parse(Option(args, "--parallel") ?? "8", CultureInfo.InvariantCulture);
        IReadOnlyList<byte[]>? real = null;
        if (args.Contains("--real"))
        {
            var dir = Path.Combine(Data.DatasetLocator.Find() ?? throw new InvalidOperationException("the datasets were not found (../shared/datasets)"), "extraction", "scrapinghub", "html");
            real = [.. Directory.GetFiles(dir, "*.html.gz").Order(StringComparer.Ordinal).Select(Gunzip)];
            pages = Math.Min(pages, real.Count);
            Console.WriteLine($"real pages: {real.Count}, {real.Average(p => p.Length) / 1024:0} KB of HTML on average");
        }

        Console.WriteLine($"follow, one round, {pages} pages, host interval {interval.TotalMilliseconds:0} ms, {parallel} hosts at once, {Environment.ProcessorCount} cores");
        await RunOneAsync(2, 40, interval, parallel, real); // warm-up: JIT and the analysis models
        Console.WriteLine("| hosts | pages stored | seconds | pages/s | CPU ms per page |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        foreach (int h in hosts)
        {
            var (stored, seconds, cpuMs) = await RunOneAsync(h, pages, interval, parallel, real);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {h} | {stored} | {seconds:0.00} | {stored / seconds:0.0} | {cpuMs / Math.Max(1, stored):0.0} |"));
        }
        return 0;
    }

    private static byte[] Gunzip(string path)
    {
        using var gz = new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress);
        using var ms = new MemoryStream();
        gz.CopyTo(ms);
        return ms.ToArray();
    }

    private static async Task<(int Stored, double Seconds, double CpuMs)> RunOneAsync(int hosts, int pages, TimeSpan interval, int parallel, IReadOnlyList<byte[]>? real)
    {
        var outlets = new List<BenchOutlet>();
        var db = Path.Combine(Path.GetTempPath(), $"parallax-follow-bench-{Environment.ProcessId}-{hosts}.db");
        try
        {
            for (int o = 0; o < hosts; o++)
            {
                // Article a is told by outlet a % hosts; two articles per event.
                var events = Enumerable.Range(0, pages).Where(a => a % hosts == o).Select(a => real is null ? a / 2 : a).ToList();
                outlets.Add(await BenchOutlet.StartAsync(o, events, distinct: hosts == 1, real));
            }
            var sources = outlets.Select((s, i) => new Source { Name = $"Outlet {i}", Feeds = [s.FeedUrl] }).ToList();
            using var store = SqliteStoryStore.Open(db);
            using var ingestor = await Ingestor.OpenAsync(store, AnalysisPipeline.CreateDefault());
            using var fetcher = new PageFetcher(new FetchOptions
            {
                UserAgent = FetchOptions.UserAgentFor("bench@example.invalid"),
                MinHostInterval = interval,
                MaxParallelHosts = parallel,
            });
            var monitor = new FollowMonitor(fetcher, sources, ingestor, store, new FollowOptions { Once = true, MaxNewPerFeed = pages });
            int added = 0;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            await monitor.RunAsync(new Inline<RoundReport>(r => added += r.Added), new Inline<Parallax.Extraction.Inputs.InputError>(e => Console.Error.WriteLine($"{e.Source}: {e.Reason}")), CancellationToken.None);
            clock.Stop();
            var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            return (added, clock.Elapsed.TotalSeconds, cpuMs);
        }
        finally
        {
            foreach (var o in outlets)
                await o.DisposeAsync();
            foreach (var f in new[] { db, db + "-wal", db + "-shm" })
                File.Delete(f);
        }
    }

    private static string? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private sealed class Inline<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
