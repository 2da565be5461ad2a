using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Npgsql;
using Parallax.Store;

namespace Parallax.Storage.Postgres;

/// <summary>
/// The store in a PostgreSQL database. Each call takes a connection from the engine's pool (an
/// <see cref="NpgsqlDataSource"/> per database) and returns it, so an instance holds no connection between calls;
/// a batch is one transaction. One instance is used by one caller at a time, as <see cref="IStoryReader"/> says.
/// </summary>
internal sealed partial class PostgresStoryStore : IStoryWriter, ICrawlState
{
    private readonly NpgsqlDataSource _source;

    public string Location { get; }

    private PostgresStoryStore(string location, NpgsqlDataSource source)
    {
        Location = location;
        _source = source;
    }

    /// <summary>The key of the advisory lock an ingest holds while it writes (any number, fixed: one store per database).</summary>
    internal const long WriterLockKey = 0x5061_7261_6C6C_6178; // "Parallax"

    /// <summary>The key of the advisory lock held while the schema is migrated.</summary>
    internal const long MigrationLockKey = WriterLockKey + 1;

    /// <summary>
    /// Opens the store, bringing its schema up to date. A read-only open of a database with no store is a
    /// <see cref="StoreException"/>; a read-only open of an older schema upgrades it first, as the SQLite store does.
    /// </summary>
    public static async Task<PostgresStoryStore> OpenAsync(string location, NpgsqlDataSource source, bool readOnly, ILogger logger, CancellationToken cancel)
    {
        var store = new PostgresStoryStore(location, source);
        try
        {
            await store.MigrateAsync(readOnly, logger, cancel);
        }
        catch (NpgsqlException e)
        {
            throw new StoreException($"{store.Name}: {Describe(e)}", e);
        }
        if (logger.IsEnabled(LogLevel.Debug))
        {
            int schema = await store.SchemaVersionAsync(cancel);
            PostgresLog.Opened(logger, store.Name, readOnly ? "read-only" : "read-write", schema);
        }
        return store;
    }

    /// <summary>The location as messages show it (no password).</summary>
    private string Name => PostgresLocation.Redact(Location);

    /// <summary>The one-line reason a PostgreSQL error gives, in words a user can act on.</summary>
    internal static string Describe(NpgsqlException e) => e switch
    {
        PostgresException { SqlState: "3D000" } => "the database does not exist (create it first: createdb NAME)",
        PostgresException { SqlState: "28P01" or "28000" } => "the server refused the user or password",
        PostgresException { SqlState: "53100" } => "the server's disk is full",
        PostgresException { SqlState: "42501" } p => $"permission denied ({p.MessageText})",
        PostgresException p => p.MessageText.Replace('\n', ' '),
        _ when e.InnerException is System.Net.Sockets.SocketException or TimeoutException => "cannot reach the PostgreSQL server",
        _ => e.Message.Replace('\n', ' '),
    };

    public async Task<int> SchemaVersionAsync(CancellationToken cancel = default)
    {
        await using var db = await _source.OpenConnectionAsync(cancel);
        return await VersionAsync(db, null, cancel);
    }

    private static async Task<int> VersionAsync(NpgsqlConnection db, NpgsqlTransaction? tx, CancellationToken cancel)
    {
        // The table is named in a query only once it exists: a query naming a missing table fails when planned.
        await using (var exists = new NpgsqlCommand("SELECT to_regclass('parallax_schema') IS NOT NULL;", db, tx))
        {
            if (!(bool)(await exists.ExecuteScalarAsync(cancel))!)
                return 0;
        }
        await using var cmd = new NpgsqlCommand("SELECT version FROM parallax_schema;", db, tx);
        return Convert.ToInt32(await cmd.ExecuteScalarAsync(cancel) ?? 0, CultureInfo.InvariantCulture);
    }

