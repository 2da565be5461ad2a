using Parallax.Tests.Support;

namespace Parallax.Tests.Web;

/// <summary>The test server over a PostgreSQL store: a database of its own on the shared test cluster, dropped afterwards.</summary>
public sealed class PostgresWebServerFixture : WebServerFixture
{
    private string? _uri;

    public override string? Unavailable => PostgresCluster.Unavailable;

    protected override async Task<string> CreateStoreAsync() => _uri = await PostgresCluster.CreateDatabaseAsync();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_uri is not null)
            await PostgresCluster.DropDatabaseAsync(_uri);
    }
}
