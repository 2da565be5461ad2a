using Npgsql;

namespace Parallax.Storage.Postgres.Queue;

/// <summary>
/// Per-host politeness across workers and machines: one row per host in <c>host_lease</c> (migration 6). A worker
/// takes a host before fetching from it by moving the row's <c>next_allowed</c> past the longest a fetch may hold it
/// (<see cref="Hold"/>), in one statement that succeeds only when <c>next_allowed</c> has passed, so two workers never
/// hold one host; when the fetch ends it leaves the host by setting <c>next_allowed</c> to now plus the host's
/// interval (the politeness delay, or a longer robots.txt Crawl-delay). So requests to a host never overlap and start
/// at least an interval after the previous one ended, whichever worker made it. A worker that dies while holding a
/// host blocks it until the hold runs out.
/// </summary>
internal sealed class HostLease(NpgsqlDataSource source, string holder)
{
    /// <summary>The longest a fetch holds its host (robots.txt, redirects and the page, each under the fetch timeout).</summary>
    public static readonly TimeSpan Hold = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Takes <paramref name="host"/> for a fetch. Null when taken; otherwise the wait after which it may be free: until
    /// its rest ends, or, while another worker's fetch is in flight, <paramref name="interval"/> (the least it rests after).
    /// </summary>
    public async Task<TimeSpan?> TryTakeAsync(string host, TimeSpan interval, CancellationToken cancel = default)
    {
        await using var db = await source.OpenConnectionAsync(cancel);
        await using (var take = new NpgsqlCommand("""
            INSERT INTO host_lease(host, next_allowed, holder, claimed_at) VALUES ($1, now() + make_interval(secs => $2), $3, now())
            ON CONFLICT (host) DO UPDATE SET next_allowed = EXCLUDED.next_allowed, holder = EXCLUDED.holder, claimed_at = EXCLUDED.claimed_at
              WHERE host_lease.next_allowed <= now()
            RETURNING 1;
            """, db))
        {
            take.Parameters.Add(new NpgsqlParameter<string> { TypedValue = host });
            take.Parameters.Add(new NpgsqlParameter<double> { TypedValue = Hold.TotalSeconds });
            take.Parameters.Add(new NpgsqlParameter<string> { TypedValue = holder });
            if (await take.ExecuteScalarAsync(cancel) is not null)
                return null;
        }
        await using var wait = new NpgsqlCommand("""
            SELECT extract(epoch FROM CASE WHEN holder IS NULL THEN next_allowed
                                           ELSE least(next_allowed, now() + make_interval(secs => $2)) END - now())::double precision
            FROM host_lease WHERE host = $1;
            """, db);
        wait.Parameters.Add(new NpgsqlParameter<string> { TypedValue = host });
        wait.Parameters.Add(new NpgsqlParameter<double> { TypedValue = interval.TotalSeconds });
        var seconds = await wait.ExecuteScalarAsync(cancel) as double? ?? 0;
        return TimeSpan.FromSeconds(Math.Max(0.01, seconds));
    }

    /// <summary>
    /// Leaves a host taken by <see cref="TryTakeAsync"/>: the next fetch from it, by any worker, may start
    /// <paramref name="interval"/> from now. Wakes idle workers, whose jobs may have waited on this host.
    /// </summary>
    public async Task LeaveAsync(string host, TimeSpan interval, CancellationToken cancel = default)
    {
        await using var db = await source.OpenConnectionAsync(cancel);
        await using var batch = new NpgsqlBatch(db);
        batch.BatchCommands.Add(PostgresBatchWriter.Command("""
            UPDATE host_lease SET next_allowed = now() + make_interval(secs => $2), holder = NULL, fetches = fetches + 1
            WHERE host = $1 AND holder = $3;
            """, host, interval.TotalSeconds, holder));
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"NOTIFY {JobQueue.Channel};"));
        await batch.ExecuteNonQueryAsync(cancel);
    }
}
