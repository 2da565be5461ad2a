namespace Parallax.Store;

/// <summary>
/// The store as an ingest sees it: the reads it needs to place articles, and batched writes, each written
/// whole or not at all.
/// </summary>
public interface IStoryWriter : IStoryReader
{
    /// <summary>
    /// Writes a batch in one transaction: the articles, their entities and search text, the versions they
    /// supersede, and the stories they join (created when new).
    /// </summary>
    /// <param name="batch">The articles, in ingest order.</param>
    /// <param name="merges">Stories merged while the batch was assigned, in order: after the articles are
    /// written, every article of <c>From</c> moves to <c>Into</c>.</param>
    /// <param name="checkpoint">When given, called inside the transaction with the batch's last row id (0 for
    /// an empty batch): the state it returns is saved with the batch, replacing the previous one, and so are
    /// its parts, each replacing the part of its key, so the saved state always matches a commit.</param>
    /// <param name="cancel">Cancels before the commit; a cancelled batch is not written.</param>
    /// <returns>The row id of the batch's last article (ids grow in ingest order), or 0 for an empty batch.</returns>
    ValueTask<long> WriteAsync(IReadOnlyList<NewArticle> batch, IReadOnlyList<(long From, long Into)>? merges = null,
        Func<long, Checkpoint>? checkpoint = null, CancellationToken cancel = default);

    /// <summary>The state saved by the latest batch written with a checkpoint, or null when there is none.</summary>
    ValueTask<byte[]?> LoadCheckpointAsync(CancellationToken cancel = default);

    /// <summary>The saved checkpoint parts of these keys, by key; a key never saved is left out.</summary>
    ValueTask<IReadOnlyDictionary<int, byte[]>> LoadCheckpointPartsAsync(IReadOnlyCollection<int> keys, CancellationToken cancel = default);

    /// <summary>
    /// The right to write, held by one ingest at a time across processes (story grouping replays the
    /// store, so two writers would hand out the same story ids). Waits up to <paramref name="wait"/>, then
    /// throws a <see cref="StoreException"/> naming the store. Dispose to release; a killed process releases it.
    /// </summary>
    ValueTask<IDisposable> AcquireWriterAsync(TimeSpan wait, CancellationToken cancel = default);

    /// <summary>
    /// The highest story id handed out so far (0 for an empty store). Story ids belong to the store, not to
    /// the grouper: the ingest holding the writer lock numbers the stories it opens from the next one, and
    /// stories are never deleted, so an id never comes to mean another story.
    /// </summary>
    ValueTask<long> LastStoryIdAsync(CancellationToken cancel = default);

    /// <summary>Moves articles to other stories (a regrouping), recomputing the stories touched, in one transaction.</summary>
    ValueTask ReassignAsync(IReadOnlyDictionary<long, long> storyOfArticle, CancellationToken cancel = default);
}
