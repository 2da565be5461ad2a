using System.Globalization;
using Microsoft.Data.Sqlite;
using Parallax.Store;

namespace Parallax.Storage.Sqlite;

/// <summary>
/// Writes one batch inside its transaction, then refreshes the stories it touched. Each statement is
/// prepared once per batch and its parameters rebound per article: preparing per row cost more than the writes.
/// </summary>
internal sealed class BatchWriter : IDisposable
{
    private readonly SqliteConnection _db;
    private readonly SqliteTransaction _tx;
    private readonly HashSet<long> _touched = [];
    private readonly string _now = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private readonly SqliteCommand _story;
    private readonly SqliteCommand _article;
    private readonly SqliteCommand _fts;
    private readonly SqliteCommand _mention;
    private readonly SqliteCommand _supersede;
    private readonly SqliteCommand _merge;
    private readonly SqliteCommand _member;

    public BatchWriter(SqliteConnection db, SqliteTransaction tx)
    {
        _db = db;
        _tx = tx;
        _story = Prepare("INSERT OR IGNORE INTO stories(id) VALUES ($s);", "$s");
        _article = Prepare("""
            INSERT INTO articles(name, identity, version, content_hash, first_story_id, line, url, title, outlet, published, text, fields, analysis, analysis_version, ingested_at, duplicate_of)
            VALUES ($name, $identity, $version, $hash, $story, $line, $url, $title, $outlet, $published, $text, $fields, $analysis, $analysisVersion, $now, $duplicate)
            RETURNING id;
            """, "$name", "$identity", "$version", "$hash", "$story", "$line", "$url", "$title", "$outlet", "$published", "$text", "$fields",
            "$analysis", "$analysisVersion", "$now", "$duplicate");
        _member = Prepare("INSERT INTO story_members(article_id, story_id) VALUES ($id, $s);", "$id", "$s");
        _merge = Prepare("UPDATE story_members SET story_id = $into WHERE story_id = $from;", "$into", "$from");
        _fts = Prepare("INSERT INTO articles_fts(rowid, title, text) VALUES ($id, $title, $text);", "$id", "$title", "$text");
        _mention = Prepare("INSERT OR IGNORE INTO mentions(name, article_id, type, count) VALUES ($name, $id, $type, $count);", "$name", "$id", "$type", "$count");
        _supersede = Prepare("""
            UPDATE articles SET superseded_by = $id WHERE identity = $identity AND id <> $id AND superseded_by IS NULL
            RETURNING (SELECT story_id FROM story_members WHERE article_id = articles.id);
            """,
            "$id", "$identity");
    }

    /// <returns>The article's row id.</returns>
    public long Add(NewArticle n)
    {
        var a = n.Article;
        Run(_story, n.StoryId);
        long id = Convert.ToInt64(Bind(_article, a.Id, n.Identity.Key, n.Version, n.Identity.ContentHash, n.StoryId, n.Line, a.Url, a.Title, a.Outlet,
            a.Published?.ToIso(), a.Text, AnalysisCodec.EncodeArticle(a), AnalysisCodec.EncodeLayers(n.Analysis), AnalysisCodec.Version, _now, n.DuplicateOf)
            .ExecuteScalar(), CultureInfo.InvariantCulture);
        Run(_member, id, n.StoryId);
        Run(_fts, id, a.Title ?? "", a.Text);
        foreach (var g in n.Analysis.Entities.GroupBy(e => e.Name, StringComparer.OrdinalIgnoreCase))
            Run(_mention, g.Key, id, g.First().Type.ToString().ToLowerInvariant(), g.Count());
        if (n.Version > 1)
        {
            using var r = Bind(_supersede, id, n.Identity.Key).ExecuteReader();
            while (r.Read())
                _touched.Add(r.GetInt64(0));
        }
        _touched.Add(n.StoryId);
        return id;
    }

    /// <summary>Moves every article of one story into another (the grouper merged them).</summary>
    public void Merge(long from, long into)
    {
        Run(_story, into);
        Run(_merge, into, from);
        _touched.Add(from);
        _touched.Add(into);
    }

    /// <summary>A story's articles: <c>m</c> the membership rows, <c>a</c> the articles.</summary>
    internal const string Members = "story_members m JOIN articles a ON a.id = m.article_id";

    public void RefreshStories() => Refresh(_db, _tx, _touched);

    /// <summary>Recomputes each story's size, outlets, time span and title from its current articles.</summary>
    public static void Refresh(SqliteConnection db, SqliteTransaction tx, IEnumerable<long> stories)
    {
        using var cmd = db.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = $"""
            UPDATE stories SET
              articles = (SELECT count(*) FROM {Members} WHERE m.story_id = $s AND a.superseded_by IS NULL),
              outlets = (SELECT count(DISTINCT lower(a.outlet)) FROM {Members} WHERE m.story_id = $s AND a.superseded_by IS NULL),
              first_published = (SELECT min(a.published) FROM {Members} WHERE m.story_id = $s AND a.superseded_by IS NULL),
              last_published = (SELECT max(a.published) FROM {Members} WHERE m.story_id = $s AND a.superseded_by IS NULL),
              title = (SELECT a.title FROM {Members} WHERE m.story_id = $s AND a.superseded_by IS NULL AND a.title IS NOT NULL
                       ORDER BY a.published IS NULL, a.published, a.id LIMIT 1),
              last_article = coalesce((SELECT max(article_id) FROM story_members WHERE story_id = $s), 0)
            WHERE id = $s;
            """;
        var p = cmd.Parameters.Add("$s", SqliteType.Integer);
        foreach (var s in stories)
        {
            p.Value = s;
            cmd.ExecuteNonQuery();
        }
    }

    public void Dispose()
    {
        _story.Dispose();
        _article.Dispose();
        _fts.Dispose();
        _mention.Dispose();
        _supersede.Dispose();
        _merge.Dispose();
        _member.Dispose();
    }

    private SqliteCommand Prepare(string sql, params string[] names)
    {
        var cmd = _db.CreateCommand();
        cmd.Transaction = _tx;
        cmd.CommandText = sql;
        foreach (var name in names)
            cmd.Parameters.Add(new SqliteParameter { ParameterName = name });
        cmd.Prepare();
        return cmd;
    }

    private static SqliteCommand Bind(SqliteCommand cmd, params object?[] values)
    {
        for (int i = 0; i < values.Length; i++)
            cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        return cmd;
    }

    private static void Run(SqliteCommand cmd, params object?[] values) => Bind(cmd, values).ExecuteNonQuery();
}
