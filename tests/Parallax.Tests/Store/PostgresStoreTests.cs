using Parallax.Store;
using Parallax.Storage.Postgres;
using Parallax.Tests.Support;

namespace Parallax.Tests.Store;

/// <summary>
/// The conformance facts on PostgreSQL (a database of its own per test on the shared throwaway cluster), plus what
/// only this engine shows: connection URIs, its schema version, its writer lock.
/// </summary>
public sealed class PostgresStoreTests : StoreConformanceTests, IAsyncLifetime
{
    private string? _uri;

    protected override async ValueTask<IStoryWriter> OpenAsync()
    {
        _uri ??= await PostgresCluster.CreateDatabaseAsync();
        return await new PostgresEngine().OpenWriterAsync(_uri);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_uri is not null)
            await PostgresCluster.DropDatabaseAsync(_uri);
    }
}
