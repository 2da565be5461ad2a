using Npgsql;
using NpgsqlTypes;
using Parallax.Store;

namespace Parallax.Storage.Postgres;

/// <summary>The follow monitor's state in the PostgreSQL store (tables <c>crawl_feeds</c> and <c>crawl_urls</c>, migration 4).</summary>
internal sealed partial class PostgresStoryStore
{
    public async ValueTask<IReadOnlyList<FeedState>> FeedStatesAsync(CancellationToken cancel = default) =>
        await AllAsync("SELECT url, source, last_poll, next_poll, etag, last_modified, interval_seconds, last_success, last_error, failures FROM crawl_feeds;",
            r => new FeedState(r.GetString(0), r.GetString(1), Time(r, 2), Time(r, 3), NullableString(r, 4), NullableString(r, 5),
                TimeSpan.FromSeconds(r.GetDouble(6)), Time(r, 7), NullableString(r, 8), r.GetInt32(9)), cancel);

    public async ValueTask SaveFeedStateAsync(FeedState state, CancellationToken cancel = default)
    {
        await ExecuteAsync("""
            INSERT INTO crawl_feeds(url, source, last_poll, next_poll, etag, last_modified, interval_seconds, last_success, last_error, failures)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
            ON CONFLICT (url) DO UPDATE SET source = EXCLUDED.source, last_poll = EXCLUDED.last_poll, next_poll = EXCLUDED.next_poll,
              etag = EXCLUDED.etag, last_modified = EXCLUDED.last_modified, interval_seconds = EXCLUDED.interval_seconds,
              last_success = EXCLUDED.last_success, last_error = EXCLUDED.last_error, failures = EXCLUDED.failures;
            """, cancel, state.Url, state.Source, Value(state.LastPoll), Value(state.NextPoll), (object?)state.ETag ?? DBNull.Value,
            (object?)state.LastModified ?? DBNull.Value, state.Interval.TotalSeconds, Value(state.LastSuccess),
            (object?)state.LastError ?? DBNull.Value, state.Failures);
    }

    public async ValueTask<IReadOnlyDictionary<string, UrlState>> UrlStatesAsync(IReadOnlyCollection<string> urls, CancellationToken cancel = default)
    {
        if (urls.Count == 0)
            return new Dictionary<string, UrlState>();
        var found = await AllAsync($"SELECT {UrlColumns} FROM crawl_urls WHERE url = ANY($1);", ReadUrl, cancel, [urls.ToArray()]); // one parameter: the array, not its items
        return found.ToDictionary(u => u.Url, StringComparer.Ordinal);
    }

    public async ValueTask SaveUrlStatesAsync(IReadOnlyList<UrlState> states, CancellationToken cancel = default)
    {
        if (states.Count == 0)
            return;
        // One statement over arrays, in one transaction.
        await ExecuteAsync($"""
            INSERT INTO crawl_urls({UrlColumns})
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[], $5::timestamptz[], $6::text[], $7::text[],
                                 $8::text[], $9::integer[], $10::boolean[], $11::boolean[])
            ON CONFLICT (url) DO UPDATE SET source = EXCLUDED.source, status = EXCLUDED.status, fetched_at = EXCLUDED.fetched_at,
              listed = EXCLUDED.listed, content_hash = EXCLUDED.content_hash, article = EXCLUDED.article, error = EXCLUDED.error,
              attempts = EXCLUDED.attempts, no_date = EXCLUDED.no_date, no_text = EXCLUDED.no_text;
            """, cancel,
            states.Select(s => s.Url).ToArray(), states.Select(s => s.Source).ToArray(),
            states.Select(s => s.Status == UrlStatus.Stored ? "stored" : "failed").ToArray(),
            states.Select(s => s.FetchedAt.ToUniversalTime()).ToArray(),
            states.Select(s => s.Listed?.ToUniversalTime()).ToArray(),
            states.Select(s => s.ContentHash).ToArray(), states.Select(s => s.Article).ToArray(), states.Select(s => s.Error).ToArray(),
            states.Select(s => s.Attempts).ToArray(), states.Select(s => s.NoDate).ToArray(), states.Select(s => s.NoText).ToArray());
    }

    public async ValueTask<IReadOnlyList<UrlState>> UrlStatesSinceAsync(DateTimeOffset since, CancellationToken cancel = default) =>
        await AllAsync($"SELECT {UrlColumns} FROM crawl_urls WHERE fetched_at >= $1 ORDER BY fetched_at;", ReadUrl, cancel, since.ToUniversalTime());

    private const string UrlColumns = "url, source, status, fetched_at, listed, content_hash, article, error, attempts, no_date, no_text";

    private static UrlState ReadUrl(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2) == "stored" ? UrlStatus.Stored : UrlStatus.Failed, Time(r, 3) ?? DateTimeOffset.MinValue,
        Time(r, 4), NullableString(r, 5), NullableString(r, 6), NullableString(r, 7), r.GetInt32(8), r.GetBoolean(9), r.GetBoolean(10));

    private static object Value(DateTimeOffset? time) => time is { } t ? t.ToUniversalTime() : DBNull.Value;

    private static DateTimeOffset? Time(NpgsqlDataReader r, int i) =>
        r.IsDBNull(i) ? null : new DateTimeOffset(DateTime.SpecifyKind(r.GetDateTime(i), DateTimeKind.Utc));

    private async Task ExecuteAsync(string sql, CancellationToken cancel, params object[] args)
    {
        try
        {
            await using var db = await _source.OpenConnectionAsync(cancel);
            await using var cmd = Command(db, sql, args);
            await cmd.ExecuteNonQueryAsync(cancel);
        }
        catch (NpgsqlException e)
        {
            throw new StoreException($"{Name}: {Describe(e)}", e);
        }
    }
}
