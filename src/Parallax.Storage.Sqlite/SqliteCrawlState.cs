using System.Globalization;
using Microsoft.Data.Sqlite;
using Parallax.Store;

namespace Parallax.Storage.Sqlite;

/// <summary>The follow monitor's state in the SQLite store (tables <c>crawl_feeds</c> and <c>crawl_urls</c>, migration 5).</summary>
internal sealed partial class SqliteStoryStore
{
    public ValueTask<IReadOnlyList<FeedState>> FeedStatesAsync(CancellationToken cancel = default)
    {
        using var cmd = Command("SELECT url, source, last_poll, next_poll, etag, last_modified, interval_seconds, last_success, last_error, failures FROM crawl_feeds;");
        return ValueTask.FromResult<IReadOnlyList<FeedState>>(ReadAll(cmd, r => new FeedState(
            r.GetString(0), r.GetString(1), Time(r, 2), Time(r, 3), NullableString(r, 4), NullableString(r, 5),
            TimeSpan.FromSeconds(r.GetDouble(6)), Time(r, 7), NullableString(r, 8), r.GetInt32(9))));
    }

    public ValueTask SaveFeedStateAsync(FeedState state, CancellationToken cancel = default)
    {
        using var cmd = Command("""
            INSERT OR REPLACE INTO crawl_feeds(url, source, last_poll, next_poll, etag, last_modified, interval_seconds, last_success, last_error, failures)
            VALUES ($url, $source, $last_poll, $next_poll, $etag, $last_modified, $interval, $last_success, $last_error, $failures);
            """);
        cmd.Parameters.AddWithValue("$url", state.Url);
        cmd.Parameters.AddWithValue("$source", state.Source);
        cmd.Parameters.AddWithValue("$last_poll", Text(state.LastPoll));
        cmd.Parameters.AddWithValue("$next_poll", Text(state.NextPoll));
        cmd.Parameters.AddWithValue("$etag", (object?)state.ETag ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$last_modified", (object?)state.LastModified ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$interval", state.Interval.TotalSeconds);
        cmd.Parameters.AddWithValue("$last_success", Text(state.LastSuccess));
        cmd.Parameters.AddWithValue("$last_error", (object?)state.LastError ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$failures", state.Failures);
        cmd.ExecuteNonQuery();
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyDictionary<string, UrlState>> UrlStatesAsync(IReadOnlyCollection<string> urls, CancellationToken cancel = default)
    {
        var found = new Dictionary<string, UrlState>(StringComparer.Ordinal);
        using var cmd = Command($"SELECT {UrlColumns} FROM crawl_urls WHERE url = $url;");
        var p = cmd.Parameters.Add("$url", SqliteType.Text);
        foreach (var url in urls)
        {
            p.Value = url;
            using var r = cmd.ExecuteReader();
            if (r.Read())
                found[url] = ReadUrl(r);
        }
        return ValueTask.FromResult<IReadOnlyDictionary<string, UrlState>>(found);
    }

    public ValueTask SaveUrlStatesAsync(IReadOnlyList<UrlState> states, CancellationToken cancel = default)
    {
        if (states.Count == 0)
            return ValueTask.CompletedTask;
        using var tx = _db.BeginTransaction();
        using var cmd = Command($"INSERT OR REPLACE INTO crawl_urls({UrlColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11);", tx);
        var p = new SqliteParameter[11];
        for (int i = 0; i < p.Length; i++)
            p[i] = cmd.Parameters.Add($"${i + 1}", SqliteType.Text);
        foreach (var s in states)
        {
            p[0].Value = s.Url;
            p[1].Value = s.Source;
            p[2].Value = StatusText(s.Status);
            p[3].Value = Text(s.FetchedAt);
            p[4].Value = Text(s.Listed);
            p[5].Value = (object?)s.ContentHash ?? DBNull.Value;
            p[6].Value = (object?)s.Article ?? DBNull.Value;
            p[7].Value = (object?)s.Error ?? DBNull.Value;
            p[8].Value = s.Attempts;
            p[9].Value = s.NoDate ? 1 : 0;
            p[10].Value = s.NoText ? 1 : 0;
            cmd.ExecuteNonQuery();
        }
        tx.Commit();
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<UrlState>> UrlStatesSinceAsync(DateTimeOffset since, CancellationToken cancel = default)
    {
        using var cmd = Command($"SELECT {UrlColumns} FROM crawl_urls WHERE fetched_at >= $since ORDER BY fetched_at;");
        cmd.Parameters.AddWithValue("$since", Text(since));
        return ValueTask.FromResult<IReadOnlyList<UrlState>>(ReadAll(cmd, ReadUrl));
    }

    private const string UrlColumns = "url, source, status, fetched_at, listed, content_hash, article, error, attempts, no_date, no_text";

    private static UrlState ReadUrl(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), ParseStatus(r.GetString(2)), Time(r, 3) ?? DateTimeOffset.MinValue, Time(r, 4),
        NullableString(r, 5), NullableString(r, 6), NullableString(r, 7), r.GetInt32(8), r.GetInt32(9) != 0, r.GetInt32(10) != 0);

    internal static string StatusText(UrlStatus status) => status == UrlStatus.Stored ? "stored" : "failed";

    internal static UrlStatus ParseStatus(string text) => text == "stored" ? UrlStatus.Stored : UrlStatus.Failed;

    // Fixed-width UTC text, so text order is time order in the fetched_at index.
    private static object Text(DateTimeOffset? time) =>
        time is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture) : DBNull.Value;

    private static DateTimeOffset? Time(SqliteDataReader r, int i) =>
        r.IsDBNull(i) ? null : DateTimeOffset.Parse(r.GetString(i), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
