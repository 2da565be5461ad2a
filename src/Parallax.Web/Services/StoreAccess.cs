using System.Collections.Concurrent;
using Parallax.Analysis;
using Parallax.Comparison;
using Parallax.Comparison.Report;
using Parallax.Store;
using Parallax.Store.Sqlite;

namespace Parallax.Web.Services;

/// <summary>
/// Reads the store for requests: one read-only SQLite handle per request (WAL lets them read while an
/// ingest writes), and story reports cached until the story changes.
/// </summary>
public sealed class StoreAccess(ServeOptions options) : IDisposable
{
    private readonly ConcurrentDictionary<long, (string Version, ComparisonReport Report)> _reports = new();
    private readonly ConcurrentDictionary<long, (string Version, byte[] Html)> _pages = new();
    private readonly ReportBuilder _builder = new(AnalysisPipeline.CreateDefault());

    public string DbPath => options.DbPath;

    private readonly ConcurrentBag<SqliteStoryStore> _idle = [];

    /// <summary>Most idle read handles kept for reuse; more may be open at a time under load.</summary>
    private const int MaxIdle = 32;

    /// <summary>
    /// A read-only handle for one request, reused across requests (opening one checks the schema: worth
    /// doing once, not per request). Each statement reads the latest commit, so reuse never serves stale data.
    /// </summary>
    public Lease Rent() => new(this, _idle.TryTake(out var s) ? s : SqliteStoryStore.Open(options.DbPath, readOnly: true));

    private void Return(SqliteStoryStore store)
    {
        if (_idle.Count < MaxIdle)
            _idle.Add(store);
        else
            store.Dispose();
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var s))
            s.Dispose();
    }

    public readonly struct Lease(StoreAccess owner, SqliteStoryStore store) : IDisposable
    {
        public SqliteStoryStore Store => store;

        public void Dispose() => owner.Return(store);
    }

    private static string VersionOf(StorySummary story) => $"{story.LastArticle}/{story.Articles}/{story.Title}";

    /// <summary>
    /// The story's page, rendered once per state of the story: a popular story is then a copy from
    /// memory (the load benchmark's 200 clients on one story page).
    /// </summary>
    public byte[]? StoryPage(SqliteStoryStore store, StorySummary story, Func<ComparisonReport, byte[]> render)
    {
        var version = VersionOf(story);
        if (_pages.TryGetValue(story.Id, out var cached) && cached.Version == version)
            return cached.Html;
        var report = Report(store, story);
        if (report is null)
            return null;
        var html = render(report);
        _pages[story.Id] = (version, html);
        return html;
    }

    /// <summary>The story's report, built once per state of the story.</summary>
    public ComparisonReport? Report(SqliteStoryStore store, StorySummary story)
    {
        var version = VersionOf(story);
        if (_reports.TryGetValue(story.Id, out var cached) && cached.Version == version)
            return cached.Report;
        var report = StoreReports.Story(store, story.Id, _builder);
        if (report is not null)
            _reports[story.Id] = (version, report);
        return report;
    }
}
