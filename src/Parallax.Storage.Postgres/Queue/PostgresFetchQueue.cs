using Parallax.Acquisition.Following;

namespace Parallax.Storage.Postgres.Queue;

/// <summary>
/// <c>follow --enqueue</c>'s side of the queue: the article pages the monitor found, as fetch jobs, each URL once
/// (the jobs' unique dedup key), with its host so a claim passes over the jobs of a host that is not free.
/// </summary>
internal sealed class PostgresFetchQueue : IFetchQueue
{
    private const int Batch = 500;
    private readonly JobQueue _queue;

    private PostgresFetchQueue(JobQueue queue) => _queue = queue;

    /// <summary>The queue of the PostgreSQL store at <paramref name="location"/> (created or migrated first).</summary>
    public static async Task<PostgresFetchQueue> OpenAsync(string location, CancellationToken cancel = default)
    {
        var source = await PostgresWorker.OpenSourceAsync(location, cancel);
        return new PostgresFetchQueue(new JobQueue(source, new QueueOptions(), $"{Environment.MachineName}/{Environment.ProcessId}/follow"));
    }

    public async Task<int> EnqueueAsync(IReadOnlyList<QueuedFetch> fetches, CancellationToken cancel)
    {
        int added = 0;
        foreach (var chunk in fetches.Chunk(Batch))
            added += await _queue.EnqueueUniqueAsync(JobKind.Fetch, [.. chunk.Select(f => (f.DedupKey, f.Host, f.Encode()))], cancel);
        return added;
    }
}
