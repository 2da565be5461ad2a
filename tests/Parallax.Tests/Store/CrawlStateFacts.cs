using Parallax.Store;

namespace Parallax.Tests.Store;

/// <summary>The follow monitor's state (<see cref="ICrawlState"/>), as every engine must keep it.</summary>
public abstract partial class StoreConformanceTests
{
    private static ICrawlState Crawl(IStoryWriter s) => Assert.IsAssignableFrom<ICrawlState>(s);

    [Fact]
    public async Task Feed_states_persist_and_replace_by_url()
    {
        var t = new DateTimeOffset(2026, 3, 1, 9, 30, 15, TimeSpan.Zero);
        await using (var s = await OpenAsync())
        {
            Assert.Empty(await Crawl(s).FeedStatesAsync());
            await Crawl(s).SaveFeedStateAsync(new FeedState("https://a.example/rss", "Alpha", t, t.AddMinutes(15), "\"v1\"", "Sun, 01 Mar 2026 09:00:00 GMT",
                TimeSpan.FromMinutes(15), t, null, 0));
            await Crawl(s).SaveFeedStateAsync(new FeedState("https://b.example/sitemap.xml", "Beta", null, null, null, null, TimeSpan.FromSeconds(90), null, "gone (404)", 2));
            await Crawl(s).SaveFeedStateAsync(new FeedState("https://a.example/rss", "Alpha", t.AddMinutes(15), t.AddMinutes(37.5), "\"v2\"", null,
                TimeSpan.FromMinutes(22.5), t.AddMinutes(15), null, 0));
        }
        await using var again = await OpenAsync();
        var states = (await Crawl(again).FeedStatesAsync()).OrderBy(f => f.Url, StringComparer.Ordinal).ToList();
        Assert.Equal(2, states.Count);
        Assert.Equal(new FeedState("https://a.example/rss", "Alpha", t.AddMinutes(15), t.AddMinutes(37.5), "\"v2\"", null,
            TimeSpan.FromMinutes(22.5), t.AddMinutes(15), null, 0), states[0]);
        Assert.Equal(new FeedState("https://b.example/sitemap.xml", "Beta", null, null, null, null, TimeSpan.FromSeconds(90), null, "gone (404)", 2), states[1]);
    }

    [Fact]
    public async Task Url_states_are_found_by_url_replaced_whole_and_listed_by_time()
    {
        var t = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        var stored = new UrlState("https://a.example/news/1", "Alpha", UrlStatus.Stored, t, t.AddHours(-1), "ab12", "a1", null, 1, false, true);
        var failed = new UrlState("https://a.example/news/2", "Alpha", UrlStatus.Failed, t.AddMinutes(5), null, null, null, "blocked (403 Forbidden)", 2, false, false);
        var old = new UrlState("https://b.example/old", "Beta", UrlStatus.Stored, t.AddDays(-30), null, "cd34", "a2", null, 1, true, false);
        await using (var s = await OpenAsync())
        {
            await Crawl(s).SaveUrlStatesAsync([stored, failed with { Attempts = 1 }, old]);
            await Crawl(s).SaveUrlStatesAsync([failed]);
            await Crawl(s).SaveUrlStatesAsync([]);
        }
        await using var again = await OpenAsync();
        var found = await Crawl(again).UrlStatesAsync(["https://a.example/news/1", "https://a.example/news/2", "https://a.example/news/3"]);
        Assert.Equal(2, found.Count);
        Assert.Equal(stored, found["https://a.example/news/1"]);
        Assert.Equal(failed, found["https://a.example/news/2"]);
        Assert.Empty(await Crawl(again).UrlStatesAsync([]));
        Assert.Equal([stored, failed], await Crawl(again).UrlStatesSinceAsync(t.AddDays(-7)));
    }
}
