using Microsoft.AspNetCore.Builder;
using Parallax.Analysis;
using Parallax.Extraction;
using Parallax.Store;
using Parallax.Storage.Sqlite;
using Parallax.Tests.Support;
using Parallax.Web;

namespace Parallax.Tests.Web;

/// <summary>A real server on a free loopback port over a store holding the shipped samples.</summary>
public sealed class WebServerFixture : IAsyncLifetime
{
    private readonly TempDir _dir = new();
    private WebApplication? _app;

    public string DbPath => _dir.Combine("web.db");

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public string? Token { get; init; }

    public async ValueTask InitializeAsync()
    {
        using (var store = SqliteStoryStore.Open(DbPath))
        {
            var pipeline = AnalysisPipeline.CreateDefault();
            using var ingestor = await Ingestor.OpenAsync(store, pipeline);
            foreach (var r in new ArticleReader().Read([RepoPaths.Samples]))
                await ingestor.AddAsync(r.Article!, r.Line);
            await ingestor.FlushAsync();
        }
        _app = await WebApp.StartAsync(new ServeOptions { DbPath = DbPath, Urls = ["http://127.0.0.1:0"], Token = Token, MaxBodyBytes = 1024 * 1024 });
        BaseAddress = new Uri(_app.Urls.First());
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    /// <summary>The id of the story that holds the article.</summary>
    public string StoryOf(string articleId)
    {
        using var store = SqliteStoryStore.Open(DbPath, readOnly: true);
        // The SQLite engine answers at once; a test helper may wait on it.
        return store.ArticleAsync(articleId).AsTask().GetAwaiter().GetResult()!.Story;
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        _dir.Dispose();
    }
}
