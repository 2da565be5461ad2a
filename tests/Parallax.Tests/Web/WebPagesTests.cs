using System.Net;
using System.Text.RegularExpressions;

namespace Parallax.Tests.Web;

/// <summary>The pages' HTML as served: what each shows, and that nothing from an article becomes markup.</summary>
public sealed partial class WebPagesTests(WebServerFixture server) : IClassFixture<WebServerFixture>
{
    private async Task<(HttpStatusCode, string)> Get(string path)
    {
        using var r = await server.Client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        return (r.StatusCode, await r.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_story_page_shows_timeline_aligned_quotes_figures_and_article_links()
    {
        var (status, html) = await Get("/stories/" + server.StoryOf("valley-courier"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<ol class=\"timeline\">", html, StringComparison.Ordinal);
        Assert.Contains("<table class=\"quotes\">", html, StringComparison.Ordinal);
        Assert.Contains("class=\"disagree\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/articles/valley-courier\"", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"diff\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_article_text_is_shown_as_text_everywhere()
    {
        var story = server.StoryOf("hostile-page");
        foreach (var path in new[] { "/", "/stories/" + story, "/articles/hostile-page", "/articles/hostile-wire", "/search?q=newsletters" })
        {
            var (status, html) = await Get(path);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.DoesNotMatch(ScriptTag(), html);
            Assert.DoesNotMatch(EventHandler(), html);
            Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        }
        var (_, page) = await Get("/articles/hostile-page");
        Assert.Contains("&lt;script&gt;", page, StringComparison.Ordinal);
    }

    [GeneratedRegex("<script", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex(@"<[^>]+\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();

    [Fact]
    public async Task The_article_page_highlights_spans_and_lists_its_facts()
    {
        var (status, html) = await Get("/articles/valley-courier");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("class=\"s-quote\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"s-quantity\"", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Quotes</h2>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/stories/" + server.StoryOf("valley-courier") + "\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_article_page_gives_the_dateline_and_the_wire_agency_it_credits()
    {
        var (status, html) = await Get("/articles/meridian-wire");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<dt>dateline</dt><dd>Dorsa</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>agency</dt><dd>Meridian Wire</dd>", html, StringComparison.Ordinal);
        var (_, plain) = await Get("/articles/valley-courier");
        Assert.DoesNotContain("<dt>agency</dt>", plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reported_speech_is_shown_as_a_paraphrase_on_the_article_and_story_pages()
    {
        // "The bank's monetary council voted 5-2 for the move, ..., the bank said in a statement." is reported speech.
        var (_, article) = await Get("/articles/meridian-wire");
        Assert.Contains("<span class=\"paraphrase\">paraphrase</span>The bank&#39;s monetary council voted 5-2", article, StringComparison.Ordinal);
        Assert.DoesNotContain("“The bank&#39;s monetary council", article, StringComparison.Ordinal);
        var (_, story) = await Get("/stories/" + server.StoryOf("meridian-wire"));
        Assert.Contains("<span class=\"paraphrase\">paraphrase</span>", story, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/stories/s9999")]
    [InlineData("/stories/not-an-id")]
    [InlineData("/articles/nobody")]
    [InlineData("/no/such/page")]
    [InlineData("/jobs/unknown")]
    public async Task Unknown_pages_are_404_pages(string path)
    {
        var (status, html) = await Get(path);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("<h1>Not found</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_with_bad_values_explain_themselves()
    {
        var (status, html) = await Get("/?from=tomorrow");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("from takes a day as YYYY-MM-DD, not &#39;tomorrow&#39;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_stylesheet_is_served_locally()
    {
        using var r = await server.Client.GetAsync(new Uri("/assets/parallax.css", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("text/css", r.Content.Headers.ContentType?.MediaType);
        var css = await r.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains(".s-quote", css, StringComparison.Ordinal);
        Assert.DoesNotContain("http", css, StringComparison.Ordinal);
    }
}
