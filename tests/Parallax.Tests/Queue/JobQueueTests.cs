using Npgsql;
using Parallax.Storage.Postgres;
using Parallax.Storage.Postgres.Queue;
using Parallax.Tests.Support;

namespace Parallax.Tests.Queue;

/// <summary>The job queue against the real throwaway PostgreSQL cluster: claims, leases, retries, dead letters, notices.</summary>
public sealed class JobQueueTests : IAsyncLifetime
{
    private string _uri = "";

    public async ValueTask InitializeAsync()
    {
        _uri = await PostgresCluster.CreateDatabaseAsync();
        // Opening a writer creates the schema, the jobs table included.
        await using var store = await new PostgresEngine().OpenWriterAsync(_uri);
    }

    public async ValueTask DisposeAsync() => await PostgresCluster.DropDatabaseAsync(_uri);

    private JobQueue Queue(string worker, QueueOptions? options = null) => new(PostgresEngine.Source(_uri), options ?? new QueueOptions(), worker);

    private static string[] Payloads(int n, string prefix = "p") => Enumerable.Range(1, n).Select(i => $"{prefix}{i}").ToArray();

    private async Task<(string State, int Attempts, string? Error, string? Result)> RowAsync(long id)
    {
        await using var db = await PostgresEngine.Source(_uri).OpenConnectionAsync();
        await using var cmd = new NpgsqlCommand("SELECT state, attempts, last_error, result FROM jobs WHERE id = $1;", db);
        cmd.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        await using var r = await cmd.ExecuteReaderAsync();
        Assert.True(await r.ReadAsync());
        return (r.GetString(0), r.GetInt32(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3));
    }

    [Fact]
    public async Task Claims_take_the_oldest_jobs_and_two_workers_never_get_the_same_one()
    {
        var a = Queue("a");
        var b = Queue("b");
        Assert.Equal(5, await a.EnqueueAsync(JobKind.NoOp, Payloads(5)));
        var first = await a.ClaimAsync(2, TestContext.Current.CancellationToken);
        var second = await b.ClaimAsync(2, TestContext.Current.CancellationToken);
        Assert.Equal(["p1", "p2"], first.Select(j => j.Payload));
        Assert.Equal(["p3", "p4"], second.Select(j => j.Payload));
        Assert.All(first.Concat(second), j => Assert.Equal(1, j.Attempts));
        var counts = await a.CountsAsync(TestContext.Current.CancellationToken);
        Assert.Equal((1L, 4L, 0L, 0L), (counts.Queued, counts.Running, counts.Done, counts.Dead));
    }

