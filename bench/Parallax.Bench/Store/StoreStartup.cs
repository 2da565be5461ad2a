using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using Parallax.Analysis;
using Parallax.Bench.Stories;
using Parallax.Model;
using Parallax.Storage.Postgres;
using Parallax.Storage.Sqlite;
using Parallax.Store;
using Parallax.Stories;

namespace Parallax.Bench.Store;

/// <summary>
/// <c>dotnet run -c Release --project bench/Parallax.Bench -- store-startup [ARTICLES] [PATH | --db URI] [--breakdown] [--checkpoint-from PATH]</c>:
/// fills a store (an SQLite file, or a PostgreSQL database by its URI; bench/pg-bench-cluster.sh starts a
/// throwaway cluster) with a synthetic stream, grouped for real, analysis left out so the store fills in minutes,
/// unless it already holds that many articles; then times an ingest's start-up on it three times: opening the
/// store, restoring the checkpoint and replaying what follows it, then grouping a next article (dated just after
/// the stream) and an undated one (a copy of the stream's first, which only a closed story can take).
/// Nothing of the timed runs is written, so they can be repeated on the same store. With
/// <c>--db URI --checkpoint-from PATH</c> the PostgreSQL store gets the checkpoint of the SQLite store at PATH
/// instead of a fill: the PostgreSQL side of restoring it, without the hours a fill takes there.
/// </summary>
public static class StoreStartup
{
    private static readonly DateTime Start = new(2024, 1, 1);

