using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Parallax.Store;

namespace Parallax.Storage.Postgres;

/// <summary>
/// The PostgreSQL engine: a location is a connection URI, <c>postgresql://user@host:port/database</c>. The
/// database must exist (the server's owner makes it); the first ingest creates the tables in it.
/// </summary>
public sealed class PostgresEngine(ILogger? logger = null) : IStoreEngine
{
    /// <summary>One pool per database for the whole process: every store opened on it shares the pool's connections.</summary>
    private static readonly ConcurrentDictionary<string, NpgsqlDataSource> Sources = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public bool Accepts(string location) => PostgresLocation.IsPostgres(location);

    /// <inheritdoc />
    public async ValueTask<IStoryReader> OpenReaderAsync(string location, CancellationToken cancel = default) =>
        await PostgresStoryStore.OpenAsync(location, Source(location), readOnly: true, logger ?? NullLogger.Instance, cancel);

    /// <inheritdoc />
    public async ValueTask<IStoryWriter> OpenWriterAsync(string location, CancellationToken cancel = default) =>
        await PostgresStoryStore.OpenAsync(location, Source(location), readOnly: false, logger ?? NullLogger.Instance, cancel);

    internal static NpgsqlDataSource Source(string location) =>
        Sources.GetOrAdd(PostgresLocation.ConnectionString(location), cs => NpgsqlDataSource.Create(cs));

    /// <summary>Closes the pool of a database (tests drop their databases; a pool would hold connections to them).</summary>
    internal static async ValueTask ForgetAsync(string location)
    {
        if (Sources.TryRemove(PostgresLocation.ConnectionString(location), out var source))
            await source.DisposeAsync();
    }
}
