using Microsoft.AspNetCore.Builder;
using Parallax.Analysis;
using Parallax.Extraction;
using Parallax.Store;
using Parallax.Web.Services;
using Parallax.Tests.Support;
using Parallax.Web;

namespace Parallax.Tests.Web;

/// <summary>A real server on a free loopback port over a store holding the shipped samples (an SQLite file here; see <see cref="PostgresWebServerFixture"/>).</summary>
public class WebServerFixture : IAsyncLifetime
{
    private readonly TempDir _dir = new();
    private WebApplication? _app;

    public string DbPath => _dir.Combine("web.db");

    /// <summary>The store the server serves, as <c>--db</c> names it.</summary>
    public string Location { get; private set; } = null!;

    /// <summary>Why this server could not be started (its engine is not installed here), or null: its tests skip with it.</summary>
    public virtual string? Unavailable => null;

    /// <summary>Where the server's store is made: the SQLite file by default.</summary>
    protected virtual Task<string> CreateStoreAsync() => Task.FromResult(DbPath);

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public string? Token { get; init; }

    public async ValueTask InitializeAsync()
    {
        if (Unavailable is not null)
            return;
        Location = await CreateStoreAsync();
        await using (var store = await KnownEngines.Create().OpenWriterAsync(Location))
        {
            var pipeline = AnalysisPipeline.CreateDefault();
            using var ingestor = await Ingestor.OpenAsync(store, pipeline);
            foreach (var r in new ArticleReader().Read([RepoPaths.Samples]))
                await ingestor.AddAsync(r.Article!, r.Line);
            await ingestor.FlushAsync();
        }
        _app = await WebApp.StartAsync(new ServeOptions { DbPath = Location, Urls = ["http://127.0.0.1:0"], Token = Token, MaxBodyBytes = 1024 * 1024 });
        BaseAddress = new Uri(_app.Urls.First());
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    /// <summary>The id of the story that holds the article.</summary>
    public string StoryOf(string articleId)
    {
        if (Unavailable is { } reason)
            Assert.Skip(reason);
        // A test helper may wait on the store (the tests call it outside any synchronization context).
        var store = KnownEngines.Create().OpenReaderAsync(Location).AsTask().GetAwaiter().GetResult();
        try
        {
            return store.ArticleAsync(articleId).AsTask().GetAwaiter().GetResult()!.Story;
        }
        finally
        {
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    public virtual async ValueTask DisposeAsync()
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
