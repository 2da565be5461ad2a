using System.Collections.Concurrent;
using Parallax.Analysis;
using Parallax.Comparison;
using Parallax.Comparison.Report;
using Parallax.Store;

namespace Parallax.Web.Services;

/// <summary>
/// Reads the store for requests: one reader per request (SQLite's WAL lets them read while an ingest
/// writes), and story reports cached until the story changes.
/// </summary>
public sealed class StoreAccess(ServeOptions options) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<long, (string Version, ComparisonReport Report)> _reports = new();
    private readonly ConcurrentDictionary<long, (string Version, byte[] Html)> _pages = new();
    private readonly AnalysisPipeline _pipeline = AnalysisPipeline.CreateDefault();

    public string DbPath => options.DbPath;

    private readonly ConcurrentBag<IStoryReader> _idle = [];
    private readonly StoreEngines _engines = KnownEngines.Create();

    /// <summary>Most idle read handles kept for reuse; more may be open at a time under load.</summary>
    private const int MaxIdle = 32;

    /// <summary>
    /// A read-only handle for one request, reused across requests (opening one checks the schema: worth
    /// doing once, not per request). Each statement reads the latest commit, so reuse never serves stale data.
    /// </summary>
    public async ValueTask<Lease> RentAsync(CancellationToken cancel = default) =>
        new(this, _idle.TryTake(out var s) ? s : await _engines.OpenReaderAsync(options.DbPath, cancel));

    private ValueTask ReturnAsync(IStoryReader store)
    {
        if (_idle.Count >= MaxIdle)
            return store.DisposeAsync();
        _idle.Add(store);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        while (_idle.TryTake(out var s))
            await s.DisposeAsync();
    }

    public readonly struct Lease(StoreAccess owner, IStoryReader store) : IAsyncDisposable
    {
        public IStoryReader Store => store;

        public ValueTask DisposeAsync() => owner.ReturnAsync(store);
    }

    private static string VersionOf(StorySummary story) => $"{story.LastArticle}/{story.Articles}/{story.Title}";

    /// <summary>
    /// The story's page, rendered once per state of the story: a popular story is then a copy from
    /// memory (the load benchmark's 200 clients on one story page).
    /// </summary>
    public async ValueTask<byte[]?> StoryPageAsync(IStoryReader store, StorySummary story, Func<ComparisonReport, ValueTask<byte[]>> render, CancellationToken cancel = default)
    {
        var version = VersionOf(story);
        if (_pages.TryGetValue(story.Id, out var cached) && cached.Version == version)
            return cached.Html;
        var report = await ReportAsync(store, story, cancel);
        if (report is null)
            return null;
        var html = await render(report);
        _pages[story.Id] = (version, html);
        return html;
    }

    /// <summary>The story's report, built once per state of the story.</summary>
    /// <remarks>A request that ends (the client went away, or the server's timeout) cancels the comparison within about a second.</remarks>
    public async ValueTask<ComparisonReport?> ReportAsync(IStoryReader store, StorySummary story, CancellationToken cancel = default)
    {
        var version = VersionOf(story);
        if (_reports.TryGetValue(story.Id, out var cached) && cached.Version == version)
            return cached.Report;
        var report = await StoreReports.StoryAsync(store, story.Id, _pipeline, cancel: cancel);
        if (report is not null)
            _reports[story.Id] = (version, report);
        return report;
    }
}
