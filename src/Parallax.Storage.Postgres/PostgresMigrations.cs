namespace Parallax.Storage.Postgres;

/// <summary>
/// The schema, as numbered steps. A store records the last step applied in <c>parallax_schema</c>; opening it
/// applies the steps after that one, each in its own transaction (PostgreSQL's DDL is transactional, so a step
/// is applied whole or not at all) under an advisory lock, so two processes opening one new store do not race.
/// Steps are never edited once released: a change is a new step.
/// </summary>
internal static class PostgresMigrations
{
    /// <summary>Created before any step: the schema version, one row.</summary>
    public const string VersionTable = """
        CREATE TABLE IF NOT EXISTS parallax_schema(
            id integer PRIMARY KEY CHECK (id = 1),
            version integer NOT NULL
        );
        INSERT INTO parallax_schema(id, version) VALUES (1, 0) ON CONFLICT (id) DO NOTHING;
        """;

    public static readonly string[] Steps =
    [
        // 1: the text search configuration. Like the SQLite store's FTS5 tokenizer (porter, diacritics removed),
        // words are stemmed (Snowball English) and folded to unaccented lower case, and no word is a stop word, so
        // "the" finds what it finds there. unaccent ships with PostgreSQL (contrib) and is a trusted extension; where
        // a server lacks it the configuration goes without it.
        """
        CREATE TEXT SEARCH DICTIONARY parallax_stem (TEMPLATE = snowball, LANGUAGE = english);
        CREATE TEXT SEARCH CONFIGURATION parallax (COPY = pg_catalog.simple);
        DO $$
        BEGIN
          IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'unaccent') THEN
            CREATE EXTENSION IF NOT EXISTS unaccent;
            ALTER TEXT SEARCH CONFIGURATION parallax
              ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, parallax_stem;
          ELSE
            ALTER TEXT SEARCH CONFIGURATION parallax
              ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH parallax_stem;
          END IF;
        END
        $$;
        """,

        // 2: articles with their analyses, stories, membership, entity mentions, full-text search, and the ingest's
        // saved grouping state. Days and times are ISO text compared byte-wise (COLLATE "C"), as in the SQLite store.
        """
        CREATE TABLE stories(
            id bigint PRIMARY KEY,
            title text,
            articles integer NOT NULL DEFAULT 0,
            outlets integer NOT NULL DEFAULT 0,
            first_published text COLLATE "C",
            last_published text COLLATE "C",
            last_article bigint NOT NULL DEFAULT 0
        );
        CREATE INDEX stories_last_published ON stories(last_published);
        CREATE INDEX stories_articles ON stories(articles);

        CREATE TABLE articles(
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            name text NOT NULL,
            identity text NOT NULL,
            version integer NOT NULL,
            content_hash text NOT NULL,
            superseded_by bigint REFERENCES articles(id),
            first_story_id bigint NOT NULL REFERENCES stories(id),
            line integer,
            url text,
            title text,
            outlet text,
            published text COLLATE "C",
            text text NOT NULL,
            fields text NOT NULL,
            analysis text NOT NULL,
            analysis_version integer NOT NULL,
            ingested_at timestamptz NOT NULL DEFAULT now(),
            duplicate_of text,
            -- Title words weigh more than body words (ts_rank's A against B), as bm25's weights do in SQLite.
            search tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('parallax', coalesce(title, '')), 'A') || setweight(to_tsvector('parallax', text), 'B')) STORED,
            UNIQUE(identity, version)
        );
        CREATE INDEX articles_name ON articles(name);
        CREATE INDEX articles_published ON articles(published);
        CREATE INDEX articles_outlet ON articles(lower(outlet));
        CREATE INDEX articles_search ON articles USING gin(search);
        CREATE INDEX articles_current ON articles(id) WHERE superseded_by IS NULL;

        CREATE TABLE story_members(
            article_id bigint PRIMARY KEY REFERENCES articles(id),
            story_id bigint NOT NULL REFERENCES stories(id)
        );
        CREATE INDEX story_members_story ON story_members(story_id);

        CREATE TABLE mentions(
            name text NOT NULL,
            article_id bigint NOT NULL REFERENCES articles(id),
            type text NOT NULL,
            count integer NOT NULL
        );
        CREATE UNIQUE INDEX mentions_name_article ON mentions(lower(name), article_id);
        CREATE INDEX mentions_article ON mentions(article_id);

        CREATE TABLE checkpoint(
            id integer PRIMARY KEY CHECK (id = 1),
            state bytea NOT NULL
        );
        """,

        // 3: the job queue of `parallax worker` (Queue/JobQueue.cs). A job is queued, then running under a lease
        // (a worker and an expiry), then done with its result, or dead with its last error once its attempts are
        // spent; a running job whose lease expired is queued again (its worker died). An article job's result is
        // consumed by the leader, which assigns stories in job order; consumed marks the ones it has stored.
        """
        CREATE TABLE jobs(
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            kind text NOT NULL,
            payload text NOT NULL,
            state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'dead')),
            attempts integer NOT NULL DEFAULT 0,
            run_after timestamptz NOT NULL DEFAULT now(),
            lease_until timestamptz,
            worker text,
            last_error text,
            result text,
            consumed boolean NOT NULL DEFAULT false,
            enqueued_at timestamptz NOT NULL DEFAULT now(),
            finished_at timestamptz
        );
        CREATE INDEX jobs_queued ON jobs(id) WHERE state = 'queued';
        CREATE INDEX jobs_leased ON jobs(lease_until) WHERE state = 'running';
        CREATE INDEX jobs_unconsumed ON jobs(id) WHERE kind = 'article' AND NOT consumed;
        """,

        // 4: the parts of the saved grouping state written apart from it (closed stories, each written once), by key.
        """
        CREATE TABLE checkpoint_parts(
            key integer PRIMARY KEY,
            state bytea NOT NULL
        );
        """,

        // 5: the follow monitor's state (ICrawlState): per feed, its last poll and validators; per article URL,
        // what its last fetch gave.
        """
        CREATE TABLE crawl_feeds(
            url text PRIMARY KEY,
            source text NOT NULL,
            last_poll timestamptz,
            next_poll timestamptz,
            etag text,
            last_modified text,
            interval_seconds double precision NOT NULL,
            last_success timestamptz,
            last_error text,
            failures integer NOT NULL
        );
        CREATE TABLE crawl_urls(
            url text PRIMARY KEY,
            source text NOT NULL,
            status text NOT NULL,
            fetched_at timestamptz NOT NULL,
            listed timestamptz,
            content_hash text,
            article text,
            error text,
            attempts integer NOT NULL,
            no_date boolean NOT NULL,
            no_text boolean NOT NULL
        );
        CREATE INDEX crawl_urls_fetched ON crawl_urls(fetched_at);
        """,

        // 6: fetching as queue jobs (follow --enqueue). A fetch job names its host, so a claim passes over the jobs of
        // a host that is not free; its dedup key (the article URL) is unique, so a URL is enqueued once however often
        // it is listed. host_lease is per-host politeness across workers and machines (Queue/HostLease.cs): a worker
        // takes a host by moving next_allowed past its fetch (holder set), and on leaving sets it to the end of the
        // fetch plus the host's interval.
        """
        ALTER TABLE jobs ADD COLUMN host text;
        ALTER TABLE jobs ADD COLUMN dedup_key text;
        CREATE UNIQUE INDEX jobs_dedup_key ON jobs(dedup_key) WHERE dedup_key IS NOT NULL;
        CREATE INDEX jobs_queued_due ON jobs(run_after) WHERE state = 'queued';
        CREATE TABLE host_lease(
            host text PRIMARY KEY,
            next_allowed timestamptz NOT NULL,
            holder text,
            claimed_at timestamptz,
            fetches bigint NOT NULL DEFAULT 0
        );
        """,
    ];
}