    private async Task MigrateAsync(bool readOnly, ILogger logger, CancellationToken cancel)
    {
        await using var db = await _source.OpenConnectionAsync(cancel);
        int known = PostgresMigrations.Steps.Length;
        int version = await VersionAsync(db, null, cancel);
        if (version > known)
            throw new StoreException($"{Name}: written by a newer Parallax (schema {version}; this one knows {known})");
        if (version == known)
            return;
        if (version == 0)
        {
            if (readOnly)
                throw new StoreException($"{Name}: no store here (run parallax ingest first, or name one with --db)");
            if (await ScalarAsync<bool>(db, "SELECT to_regclass('articles') IS NOT NULL OR to_regclass('stories') IS NOT NULL;", cancel))
                throw new StoreException($"{Name}: not a Parallax store (the database has tables named articles or stories of its own)");
        }
        int from = version;
        while (true)
        {
            await using var tx = await db.BeginTransactionAsync(cancel);
            await ExecAsync(db, tx, $"SELECT pg_advisory_xact_lock({MigrationLockKey});", cancel);
            await ExecAsync(db, tx, PostgresMigrations.VersionTable, cancel);
            // Another process may have migrated while this one waited for the lock: read the version again.
            version = await VersionAsync(db, tx, cancel);
            if (version >= known)
            {
                await tx.CommitAsync(cancel);
                break;
            }
            await ExecAsync(db, tx, PostgresMigrations.Steps[version], cancel);
            await ExecAsync(db, tx, $"UPDATE parallax_schema SET version = {version + 1};", cancel);
            await tx.CommitAsync(cancel);
        }
        // A new schema may have created types (tsvector configurations): connections opened before it forget them.
        db.ReloadTypes();
        PostgresLog.Migrated(logger, Name, from, known);
    }

    public async ValueTask<StoredVersion?> LatestAsync(string identityKey, CancellationToken cancel = default) =>
        await FirstAsync("SELECT a.id, a.name, a.version, a.content_hash, m.story_id FROM articles a JOIN story_members m ON m.article_id = a.id WHERE a.identity = $1 ORDER BY a.version DESC LIMIT 1;",
            ReadVersion, cancel, identityKey);

    public async ValueTask<StoredVersion?> FindAsync(string identityKey, string contentHash, CancellationToken cancel = default) =>
        await FirstAsync("SELECT a.id, a.name, a.version, a.content_hash, m.story_id FROM articles a JOIN story_members m ON m.article_id = a.id WHERE a.identity = $1 AND a.content_hash = $2 LIMIT 1;",
            ReadVersion, cancel, identityKey, contentHash);

    private static StoredVersion ReadVersion(NpgsqlDataReader r) => new(r.GetInt64(0), r.GetString(1), r.GetInt32(2), r.GetString(3), r.GetInt64(4));

    public async ValueTask<bool> NameTakenAsync(string name, string identityKey, CancellationToken cancel = default) =>
        await FirstAsync("SELECT true FROM articles WHERE name = $1 AND identity <> $2 LIMIT 1;", r => (bool?)true, cancel, name, identityKey) ?? false;

    public async ValueTask<IReadOnlyList<ArticleLookup>> LookupAsync(IReadOnlyList<ArticleProbe> probes, CancellationToken cancel = default)
    {
        if (probes.Count == 0)
            return [];
        var keys = probes.Select(p => p.IdentityKey).Distinct(StringComparer.Ordinal).ToArray();
        var seen = new Dictionary<(string, string), StoredVersion>();
        var latest = new Dictionary<string, StoredVersion>(StringComparer.Ordinal);
        var holders = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        try
        {
            await using var db = await _source.OpenConnectionAsync(cancel);
            await using var batch = new NpgsqlBatch(db)
            {
                BatchCommands =
                {
                    // Every version of the identities asked about: the content look-up and the latest version both come from it.
                    new NpgsqlBatchCommand("""
                        SELECT a.identity, a.id, a.name, a.version, a.content_hash, m.story_id FROM articles a JOIN story_members m ON m.article_id = a.id
                        WHERE a.identity = ANY($1) ORDER BY a.identity, a.version DESC;
                        """) { Parameters = { new NpgsqlParameter<string[]> { TypedValue = keys } } },
                    new NpgsqlBatchCommand("SELECT DISTINCT name, identity FROM articles WHERE name = ANY($1);")
                    {
                        Parameters = { new NpgsqlParameter<string[]> { TypedValue = probes.Select(p => p.Name).Distinct(StringComparer.Ordinal).ToArray() } },
                    },
                },
            };
            await using var r = await batch.ExecuteReaderAsync(cancel);
            while (await r.ReadAsync(cancel))
            {
                var v = new StoredVersion(r.GetInt64(1), r.GetString(2), r.GetInt32(3), r.GetString(4), r.GetInt64(5));
                string key = r.GetString(0);
                latest.TryAdd(key, v);
                seen.TryAdd((key, v.ContentHash), v);
            }
            await r.NextResultAsync(cancel);
            while (await r.ReadAsync(cancel))
            {
                string name = r.GetString(0);
                if (!holders.TryGetValue(name, out var list))
                    holders[name] = list = [];
                list.Add(r.GetString(1));
            }
        }
        catch (NpgsqlException e)
        {
            throw new StoreException($"{Name}: {Describe(e)}", e);
        }
        return probes.Select(p => new ArticleLookup(
            seen.GetValueOrDefault((p.IdentityKey, p.ContentHash)),
            latest.GetValueOrDefault(p.IdentityKey),
            holders.TryGetValue(p.Name, out var ids) && ids.Exists(id => !string.Equals(id, p.IdentityKey, StringComparison.Ordinal)))).ToArray();
    }

