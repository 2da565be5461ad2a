using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Parallax.Store.Sqlite;

/// <summary>Writes one batch inside its transaction with prepared statements, then refreshes the stories it touched.</summary>
internal sealed class BatchWriter
{
    private readonly SqliteConnection _db;
    private readonly SqliteTransaction _tx;
    private readonly HashSet<long> _touched = [];
    private readonly string _now = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public BatchWriter(SqliteConnection db, SqliteTransaction tx)
    {
        _db = db;
        _tx = tx;
    }

    public void Add(NewArticle n)
    {
        var a = n.Article;
        Execute("INSERT OR IGNORE INTO stories(id) VALUES ($s);", ("$s", n.StoryId));
        long id = Convert.ToInt64(Scalar("""
            INSERT INTO articles(name, identity, version, content_hash, story_id, line, url, title, outlet, published, text, fields, analysis, analysis_version, ingested_at)
            VALUES ($name, $identity, $version, $hash, $story, $line, $url, $title, $outlet, $published, $text, $fields, $analysis, $analysisVersion, $now)
            RETURNING id;
            """,
            ("$name", a.Id), ("$identity", n.Identity.Key), ("$version", n.Version), ("$hash", n.Identity.ContentHash), ("$story", n.StoryId),
            ("$line", n.Line), ("$url", a.Url), ("$title", a.Title), ("$outlet", a.Outlet), ("$published", a.Published?.ToIso()),
            ("$text", a.Text), ("$fields", AnalysisCodec.EncodeArticle(a)), ("$analysis", AnalysisCodec.EncodeLayers(n.Analysis)),
            ("$analysisVersion", AnalysisCodec.Version), ("$now", _now)), CultureInfo.InvariantCulture);
        Execute("INSERT INTO articles_fts(rowid, title, text) VALUES ($id, $title, $text);", ("$id", id), ("$title", a.Title ?? ""), ("$text", a.Text));
        foreach (var g in n.Analysis.Entities.GroupBy(e => e.Name, StringComparer.OrdinalIgnoreCase))
        {
            Execute("INSERT OR IGNORE INTO mentions(name, article_id, type, count) VALUES ($name, $id, $type, $count);",
                ("$name", g.Key), ("$id", id), ("$type", g.First().Type.ToString().ToLowerInvariant()), ("$count", g.Count()));
        }
        if (n.Version > 1)
        {
            using var cmd = Prepare("UPDATE articles SET superseded_by = $id WHERE identity = $identity AND id <> $id AND superseded_by IS NULL RETURNING story_id;",
                [("$id", id), ("$identity", n.Identity.Key)]);
            using var r = cmd.ExecuteReader();
            while (r.Read())
                _touched.Add(r.GetInt64(0));
        }
        _touched.Add(n.StoryId);
    }

    public void RefreshStories() => Refresh(_db, _tx, _touched);

    /// <summary>Recomputes each story's size, outlets, time span and title from its current articles.</summary>
    public static void Refresh(SqliteConnection db, SqliteTransaction tx, IEnumerable<long> stories)
    {
        using var cmd = db.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = """
            UPDATE stories SET
              articles = (SELECT count(*) FROM articles WHERE story_id = $s AND superseded_by IS NULL),
              outlets = (SELECT count(DISTINCT lower(outlet)) FROM articles WHERE story_id = $s AND superseded_by IS NULL),
              first_published = (SELECT min(published) FROM articles WHERE story_id = $s AND superseded_by IS NULL),
              last_published = (SELECT max(published) FROM articles WHERE story_id = $s AND superseded_by IS NULL),
              title = (SELECT title FROM articles WHERE story_id = $s AND superseded_by IS NULL AND title IS NOT NULL ORDER BY published IS NULL, published, id LIMIT 1),
              last_article = coalesce((SELECT max(id) FROM articles WHERE story_id = $s), 0)
            WHERE id = $s;
            """;
        var p = cmd.Parameters.Add("$s", SqliteType.Integer);
        foreach (var s in stories)
        {
            p.Value = s;
            cmd.ExecuteNonQuery();
        }
    }

    private void Execute(string sql, params (string Name, object? Value)[] args)
    {
        using var cmd = Prepare(sql, args);
        cmd.ExecuteNonQuery();
    }

    private object? Scalar(string sql, params (string Name, object? Value)[] args)
    {
        using var cmd = Prepare(sql, args);
        return cmd.ExecuteScalar();
    }

    private SqliteCommand Prepare(string sql, (string Name, object? Value)[] args)
    {
        var cmd = _db.CreateCommand();
        cmd.Transaction = _tx;
        cmd.CommandText = sql;
        foreach (var (name, value) in args)
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd;
    }
}