    [Fact]
    public async Task Many_concurrent_claimers_take_every_job_exactly_once()
    {
        await Queue("setup").EnqueueAsync(JobKind.NoOp, Payloads(300));
        var claimed = new System.Collections.Concurrent.ConcurrentBag<long>();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            var q = Queue($"w{w}");
            while (true)
            {
                var jobs = await q.ClaimAsync(3);
                if (jobs.Count == 0)
                    return;
                foreach (var j in jobs)
                {
                    claimed.Add(j.Id);
                    Assert.True(await q.CompleteAsync(j.Id, null));
                }
            }
        })));
        Assert.Equal(300, claimed.Count);
        Assert.Equal(300, claimed.Distinct().Count());
        Assert.Equal(300, (await Queue("x").CountsAsync(TestContext.Current.CancellationToken)).Done);
    }

    [Fact]
    public async Task A_job_completes_only_for_the_worker_holding_it()
    {
        var a = Queue("a");
        await a.EnqueueAsync(JobKind.NoOp, Payloads(1));
        var job = Assert.Single(await a.ClaimAsync(5, TestContext.Current.CancellationToken));
        Assert.False(await Queue("b").CompleteAsync(job.Id, "stolen", TestContext.Current.CancellationToken));
        Assert.True(await a.CompleteAsync(job.Id, "the result", TestContext.Current.CancellationToken));
        Assert.False(await a.CompleteAsync(job.Id, "again", TestContext.Current.CancellationToken));
        var row = await RowAsync(job.Id);
        Assert.Equal(("done", "the result"), (row.State, row.Result));
        Assert.Empty(await a.ClaimAsync(5, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_failed_job_is_retried_after_a_growing_backoff_then_kept_dead_with_its_error()
    {
        var options = new QueueOptions { MaxAttempts = 3, Backoff = TimeSpan.FromMilliseconds(300), BackoffCap = TimeSpan.FromSeconds(10) };
        var q = Queue("a", options);
        await q.EnqueueAsync(JobKind.NoOp, Payloads(1));
        var job = Assert.Single(await q.ClaimAsync(1, TestContext.Current.CancellationToken));
        Assert.Equal("queued", await q.FailAsync(job, "boom 1", TestContext.Current.CancellationToken));
        // Not due before its backoff.
        Assert.Empty(await q.ClaimAsync(1, TestContext.Current.CancellationToken));
        job = await ClaimWithinAsync(q, TimeSpan.FromSeconds(5));
        Assert.Equal(2, job.Attempts);
        Assert.Equal("queued", await q.FailAsync(job, "boom 2", TestContext.Current.CancellationToken));
        job = await ClaimWithinAsync(q, TimeSpan.FromSeconds(5));
        Assert.Equal(3, job.Attempts);
        Assert.Equal("dead", await q.FailAsync(job, "boom 3", TestContext.Current.CancellationToken));
        var row = await RowAsync(job.Id);
        Assert.Equal(("dead", 3, "boom 3"), (row.State, row.Attempts, row.Error));
        await Task.Delay(1500, TestContext.Current.CancellationToken);
        Assert.Empty(await q.ClaimAsync(1, TestContext.Current.CancellationToken));
        Assert.Equal(1, (await q.CountsAsync(TestContext.Current.CancellationToken)).Dead);
    }

    [Fact]
    public void The_backoff_doubles_up_to_its_cap()
    {
        var o = new QueueOptions { Backoff = TimeSpan.FromSeconds(1), BackoffCap = TimeSpan.FromSeconds(5) };
        Assert.Equal([1.0, 2, 4, 5, 5], Enumerable.Range(1, 5).Select(a => o.BackoffAfter(a).TotalSeconds));
    }

    [Fact]
    public async Task The_job_of_a_worker_whose_lease_expired_is_taken_over_and_its_late_result_dropped()
    {
        var options = new QueueOptions { Lease = TimeSpan.FromMilliseconds(500) };
        var dead = Queue("dead", options);
        var alive = Queue("alive", options);
        await dead.EnqueueAsync(JobKind.NoOp, Payloads(1));
        var job = Assert.Single(await dead.ClaimAsync(1, TestContext.Current.CancellationToken));
        Assert.Empty(await alive.ClaimAsync(1, TestContext.Current.CancellationToken));
        var again = await ClaimWithinAsync(alive, TimeSpan.FromSeconds(5));
        Assert.Equal((job.Id, 2), (again.Id, again.Attempts));
        Assert.False(await dead.CompleteAsync(job.Id, "late", TestContext.Current.CancellationToken));
        Assert.True(await alive.CompleteAsync(job.Id, "on time", TestContext.Current.CancellationToken));
        Assert.Equal("on time", (await RowAsync(job.Id)).Result);
    }

    [Fact]
    public async Task A_job_whose_leases_keep_expiring_goes_dead_saying_so()
    {
        var options = new QueueOptions { Lease = TimeSpan.FromMilliseconds(300), MaxAttempts = 2 };
        var q = Queue("crashy", options);
        await q.EnqueueAsync(JobKind.NoOp, Payloads(1));
        Assert.Single(await q.ClaimAsync(1, TestContext.Current.CancellationToken));
        await ClaimWithinAsync(q, TimeSpan.FromSeconds(5));
        await Task.Delay(600, TestContext.Current.CancellationToken);
        Assert.Empty(await q.ClaimAsync(1, TestContext.Current.CancellationToken));
        var row = await RowAsync(1);
        Assert.Equal("dead", row.State);
        Assert.Contains("lease expired", row.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enqueueing_wakes_a_listening_worker()
    {
        await using var signal = await JobSignal.StartAsync(PostgresEngine.Source(_uri).ConnectionString, TestContext.Current.CancellationToken);
        var next = signal.Next;
        Assert.False(next.IsCompleted);
        await Queue("a").EnqueueAsync(JobKind.NoOp, Payloads(2));
        var woke = await Task.WhenAny(next, Task.Delay(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
        Assert.Same(next, woke);
        Assert.NotSame(next, signal.Next);
    }

    [Fact]
    public async Task The_queue_is_drained_only_when_nothing_is_queued_running_or_unconsumed()
    {
        var q = Queue("a");
        Assert.True(await q.DrainedAsync(TestContext.Current.CancellationToken));
        await q.EnqueueAsync(JobKind.Article, Payloads(1));
        Assert.False(await q.DrainedAsync(TestContext.Current.CancellationToken));
        var job = Assert.Single(await q.ClaimAsync(1, TestContext.Current.CancellationToken));
        Assert.True(await q.CompleteAsync(job.Id, "{}", TestContext.Current.CancellationToken));
        // Done, but its result is not stored by the leader yet.
        Assert.False(await q.DrainedAsync(TestContext.Current.CancellationToken));
        Assert.Equal(1, (await q.CountsAsync(TestContext.Current.CancellationToken)).Unconsumed);
    }

    private static async Task<Job> ClaimWithinAsync(JobQueue q, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < until)
        {
            var jobs = await q.ClaimAsync(1);
            if (jobs.Count > 0)
                return jobs[0];
            await Task.Delay(50);
        }
        Assert.Fail($"no job could be claimed within {limit.TotalSeconds} s");
        return null!;
    }
}