    public async IAsyncEnumerable<StoredArticle> ReadAllAsync(long afterId = 0, [EnumeratorCancellation] CancellationToken cancel = default)
    {
        await using var db = await _source.OpenConnectionAsync(cancel);
        await using var cmd = Command(db, $"SELECT {ArticleColumns} FROM {PostgresBatchWriter.Members} WHERE a.id > $1 ORDER BY a.id;", afterId);
        await using var r = await cmd.ExecuteReaderAsync(cancel);
        while (await r.ReadAsync(cancel))
            yield return ReadArticle(r);
    }

    public async ValueTask<StoredArticle?> ArticleAsync(string name, CancellationToken cancel = default) =>
        await FirstAsync($"SELECT {ArticleColumns} FROM {PostgresBatchWriter.Members} WHERE a.name = $1 ORDER BY a.version DESC LIMIT 1;", ReadArticle, cancel, name);

    public async ValueTask<IReadOnlyList<StoredArticle>> VersionsAsync(string name, CancellationToken cancel = default) =>
        await AllAsync($"SELECT {ArticleColumns} FROM {PostgresBatchWriter.Members} WHERE a.name = $1 ORDER BY a.version;", ReadArticle, cancel, name);

    public async ValueTask<IReadOnlyList<ArticleSummary>> StoryMembersAsync(long storyId, CancellationToken cancel = default) =>
        await AllAsync($"""
            SELECT a.name, a.title, a.outlet, a.published, a.url FROM {PostgresBatchWriter.Members}
            WHERE m.story_id = $1 AND a.superseded_by IS NULL
            ORDER BY a.published IS NULL, a.published, a.id;
            """, r => new ArticleSummary(r.GetString(0), NullableString(r, 1), NullableString(r, 2), NullableString(r, 3), NullableString(r, 4)), cancel, storyId);

    public async ValueTask<IReadOnlyList<StoredArticle>> StoryArticlesAsync(long storyId, CancellationToken cancel = default) =>
        await AllAsync($"""
            SELECT {ArticleColumns} FROM {PostgresBatchWriter.Members}
            WHERE m.story_id = $1 AND a.superseded_by IS NULL
            ORDER BY a.published IS NULL, a.published, a.id;
            """, ReadArticle, cancel, storyId);

    public async ValueTask<StorySummary?> StoryAsync(long id, CancellationToken cancel = default) =>
        await FirstAsync($"SELECT {StoryColumns} FROM stories WHERE id = $1 AND articles > 0;", ReadStory, cancel, id);

    public async ValueTask<IReadOnlyList<StorySummary>> StoriesAsync(StoreFilter filter, StoryOrder order, int limit, int offset = 0, CancellationToken cancel = default)
    {
        var args = new List<object>();
        var where = new List<string> { "articles > 0" };
        var articleConditions = ArticleFilter(filter, args, "a");
        if (articleConditions.Count > 0)
            where.Add($"EXISTS (SELECT 1 FROM {PostgresBatchWriter.Members} WHERE m.story_id = stories.id AND a.superseded_by IS NULL AND {string.Join(" AND ", articleConditions)})");
        var orderBy = order == StoryOrder.Busiest
            ? "articles DESC, last_published DESC NULLS LAST, id DESC"
            : "last_published IS NULL, last_published DESC, id DESC";
        args.Add(limit);
        args.Add(offset);
        return await AllAsync($"SELECT {StoryColumns} FROM stories WHERE {string.Join(" AND ", where)} ORDER BY {orderBy} LIMIT ${args.Count - 1} OFFSET ${args.Count};",
            ReadStory, cancel, [.. args]);
    }

