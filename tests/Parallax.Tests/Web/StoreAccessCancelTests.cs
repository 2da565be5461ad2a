using Parallax.Analysis;
using Parallax.Extraction;
using Parallax.Store;
using Parallax.Storage.Sqlite;
using Parallax.Tests.Support;
using Parallax.Web;
using Parallax.Web.Services;

namespace Parallax.Tests.Web;

/// <summary>
/// A story report is built for a request: when the request ends (the client left, or the server's timeout fired)
/// the comparison stops instead of running on with the memory it holds.
/// </summary>
public sealed class StoreAccessCancelTests
{
    [Fact]
    public async Task A_cancelled_request_stops_the_story_report_and_caches_nothing()
    {
        using var dir = new TempDir();
        var db = dir.Combine("cancel.db");
        using (var store = SqliteStoryStore.Open(db))
        {
            using var ingestor = await Ingestor.OpenAsync(store, AnalysisPipeline.CreateDefault());
            foreach (var r in new ArticleReader().Read([RepoPaths.Samples]))
                await ingestor.AddAsync(r.Article!, r.Line);
            await ingestor.FlushAsync();
        }
        await using var access = new StoreAccess(new ServeOptions { DbPath = db });
        await using var lease = await access.RentAsync(TestContext.Current.CancellationToken);
        var story = (await lease.Store.StoriesAsync(new StoreFilter(), StoryOrder.Busiest, 1, 0)).Single();

        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await access.ReportAsync(lease.Store, story, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await access.StoryPageAsync(lease.Store, story, _ => ValueTask.FromResult<byte[]>([1]), cancelled.Token));

        // Nothing half-built was cached: the next request builds the whole report.
        var report = await access.ReportAsync(lease.Store, story, TestContext.Current.CancellationToken);
        Assert.NotNull(report);
        Assert.Equal(story.Articles, report.Articles.Count);
    }
}
