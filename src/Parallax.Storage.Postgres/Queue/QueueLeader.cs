using Microsoft.Extensions.Logging;
using Npgsql;
using Parallax.Analysis;
using Parallax.Extraction;
using Parallax.Ingestion;
using Parallax.Store;

namespace Parallax.Storage.Postgres.Queue;

/// <summary>
/// Story assignment for the queue: the results of article jobs go through one <see cref="Ingestor"/> in job
/// order, so stories come out as one process ingesting the same documents in the same order would make them.
/// One leader at a time: it holds the store's writer lock (a session advisory lock, released by the server when
/// the leader's connection drops, even after SIGKILL), and the next one resumes from the saved grouping state and
/// the articles stored after it, as any ingest does. A job is marked consumed only after its article is
/// committed; a leader that dies in between leaves jobs that the next one adds again, which the store finds
/// unchanged (same identity and content), so nothing is stored twice. The article of a page fetched for the follow
/// monitor (a fetch job's) is recorded in the crawl state <paramref name="crawl"/> too, after it is committed and
/// before its job is marked consumed, as the monitor records what it fetches itself.
/// </summary>
internal sealed class QueueLeader(NpgsqlDataSource source, ICrawlState crawl, ILogger logger)
{
    /// <summary>Results taken per round: one store batch's worth.</summary>
    private const int Round = Ingestor.DefaultBatchSize;

    // Ids are unique within an enqueue run, as within one ingest; the last few runs' allocators are kept.
    private readonly Dictionary<string, ArticleIds.Allocator> _runs = new(StringComparer.Ordinal);
    private readonly Queue<string> _runOrder = new();

    public int Added { get; private set; }
    public int NewVersions { get; private set; }
    public int Unchanged { get; private set; }
    public int Failed { get; private set; }

    /// <summary>
    /// Stores the results that are ready: the done or dead article jobs not consumed yet, in id order, up to the
    /// first job still queued or running (a later result must wait for it), through <paramref name="ingestor"/>, which
    /// holds the writer lock. Returns how many jobs it consumed.
    /// </summary>
    public async Task<int> RunRoundAsync(Ingestor ingestor, CancellationToken cancel)
    {
        var ready = new List<(long Id, string State, string? Result, string? Payload, string? Error)>(Round);
        await using (var db = await source.OpenConnectionAsync(cancel))
        {
            await using var cmd = new NpgsqlCommand("""
                SELECT id, state, result, CASE WHEN state = 'dead' THEN payload END, last_error FROM jobs
                WHERE kind = 'article' AND NOT consumed AND state IN ('done', 'dead')
                  AND id < coalesce((SELECT min(id) FROM jobs WHERE kind = 'article' AND state IN ('queued', 'running')), 9223372036854775807)
                ORDER BY id LIMIT $1;
                """, db);
            cmd.Parameters.Add(new NpgsqlParameter<int> { TypedValue = Round });
            await using var r = await cmd.ExecuteReaderAsync(cancel);
            while (await r.ReadAsync(cancel))
                ready.Add((r.GetInt64(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4)));
        }
        if (ready.Count == 0)
            return 0;
        int added = Added, versions = NewVersions, unchanged = Unchanged, failed = Failed;
        var crawled = new List<UrlState>();
        var now = DateTimeOffset.UtcNow;
        var prepared = new List<(PreparedArticle Article, FollowedPage? Follow)>(ready.Count);
        foreach (var job in ready)
        {
            if (job.State == JobState.Dead)
            {
                Failed++;
                QueueLog.DeadSkipped(logger, job.Id, $"{SourceOf(job.Payload) ?? $"job {job.Id}"}: {job.Error}");
                continue;
            }
            var (article, error, warning) = QueuedDocument.Prepare(job.Result!, Allocator, out var follow);
            if (error is not null)
            {
                Failed++;
                QueueLog.InputFailed(logger, error.Source, error.Reason);
                if (follow is not null)
                    crawled.Add(new UrlState(follow.Key, follow.Source, UrlStatus.Failed, now, follow.Listed, null, null, error.Reason, follow.Attempts, false, false));
                continue;
            }
            if (warning is not null)
                IngestLog.InputWarning(logger, warning.Source, warning.Reason);
            prepared.Add((article!, follow));
        }
        // The round's store look-ups in one round trip rather than three per article: they were the leader's limit.
        await ingestor.PrefetchAsync(prepared.ConvertAll(p => p.Article), CancellationToken.None);
        foreach (var (article, follow) in prepared)
        {
            // Not cancelled midway: the round's articles are stored whole or, if this process dies, added again by the next leader.
            var result = await ingestor.AddPreparedAsync(article, CancellationToken.None);
            switch (result.Outcome)
            {
                case IngestOutcome.Added: Added++; break;
                case IngestOutcome.NewVersion: NewVersions++; break;
                default: Unchanged++; break;
            }
            if (follow is not null)
            {
                var state = new UrlState(follow.Key, follow.Source, UrlStatus.Stored, now, follow.Listed, follow.Hash, result.ArticleId, null, 1, follow.NoDate, follow.NoText);
                crawled.Add(state);
                // Another listing naming the canonical URL is then known too.
                if (follow.Canonical is { } canonical && !string.Equals(canonical, follow.Key, StringComparison.Ordinal))
                    crawled.Add(state with { Url = canonical });
            }
        }
        await ingestor.FlushAsync(cancel: CancellationToken.None);
        await crawl.SaveUrlStatesAsync(crawled, CancellationToken.None);
        await using (var db = await source.OpenConnectionAsync(CancellationToken.None))
        {
            await using var mark = new NpgsqlCommand("UPDATE jobs SET consumed = true, result = NULL WHERE id = ANY($1);", db);
            mark.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = ready.Select(j => j.Id).ToArray() });
            await mark.ExecuteNonQueryAsync(CancellationToken.None);
        }
        QueueLog.Stored(logger, ready[0].Id, ready[^1].Id, Added - added, NewVersions - versions, Unchanged - unchanged, Failed - failed);
        return ready.Count;
    }

    /// <summary>The document a dead job held, when its payload can be read at all (it may be why the job died).</summary>
    private static string? SourceOf(string? payload)
    {
        try
        {
            return payload is null ? null : QueuedDocument.Decode(payload).Document.Source;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private ArticleIds.Allocator Allocator(string run)
    {
        if (_runs.TryGetValue(run, out var ids))
            return ids;
        if (_runOrder.Count >= 16)
            _runs.Remove(_runOrder.Dequeue());
        _runOrder.Enqueue(run);
        return _runs[run] = new ArticleIds.Allocator();
    }
}