    public async ValueTask<IReadOnlyList<SearchHit>> SearchAsync(string query, StoreFilter filter, int limit, int offset = 0, CancellationToken cancel = default)
    {
        var ts = TsQuery.Build(query);
        if (ts is null)
            return [];
        var args = new List<object> { ts };
        var conditions = ArticleFilter(filter, args, "a");
        conditions.Insert(0, "a.superseded_by IS NULL");
        conditions.Insert(0, "a.search @@ q.q");
        args.Add(limit);
        args.Add(offset);
        // The snippet (ts_headline re-parses the text) is made for the page of hits only, after ranking.
        return await AllAsync($"""
            WITH q AS (SELECT to_tsquery('parallax', $1) AS q),
            hits AS (
                SELECT a.id, a.name, m.story_id, a.title, a.outlet, a.published, a.text, ts_rank(a.search, q.q) AS rank
                FROM q, articles a JOIN story_members m ON m.article_id = a.id
                WHERE {string.Join(" AND ", conditions)}
                ORDER BY rank DESC, a.id DESC
                LIMIT ${args.Count - 1} OFFSET ${args.Count}
            )
            SELECT h.name, h.story_id, h.title, h.outlet, h.published,
                   ts_headline('parallax', h.text, q.q, 'StartSel={SearchHit.MatchStart}, StopSel={SearchHit.MatchEnd}, MaxWords=16, MinWords=6, ShortWord=0, MaxFragments=1, FragmentDelimiter=…'),
                   h.rank, h.text
            FROM hits h, q
            ORDER BY h.rank DESC, h.id DESC;
            """, r => new SearchHit(r.GetString(0), r.GetInt64(1), NullableString(r, 2), NullableString(r, 3), NullableString(r, 4),
                Ellipsize(r.GetString(5), r.GetString(7)), r.GetFloat(6)),
            cancel, [.. args]);
    }

    /// <summary>
    /// Marks a snippet cut from the middle of the text with '…' where it was cut, as FTS5's snippet() does:
    /// ts_headline returns the fragment alone.
    /// </summary>
    internal static string Ellipsize(string headline, string text)
    {
        var plain = headline.Replace(SearchHit.MatchStart.ToString(), "", StringComparison.Ordinal).Replace(SearchHit.MatchEnd.ToString(), "", StringComparison.Ordinal).Trim();
        if (plain.Length == 0)
            return headline;
        var trimmed = text.Trim();
        var before = trimmed.StartsWith(plain, StringComparison.Ordinal) ? "" : "…";
        var after = trimmed.EndsWith(plain, StringComparison.Ordinal) ? "" : "…";
        return before + headline.Trim() + after;
    }

    public async ValueTask<long> WriteAsync(IReadOnlyList<NewArticle> batch, IReadOnlyList<(long From, long Into)>? merges = null,
        Func<long, Checkpoint>? checkpoint = null, CancellationToken cancel = default)
    {
        cancel.ThrowIfCancellationRequested();
        if (batch.Count == 0 && (merges is null || merges.Count == 0) && checkpoint is null)
            return 0;
        try
        {
            await using var db = await _source.OpenConnectionAsync(cancel);
            await using var tx = await db.BeginTransactionAsync(cancel);
            var (last, touched) = await PostgresBatchWriter.WriteAsync(db, tx, batch, merges ?? [], cancel);
            await PostgresBatchWriter.RefreshAsync(db, tx, touched, cancel);
            if (checkpoint is not null)
            {
                var saved = checkpoint(last);
                await using var save = Command(db, "INSERT INTO checkpoint(id, state) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET state = excluded.state;", saved.State);
                save.Transaction = tx;
                await save.ExecuteNonQueryAsync(cancel);
                if (saved.Parts.Count > 0)
                    await SavePartsAsync(db, tx, saved.Parts, cancel);
            }
            // Cancelled before the commit: the transaction is rolled back when disposed, and nothing is written.
            await tx.CommitAsync(cancel);
            return last;
        }
        catch (NpgsqlException e)
        {
            throw new StoreException($"{Name}: {Describe(e)}; the batch of {batch.Count} articles was not written", e);
        }
    }

    public async ValueTask<byte[]?> LoadCheckpointAsync(CancellationToken cancel = default) =>
        await FirstAsync("SELECT state FROM checkpoint WHERE id = 1;", r => r.GetFieldValue<byte[]>(0), cancel);

