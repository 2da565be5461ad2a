namespace Parallax.Storage.Sqlite;

/// <summary>
/// The schema, as numbered steps. A store records the last step applied in <c>PRAGMA user_version</c>;
/// opening it applies the steps after that one, each in its own transaction. Steps are never edited once
/// released: a change is a new step.
/// </summary>
internal static class SqliteMigrations
{
    public static readonly string[] Steps =
    [
        // 1: articles with their analyses, stories, entity mentions, and full-text search.
        """
        CREATE TABLE stories(
            id INTEGER PRIMARY KEY,
            title TEXT,
            articles INTEGER NOT NULL DEFAULT 0,
            outlets INTEGER NOT NULL DEFAULT 0,
            first_published TEXT,
            last_published TEXT,
            last_article INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX stories_last_published ON stories(last_published);
        CREATE INDEX stories_articles ON stories(articles);

        CREATE TABLE articles(
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            identity TEXT NOT NULL,
            version INTEGER NOT NULL,
            content_hash TEXT NOT NULL,
            superseded_by INTEGER REFERENCES articles(id),
            story_id INTEGER NOT NULL REFERENCES stories(id),
            line INTEGER,
            url TEXT,
            title TEXT,
            outlet TEXT,
            published TEXT,
            text TEXT NOT NULL,
            fields TEXT NOT NULL,
            analysis TEXT NOT NULL,
            analysis_version INTEGER NOT NULL,
            ingested_at TEXT NOT NULL,
            UNIQUE(identity, version)
        );
        CREATE INDEX articles_story ON articles(story_id);
        CREATE INDEX articles_name ON articles(name);
        CREATE INDEX articles_published ON articles(published);
        CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE);

        CREATE TABLE mentions(
            name TEXT NOT NULL COLLATE NOCASE,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            type TEXT NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY(name, article_id)
        ) WITHOUT ROWID;
        CREATE INDEX mentions_article ON mentions(article_id);

        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, content='articles', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
        );
        """,

        // 2: near-duplicates (wire copies) point to the article they repeat.
        """
        ALTER TABLE articles ADD COLUMN duplicate_of TEXT;
        """,

        // 3: story membership in a narrow table of its own, so regrouping rewrites no article row; the
        // article keeps the story it first joined.
        """
        CREATE TABLE story_members(
            article_id INTEGER PRIMARY KEY REFERENCES articles(id),
            story_id INTEGER NOT NULL REFERENCES stories(id)
        );
        INSERT INTO story_members(article_id, story_id) SELECT id, story_id FROM articles;
        CREATE INDEX story_members_story ON story_members(story_id);
        DROP INDEX articles_story;
        ALTER TABLE articles RENAME COLUMN story_id TO first_story_id;
        """,

        // 4: the ingest's saved grouping state (one row), written in the transaction of a batch.
        """
        CREATE TABLE checkpoint(
            id INTEGER PRIMARY KEY CHECK (id = 1),
            state BLOB NOT NULL
        );
        """,

        // 5: the parts of the saved grouping state written apart from it (closed stories, each written once), by key.
        """
        CREATE TABLE checkpoint_parts(
            key INTEGER PRIMARY KEY,
            state BLOB NOT NULL
        );
        """,

        // 6: the follow monitor's state (ICrawlState): per feed, its last poll and validators; per article URL,
        // what its last fetch gave. Times are ISO 8601 UTC text, as elsewhere in this store.
        """
        CREATE TABLE crawl_feeds(
            url TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            last_poll TEXT,
            next_poll TEXT,
            etag TEXT,
            last_modified TEXT,
            interval_seconds REAL NOT NULL,
            last_success TEXT,
            last_error TEXT,
            failures INTEGER NOT NULL
        );
        CREATE TABLE crawl_urls(
            url TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            status TEXT NOT NULL,
            fetched_at TEXT NOT NULL,
            listed TEXT,
            content_hash TEXT,
            article TEXT,
            error TEXT,
            attempts INTEGER NOT NULL,
            no_date INTEGER NOT NULL,
            no_text INTEGER NOT NULL
        );
        CREATE INDEX crawl_urls_fetched ON crawl_urls(fetched_at);
        """,
    ];
}
