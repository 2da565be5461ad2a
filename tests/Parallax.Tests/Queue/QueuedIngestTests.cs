using Npgsql;
using Parallax.Analysis;
using Parallax.Ingestion;
using Parallax.Storage.Postgres;
using Parallax.Storage.Postgres.Queue;
using Parallax.Storage.Sqlite;
using Parallax.Store;
using Parallax.Tests.Support;

namespace Parallax.Tests.Queue;

/// <summary>
/// Documents enqueued and run by a worker (its job slots and its leader, in this process) end as the same store as
/// one process ingesting them: same articles, versions and stories.
/// </summary>
public sealed class QueuedIngestTests : IAsyncLifetime
{
    private readonly TempDir _dir = new();
    private string _uri = "";

    public async ValueTask InitializeAsync() => _uri = await PostgresCluster.CreateDatabaseAsync();

    public async ValueTask DisposeAsync()
    {
        await PostgresCluster.DropDatabaseAsync(_uri);
        _dir.Dispose();
    }

    private static readonly WorkerOptions Drain = new() { Concurrency = 3, ExitWhenDrained = true, Poll = TimeSpan.FromMilliseconds(200) };

    internal static async Task<List<string>> SingleProcessSnapshotAsync(string jsonl, string sqlitePath)
    {
        var pipeline = AnalysisPipeline.CreateDefault();
        await using var store = await new SqliteEngine().OpenWriterAsync(sqlitePath);
        using (var ingestor = await Ingestor.OpenAsync(store, pipeline))
            await IngestRun.RunAsync(ingestor, pipeline, new PathSource([jsonl]), null, null, CancellationToken.None);
        return await QueuedStoreSnapshot.TakeAsync(store);
    }

    private async Task<List<string>> PostgresSnapshotAsync()
    {
        await using var store = await new PostgresEngine().OpenReaderAsync(_uri);
        return await QueuedStoreSnapshot.TakeAsync(store);
    }

    [Fact]
    public async Task A_worker_stores_what_a_single_process_ingest_stores()
    {
        var (jsonl, lines) = QueuedCorpus.Write(_dir.Combine("stream.jsonl"), 120);
        var expected = await SingleProcessSnapshotAsync(jsonl, _dir.Combine("one.db"));

        var refused = new List<Parallax.Extraction.Inputs.InputError>();
        Assert.Equal(lines, await PostgresWorker.EnqueueAsync(_uri, new PathSource([jsonl]), refused.Add, TestContext.Current.CancellationToken));
        Assert.Contains("non-empty", Assert.Single(refused).Reason, StringComparison.Ordinal);
        var summary = await PostgresWorker.RunAsync(_uri, Drain, stop: TestContext.Current.CancellationToken);

        Assert.True(summary.Led);
        Assert.Equal(lines, summary.Jobs);
        Assert.Equal(0, summary.Failures);
        // 120 new, 12 changed pages, 5 repeats, 1 page without article text.
        Assert.Equal((120, 12, 5, 1), (summary.Added, summary.NewVersions, summary.Unchanged, summary.Failed));
        Assert.Equal(expected, await PostgresSnapshotAsync());
        var counts = await PostgresWorker.CountsAsync(_uri, TestContext.Current.CancellationToken);
        Assert.Equal((0L, 0L, (long)lines, 0L, 0L), (counts.Queued, counts.Running, counts.Done, counts.Dead, counts.Unconsumed));
    }

    [Fact]
    public async Task Results_stored_again_after_a_leader_died_before_marking_them_add_nothing()
    {
        var (jsonl, lines) = QueuedCorpus.Write(_dir.Combine("stream.jsonl"), 60);
        await PostgresWorker.EnqueueAsync(_uri, new PathSource([jsonl]), cancel: TestContext.Current.CancellationToken);
        await PostgresWorker.RunAsync(_uri, Drain, stop: TestContext.Current.CancellationToken);
        var before = await PostgresSnapshotAsync();

        // As if the leader had committed the articles and died before marking their jobs consumed: the jobs are done
        // again (results made again by the workers) and the next leader meets them a second time.
        await using (var db = await PostgresEngine.Source(_uri).OpenConnectionAsync(TestContext.Current.CancellationToken))
        {
            await using var cmd = new NpgsqlCommand("UPDATE jobs SET state = 'queued', consumed = false, result = NULL;", db);
            await cmd.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }
        var again = await PostgresWorker.RunAsync(_uri, Drain, stop: TestContext.Current.CancellationToken);

        Assert.True(again.Led);
        Assert.Equal((0, 0), (again.Added, again.NewVersions));
        Assert.Equal(lines - 1, again.Unchanged);
        Assert.Equal(before, await PostgresSnapshotAsync());
    }

    [Fact]
    public async Task A_worker_that_may_not_lead_runs_jobs_and_stores_nothing()
    {
        var (jsonl, lines) = QueuedCorpus.Write(_dir.Combine("stream.jsonl"), 20);
        await PostgresWorker.EnqueueAsync(_uri, new PathSource([jsonl]), cancel: TestContext.Current.CancellationToken);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var run = PostgresWorker.RunAsync(_uri, Drain with { MayLead = false }, stop: stop.Token);
        // It drains the queue's jobs but, with no leader, never sees the results stored: it waits until stopped.
        while ((await PostgresWorker.CountsAsync(_uri, TestContext.Current.CancellationToken)).Done < lines)
            await Task.Delay(100, TestContext.Current.CancellationToken);
        Assert.False(run.IsCompleted);
        await stop.CancelAsync();
        var summary = await run;
        Assert.False(summary.Led);
        Assert.Equal(lines, summary.Jobs);
        await using var store = await new PostgresEngine().OpenReaderAsync(_uri);
        Assert.Equal(0, (await store.CountsAsync(TestContext.Current.CancellationToken)).Articles);
    }

    [Fact]
    public async Task A_job_that_cannot_be_read_dies_after_its_attempts_and_the_leader_skips_it()
    {
        var (jsonl, _) = QueuedCorpus.Write(_dir.Combine("stream.jsonl"), 8);
        await PostgresWorker.EnqueueAsync(_uri, new PathSource([jsonl]), cancel: TestContext.Current.CancellationToken);
        // A payload no worker can decode, between good ones.
        await using (var db = await PostgresEngine.Source(_uri).OpenConnectionAsync(TestContext.Current.CancellationToken))
        {
            await using var cmd = new NpgsqlCommand("UPDATE jobs SET payload = 'not json' WHERE id = 2;", db);
            await cmd.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }
        var options = Drain with { Queue = new QueueOptions { MaxAttempts = 2, Backoff = TimeSpan.FromMilliseconds(100) } };
        var summary = await PostgresWorker.RunAsync(_uri, options, stop: TestContext.Current.CancellationToken);
        Assert.Equal(2, summary.Failures);
        Assert.Equal(2, summary.Failed); // the dead job and the page without article text
        var counts = await PostgresWorker.CountsAsync(_uri, TestContext.Current.CancellationToken);
        Assert.Equal(1, counts.Dead);
        await using var store = await new PostgresEngine().OpenReaderAsync(_uri);
        Assert.Equal(8 - 1, (await store.CountsAsync(TestContext.Current.CancellationToken)).CurrentArticles);
    }
}
