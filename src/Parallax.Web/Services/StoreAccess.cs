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
public sealed class StoreAccess(ServeOptions options)
{
    private readonly ConcurrentDictionary<long, (string Version, ComparisonReport Report)> _reports = new();
    private readonly ReportBuilder _builder = new(AnalysisPipeline.CreateDefault());

    public string DbPath => options.DbPath;

    public SqliteStoryStore Open() => SqliteStoryStore.Open(options.DbPath, readOnly: true);

    /// <summary>The story's report, built once per state of the story.</summary>
    public ComparisonReport? Report(SqliteStoryStore store, StorySummary story)
    {
        var version = $"{story.LastArticle}/{story.Articles}/{story.Title}";
        if (_reports.TryGetValue(story.Id, out var cached) && cached.Version == version)
            return cached.Report;
        var report = StoreReports.Story(store, story.Id, _builder);
        if (report is not null)
            _reports[story.Id] = (version, report);
        return report;
    }
}
