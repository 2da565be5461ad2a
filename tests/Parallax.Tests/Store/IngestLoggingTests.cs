using Microsoft.Extensions.Logging;
using Parallax.Analysis;
using Parallax.Ingestion;
using Parallax.Store;
using Parallax.Storage.Sqlite;
using Parallax.Tests.Support;

namespace Parallax.Tests.Store;

/// <summary>What the store and an ingest log, by event id; and that without a logger they behave the same.</summary>
public sealed class IngestLoggingTests : IDisposable
{
    private static readonly AnalysisPipeline Pipeline = AnalysisPipeline.CreateDefault();
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Inputs()
    {
        var good = IngestorTests.Stream().Take(3).Select(a => System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string?>
        {
            ["id"] = a.Id, ["title"] = a.Title, ["outlet"] = a.Outlet, ["url"] = a.Url, ["text"] = a.Text,
        }));
        _dir.File("in/feed.jsonl", string.Join('\n', good) + "\n{not json\n");
        return _dir.Combine("in");
    }

    private async Task<(IngestRun.Summary Summary, int Stories)> Ingest(string db, LogCapture? capture)
    {
        await using var store = await new SqliteEngine(capture?.CreateLogger("store")).OpenWriterAsync(db);
        using var ingestor = await Ingestor.OpenAsync(store, Pipeline, batchSize: 2, logger: capture?.CreateLogger("ingestor"));
        var errors = new List<string>();
        var progress = new InlineProgress<IngestProgress>(p =>
        {
            if (p.Error is { } e)
                errors.Add(e.Reason);
        });
        var summary = await IngestRun.RunAsync(ingestor, Pipeline, new PathSource([Inputs()]), null, progress, CancellationToken.None,
            capture?.CreateLogger("run"));
        Assert.Single(errors);
        return (summary, (await store.CountsAsync()).Stories);
    }

    [Fact]
    public async Task An_ingest_logs_the_migration_batches_the_unreadable_input_and_its_end()
    {
        var capture = new LogCapture();
        var (summary, _) = await Ingest(_dir.Combine("a.db"), capture);
        Assert.Equal(3, summary.Added);

        var migrated = Assert.Single(capture.WithId(1001));
        Assert.Equal(LogLevel.Information, migrated.Level);
        Assert.Contains("from schema 0", migrated.Message, StringComparison.Ordinal);
        Assert.Single(capture.WithId(1000));

        // Batches of two: three articles are two batches.
        var batches = capture.WithId(1102);
        Assert.Equal(2, batches.Count);
        Assert.All(batches, b => Assert.Equal("ingestor", b.Category));

        var failed = Assert.Single(capture.WithId(1103));
        Assert.Equal("run", failed.Category);
        Assert.Contains("feed.jsonl", failed.Message, StringComparison.Ordinal);
        Assert.Contains("invalid JSON", failed.Message, StringComparison.Ordinal);

        var ended = Assert.Single(capture.WithId(1104));
        Assert.Contains("3 added", ended.Message, StringComparison.Ordinal);
        Assert.Contains("1 failed", ended.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logging_changes_nothing_the_ingest_does()
    {
        var logged = await Ingest(_dir.Combine("logged.db"), new LogCapture());
        var silent = await Ingest(_dir.Combine("silent.db"), null);
        Assert.Equal(silent, logged);
    }
}
