using Microsoft.Extensions.Logging;
using Parallax.Store;

namespace Parallax.Storage.Sqlite;

/// <summary>The SQLite engine: a location is a file path (anything that is not a <c>scheme://</c> URI).</summary>
public sealed class SqliteEngine(ILogger? logger = null) : IStoreEngine
{
    /// <inheritdoc />
    public bool Accepts(string location) => !location.Contains("://", StringComparison.Ordinal);

    /// <inheritdoc />
    public ValueTask<IStoryReader> OpenReaderAsync(string location, CancellationToken cancel = default) =>
        ValueTask.FromResult<IStoryReader>(SqliteStoryStore.Open(location, readOnly: true, logger));

    /// <inheritdoc />
    public ValueTask<IStoryWriter> OpenWriterAsync(string location, CancellationToken cancel = default) =>
        ValueTask.FromResult<IStoryWriter>(SqliteStoryStore.Open(location, logger: logger));
}
