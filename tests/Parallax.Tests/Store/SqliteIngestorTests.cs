using Parallax.Store;
using Parallax.Storage.Sqlite;

namespace Parallax.Tests.Store;

/// <summary>The ingest facts on SQLite: a file per named store.</summary>
public sealed class SqliteIngestorTests : IngestorTests
{
    protected override Task<IStoryWriter> OpenStore(string name = "p.db") => Task.FromResult<IStoryWriter>(SqliteStoryStore.Open(Dir.Combine(name)));
}
