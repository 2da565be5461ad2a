using Npgsql;
using NpgsqlTypes;
using Parallax.Store;

namespace Parallax.Storage.Postgres;

/// <summary>
/// Writes one batch inside its transaction: each article is one statement (its story, row, membership, mentions
/// and the versions it supersedes, as data-modifying CTEs), and the batch's statements go to the server together
/// (an <see cref="NpgsqlBatch"/>, one round trip), so a batch costs the server's work, not per-row latency.
/// </summary>
internal static class PostgresBatchWriter
{
    private const string ArticleSql = """
        WITH s AS (
            INSERT INTO stories(id) VALUES ($1) ON CONFLICT (id) DO NOTHING
        ), a AS (
            INSERT INTO articles(name, identity, version, content_hash, first_story_id, line, url, title, outlet, published, text, fields, analysis, analysis_version, duplicate_of)
            VALUES ($2, $3, $4, $5, $1, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
            RETURNING id
        ), m AS (
            INSERT INTO story_members(article_id, story_id) SELECT id, $1 FROM a
        ), e AS (
            INSERT INTO mentions(name, article_id, type, count)
            SELECT u.name, a.id, u.type, u.count FROM a, unnest($16::text[], $17::text[], $18::integer[]) AS u(name, type, count)
            ON CONFLICT DO NOTHING
        ), old AS (
            UPDATE articles o SET superseded_by = (SELECT id FROM a)
            WHERE $4 > 1 AND o.identity = $3 AND o.superseded_by IS NULL
            RETURNING o.id
        )
        SELECT (SELECT id FROM a), coalesce((SELECT array_agg(sm.story_id) FROM old JOIN story_members sm ON sm.article_id = old.id), '{}');
        """;

    /// <summary>Writes the articles and merges; returns the last article's row id and the stories touched.</summary>
    public static async Task<(long Last, HashSet<long> Touched)> WriteAsync(NpgsqlConnection db, NpgsqlTransaction tx, IReadOnlyList<NewArticle> articles,
        IReadOnlyList<(long From, long Into)> merges, CancellationToken cancel)
    {
        var touched = new HashSet<long>();
        long last = 0;
        if (articles.Count > 0)
        {
            await using var batch = new NpgsqlBatch(db, tx);
            foreach (var n in articles)
                batch.BatchCommands.Add(Article(n));
            await using var r = await batch.ExecuteReaderAsync(cancel);
            foreach (var n in articles)
            {
                await r.ReadAsync(cancel);
                last = r.GetInt64(0);
                foreach (var s in r.GetFieldValue<long[]>(1))
                    touched.Add(s);
                touched.Add(n.StoryId);
                await r.NextResultAsync(cancel);
            }
        }
        if (merges.Count > 0)
        {
            await using var batch = new NpgsqlBatch(db, tx);
            foreach (var (from, into) in merges)
            {
                batch.BatchCommands.Add(Command("INSERT INTO stories(id) VALUES ($1) ON CONFLICT (id) DO NOTHING;", into));
                batch.BatchCommands.Add(Command("UPDATE story_members SET story_id = $1 WHERE story_id = $2;", into, from));
                touched.Add(from);
                touched.Add(into);
            }
            await batch.ExecuteNonQueryAsync(cancel);
        }
        return (last, touched);
    }

    private static NpgsqlBatchCommand Article(NewArticle n)
    {
        var a = n.Article;
        var mentions = n.Analysis.Entities.GroupBy(e => e.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var cmd = new NpgsqlBatchCommand(ArticleSql);
        var p = cmd.Parameters;
        p.Add(new NpgsqlParameter<long> { TypedValue = n.StoryId });
        p.Add(new NpgsqlParameter<string> { TypedValue = a.Id });
        p.Add(new NpgsqlParameter<string> { TypedValue = n.Identity.Key });
        p.Add(new NpgsqlParameter<int> { TypedValue = n.Version });
        p.Add(new NpgsqlParameter<string> { TypedValue = n.Identity.ContentHash });
        p.Add(Nullable(n.Line, NpgsqlDbType.Integer));
        p.Add(Nullable(a.Url, NpgsqlDbType.Text));
        p.Add(Nullable(a.Title, NpgsqlDbType.Text));
        p.Add(Nullable(a.Outlet, NpgsqlDbType.Text));
        p.Add(Nullable(a.Published?.ToIso(), NpgsqlDbType.Text));
        p.Add(new NpgsqlParameter<string> { TypedValue = a.Text });
        p.Add(new NpgsqlParameter<string> { TypedValue = AnalysisCodec.EncodeArticle(a) });
        p.Add(new NpgsqlParameter<string> { TypedValue = AnalysisCodec.EncodeLayers(n.Analysis) });
        p.Add(new NpgsqlParameter<int> { TypedValue = AnalysisCodec.Version });
        p.Add(Nullable(n.DuplicateOf, NpgsqlDbType.Text));
        p.Add(new NpgsqlParameter<string[]> { TypedValue = mentions.Select(g => g.Key).ToArray() });
        p.Add(new NpgsqlParameter<string[]> { TypedValue = mentions.Select(g => g.First().Type.ToString().ToLowerInvariant()).ToArray() });
        p.Add(new NpgsqlParameter<int[]> { TypedValue = mentions.Select(g => g.Count()).ToArray() });
        return cmd;
    }

    private static NpgsqlParameter Nullable(object? value, NpgsqlDbType type) => new() { NpgsqlDbType = type, Value = value ?? DBNull.Value };

    internal static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var cmd = new NpgsqlBatchCommand(sql);
        foreach (var v in values)
            cmd.Parameters.Add(new NpgsqlParameter { Value = v });
        return cmd;
    }

    /// <summary>A story's articles: <c>m</c> the membership rows, <c>a</c> the articles.</summary>
    internal const string Members = "story_members m JOIN articles a ON a.id = m.article_id";

    /// <summary>Recomputes each story's size, outlets, time span and title from its current articles.</summary>
    public static async Task RefreshAsync(NpgsqlConnection db, NpgsqlTransaction tx, IEnumerable<long> stories, CancellationToken cancel)
    {
        var ids = stories.Order().ToArray();
        if (ids.Length == 0)
            return;
        await using var cmd = new NpgsqlCommand($"""
            UPDATE stories SET
              articles = (SELECT count(*) FROM {Members} WHERE m.story_id = stories.id AND a.superseded_by IS NULL),
              outlets = (SELECT count(DISTINCT lower(a.outlet)) FROM {Members} WHERE m.story_id = stories.id AND a.superseded_by IS NULL),
              first_published = (SELECT min(a.published) FROM {Members} WHERE m.story_id = stories.id AND a.superseded_by IS NULL),
              last_published = (SELECT max(a.published) FROM {Members} WHERE m.story_id = stories.id AND a.superseded_by IS NULL),
              title = (SELECT a.title FROM {Members} WHERE m.story_id = stories.id AND a.superseded_by IS NULL AND a.title IS NOT NULL
                       ORDER BY a.published IS NULL, a.published, a.id LIMIT 1),
              last_article = coalesce((SELECT max(article_id) FROM story_members WHERE story_id = stories.id), 0)
            WHERE id = ANY($1);
            """, db, tx);
        cmd.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = ids });
        await cmd.ExecuteNonQueryAsync(cancel);
    }
}
