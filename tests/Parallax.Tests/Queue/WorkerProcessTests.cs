using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Parallax.Storage.Postgres;
using Parallax.Storage.Postgres.Queue;
using Parallax.Storage.Sqlite;
using Parallax.Tests.Support;

namespace Parallax.Tests.Queue;

/// <summary>
/// The real CLI in separate processes: <c>ingest --enqueue</c>, then several <c>parallax worker</c> processes on one
/// queue; midway the one leading story assignment and one other are killed with SIGKILL. The survivors take over
/// the dead one's leases and the leader's part, and the store ends as a single-process SQLite ingest of the same
/// documents: same articles, versions and stories, nothing lost, nothing twice.
/// </summary>
public sealed class WorkerProcessTests : IAsyncLifetime
{
    private readonly TempDir _dir = new();
    private string _uri = "";

    public async ValueTask InitializeAsync() => _uri = await PostgresCluster.CreateDatabaseAsync();

    public async ValueTask DisposeAsync()
    {
        await PostgresCluster.DropDatabaseAsync(_uri);
        _dir.Dispose();
    }

    [Fact]
    public Task Three_workers_two_killed_midway_end_as_one_process_would() => KillMidwayAsync(articles: 480, workers: 3, TimeSpan.FromMinutes(3));

    /// <summary>The full run: 4 workers and 20,000 articles (a few minutes on two cores).</summary>
    [Fact]
    [Trait("Category", "Slow")]
    public Task Four_workers_with_20000_articles_two_killed_midway_end_as_one_process_would() => KillMidwayAsync(articles: 20_000, workers: 4, TimeSpan.FromMinutes(30));

    private async Task KillMidwayAsync(int articles, int workers, TimeSpan limit)
    {
        var (jsonl, documents) = QueuedCorpus.Write(_dir.Combine("stream.jsonl"), articles);
        var single = _dir.Combine("one.db");
        // Exit 1: the corpus holds a line that cannot be read, and a page without article text.
        Assert.Equal(1, CliRunner.Run("ingest", jsonl, "--db", single).ExitCode);
        var enqueued = CliRunner.Run("ingest", jsonl, "--enqueue", "--db", _uri);
        Assert.Equal(1, enqueued.ExitCode);
        Assert.Contains($"enqueued {documents} documents", enqueued.Stdout, StringComparison.Ordinal);

        var running = new List<Process>();
        try
        {
            for (int i = 0; i < workers; i++)
                running.Add(StartWorker());
            // Midway: a quarter of the documents stored by the leader.
            await WaitForAsync(async () => (await PostgresWorker.CountsAsync(_uri)).Unconsumed <= documents * 3 / 4, limit, "a quarter of the documents stored");
            int leaderPid = await LeaderPidAsync();
            var leader = Assert.Single(running, p => p.Id == leaderPid);
            var other = running.First(p => p.Id != leaderPid);
            leader.Kill();
            other.Kill();
            running.Remove(leader);
            running.Remove(other);
            Assert.True((await PostgresWorker.CountsAsync(_uri)).Unconsumed > 0, "the kill came after the end: make the run longer");

            foreach (var p in running)
            {
                using var wait = new CancellationTokenSource(limit);
                await p.WaitForExitAsync(wait.Token);
                Assert.Equal(0, p.ExitCode);
            }
        }
        finally
        {
            foreach (var p in running.Where(p => !p.HasExited))
                p.Kill();
        }

        var counts = await PostgresWorker.CountsAsync(_uri);
        Assert.Equal((0L, 0L, 0L, 0L), (counts.Queued, counts.Running, counts.Dead, counts.Unconsumed));
        await using var expected = await new SqliteEngine().OpenReaderAsync(single);
        await using var actual = await new PostgresEngine().OpenReaderAsync(_uri);
        Assert.Equal(await QueuedStoreSnapshot.TakeAsync(expected), await QueuedStoreSnapshot.TakeAsync(actual));
    }

    /// <summary>A worker process with a short lease, so the killed one's jobs are taken over within seconds.</summary>
    private Process StartWorker()
    {
        var p = CliRunner.Start("worker", "--db", _uri, "--concurrency", "1", "--lease", "3", "--until-drained");
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        p.StandardInput.Close();
        return p;
    }

    /// <summary>The process holding the writer lock: its connection's application name carries its process id.</summary>
    private async Task<int> LeaderPidAsync()
    {
        await using var db = await PostgresEngine.Source(_uri).OpenConnectionAsync();
        await using var cmd = new NpgsqlCommand("""
            SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted AND a.application_name LIKE 'parallax writer %' AND a.datname = current_database();
            """, db);
        var name = (string?)await cmd.ExecuteScalarAsync();
        Assert.NotNull(name);
        return int.Parse(name["parallax writer ".Length..], CultureInfo.InvariantCulture);
    }

    private static async Task WaitForAsync(Func<Task<bool>> done, TimeSpan limit, string what)
    {
        var until = DateTime.UtcNow + limit;
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < until, $"not reached within {limit}: {what}");
            await Task.Delay(100);
        }
    }
}
