using System.Net;
using Parallax.Analysis;
using Parallax.Model;
using Parallax.Storage.Sqlite;
using Parallax.Store;
using Parallax.Tests.Support;
using Parallax.Web;

namespace Parallax.Tests.Web;

/// <summary>An article the outlet changed after publication: its story and its page say what changed, as text.</summary>
public sealed class ChangedArticlePagesTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static Article Page(string text, string title = "Harbour road closed <b>again</b>") => new()
    {
        Id = "harbour-road",
        Source = "harbour-road.html",
        Url = "https://courier.example/harbour-road",
        Outlet = "Valley Courier",
        Title = title,
        Text = text,
        Published = PublicationDate.TryParseIso("2026-03-02", out var d) ? d : null,
    };

    [Fact]
    public async Task The_story_and_the_article_say_what_the_new_version_changed()
    {
        var db = _dir.Combine("versions.db");
        const string first = "Floodwater closed the harbour road on Monday, leaving 340 families without access, the council said.\n" +
            "\"We will reopen the road by Friday,\" said Mara Quill, the council's transport chief.";
        var second = first.Replace("340 families", "430 families", StringComparison.Ordinal).Replace("by Friday", "by <i>Sunday</i>", StringComparison.Ordinal);
        string storyId;
        using (var store = SqliteStoryStore.Open(db))
        using (var ingestor = await Ingestor.OpenAsync(store, AnalysisPipeline.CreateDefault()))
        {
            await ingestor.AddAsync(Page(first));
            await ingestor.FlushAsync();
            var v2 = await ingestor.AddAsync(Page(second));
            await ingestor.FlushAsync();
            Assert.Equal(IngestOutcome.NewVersion, v2.Outcome);
            storyId = v2.Story;
        }
        await using var app = await WebApp.StartAsync(new ServeOptions { DbPath = db, Urls = ["http://127.0.0.1:0"] });
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        var story = await client.GetStringAsync(new Uri("/stories/" + storyId, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("<h2>Changed after publication</h2>", story, StringComparison.Ordinal);
        Assert.Contains("version 2</span>: figures 340 families \u2192 430 families; 1 quote removed; 1 quote added", story, StringComparison.Ordinal);

        var article = await client.GetStringAsync(new Uri("/articles/harbour-road", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("version 2 (from 1): figures 340 families", article, StringComparison.Ordinal);
        Assert.Contains("quotes added: \u201cWe will reopen the road by &lt;i&gt;Sunday&lt;/i&gt;\u201d", article, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>Sunday</i>", article, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>again</b>", story, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_article_never_changed_shows_no_changes()
    {
        var db = _dir.Combine("one.db");
        string storyId;
        using (var store = SqliteStoryStore.Open(db))
        using (var ingestor = await Ingestor.OpenAsync(store, AnalysisPipeline.CreateDefault()))
        {
            storyId = (await ingestor.AddAsync(Page("Floodwater closed the harbour road on Monday, the council said."))).Story;
            await ingestor.FlushAsync();
        }
        await using var app = await WebApp.StartAsync(new ServeOptions { DbPath = db, Urls = ["http://127.0.0.1:0"] });
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        Assert.DoesNotContain("Changed after publication", await client.GetStringAsync(new Uri("/stories/" + storyId, UriKind.Relative), TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.DoesNotContain("Changed after publication", await client.GetStringAsync(new Uri("/articles/harbour-road", UriKind.Relative), TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
