using Npgsql;
using Parallax.Storage.Postgres;
using Parallax.Storage.Postgres.Queue;
using Parallax.Tests.Support;

namespace Parallax.Tests.Queue;

/// <summary>The per-host lease rows and the fetch jobs' dedup key, against the throwaway PostgreSQL cluster.</summary>
public sealed class HostLeaseTests : IAsyncLifetime
{
    private const string Host = "http://news.example:8080";
    private string _uri = "";

    public async ValueTask InitializeAsync()
    {
        _uri = await PostgresCluster.CreateDatabaseAsync();
        await using var store = await new PostgresEngine().OpenWriterAsync(_uri);
    }

    public async ValueTask DisposeAsync() => await PostgresCluster.DropDatabaseAsync(_uri);

    private HostLease Lease(string holder) => new(PostgresEngine.Source(_uri), holder);

    private JobQueue Queue(string worker) => new(PostgresEngine.Source(_uri), new QueueOptions(), worker);

    [Fact]
    public async Task One_holder_at_a_time_and_the_next_only_after_the_interval_from_the_release()
    {
        var interval = TimeSpan.FromMilliseconds(300);
        var cancel = TestContext.Current.CancellationToken;
        Assert.Null(await Lease("a").TryTakeAsync(Host, interval, cancel));
        // Held (a fetch in flight): the other is told to come back after about the interval, not the two-minute hold.
        var wait = await Lease("b").TryTakeAsync(Host, interval, cancel);
        Assert.NotNull(wait);
        Assert.InRange(wait.Value, TimeSpan.FromMilliseconds(200), interval + TimeSpan.FromMilliseconds(50));
        // Another host is free meanwhile.
        Assert.Null(await Lease("b").TryTakeAsync("http://other.example", interval, cancel));

        // A release by someone else's name changes nothing; the holder's sets the rest.
        await Lease("b").LeaveAsync(Host, TimeSpan.Zero, cancel);
        Assert.NotNull(await Lease("c").TryTakeAsync(Host, interval, cancel));
        // A long rest, so that a loaded machine's pause between the two statements does not end it.
        var restAfter = TimeSpan.FromSeconds(1.5);
        await Lease("a").LeaveAsync(Host, restAfter, cancel);
        var rest = await Lease("c").TryTakeAsync(Host, interval, cancel);
        Assert.NotNull(rest);
        Assert.InRange(rest.Value, TimeSpan.FromMilliseconds(10), restAfter); // what is left of the rest
        await Task.Delay(rest.Value + TimeSpan.FromMilliseconds(30), cancel);
        Assert.Null(await Lease("c").TryTakeAsync(Host, interval, cancel));
    }

    [Fact]
    public async Task A_claim_passes_over_the_jobs_of_a_host_that_is_not_free_and_a_deferred_job_costs_no_attempt()
    {
        var cancel = TestContext.Current.CancellationToken;
        var queue = Queue("w");
        (string, string?, string)[] jobs = [("u1", Host, "p1"), ("u2", "http://free.example", "p2"), ("u3", Host, "p3")];
        Assert.Equal(3, await queue.EnqueueUniqueAsync(JobKind.Fetch, jobs, cancel));
        // The same keys again, or one of them among new ones: only the new ones go in.
        Assert.Equal(0, await queue.EnqueueUniqueAsync(JobKind.Fetch, jobs, cancel));
        Assert.Equal(1, await queue.EnqueueUniqueAsync(JobKind.Fetch, [("u1", Host, "again"), ("u4", null, "p4")], cancel));

        Assert.Null(await Lease("other").TryTakeAsync(Host, TimeSpan.FromSeconds(1), cancel));
        var claimed = await queue.ClaimAsync(10, cancel);
        Assert.Equal(["p2", "p4"], claimed.Select(j => j.Payload));
        Assert.NotNull(await queue.NextDueAsync(cancel)); // the host's hold ends some time

        await Lease("other").LeaveAsync(Host, TimeSpan.Zero, cancel);
        var now = await queue.ClaimAsync(10, cancel);
        Assert.Equal(["p1", "p3"], now.Select(j => j.Payload));
        Assert.True(await queue.DeferAsync(now[0], TimeSpan.FromMilliseconds(200), cancel));
        Assert.Empty(await queue.ClaimAsync(10, cancel));
        var due = await queue.NextDueAsync(cancel);
        Assert.NotNull(due);
        Assert.True(due <= TimeSpan.FromMilliseconds(200), $"{due}");
        await Task.Delay(250, cancel);
        var again = Assert.Single(await queue.ClaimAsync(10, cancel));
        Assert.Equal(("p1", 1), (again.Payload, again.Attempts));
    }

    [Fact]
    public async Task Completing_a_fetch_enqueues_its_article_job_in_the_same_step_and_not_when_the_job_was_lost()
    {
        var cancel = TestContext.Current.CancellationToken;
        var queue = Queue("w");
        await queue.EnqueueUniqueAsync(JobKind.Fetch, [("u1", Host, "p1"), ("u2", Host, "p2")], cancel);
        var first = Assert.Single(await queue.ClaimAsync(1, cancel));
        Assert.True(await queue.CompleteWithAsync(first.Id, JobKind.Article, "doc1", cancel));
        var second = Assert.Single(await queue.ClaimAsync(1, cancel));
        // Not this worker's any more: nothing done, nothing enqueued.
        Assert.False(await Queue("someone else").CompleteWithAsync(second.Id, JobKind.Article, "doc2", cancel));
        await using var db = await PostgresEngine.Source(_uri).OpenConnectionAsync(cancel);
        await using var cmd = new NpgsqlCommand("SELECT kind, state, payload FROM jobs ORDER BY id;", db);
        await using var r = await cmd.ExecuteReaderAsync(cancel);
        var rows = new List<string>();
        while (await r.ReadAsync(cancel))
            rows.Add($"{r.GetString(0)} {r.GetString(1)} {r.GetString(2)}");
        Assert.Equal(["fetch done p1", "fetch running p2", "article queued doc1"], rows);
    }
}
