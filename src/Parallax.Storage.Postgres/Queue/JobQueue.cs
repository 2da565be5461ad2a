using Npgsql;

namespace Parallax.Storage.Postgres.Queue;

/// <summary>
/// The job queue in the store's database (table <c>jobs</c>, migration 3). Workers claim queued jobs with
/// <c>FOR UPDATE SKIP LOCKED</c>, so any number of them take distinct jobs without waiting on each other; a
/// claim is a lease that expires, so the jobs of a worker that died are claimed again; a failed job is retried
/// after a growing wait until its attempts are spent, then kept as dead with its error. Enqueueing notifies
/// the channel <see cref="Channel"/> so idle workers wake at once instead of polling.
/// </summary>
internal sealed class JobQueue(NpgsqlDataSource source, QueueOptions options, string worker)
{
    /// <summary>The LISTEN/NOTIFY channel told of new jobs.</summary>
    public const string Channel = "parallax_jobs";

    public string Worker => worker;

    public QueueOptions Options => options;

    /// <summary>Enqueues jobs of one kind in one transaction, in order (ids grow with it), and wakes the workers; returns how many.</summary>
    public async Task<int> EnqueueAsync(string kind, IReadOnlyList<string> payloads, CancellationToken cancel = default)
    {
        if (payloads.Count == 0)
            return 0;
        await using var db = await source.OpenConnectionAsync(cancel);
        await using var tx = await db.BeginTransactionAsync(cancel);
        await using (var cmd = new NpgsqlCommand("INSERT INTO jobs(kind, payload) SELECT $1, p FROM unnest($2::text[]) WITH ORDINALITY AS u(p, n) ORDER BY n;", db, tx))
        {
            cmd.Parameters.Add(new NpgsqlParameter<string> { TypedValue = kind });
            cmd.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. payloads] });
            await cmd.ExecuteNonQueryAsync(cancel);
        }
        // Delivered at commit, once per transaction however many jobs it holds.
        await using (var notify = new NpgsqlCommand($"NOTIFY {Channel};", db, tx))
            await notify.ExecuteNonQueryAsync(cancel);
        await tx.CommitAsync(cancel);
        return payloads.Count;
    }

    /// <summary>
    /// Enqueues jobs of one kind that each carry a dedup key and a host, in order, in one transaction, and wakes the
    /// workers; a job whose key is in the table already (queued, done or dead) is not enqueued again. Returns how
    /// many were new.
    /// </summary>
    public async Task<int> EnqueueUniqueAsync(string kind, IReadOnlyList<(string Key, string? Host, string Payload)> jobs, CancellationToken cancel = default)
    {
        if (jobs.Count == 0)
            return 0;
        await using var db = await source.OpenConnectionAsync(cancel);
        await using var tx = await db.BeginTransactionAsync(cancel);
        int added;
        await using (var cmd = new NpgsqlCommand("""
            INSERT INTO jobs(kind, dedup_key, host, payload)
            SELECT $1, k, h, p FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS u(k, h, p, n) ORDER BY n
            ON CONFLICT (dedup_key) WHERE dedup_key IS NOT NULL DO NOTHING;
            """, db, tx))
        {
            cmd.Parameters.Add(new NpgsqlParameter<string> { TypedValue = kind });
            cmd.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. jobs.Select(j => j.Key)] });
            cmd.Parameters.Add(new NpgsqlParameter<string?[]> { TypedValue = [.. jobs.Select(j => j.Host)] });
            cmd.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. jobs.Select(j => j.Payload)] });
            added = await cmd.ExecuteNonQueryAsync(cancel);
        }
        if (added > 0)
        {
            await using var notify = new NpgsqlCommand($"NOTIFY {Channel};", db, tx);
            await notify.ExecuteNonQueryAsync(cancel);
        }
        await tx.CommitAsync(cancel);
        return added;
    }

    /// <summary>
    /// Marks a job done and enqueues the job that carries its work on (a fetched page's article job), in one
    /// transaction: both or neither. False when this worker no longer holds the job (nothing is enqueued then).
    /// </summary>
    public async Task<bool> CompleteWithAsync(long id, string kind, string payload, CancellationToken cancel = default)
    {
        await using var db = await source.OpenConnectionAsync(cancel);
        await using var tx = await db.BeginTransactionAsync(cancel);
        await using (var done = new NpgsqlCommand("""
            UPDATE jobs SET state = 'done', lease_until = NULL, finished_at = now()
            WHERE id = $1 AND worker = $2 AND state = 'running';
            """, db, tx))
        {
            done.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
            done.Parameters.Add(new NpgsqlParameter<string> { TypedValue = worker });
            if (await done.ExecuteNonQueryAsync(cancel) != 1)
                return false; // rolled back with the transaction's disposal
        }
        await using (var insert = new NpgsqlCommand("INSERT INTO jobs(kind, payload) VALUES ($1, $2);", db, tx))
        {
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = kind });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = payload });
            await insert.ExecuteNonQueryAsync(cancel);
        }
        await using (var notify = new NpgsqlCommand($"NOTIFY {Channel};", db, tx))
            await notify.ExecuteNonQueryAsync(cancel);
        await tx.CommitAsync(cancel);
        return true;
    }

    /// <summary>
    /// Puts a claimed job back, not failed and its attempt not counted, to be claimed again from <paramref name="after"/>
    /// on (a fetch whose host was taken by another worker between the claim and the host's lease).
    /// </summary>
    public async Task<bool> DeferAsync(Job job, TimeSpan after, CancellationToken cancel = default)
    {
        await using var db = await source.OpenConnectionAsync(cancel);
        await using var cmd = new NpgsqlCommand("""
            UPDATE jobs SET state = 'queued', attempts = greatest(attempts - 1, 0), lease_until = NULL,
              run_after = now() + make_interval(secs => $3)
            WHERE id = $1 AND worker = $2 AND state = 'running';
            """, db);
        cmd.Parameters.Add(new NpgsqlParameter<long> { TypedValue = job.Id });
        cmd.Parameters.Add(new NpgsqlParameter<string> { TypedValue = worker });
        cmd.Parameters.Add(new NpgsqlParameter<double> { TypedValue = Math.Max(0, after.TotalSeconds) });
        return await cmd.ExecuteNonQueryAsync(cancel) == 1;
    }

    /// <summary>
    /// How long until a queued job that is not claimable now may become so: the earliest retry falling due or host
    /// coming free. Null when no such time is known (nothing waits on one); an idle worker sleeps no longer than this.
    /// </summary>
    public async Task<TimeSpan?> NextDueAsync(CancellationToken cancel = default)
    {
        await using var db = await source.OpenConnectionAsync(cancel);
        await using var cmd = new NpgsqlCommand("""
            SELECT extract(epoch FROM least(
                (SELECT min(run_after) FROM jobs WHERE state = 'queued' AND run_after > now()),
                (SELECT min(next_allowed) FROM host_lease WHERE next_allowed > now())) - now())::double precision;
            """, db);
        return await cmd.ExecuteScalarAsync(cancel) is double seconds ? TimeSpan.FromSeconds(Math.Max(0, seconds)) : null;
    }

    /// <summary>
    /// Claims up to <paramref name="max"/> queued jobs that are due, oldest first, for this worker's lease. First
    /// takes back the jobs whose lease expired: queued again, or dead when they had no attempt left.
    /// </summary>
    public async Task<IReadOnlyList<Job>> ClaimAsync(int max, CancellationToken cancel = default)
    {
        await using var db = await source.OpenConnectionAsync(cancel);
        await using var batch = new NpgsqlBatch(db);
        batch.BatchCommands.Add(PostgresBatchWriter.Command("""
            UPDATE jobs SET
              state = CASE WHEN attempts >= $1 THEN 'dead' ELSE 'queued' END,
              last_error = 'lease expired (worker ' || coalesce(worker, '?') || ' stopped answering)',
              lease_until = NULL, run_after = now(),
              finished_at = CASE WHEN attempts >= $1 THEN now() END
            WHERE state = 'running' AND lease_until < now();
            """, options.MaxAttempts));
        batch.BatchCommands.Add(PostgresBatchWriter.Command("""
            UPDATE jobs j SET state = 'running', attempts = j.attempts + 1, worker = $1,
              lease_until = now() + make_interval(secs => $2)
            FROM (SELECT id FROM jobs WHERE state = 'queued' AND run_after <= now()
                    -- A fetch job waits while its host is taken or resting (HostLease): the claim passes over it.
                    AND (host IS NULL OR NOT EXISTS (SELECT 1 FROM host_lease h WHERE h.host = jobs.host AND h.next_allowed > now()))
                  ORDER BY id FOR UPDATE SKIP LOCKED LIMIT $3) c
            WHERE j.id = c.id
            RETURNING j.id, j.kind, j.payload, j.attempts;
            """, worker, options.Lease.TotalSeconds, max));
        var jobs = new List<Job>(max);
        await using var r = await batch.ExecuteReaderAsync(cancel);
        // The claim's rows are the batch's only result set (Npgsql passes over the first statement, which returns none).
        do
        {
            while (await r.ReadAsync(cancel))
                jobs.Add(new Job(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt32(3)));
        }
        while (await r.NextResultAsync(cancel));
        jobs.Sort((a, b) => a.Id.CompareTo(b.Id));
        return jobs;
    }

    /// <summary>
    /// Marks a job done with its result. False when this worker no longer holds it (its lease expired and the
    /// job was taken back): the result is dropped, and whoever holds the job now makes the same one.
    /// </summary>
    public async Task<bool> CompleteAsync(long id, string? result, CancellationToken cancel = default)
    {
        await using var db = await source.OpenConnectionAsync(cancel);
        await using var cmd = new NpgsqlCommand("""
            UPDATE jobs SET state = 'done', result = $3, lease_until = NULL, finished_at = now()
            WHERE id = $1 AND worker = $2 AND state = 'running';
            """, db);
        cmd.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        cmd.Parameters.Add(new NpgsqlParameter<string> { TypedValue = worker });
        cmd.Parameters.Add(new NpgsqlParameter { Value = (object?)result ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        return await cmd.ExecuteNonQueryAsync(cancel) == 1;
    }

    /// <summary>
    /// Records a failed attempt: the job is queued again after the backoff, or dead when its attempts are spent.
    /// Returns the state it is left in, or null when this worker no longer held it.
    /// </summary>
    public async Task<string?> FailAsync(Job job, string error, CancellationToken cancel = default)
    {
        await using var db = await source.OpenConnectionAsync(cancel);
        await using var cmd = new NpgsqlCommand("""
            UPDATE jobs SET
              state = CASE WHEN attempts >= $3 THEN 'dead' ELSE 'queued' END,
              run_after = now() + make_interval(secs => $4),
              last_error = $5, lease_until = NULL,
              finished_at = CASE WHEN attempts >= $3 THEN now() END
            WHERE id = $1 AND worker = $2 AND state = 'running'
            RETURNING state;
            """, db);
        cmd.Parameters.Add(new NpgsqlParameter<long> { TypedValue = job.Id });
        cmd.Parameters.Add(new NpgsqlParameter<string> { TypedValue = worker });
        cmd.Parameters.Add(new NpgsqlParameter<int> { TypedValue = options.MaxAttempts });
        cmd.Parameters.Add(new NpgsqlParameter<double> { TypedValue = options.BackoffAfter(job.Attempts).TotalSeconds });
        cmd.Parameters.Add(new NpgsqlParameter<string> { TypedValue = error });
        return await cmd.ExecuteScalarAsync(cancel) as string;
    }

    /// <summary>How many jobs are in each state, and how many article jobs the leader has not consumed yet.</summary>
    public async Task<QueueCounts> CountsAsync(CancellationToken cancel = default)
    {
        await using var db = await source.OpenConnectionAsync(cancel);
        await using var cmd = new NpgsqlCommand("""
            SELECT count(*) FILTER (WHERE state = 'queued'), count(*) FILTER (WHERE state = 'running'),
                   count(*) FILTER (WHERE state = 'done'), count(*) FILTER (WHERE state = 'dead'),
                   (SELECT count(*) FROM jobs WHERE kind = 'article' AND NOT consumed)
            FROM jobs;
            """, db);
        await using var r = await cmd.ExecuteReaderAsync(cancel);
        await r.ReadAsync(cancel);
        return new QueueCounts(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4));
    }

    /// <summary>Whether nothing is left to do: no job queued or running, and every article job consumed by the leader.</summary>
    public async Task<bool> DrainedAsync(CancellationToken cancel = default)
    {
        await using var db = await source.OpenConnectionAsync(cancel);
        await using var cmd = new NpgsqlCommand("""
            SELECT NOT EXISTS (SELECT 1 FROM jobs WHERE state IN ('queued', 'running'))
               AND NOT EXISTS (SELECT 1 FROM jobs WHERE kind = 'article' AND NOT consumed);
            """, db);
        return (bool)(await cmd.ExecuteScalarAsync(cancel))!;
    }
}
