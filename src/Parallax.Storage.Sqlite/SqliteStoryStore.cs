using System.Globalization;
using Microsoft.Data.Sqlite;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Parallax.Store;

namespace Parallax.Storage.Sqlite;

/// <summary>
/// The store in one SQLite file: write-ahead logging (readers never wait for the writer, and a killed
/// writer loses only its open transaction), migrations on open, FTS5 over titles and texts.
/// One instance holds one connection and is not thread-safe; open one per thread. SQLite calls are
/// synchronous underneath (Microsoft.Data.Sqlite's async methods are too), so the async members finish at once.
/// </summary>
internal sealed partial class SqliteStoryStore : IStoryWriter, ICrawlState, IDisposable
{
    private readonly SqliteConnection _db;

    public string Path { get; }

    public string Location => Path;

    private SqliteStoryStore(string path, SqliteConnection db)
    {
        Path = path;
        _db = db;
    }

    /// <summary>Thrown inside <see cref="Open"/> when a read-only open meets an older schema, which it upgrades first.</summary>
    private sealed class OlderSchemaException : Exception;

    /// <summary>
    /// Opens the store at <paramref name="path"/>, creating it (and its folder) when absent, and brings its
    /// schema up to date. A read-only open of a store with an older schema upgrades it once, then reads.
    /// </summary>
    public static SqliteStoryStore Open(string path, bool readOnly = false, ILogger? logger = null)
    {
        logger ??= NullLogger.Instance;
        SqliteStoryStore store;
        try
        {
            store = OpenOnce(path, readOnly, logger);
        }
        catch (OlderSchemaException)
        {
            OpenOnce(path, readOnly: false, logger).Dispose();
            store = OpenOnce(path, readOnly, logger);
        }
        if (logger.IsEnabled(LogLevel.Debug))
            StoreLog.Opened(logger, path, readOnly ? "read-only" : "read-write", store.SchemaVersion);
        return store;
    }

