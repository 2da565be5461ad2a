using Microsoft.Playwright;
using Parallax.Tests.Support;

namespace Parallax.Tests.Web;

/// <summary>
/// The web UI in a real browser: a story of the samples, a click through to an article, search, an
/// upload that lands in its story, and the hostile sample, in which no script may run.
/// </summary>
[Trait("Category", "Slow")]
public sealed class BrowserTests(WebServerFixture server, BrowserFixture browser, ITestOutputHelper output)
    : IClassFixture<WebServerFixture>, IClassFixture<BrowserFixture>
{
    /// <summary>
    /// Does <paramref name="action"/> and waits for the page it leads to (matching <paramref name="url"/>) to load. The
    /// wait is set up before the action, so a page that loads at once is not missed.
    /// </summary>
    private static async Task Navigate(IPage page, Func<Task> action, string url)
    {
        var loaded = page.WaitForURLAsync(url);
        await action();
        await loaded;
    }

    private async Task<IPage> Open(string path)
    {
        if (browser.Browser is null && BrowserFixture.Required)
            Assert.Fail("PARALLAX_REQUIRE_BROWSER is set but Chromium was not found at /usr/bin/chromium (or PARALLAX_CHROMIUM)");
        if (browser.Browser is null)
            Assert.Skip("Chromium is not installed (apt-get install chromium, or set PARALLAX_CHROMIUM): browser tests skipped");
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.Dialog += (_, d) => Dialogs.Add(d.Message);
        page.Console += (_, m) => Console.Add(m.Text);
        await page.GotoAsync(path);
        return page;
    }

    private List<string> Dialogs { get; } = [];
    private List<string> Console { get; } = [];

    private async Task Shot(IPage page, string name)
    {
        var file = Path.Combine(BrowserFixture.Screenshots, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        output.WriteLine($"screenshot: {file}");
    }

    [Fact]
    public async Task A_story_shows_aligned_quotes_and_figures_and_links_to_its_articles_highlights()
    {
        var page = await Open("/");
        await Shot(page, "stories");
        await Navigate(page, () => page.ClickAsync("table.stories a:has-text('Tollen Dam')"), "**/stories/**");
        Assert.True(await page.Locator("table.quotes tr").CountAsync() > 1);
        Assert.True(await page.Locator("table.quotes .diff").CountAsync() > 0);
        Assert.True(await page.Locator("td.disagree").CountAsync() > 0);
        Assert.True(await page.Locator("ol.timeline li").CountAsync() >= 4);
        await Shot(page, "story");

        await Navigate(page, () => page.ClickAsync("ol.timeline a >> nth=0"), "**/articles/**");
        Assert.True(await page.Locator("article .s-quote").CountAsync() > 0);
        Assert.True(await page.Locator("article .s-quantity").CountAsync() > 0);
        var highlight = await page.Locator("article .s-quote").First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.NotEqual("rgba(0, 0, 0, 0)", highlight);
        await Shot(page, "article");
    }

    [Fact]
    public async Task Search_from_the_header_finds_articles_with_marked_words()
    {
        var page = await Open("/");
        await page.FillAsync("header input[name=q]", "spillway");
        await Navigate(page, () => page.PressAsync("header input[name=q]", "Enter"), "**/search?q=spillway");
        Assert.True(await page.Locator("ol.hits li").CountAsync() > 0);
        Assert.Equal("spillway", (await page.Locator("ol.hits mark").First.InnerTextAsync()).ToLowerInvariant());
        await Shot(page, "search");
    }

    [Fact]
    public async Task An_uploaded_article_lands_in_its_story()
    {
        var page = await Open("/add");
        using var dir = new TempDir();
        var file = dir.File("dam-followup.txt",
            "Tollen Dam: engineers inspect spillway as Kestrel Ford clears mud\n\nBy Harbour Radio staff\n\n" +
            "Engineers began inspecting the failed spillway of the Tollen Dam on Thursday as Kestrel Ford residents cleared mud from the town centre. " +
            "The Ambrin flood forced thousands from their homes after the dam gave way above Kestrel Ford.\n");
        await page.SetInputFilesAsync("input[type=file]", file);
        await Navigate(page, () => page.ClickAsync("form.add button"), "**/jobs/**");
        await page.Locator("p.progress:has-text(\"Done\"), p.progress:has-text(\"Stopped\")").WaitForAsync(new LocatorWaitForOptions { Timeout = 120_000 });
        await Shot(page, "upload");
        Assert.Equal("dam-followup", await page.Locator("table.results a").First.InnerTextAsync());
        await Navigate(page, () => page.ClickAsync("table.results td:nth-child(2) a"), "**/stories/**");
        Assert.Contains("valley-courier", await page.ContentAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("ol.timeline a:has-text('engineers inspect spillway')").CountAsync() == 1);
        await Shot(page, "upload-story");
    }

    [Fact]
    public async Task The_hostile_sample_runs_no_script()
    {
        var page = await Open("/articles/hostile-page");
        await page.EvaluateAsync("() => new Promise(r => setTimeout(r, 300))");
        await Shot(page, "hostile-article");
        Assert.Empty(Dialogs);
        Assert.Equal(0, await page.Locator("article script, article img, article iframe").CountAsync());
        Assert.Contains("<script>", await page.Locator("article").InnerTextAsync(), StringComparison.Ordinal);

        await page.GotoAsync("/stories/" + server.StoryOf("hostile-page"));
        await page.EvaluateAsync("() => new Promise(r => setTimeout(r, 300))");
        await Shot(page, "hostile-story");
        Assert.Empty(Dialogs);
        Assert.Equal(0, await page.Locator("main script, main img[onerror], main iframe").CountAsync());
        Assert.False(await page.EvaluateAsync<bool>("() => typeof window.__pwned !== 'undefined'"));
    }
}
