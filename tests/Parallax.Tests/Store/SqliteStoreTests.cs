using Microsoft.Data.Sqlite;
using Parallax.Store;
using Parallax.Storage.Sqlite;
using Parallax.Tests.Support;

namespace Parallax.Tests.Store;

/// <summary>The conformance facts on SQLite, plus what only the SQLite file shows: its journal, schema version and failures.</summary>
public sealed class SqliteStoreTests : StoreConformanceTests, IDisposable
{
    private readonly TempDir _dir = new();

    private string DbPath => _dir.Combine("store/parallax.db");

    protected override ValueTask<IStoryWriter> OpenAsync() => new SqliteEngine().OpenWriterAsync(DbPath);

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_new_store_is_created_with_its_folder_in_wal_mode_at_the_latest_schema()
    {
        using var s = SqliteStoryStore.Open(DbPath);
        Assert.True(File.Exists(DbPath));
        Assert.Equal(SqliteMigrationsCount(), s.SchemaVersion);
        using var db = new SqliteConnection($"Data Source={DbPath}");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", cmd.ExecuteScalar());
    }

    private static int SqliteMigrationsCount() => typeof(SqliteStoryStore).Assembly.GetType("Parallax.Storage.Sqlite.SqliteMigrations")!
        .GetField("Steps")!.GetValue(null) is string[] steps ? steps.Length : -1;

    [Fact]
    public void A_store_from_a_newer_parallax_is_refused_by_name()
    {
        using (SqliteStoryStore.Open(DbPath)) { }
        Pragma("PRAGMA user_version = 99;");
        var e = Assert.Throws<StoreException>(() => SqliteStoryStore.Open(DbPath));
        Assert.Equal($"{DbPath}: written by a newer Parallax (schema 99; this one knows {SqliteMigrationsCount()})", e.Message);
    }

    [Fact]
    public async Task A_store_of_an_older_schema_is_upgraded_even_when_opened_for_reading()
    {
        using (var s = SqliteStoryStore.Open(DbPath))
            await s.WriteAsync([Item("kept", "Stored before the upgrade.", 1)]);
        Pragma("""
            DROP TABLE checkpoint_parts;
            DROP TABLE checkpoint;
            DROP TABLE crawl_feeds;
            DROP TABLE crawl_urls;
            DROP TABLE story_members;
            ALTER TABLE articles RENAME COLUMN first_story_id TO story_id;
            CREATE INDEX articles_story ON articles(story_id);
            ALTER TABLE articles DROP COLUMN duplicate_of;
            PRAGMA user_version = 1;
            """);
        using var reader = SqliteStoryStore.Open(DbPath, readOnly: true);
        Assert.Equal(SqliteMigrationsCount(), reader.SchemaVersion);
        Assert.Equal("Stored before the upgrade.", (await reader.ArticleAsync("kept"))!.Article.Text);
        Assert.Null((await reader.ArticleAsync("kept"))!.DuplicateOf);
    }

    [Fact]
    public async Task A_store_of_schema_2_moves_story_membership_to_its_own_table()
    {
        await using (var s = SqliteStoryStore.Open(DbPath))
            await s.WriteAsync([Item("one", "First of the story.", 1), Item("two", "Moved by a regrouping.", 1)]);
        // Back to schema 2, where an article row held its story, then regroup there as schema 2 did.
        Pragma("""
            DROP TABLE checkpoint_parts;
            DROP TABLE checkpoint;
            DROP TABLE crawl_feeds;
            DROP TABLE crawl_urls;
            DROP TABLE story_members;
            ALTER TABLE articles RENAME COLUMN first_story_id TO story_id;
            CREATE INDEX articles_story ON articles(story_id);
            INSERT INTO stories(id) VALUES (5);
            UPDATE articles SET story_id = 5 WHERE name = 'two';
            PRAGMA user_version = 2;
            """);
        await using var upgraded = SqliteStoryStore.Open(DbPath);
        Assert.Equal(SqliteMigrationsCount(), upgraded.SchemaVersion);
        Assert.Equal(["one"], (await upgraded.StoryArticlesAsync(1)).Select(a => a.Key));
        Assert.Equal(5, (await upgraded.ArticleAsync("two"))!.StoryId);
        Assert.Equal(5, await upgraded.LastStoryIdAsync());
    }

    [Fact]
    public async Task Regrouping_rewrites_no_article_row()
    {
        await using var s = SqliteStoryStore.Open(DbPath);
        await s.WriteAsync([Item("r1", "One.", 1), Item("r2", "Two.", 1)]);
        var before = ArticleRows();
        await s.ReassignAsync(new Dictionary<long, long> { [(await s.ArticleAsync("r2"))!.Id] = 2 });
        await s.WriteAsync([Item("r3", "Three.", 3)], [(2, 3)]);
        Assert.Equal(3, (await s.ArticleAsync("r2"))!.StoryId);
        Assert.Equal(before, ArticleRows().Take(2));
    }

    /// <summary>Every article row as text, column by column, in id order.</summary>
    private List<string> ArticleRows()
    {
        using var db = new SqliteConnection($"Data Source={DbPath};Mode=ReadOnly;Pooling=false");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = "SELECT * FROM articles ORDER BY id;";
        using var r = cmd.ExecuteReader();
        var rows = new List<string>();
        while (r.Read())
            rows.Add(string.Join('|', Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? "null" : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        return rows;
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_without_being_changed()
    {
        File.WriteAllText(_dir.Combine("store/parallax.db"), "these are notes, not a database\n");
        var e = Assert.Throws<StoreException>(() => SqliteStoryStore.Open(DbPath));
        Assert.Equal($"{DbPath}: not a Parallax store (the file is not an SQLite database)", e.Message);
        Assert.Equal("these are notes, not a database\n", File.ReadAllText(DbPath));
    }

    [Fact]
    public void Another_programs_database_is_refused()
    {
        Pragma("CREATE TABLE contacts(name TEXT);");
        var e = Assert.Throws<StoreException>(() => SqliteStoryStore.Open(DbPath));
        Assert.Contains("not a Parallax store", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Opening_read_only_where_there_is_no_store_says_so_and_creates_nothing()
    {
        var e = Assert.Throws<StoreException>(() => SqliteStoryStore.Open(DbPath, readOnly: true));
        Assert.Contains("no store here", e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(DbPath));
    }

    [Fact]
    public async Task A_full_disk_fails_the_batch_whole_and_leaves_the_store_valid()
    {
        using var s = SqliteStoryStore.Open(DbPath);
        await s.WriteAsync([Item("before", "Written before the disk filled.", 1)]);
        // No more pages than the file has: the next growth meets a full disk, as on a size-limited volume.
        s.LimitGrowth(0);
        var big = string.Join(' ', Enumerable.Repeat("flood water rose over the embankment and the road", 4000));
        var e = await Assert.ThrowsAsync<StoreException>(async () => await s.WriteAsync([Item("a1", big, 2), Item("a2", big + " again", 2)]));
        Assert.Contains("the disk is full", e.Message, StringComparison.Ordinal);
        Assert.Contains("was not written", e.Message, StringComparison.Ordinal);
        Assert.Equal("ok", s.IntegrityCheck());
        Assert.Equal(1, (await s.CountsAsync()).Articles);
        Assert.Null(await s.ArticleAsync("a1"));
        Assert.Equal("Written before the disk filled.", (await s.ArticleAsync("before"))!.Article.Text);
    }

    private void Pragma(string sql)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DbPath)!);
        using var db = new SqliteConnection($"Data Source={DbPath};Pooling=false");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