    /// <summary>Writes checkpoint parts with binary COPY into a temporary table, then upserts them in one statement.</summary>
    private static async Task SavePartsAsync(NpgsqlConnection db, NpgsqlTransaction tx, IReadOnlyList<KeyValuePair<int, byte[]>> parts, CancellationToken cancel)
    {
        await ExecAsync(db, tx, "CREATE TEMPORARY TABLE new_parts(key integer, state bytea) ON COMMIT DROP;", cancel);
        await using (var copy = await db.BeginBinaryImportAsync("COPY new_parts(key, state) FROM STDIN (FORMAT BINARY)", cancel))
        {
            foreach (var (key, state) in parts)
            {
                await copy.StartRowAsync(cancel);
                await copy.WriteAsync(key, NpgsqlTypes.NpgsqlDbType.Integer, cancel);
                await copy.WriteAsync(state, NpgsqlTypes.NpgsqlDbType.Bytea, cancel);
            }
            await copy.CompleteAsync(cancel);
        }
        await ExecAsync(db, tx, "INSERT INTO checkpoint_parts(key, state) SELECT key, state FROM new_parts ON CONFLICT (key) DO UPDATE SET state = excluded.state;", cancel);
    }

    public async ValueTask<IReadOnlyDictionary<int, byte[]>> LoadCheckpointPartsAsync(IReadOnlyCollection<int> keys, CancellationToken cancel = default)
    {
        if (keys.Count == 0)
            return new Dictionary<int, byte[]>();
        var rows = await AllAsync("SELECT key, state FROM checkpoint_parts WHERE key = ANY($1);",
            r => (Key: r.GetInt32(0), State: r.GetFieldValue<byte[]>(1)), cancel, keys.ToArray());
        return rows.ToDictionary(p => p.Key, p => p.State);
    }

    public async ValueTask<long> LastStoryIdAsync(CancellationToken cancel = default) =>
        await FirstAsync("SELECT coalesce(max(id), 0) FROM stories;", r => r.GetInt64(0), cancel);

