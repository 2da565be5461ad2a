using System.Net;
using System.Text.Json;
using Parallax.Storage.Sqlite;
using Parallax.Store;
using Parallax.Tests.Support;
using Parallax.Web;

namespace Parallax.Tests.Web;

/// <summary><c>/outlets</c> and <c>/api/outlets</c>: each followed outlet's health from the store, the ones in trouble first, as text.</summary>
public sealed class OutletsPageTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(string db, string path)
    {
        await using var app = await WebApp.StartAsync(new ServeOptions { DbPath = db, Urls = ["http://127.0.0.1:0"] });
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        using var r = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        return (r.StatusCode, await r.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private async Task<string> FollowedStoreAsync()
    {
        var db = _dir.Combine("followed.db");
        var now = DateTimeOffset.UtcNow;
        using var store = SqliteStoryStore.Open(db);
        await store.SaveFeedStateAsync(new FeedState("http://good.example/rss.xml", "Good Gazette", now.AddMinutes(-5), now.AddMinutes(10), "\"e1\"", null,
            TimeSpan.FromMinutes(15), now.AddMinutes(-5), null, 0));
        await store.SaveFeedStateAsync(new FeedState("http://bad.example/rss.xml", "<script>alert(1)</script> Herald", now.AddMinutes(-3), now.AddMinutes(30), null, null,
            TimeSpan.FromMinutes(30), null, "cannot connect (<b>refused</b>)", 4));
        await store.SaveFeedStateAsync(new FeedState("http://walled.example/rss.xml", "Walled Times", now.AddMinutes(-2), now.AddMinutes(15), null, null,
            TimeSpan.FromMinutes(15), now.AddMinutes(-2), null, 0));
        var urls = new List<UrlState>();
        for (int i = 0; i < 4; i++)
            urls.Add(new UrlState($"http://good.example/news/{i}", "Good Gazette", UrlStatus.Stored, now.AddHours(-i), now.AddHours(-i), "h", $"a{i + 1}", null, 1, NoDate: i == 0, NoText: false));
        urls.Add(new UrlState("http://walled.example/news/1", "Walled Times", UrlStatus.Stored, now.AddHours(-1), null, "h", "a9", null, 1, false, false));
        urls.Add(new UrlState("http://walled.example/news/2", "Walled Times", UrlStatus.Failed, now.AddMinutes(-30), null, null, null, "blocked (403 Forbidden)", 1, false, false));
        await store.SaveUrlStatesAsync(urls);
        return db;
    }

    [Fact]
    public async Task The_page_lists_each_outlets_health_with_those_in_trouble_first_and_text_as_text()
    {
        var (status, html) = await GetAsync(await FollowedStoreAsync(), "/outlets");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<table class=\"outlets\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>refused</b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; Herald", html, StringComparison.Ordinal);
        int bad = html.IndexOf("Herald", StringComparison.Ordinal), walled = html.IndexOf("Walled Times", StringComparison.Ordinal),
            good = html.IndexOf("Good Gazette", StringComparison.Ordinal);
        Assert.True(bad < walled && walled < good, "the never-read outlet first, then the partly blocked, then the healthy");
        Assert.Contains("never read", html, StringComparison.Ordinal);
        Assert.Contains("partly blocked", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/?outlet=Good%20Gazette\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/outlets\"", html, StringComparison.Ordinal); // in every page's navigation
    }

    [Fact]
    public async Task The_api_gives_the_same_figures_as_json()
    {
        var (status, body) = await GetAsync(await FollowedStoreAsync(), "/api/outlets");
        Assert.Equal(HttpStatusCode.OK, status);
        var rows = JsonDocument.Parse(body).RootElement.EnumerateArray().ToList();
        Assert.Equal(3, rows.Count);
        var good = rows.Single(r => r.GetProperty("name").GetString() == "Good Gazette");
        Assert.Equal("ok", good.GetProperty("state").GetString());
        Assert.Equal(4, good.GetProperty("pages").GetInt32());
        Assert.Equal(0.25, good.GetProperty("no_date").GetDouble());
        Assert.Equal(4, good.GetProperty("articles_per_day").GetDouble()); // 4 stored within the first day
        var walled = rows.Single(r => r.GetProperty("name").GetString() == "Walled Times");
        Assert.Equal(0.5, walled.GetProperty("blocked").GetDouble());
        Assert.StartsWith("http://walled.example/news/2: blocked", walled.GetProperty("last_error").GetString(), StringComparison.Ordinal);
        Assert.Equal("never read", rows[0].GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_store_nobody_follows_says_how_to_start()
    {
        var db = _dir.Combine("empty.db");
        using (SqliteStoryStore.Open(db))
        {
        }
        var (status, html) = await GetAsync(db, "/outlets");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("parallax sources add", html, StringComparison.Ordinal);
        Assert.Equal("[]", (await GetAsync(db, "/api/outlets")).Body);
    }
}
