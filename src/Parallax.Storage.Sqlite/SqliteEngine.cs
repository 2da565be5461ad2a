using Microsoft.Extensions.Logging;
using Parallax.Store;

namespace Parallax.Storage.Sqlite;

/// <summary>The SQLite engine: a location is a file path (anything that is not a <c>scheme://</c> URI).</summary>
public sealed class SqliteEngine(ILogger? logger = null) : IStoreEngine
{
    public bool Accepts(string location) => !location.Contains("://", StringComparison.Ordinal);

    public ValueTask<IStoryReader> OpenReaderAsync(string location, CancellationToken cancel = default) =>
        ValueTask.FromResult<IStoryReader>(SqliteStoryStore.Open(location, readOnly: true, logger));

    public ValueTask<IStoryWriter> OpenWriterAsync(string location, CancellationToken cancel = default) =>
        ValueTask.FromResult<IStoryWriter>(SqliteStoryStore.Open(location, logger: logger));
}
