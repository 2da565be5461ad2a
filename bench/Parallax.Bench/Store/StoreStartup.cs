using System.Diagnostics;
using System.Globalization;
using Parallax.Analysis;
using Parallax.Bench.Stories;
using Parallax.Model;
using Parallax.Storage.Sqlite;
using Parallax.Store;

namespace Parallax.Bench.Store;

/// <summary>
/// <c>dotnet run -c Release --project bench/Parallax.Bench -- store-startup [ARTICLES] [DB]</c>: fills an SQLite
/// store with a synthetic stream (grouped for real; analysis left out, so the store fills in minutes), then
/// times an ingest's start-up on it: opening the store, restoring the checkpoint and replaying what follows it.
/// </summary>
public static class StoreStartup
{
    public static async Task<int> RunAsync(string[] args)
    {
        int total = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
        var path = args.Length > 2 ? args[2] : Path.Combine(Path.GetTempPath(), $"parallax-startup-{total}.db");
        var pipeline = AnalysisPipeline.CreateDefault();
        if (!File.Exists(path))
        {
            var fill = Stopwatch.StartNew();
            await using var store = SqliteStoryStore.Open(path);
            using var ingestor = await Ingestor.OpenAsync(store, pipeline, batchSize: 1000);
            int i = 0;
            foreach (var (doc, _) in new SyntheticNews().Articles().Take(total))
            {
                var article = new Article
                {
                    Id = "a" + i.ToString(CultureInfo.InvariantCulture),
                    Source = "synthetic",
                    Title = doc.Title,
                    Text = doc.Text,
                    Published = doc.Time is { } t ? new PublicationDate(t, true, TimeSpan.Zero) : null,
                };
                await ingestor.AddPreparedAsync(new PreparedArticle(article, ArticleIdentity.Of(article), new AnalyzedArticle(article), null));
                i++;
            }
            await ingestor.FlushAsync(checkpoint: true);
            Console.WriteLine($"filled {path} with {total:N0} articles in {fill.Elapsed.TotalSeconds:F1} s");
        }
        if (args.Contains("--breakdown"))
        {
            await using var store = SqliteStoryStore.Open(path);
            Console.WriteLine(CheckpointBreakdown.Describe((await store.LoadCheckpointAsync())!));
            return 0;
        }
        for (int run = 1; run <= 3; run++)
        {
            var clock = Stopwatch.StartNew();
            await using var store = SqliteStoryStore.Open(path);
            using var ingestor = await Ingestor.OpenAsync(store, pipeline);
            clock.Stop();
            var counts = await store.CountsAsync();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"start-up {run}: {clock.Elapsed.TotalSeconds:F2} s over {counts.Articles:N0} stored articles in {counts.Stories:N0} stories " +
                $"(restored {ingestor.Restored:N0}, replayed {ingestor.Replayed:N0}; checkpoint {new FileInfo(path).Length / 1e6:F0} MB file)"));
        }
        return 0;
    }
}
