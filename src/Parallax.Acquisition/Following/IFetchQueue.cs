namespace Parallax.Acquisition.Following;

/// <summary>Where <c>follow --enqueue</c> puts the article pages to fetch: the PostgreSQL store's job queue.</summary>
internal interface IFetchQueue
{
    /// <summary>Enqueues fetches in order, each at most once (by <see cref="QueuedFetch.DedupKey"/>); returns how many were new.</summary>
    Task<int> EnqueueAsync(IReadOnlyList<QueuedFetch> fetches, CancellationToken cancel);
}
