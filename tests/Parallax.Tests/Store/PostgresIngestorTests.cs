using Parallax.Store;
using Parallax.Storage.Postgres;
using Parallax.Tests.Support;

namespace Parallax.Tests.Store;

/// <summary>The ingest facts on PostgreSQL: a database of the shared test cluster per named store.</summary>
public sealed class PostgresIngestorTests : IngestorTests, IAsyncLifetime
{
    private readonly Dictionary<string, string> _databases = new(StringComparer.Ordinal);

    protected override async Task<IStoryWriter> OpenStore(string name = "p.db")
    {
        if (!_databases.TryGetValue(name, out var uri))
            _databases[name] = uri = await PostgresCluster.CreateDatabaseAsync();
        return await new PostgresEngine().OpenWriterAsync(uri);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        foreach (var uri in _databases.Values)
            await PostgresCluster.DropDatabaseAsync(uri);
    }
}
