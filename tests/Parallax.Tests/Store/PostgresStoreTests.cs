using Npgsql;
using Parallax.Store;
using Parallax.Storage.Postgres;
using Parallax.Tests.Support;

namespace Parallax.Tests.Store;

/// <summary>
/// The conformance facts on PostgreSQL (a database of its own per test on the shared throwaway cluster), plus what
/// only this engine shows: a database with no store, its schema version, migrations racing, search in the server.
/// </summary>
public sealed class PostgresStoreTests : StoreConformanceTests, IAsyncLifetime
{
    private string? _uri;

    private async Task<string> Uri() => _uri ??= await PostgresCluster.CreateDatabaseAsync();

    protected override async ValueTask<IStoryWriter> OpenAsync() => await new PostgresEngine().OpenWriterAsync(await Uri());

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_uri is not null)
            await PostgresCluster.DropDatabaseAsync(_uri);
    }

    private async Task Sql(string sql)
    {
        await using var db = new NpgsqlConnection(PostgresLocation.ConnectionString(await Uri()) + ";Pooling=false");
        await db.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, db);
        await cmd.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task A_database_without_a_store_is_refused_for_reading_and_left_as_it_was()
    {
        var uri = await Uri();
        var e = await Assert.ThrowsAsync<StoreException>(async () => await new PostgresEngine().OpenReaderAsync(uri));
        Assert.Equal($"{uri}: no store here (run parallax ingest first, or name one with --db)", e.Message);
        // The refused read created nothing: a writer then finds an empty database and makes the store.
        await using var s = await OpenAsync();
        Assert.Equal(0, (await s.CountsAsync()).Articles);
    }

    [Fact]
    public async Task A_new_store_is_at_the_latest_schema_and_a_newer_one_is_refused_by_name()
    {
        await using (var s = await OpenAsync())
            Assert.Equal(PostgresMigrations.Steps.Length, (await s.CountsAsync()).SchemaVersion);
        await Sql("UPDATE parallax_schema SET version = 99;");
        var e = await Assert.ThrowsAsync<StoreException>(async () => await OpenAsync());
        Assert.Equal($"{await Uri()}: written by a newer Parallax (schema 99; this one knows {PostgresMigrations.Steps.Length})", e.Message);
    }

    [Fact]
    public async Task A_store_of_an_older_schema_is_upgraded_even_when_opened_for_reading()
    {
        await using (var s = await OpenAsync()) { }
        // Back to schema 1 (the search configuration only), as a store made by an older Parallax would be.
        await Sql("DROP TABLE host_lease, crawl_feeds, crawl_urls, checkpoint_parts, jobs, checkpoint, mentions, story_members, articles, stories; UPDATE parallax_schema SET version = 1;");
        await using var reader = await new PostgresEngine().OpenReaderAsync(await Uri());
        Assert.Equal(new StoreCounts(0, 0, 0, PostgresMigrations.Steps.Length), await reader.CountsAsync());
        await using var writer = await OpenAsync();
        await writer.WriteAsync([Item("up", "Written after the upgrade.", 1)]);
        Assert.Single(await reader.SearchAsync("upgrade", new StoreFilter(), 10));
    }

    [Fact]
    public async Task A_database_with_tables_of_its_own_by_the_same_names_is_not_taken_over()
    {
        await Sql("CREATE TABLE articles(id integer);");
        var e = await Assert.ThrowsAsync<StoreException>(async () => await OpenAsync());
        Assert.EndsWith("not a Parallax store (the database has tables named articles or stories of its own)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Processes_opening_a_new_store_at_once_migrate_it_once()
    {
        var uri = await Uri();
        var opens = Enumerable.Range(0, 4).Select(_ => Task.Run(async () => await new PostgresEngine().OpenWriterAsync(uri))).ToList();
        foreach (var s in await Task.WhenAll(opens))
        {
            Assert.Equal(PostgresMigrations.Steps.Length, (await s.CountsAsync()).SchemaVersion);
            await s.DisposeAsync();
        }
    }

    [Fact]
    public async Task Search_folds_accents_and_case_and_marks_the_matched_words_in_a_cut_snippet()
    {
        await using var s = await OpenAsync();
        var filler = string.Join(' ', Enumerable.Repeat("Nothing of note happened in the valley that week.", 6));
        await s.WriteAsync([Item("cafe", $"{filler} The Café Lumière reopened on Friday after the flood. {filler}", 1, title: "Reopening")]);
        var hit = Assert.Single(await s.SearchAsync("cafe LUMIERE", new StoreFilter(), 10));
        Assert.Contains($"{SearchHit.MatchStart}Café{SearchHit.MatchEnd}", hit.Snippet, StringComparison.Ordinal);
        Assert.StartsWith("…", hit.Snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_writer_lock_is_released_when_its_holder_dies()
    {
        await using var s = await OpenAsync();
        var held = await s.AcquireWriterAsync(TimeSpan.FromSeconds(1));
        // A killed process's connection is closed by the server: terminating the backend is the same thing (its name carries the pid).
        await Sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name LIKE 'parallax writer %' AND datname = current_database();");
        await using var other = await OpenAsync();
        (await other.AcquireWriterAsync(TimeSpan.FromSeconds(5))).Dispose();
        held.Dispose();
    }
}