    private static SqliteStoryStore OpenOnce(string path, bool readOnly, ILogger logger)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (readOnly && !File.Exists(full))
            throw new StoreException($"{path}: no store here (run parallax ingest first, or name one with --db)");
        if (!readOnly && System.IO.Path.GetDirectoryName(full) is { } dir)
            Directory.CreateDirectory(dir);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        };
        var db = new SqliteConnection(builder.ToString());
        try
        {
            db.Open();
            Exec(db, "PRAGMA busy_timeout = 10000;");
            if (!readOnly)
            {
                // WAL: commits are atomic and survive a killed process; NORMAL sync is durable across process
                // crashes (only a power cut can lose the last commits, never corrupt the file).
                Exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
            }
            Exec(db, "PRAGMA foreign_keys = ON;");
            var store = new SqliteStoryStore(path, db);
            store.Migrate(readOnly, logger);
            return store;
        }
        catch (SqliteException e)
        {
            db.Dispose();
            throw new StoreException($"{path}: {Describe(e)}", e);
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }

    /// <summary>The one-line reason an SQLite error gives, in words a user can act on.</summary>
    internal static string Describe(SqliteException e) => e.SqliteErrorCode switch
    {
        26 => "not a Parallax store (the file is not an SQLite database)",
        13 => "the disk is full",
        8 => "the store is read-only here",
        5 or 6 => "the store is locked by another process",
        14 => "cannot open the store file",
        11 => "the store file is damaged",
        _ => e.Message.Replace('\n', ' '),
    };

    public int SchemaVersion => Convert.ToInt32(Scalar("PRAGMA user_version;"), CultureInfo.InvariantCulture);

    private void Migrate(bool readOnly, ILogger logger)
    {
        int version = SchemaVersion;
        int known = SqliteMigrations.Steps.Length;
        if (version > known)
            throw new StoreException($"{Path}: written by a newer Parallax (schema {version}; this one knows {known})");
        if (version == 0 && !readOnly && HasForeignTables())
            throw new StoreException($"{Path}: not a Parallax store (an SQLite database with other tables)");
        if (version < known && readOnly)
            throw new OlderSchemaException();
        for (int step = version; step < known; step++)
        {
            using var tx = _db.BeginTransaction();
            Exec(_db, SqliteMigrations.Steps[step], tx);
            Exec(_db, $"PRAGMA user_version = {step + 1};", tx);
            tx.Commit();
        }
        if (version < known)
            StoreLog.Migrated(logger, Path, version, known);
    }

    private bool HasForeignTables() => Convert.ToInt64(Scalar("SELECT count(*) FROM sqlite_schema WHERE type = 'table';"), CultureInfo.InvariantCulture) > 0;

    public ValueTask<StoredVersion?> LatestAsync(string identityKey, CancellationToken cancel = default) => ValueTask.FromResult(Latest(identityKey));

    private StoredVersion? Latest(string identityKey)
    {
        using var cmd = Command("SELECT a.id, a.name, a.version, a.content_hash, m.story_id FROM articles a JOIN story_members m ON m.article_id = a.id WHERE a.identity = $k ORDER BY a.version DESC LIMIT 1;");
        cmd.Parameters.AddWithValue("$k", identityKey);
        using var r = cmd.ExecuteReader();
        return r.Read() ? new StoredVersion(r.GetInt64(0), r.GetString(1), r.GetInt32(2), r.GetString(3), r.GetInt64(4)) : null;
    }

    public ValueTask<StoredVersion?> FindAsync(string identityKey, string contentHash, CancellationToken cancel = default) =>
        ValueTask.FromResult(Find(identityKey, contentHash));

    private StoredVersion? Find(string identityKey, string contentHash)
    {
        using var cmd = Command("SELECT a.id, a.name, a.version, a.content_hash, m.story_id FROM articles a JOIN story_members m ON m.article_id = a.id WHERE a.identity = $k AND a.content_hash = $h LIMIT 1;");
        cmd.Parameters.AddWithValue("$k", identityKey);
        cmd.Parameters.AddWithValue("$h", contentHash);
        using var r = cmd.ExecuteReader();
        return r.Read() ? new StoredVersion(r.GetInt64(0), r.GetString(1), r.GetInt32(2), r.GetString(3), r.GetInt64(4)) : null;
    }

    public ValueTask<long> WriteAsync(IReadOnlyList<NewArticle> batch, IReadOnlyList<(long From, long Into)>? merges = null,
        Func<long, Checkpoint>? checkpoint = null, CancellationToken cancel = default)
    {
        cancel.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Write(batch, merges, checkpoint));
    }

    private long Write(IReadOnlyList<NewArticle> batch, IReadOnlyList<(long From, long Into)>? merges, Func<long, Checkpoint>? checkpoint)
    {
        if (batch.Count == 0 && (merges is null || merges.Count == 0) && checkpoint is null)
            return 0;
        try
        {
            using var tx = _db.BeginTransaction();
            using var writer = new BatchWriter(_db, tx);
            long last = 0;
            foreach (var a in batch)
                last = writer.Add(a);
            foreach (var (from, into) in merges ?? [])
                writer.Merge(from, into);
            writer.RefreshStories();
            if (checkpoint is not null)
            {
                var saved = checkpoint(last);
                using var save = Command("INSERT INTO checkpoint(id, state) VALUES (1, $s) ON CONFLICT(id) DO UPDATE SET state = excluded.state;", tx);
                save.Parameters.Add("$s", SqliteType.Blob).Value = saved.State;
                save.ExecuteNonQuery();
                if (saved.Parts.Count > 0)
                {
                    using var part = Command("INSERT INTO checkpoint_parts(key, state) VALUES ($k, $s) ON CONFLICT(key) DO UPDATE SET state = excluded.state;", tx);
                    var key = part.Parameters.Add("$k", SqliteType.Integer);
                    var state = part.Parameters.Add("$s", SqliteType.Blob);
                    foreach (var (k, bytes) in saved.Parts)
                    {
                        (key.Value, state.Value) = (k, bytes);
                        part.ExecuteNonQuery();
                    }
                }
            }
            tx.Commit();
            return last;
        }
        catch (SqliteException e)
        {
            throw new StoreException($"{Path}: {Describe(e)}; the batch of {batch.Count} articles was not written", e);
        }
    }

    /// <summary>
    /// An exclusive lock on <c>DB.writer</c> beside the store. .NET takes FileShare.None as an flock on
    /// Unix and a share lock on Windows: both are released by the OS when the process dies, even by SIGKILL.
    /// </summary>
    public async ValueTask<IDisposable> AcquireWriterAsync(TimeSpan wait, CancellationToken cancel = default)
    {
        var lockPath = System.IO.Path.GetFullPath(Path) + ".writer";
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100, cancel);
            }
            catch (IOException e)
            {
                throw new StoreException($"{Path}: another ingest is writing to this store; run this one when it has finished", e);
            }
        }
    }

    public async IAsyncEnumerable<StoredArticle> ReadAllAsync(long afterId = 0, [EnumeratorCancellation] CancellationToken cancel = default)
    {
        using var cmd = Command($"SELECT {ArticleColumns} FROM {BatchWriter.Members} WHERE a.id > $after ORDER BY a.id;");
        cmd.Parameters.AddWithValue("$after", afterId);
        await using var r = await cmd.ExecuteReaderAsync(cancel);
        while (await r.ReadAsync(cancel))
            yield return ReadArticle(r);
    }

    public ValueTask<StoredArticle?> ArticleAsync(string name, CancellationToken cancel = default) => ValueTask.FromResult(Article(name));

    private StoredArticle? Article(string name)
    {
        using var cmd = Command($"SELECT {ArticleColumns} FROM {BatchWriter.Members} WHERE a.name = $name ORDER BY a.version DESC LIMIT 1;");
        cmd.Parameters.AddWithValue("$name", name);
        using var r = cmd.ExecuteReader();
        return r.Read() ? ReadArticle(r) : null;
    }

    public ValueTask<IReadOnlyList<StoredArticle>> VersionsAsync(string name, CancellationToken cancel = default) =>
        ValueTask.FromResult(Versions(name));

    private IReadOnlyList<StoredArticle> Versions(string name)
    {
        using var cmd = Command($"SELECT {ArticleColumns} FROM {BatchWriter.Members} WHERE a.name = $name ORDER BY a.version;");
        cmd.Parameters.AddWithValue("$name", name);
        return ReadAll(cmd, ReadArticle);
    }

    public ValueTask<bool> NameTakenAsync(string name, string identityKey, CancellationToken cancel = default) =>
        ValueTask.FromResult(NameTaken(name, identityKey));

    // In process, a look-up costs microseconds: one query per question is as fast as any batch.
    public ValueTask<IReadOnlyList<ArticleLookup>> LookupAsync(IReadOnlyList<ArticleProbe> probes, CancellationToken cancel = default) =>
        ValueTask.FromResult<IReadOnlyList<ArticleLookup>>(
            probes.Select(p => new ArticleLookup(Find(p.IdentityKey, p.ContentHash), Latest(p.IdentityKey), NameTaken(p.Name, p.IdentityKey))).ToArray());

    private bool NameTaken(string name, string identityKey)
    {
        using var cmd = Command("SELECT 1 FROM articles WHERE name = $name AND identity <> $k LIMIT 1;");
        cmd.Parameters.AddWithValue("$name", name);
        cmd.Parameters.AddWithValue("$k", identityKey);
        return cmd.ExecuteScalar() is not null;
    }

    public ValueTask<IReadOnlyList<ArticleSummary>> StoryMembersAsync(long storyId, CancellationToken cancel = default) =>
        ValueTask.FromResult(StoryMembers(storyId));

    private IReadOnlyList<ArticleSummary> StoryMembers(long storyId)
    {
        using var cmd = Command($"""
            SELECT a.name, a.title, a.outlet, a.published, a.url FROM {BatchWriter.Members}
            WHERE m.story_id = $s AND a.superseded_by IS NULL
            ORDER BY a.published IS NULL, a.published, a.id;
            """);
        cmd.Parameters.AddWithValue("$s", storyId);
        return ReadAll(cmd, r => new ArticleSummary(r.GetString(0), NullableString(r, 1), NullableString(r, 2), NullableString(r, 3), NullableString(r, 4)));
    }

    public ValueTask<IReadOnlyList<StoredArticle>> StoryArticlesAsync(long storyId, CancellationToken cancel = default) =>
        ValueTask.FromResult(StoryArticles(storyId));

    private IReadOnlyList<StoredArticle> StoryArticles(long storyId)
    {
        using var cmd = Command($"""
            SELECT {ArticleColumns} FROM {BatchWriter.Members}
            WHERE m.story_id = $s AND a.superseded_by IS NULL
            ORDER BY a.published IS NULL, a.published, a.id;
            """);
        cmd.Parameters.AddWithValue("$s", storyId);
        return ReadAll(cmd, ReadArticle);
    }

    public ValueTask<StorySummary?> StoryAsync(long id, CancellationToken cancel = default) => ValueTask.FromResult(Story(id));

    private StorySummary? Story(long id)
    {
        using var cmd = Command($"SELECT {StoryColumns} FROM stories WHERE id = $id AND articles > 0;");
        cmd.Parameters.AddWithValue("$id", id);
        using var r = cmd.ExecuteReader();
        return r.Read() ? ReadStory(r) : null;
    }

    public ValueTask<IReadOnlyList<StorySummary>> StoriesAsync(StoreFilter filter, StoryOrder order, int limit, int offset = 0, CancellationToken cancel = default) =>
        ValueTask.FromResult(Stories(filter, order, limit, offset));

    private IReadOnlyList<StorySummary> Stories(StoreFilter filter, StoryOrder order, int limit, int offset)
    {
        using var cmd = Command("");
        var where = new List<string> { "articles > 0" };
        var articleConditions = ArticleFilter(filter, cmd, "a");
        if (articleConditions.Count > 0)
            where.Add($"EXISTS (SELECT 1 FROM {BatchWriter.Members} WHERE m.story_id = stories.id AND a.superseded_by IS NULL AND {string.Join(" AND ", articleConditions)})");
        var orderBy = order == StoryOrder.Busiest
            ? "articles DESC, last_published DESC, id DESC"
            : "last_published IS NULL, last_published DESC, id DESC";
        cmd.CommandText = $"SELECT {StoryColumns} FROM stories WHERE {string.Join(" AND ", where)} ORDER BY {orderBy} LIMIT $limit OFFSET $offset;";
        cmd.Parameters.AddWithValue("$limit", limit);
        cmd.Parameters.AddWithValue("$offset", offset);
        return ReadAll(cmd, ReadStory);
    }

    public ValueTask<IReadOnlyList<SearchHit>> SearchAsync(string query, StoreFilter filter, int limit, int offset = 0, CancellationToken cancel = default) =>
        ValueTask.FromResult(Search(query, filter, limit, offset));

    private IReadOnlyList<SearchHit> Search(string query, StoreFilter filter, int limit, int offset)
    {
        var fts = FtsQuery.Build(query);
        if (fts is null)
            return [];
        using var cmd = Command("");
        var conditions = ArticleFilter(filter, cmd, "a");
        conditions.Insert(0, "a.superseded_by IS NULL");
        cmd.CommandText = $"""
            SELECT a.name, m.story_id, a.title, a.outlet, a.published,
                   snippet(articles_fts, 1, '{SearchHit.MatchStart}', '{SearchHit.MatchEnd}', '…', 16), bm25(articles_fts, 4.0, 1.0)
            FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid JOIN story_members m ON m.article_id = a.id
            WHERE articles_fts MATCH $q AND {string.Join(" AND ", conditions)}
            ORDER BY bm25(articles_fts, 4.0, 1.0), a.id DESC
            LIMIT $limit OFFSET $offset;
            """;
        cmd.Parameters.AddWithValue("$q", fts);
        cmd.Parameters.AddWithValue("$limit", limit);
        cmd.Parameters.AddWithValue("$offset", offset);
        return ReadAll(cmd, r => new SearchHit(r.GetString(0), r.GetInt64(1), NullableString(r, 2), NullableString(r, 3), NullableString(r, 4),
            r.GetString(5), -r.GetDouble(6)));
    }

    public ValueTask ReassignAsync(IReadOnlyDictionary<long, long> storyOfArticle, CancellationToken cancel = default)
    {
        cancel.ThrowIfCancellationRequested();
        Reassign(storyOfArticle);
        return ValueTask.CompletedTask;
    }

    private void Reassign(IReadOnlyDictionary<long, long> storyOfArticle)
    {
        if (storyOfArticle.Count == 0)
            return;
        using var tx = _db.BeginTransaction();
        var touched = new HashSet<long>();
        using (var find = Command("SELECT story_id FROM story_members WHERE article_id = $id;", tx))
        using (var move = Command("UPDATE story_members SET story_id = $s WHERE article_id = $id;", tx))
        using (var ensure = Command("INSERT OR IGNORE INTO stories(id) VALUES ($s);", tx))
        {
            var findId = find.Parameters.Add("$id", SqliteType.Integer);
            var moveStory = move.Parameters.Add("$s", SqliteType.Integer);
            var moveId = move.Parameters.Add("$id", SqliteType.Integer);
            var ensureStory = ensure.Parameters.Add("$s", SqliteType.Integer);
            foreach (var (article, story) in storyOfArticle)
            {
                findId.Value = article;
                if (find.ExecuteScalar() is long old)
                    touched.Add(old);
                ensureStory.Value = story;
                ensure.ExecuteNonQuery();
                moveStory.Value = story;
                moveId.Value = article;
                move.ExecuteNonQuery();
                touched.Add(story);
            }
        }
        BatchWriter.Refresh(_db, tx, touched);
        tx.Commit();
    }

    public ValueTask<byte[]?> LoadCheckpointAsync(CancellationToken cancel = default) =>
        ValueTask.FromResult(Scalar("SELECT state FROM checkpoint WHERE id = 1;") as byte[]);

    public ValueTask<IReadOnlyDictionary<int, byte[]>> LoadCheckpointPartsAsync(IReadOnlyCollection<int> keys, CancellationToken cancel = default)
    {
        var parts = new Dictionary<int, byte[]>(keys.Count);
        using var cmd = Command("SELECT state FROM checkpoint_parts WHERE key = $k;");
        var key = cmd.Parameters.Add("$k", SqliteType.Integer);
        foreach (int k in keys)
        {
            key.Value = k;
            if (cmd.ExecuteScalar() is byte[] state)
                parts[k] = state;
        }
        return ValueTask.FromResult<IReadOnlyDictionary<int, byte[]>>(parts);
    }

    public ValueTask<long> LastStoryIdAsync(CancellationToken cancel = default) =>
        ValueTask.FromResult(Convert.ToInt64(Scalar("SELECT coalesce(max(id), 0) FROM stories;"), CultureInfo.InvariantCulture));

    public ValueTask<StoreCounts> CountsAsync(CancellationToken cancel = default) => ValueTask.FromResult(Counts());

    private StoreCounts Counts()
    {
        int all = Convert.ToInt32(Scalar("SELECT count(*) FROM articles;"), CultureInfo.InvariantCulture);
        int current = Convert.ToInt32(Scalar("SELECT count(*) FROM articles WHERE superseded_by IS NULL;"), CultureInfo.InvariantCulture);
        int stories = Convert.ToInt32(Scalar("SELECT count(*) FROM stories WHERE articles > 0;"), CultureInfo.InvariantCulture);
        return new StoreCounts(all, current, stories, SchemaVersion);
    }

    /// <summary>Checks the file's integrity (<c>PRAGMA integrity_check</c>): "ok" or the first problems found.</summary>
    public string IntegrityCheck() => Convert.ToString(Scalar("PRAGMA integrity_check;"), CultureInfo.InvariantCulture) ?? "";

    public void Dispose() => _db.Dispose();

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    /// <summary>Lets the file grow by at most <paramref name="pages"/> more pages: how tests meet a full disk.</summary>
    internal void LimitGrowth(long pages)
    {
        long count = Convert.ToInt64(Scalar("PRAGMA page_count;"), CultureInfo.InvariantCulture);
        using var cmd = Command($"PRAGMA max_page_count = {count + pages};");
        cmd.ExecuteNonQuery();
    }

    private static List<string> ArticleFilter(StoreFilter filter, SqliteCommand cmd, string a)
    {
        var c = new List<string>();
        if (!string.IsNullOrWhiteSpace(filter.Outlet))
        {
            c.Add($"{a}.outlet = $outlet COLLATE NOCASE");
            cmd.Parameters.AddWithValue("$outlet", filter.Outlet.Trim());
        }
        if (filter.From is { } from)
        {
            c.Add($"substr({a}.published, 1, 10) >= $from");
            cmd.Parameters.AddWithValue("$from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        if (filter.To is { } to)
        {
            c.Add($"substr({a}.published, 1, 10) <= $to");
            cmd.Parameters.AddWithValue("$to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        if (!string.IsNullOrWhiteSpace(filter.Entity))
        {
            c.Add($"EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = {a}.id AND m.name = $entity)");
            cmd.Parameters.AddWithValue("$entity", filter.Entity.Trim());
        }
        return c;
    }

    private const string ArticleColumns = "a.id, m.story_id, a.version, a.superseded_by, a.content_hash, a.line, a.text, a.fields, a.analysis, a.name, a.duplicate_of";

    private static StoredArticle ReadArticle(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetInt64(1), r.GetInt32(2), r.IsDBNull(3) ? null : r.GetInt64(3), r.GetString(4),
        r.IsDBNull(5) ? null : r.GetInt32(5), AnalysisCodec.Decode(r.GetString(9), r.GetString(7), r.GetString(6), r.GetString(8)))
    {
        DuplicateOf = NullableString(r, 10),
    };

    private const string StoryColumns = "id, title, articles, outlets, first_published, last_published, last_article";

    private static StorySummary ReadStory(SqliteDataReader r) => new(
        r.GetInt64(0), NullableString(r, 1), r.GetInt32(2), r.GetInt32(3), NullableString(r, 4), NullableString(r, 5)) { LastArticle = r.GetInt64(6) };

    private static string? NullableString(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    /// <summary>Every row of <paramref name="cmd"/>'s result, read by <paramref name="read"/>.</summary>
    private static List<T> ReadAll<T>(SqliteCommand cmd, Func<SqliteDataReader, T> read)
    {
        using var r = cmd.ExecuteReader();
        var list = new List<T>();
        while (r.Read())
            list.Add(read(r));
        return list;
    }

    private SqliteCommand Command(string sql, SqliteTransaction? tx = null)
    {
        var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd;
    }

    private object? Scalar(string sql)
    {
        using var cmd = Command(sql);
        return cmd.ExecuteScalar();
    }

    private static void Exec(SqliteConnection db, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        cmd.ExecuteNonQuery();
    }
}