    /// <summary>
    /// A session-level advisory lock on a connection of its own, outside the pool: the server releases it when
    /// the connection closes, so a killed process (even by SIGKILL) releases it as soon as its socket is gone. The
    /// connection's application name carries the process id, so an operator (pg_stat_activity) sees which process writes.
    /// </summary>
    public async ValueTask<IDisposable> AcquireWriterAsync(TimeSpan wait, CancellationToken cancel = default)
    {
        var b = new NpgsqlConnectionStringBuilder(_source.ConnectionString) { Pooling = false, ApplicationName = $"parallax writer {Environment.ProcessId}" };
        var db = new NpgsqlConnection(b.ConnectionString);
        try
        {
            await db.OpenAsync(cancel);
            var deadline = DateTime.UtcNow + wait;
            while (!await ScalarAsync<bool>(db, $"SELECT pg_try_advisory_lock({WriterLockKey});", cancel))
            {
                if (DateTime.UtcNow >= deadline)
                    throw new StoreException($"{Name}: another ingest is writing to this store; run this one when it has finished");
                await Task.Delay(100, cancel);
            }
            return new WriterLock(db);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    /// <summary>Releases the writer lock by closing its connection.</summary>
    private sealed class WriterLock(NpgsqlConnection db) : IDisposable
    {
        public void Dispose() => db.Dispose();
    }

    public async ValueTask ReassignAsync(IReadOnlyDictionary<long, long> storyOfArticle, CancellationToken cancel = default)
    {
        cancel.ThrowIfCancellationRequested();
        if (storyOfArticle.Count == 0)
            return;
        var articles = storyOfArticle.Keys.ToArray();
        var stories = articles.Select(a => storyOfArticle[a]).ToArray();
        await using var db = await _source.OpenConnectionAsync(cancel);
        await using var tx = await db.BeginTransactionAsync(cancel);
        var touched = new HashSet<long>(stories);
        await using (var old = Command(db, "SELECT DISTINCT story_id FROM story_members WHERE article_id = ANY($1);", articles))
        {
            old.Transaction = tx;
            await using var r = await old.ExecuteReaderAsync(cancel);
            while (await r.ReadAsync(cancel))
                touched.Add(r.GetInt64(0));
        }
        await using (var batch = new NpgsqlBatch(db, tx))
        {
            batch.BatchCommands.Add(PostgresBatchWriter.Command("INSERT INTO stories(id) SELECT DISTINCT unnest($1::bigint[]) ON CONFLICT (id) DO NOTHING;", stories));
            batch.BatchCommands.Add(PostgresBatchWriter.Command(
                "UPDATE story_members m SET story_id = u.story FROM unnest($1::bigint[], $2::bigint[]) AS u(article, story) WHERE m.article_id = u.article;", articles, stories));
            await batch.ExecuteNonQueryAsync(cancel);
        }
        await PostgresBatchWriter.RefreshAsync(db, tx, touched, cancel);
        await tx.CommitAsync(cancel);
    }

    public async ValueTask<StoreCounts> CountsAsync(CancellationToken cancel = default)
    {
        await using var db = await _source.OpenConnectionAsync(cancel);
        await using var cmd = Command(db, """
            SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM articles WHERE superseded_by IS NULL),
                   (SELECT count(*) FROM stories WHERE articles > 0), (SELECT version FROM parallax_schema);
            """);
        await using var r = await cmd.ExecuteReaderAsync(cancel);
        await r.ReadAsync(cancel);
        return new StoreCounts((int)r.GetInt64(0), (int)r.GetInt64(1), (int)r.GetInt64(2), r.GetInt32(3));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static List<string> ArticleFilter(StoreFilter filter, List<object> args, string a)
    {
        var c = new List<string>();
        if (!string.IsNullOrWhiteSpace(filter.Outlet))
        {
            args.Add(filter.Outlet.Trim());
            c.Add($"lower({a}.outlet) = lower(${args.Count})");
        }
        if (filter.From is { } from)
        {
            args.Add(from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            c.Add($"left({a}.published, 10) >= ${args.Count}");
        }
        if (filter.To is { } to)
        {
            args.Add(to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            c.Add($"left({a}.published, 10) <= ${args.Count}");
        }
        if (!string.IsNullOrWhiteSpace(filter.Entity))
        {
            args.Add(filter.Entity.Trim());
            c.Add($"EXISTS (SELECT 1 FROM mentions e WHERE e.article_id = {a}.id AND lower(e.name) = lower(${args.Count}))");
        }
        return c;
    }

    private const string ArticleColumns = "a.id, m.story_id, a.version, a.superseded_by, a.content_hash, a.line, a.text, a.fields, a.analysis, a.name, a.duplicate_of";

    private static StoredArticle ReadArticle(NpgsqlDataReader r) => new(
        r.GetInt64(0), r.GetInt64(1), r.GetInt32(2), r.IsDBNull(3) ? null : r.GetInt64(3), r.GetString(4),
        r.IsDBNull(5) ? null : r.GetInt32(5), AnalysisCodec.Decode(r.GetString(9), r.GetString(7), r.GetString(6), r.GetString(8)))
    {
        DuplicateOf = NullableString(r, 10),
    };

    private const string StoryColumns = "id, title, articles, outlets, first_published, last_published, last_article";

    private static StorySummary ReadStory(NpgsqlDataReader r) => new(
        r.GetInt64(0), NullableString(r, 1), r.GetInt32(2), r.GetInt32(3), NullableString(r, 4), NullableString(r, 5)) { LastArticle = r.GetInt64(6) };

    private static string? NullableString(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static NpgsqlCommand Command(NpgsqlConnection db, string sql, params object[] args)
    {
        var cmd = new NpgsqlCommand(sql, db);
        foreach (var a in args)
            cmd.Parameters.Add(new NpgsqlParameter { Value = a });
        return cmd;
    }

    private async Task<List<T>> AllAsync<T>(string sql, Func<NpgsqlDataReader, T> read, CancellationToken cancel, params object[] args)
    {
        try
        {
            await using var db = await _source.OpenConnectionAsync(cancel);
            await using var cmd = Command(db, sql, args);
            await using var r = await cmd.ExecuteReaderAsync(cancel);
            var list = new List<T>();
            while (await r.ReadAsync(cancel))
                list.Add(read(r));
            return list;
        }
        catch (NpgsqlException e)
        {
            throw new StoreException($"{Name}: {Describe(e)}", e);
        }
    }

    private async Task<T?> FirstAsync<T>(string sql, Func<NpgsqlDataReader, T> read, CancellationToken cancel, params object[] args)
    {
        var all = await AllAsync(sql, read, cancel, args);
        return all.Count > 0 ? all[0] : default;
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection db, string sql, CancellationToken cancel)
    {
        await using var cmd = new NpgsqlCommand(sql, db);
        return (T)(await cmd.ExecuteScalarAsync(cancel))!;
    }

    private static async Task ExecAsync(NpgsqlConnection db, NpgsqlTransaction tx, string sql, CancellationToken cancel)
    {
        await using var cmd = new NpgsqlCommand(sql, db, tx);
        await cmd.ExecuteNonQueryAsync(cancel);
    }
}