    public static async Task<int> RunAsync(string[] args)
    {
        var rest = args.Skip(1).Where(a => a != "--breakdown").ToList();
        string? uri = Option(rest, "--db");
        string? from = Option(rest, "--checkpoint-from");
        int total = rest.Count > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 100_000;
        var location = uri ?? (rest.Count > 1 ? rest[1] : Path.Combine(Path.GetTempPath(), $"parallax-startup-{total}.db"));
        var engines = new StoreEngines(new SqliteEngine(), new PostgresEngine());
        var pipeline = AnalysisPipeline.CreateDefault();
        if (from is not null && uri is not null)
            await TransplantAsync(from, uri);
        else
            await FillAsync(engines, location, total, pipeline);
        if (args.Contains("--breakdown"))
        {
            await using var store = await engines.OpenWriterAsync(location);
            Console.WriteLine(CheckpointBreakdown.Describe((await store.LoadCheckpointAsync())!));
            return 0;
        }
        var (parts, partBytes) = await PartsAsync(location);
        for (int run = 1; run <= 3; run++)
        {
            var clock = Stopwatch.StartNew();
            await using var store = await engines.OpenWriterAsync(location);
            using var ingestor = await Ingestor.OpenAsync(store, pipeline);
            var started = clock.Elapsed;
            // A next article, dated just after the stream, and an undated copy of its first article.
            var next = new SyntheticNews(seed: 2).Articles().First().Doc with { Time = Start.AddDays(total / (double)new SyntheticNews().ArticlesPerDay) };
            await ingestor.AddPreparedAsync(Prepared(next, "probe-next"));
            var first = clock.Elapsed;
            var early = new SyntheticNews().Articles().First().Doc;
            await ingestor.AddPreparedAsync(Prepared(early with { Time = null, Text = early.Text + " Filed again without a date." }, "probe-undated"));
            var undated = clock.Elapsed;
            var counts = await store.CountsAsync();
            int state = (await store.LoadCheckpointAsync())?.Length ?? 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"start-up {run}: {started.TotalSeconds:F2} s, first article grouped at {first.TotalSeconds:F2} s, an undated one at {undated.TotalSeconds:F2} s " +
                $"(read {ingestor.StoriesRead} closed stories); {counts.Articles:N0} stored articles in {counts.Stories:N0} stories " +
                $"(restored {ingestor.Restored:N0}, replayed {ingestor.Replayed:N0}); checkpoint {state / 1e6:F1} MB + {parts:N0} parts of {partBytes / 1e6:F0} MB"));
        }
        return 0;
    }

    private static string? Option(List<string> args, string name)
    {
        int at = args.IndexOf(name);
        if (at < 0)
            return null;
        var value = args[at + 1];
        args.RemoveRange(at, 2);
        return value;
    }

    /// <summary>
    /// Copies an SQLite store's checkpoint and its parts into a PostgreSQL store, replacing its own: times the
    /// PostgreSQL side of restoring a large store's state without filling it there (its article rows are not copied).
    /// </summary>
    private static async Task TransplantAsync(string sqlite, string uri)
    {
        await using (var _ = await new PostgresEngine().OpenWriterAsync(uri)) { }
        await using var source = new SqliteConnection($"Data Source={sqlite};Mode=ReadOnly");
        await source.OpenAsync();
        await using var pg = new NpgsqlConnection(PostgresLocation.ConnectionString(uri));
        await pg.OpenAsync();
        await using (var clear = new NpgsqlCommand("DELETE FROM checkpoint; DELETE FROM checkpoint_parts;", pg))
            await clear.ExecuteNonQueryAsync();
        await using (var read = source.CreateCommand())
        {
            read.CommandText = "SELECT state FROM checkpoint WHERE id = 1;";
            var state = (byte[])(await read.ExecuteScalarAsync())!;
            await using var save = new NpgsqlCommand("INSERT INTO checkpoint(id, state) VALUES (1, $1);", pg);
            save.Parameters.Add(new NpgsqlParameter { Value = state });
            await save.ExecuteNonQueryAsync();
        }
        await using (var read = source.CreateCommand())
        {
            read.CommandText = "SELECT key, state FROM checkpoint_parts;";
            await using var r = await read.ExecuteReaderAsync();
            await using var copy = await pg.BeginBinaryImportAsync("COPY checkpoint_parts(key, state) FROM STDIN (FORMAT BINARY)");
            while (await r.ReadAsync())
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(r.GetInt32(0), NpgsqlTypes.NpgsqlDbType.Integer);
                await copy.WriteAsync((byte[])r.GetValue(1), NpgsqlTypes.NpgsqlDbType.Bytea);
            }
            await copy.CompleteAsync();
        }
        Console.WriteLine($"copied the checkpoint of {sqlite} into {uri}");
    }

    private static PreparedArticle Prepared(StoryDocument doc, string id)
    {
        var article = new Article
        {
            Id = id,
            Source = "synthetic",
            Title = doc.Title,
            Text = doc.Text,
            Published = doc.Time is { } t ? new PublicationDate(t, true, TimeSpan.Zero) : null,
        };
        return new PreparedArticle(article, ArticleIdentity.Of(article), new AnalyzedArticle(article), null);
    }

    private static async Task FillAsync(StoreEngines engines, string location, int total, AnalysisPipeline pipeline)
    {
        await using var store = await engines.OpenWriterAsync(location);
        long held = (await store.CountsAsync()).Articles;
        if (held >= total)
            return;
        if (held > 0)
            throw new InvalidOperationException($"{location} holds {held:N0} articles, fewer than {total:N0}: fill a new store");
        var fill = Stopwatch.StartNew();
        using var ingestor = await Ingestor.OpenAsync(store, pipeline, batchSize: 1000);
        int i = 0;
        // A batch's look-ups in one go, as ingest and the queue leader do (one round trip on PostgreSQL).
        foreach (var chunk in new SyntheticNews().Articles().Take(total).Chunk(1000))
        {
            var prepared = chunk.Select((a, k) => Prepared(a.Item1, "a" + (i + k).ToString(CultureInfo.InvariantCulture))).ToList();
            await ingestor.PrefetchAsync(prepared);
            foreach (var p in prepared)
            {
                await ingestor.AddPreparedAsync(p);
                if (++i % 100_000 == 0)
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {i:N0} articles at {fill.Elapsed.TotalSeconds:F0} s"));
            }
        }
        await ingestor.FlushAsync(checkpoint: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"filled {location} with {total:N0} articles in {fill.Elapsed.TotalSeconds:F1} s"));
    }

    /// <summary>How many checkpoint parts the store holds, and their bytes.</summary>
    private static async Task<(long Parts, long Bytes)> PartsAsync(string location)
    {
        if (PostgresLocation.IsPostgres(location))
        {
            await using var pg = new NpgsqlConnection(PostgresLocation.ConnectionString(location));
            await pg.OpenAsync();
            await using var q = new NpgsqlCommand("SELECT count(*), coalesce(sum(octet_length(state)), 0)::bigint FROM checkpoint_parts;", pg);
            await using var r = await q.ExecuteReaderAsync();
            await r.ReadAsync();
            return (r.GetInt64(0), r.GetInt64(1));
        }
        await using var db = new SqliteConnection($"Data Source={location};Mode=ReadOnly");
        await db.OpenAsync();
        await using var cmd = db.CreateCommand();
        cmd.CommandText = "SELECT count(*), coalesce(sum(length(state)), 0) FROM checkpoint_parts;";
        await using var reader = await cmd.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
