using Parallax.Extraction.Inputs;

namespace Parallax.Ingestion;

/// <summary>
/// The async face of a source whose reading is synchronous (local files, memory): each item is produced on the
/// enumerating thread, without blocking on a task and without a thread hop per item. Cancellation (the source's
/// token or the enumerator's) is checked before each item.
/// </summary>
internal sealed class SyncSource(Func<IEnumerable<InputItem>> items, CancellationToken cancel) : IAsyncEnumerable<InputItem>
{
    public IAsyncEnumerator<InputItem> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        new Enumerator(items().GetEnumerator(), cancel, cancellationToken);

    private sealed class Enumerator(IEnumerator<InputItem> inner, CancellationToken first, CancellationToken second) : IAsyncEnumerator<InputItem>
    {
        public InputItem Current => inner.Current;

        public ValueTask<bool> MoveNextAsync()
        {
            first.ThrowIfCancellationRequested();
            second.ThrowIfCancellationRequested();
            return ValueTask.FromResult(inner.MoveNext());
        }

        public ValueTask DisposeAsync()
        {
            inner.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
