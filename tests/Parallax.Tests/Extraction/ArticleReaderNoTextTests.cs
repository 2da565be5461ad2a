using Parallax.Extraction;
using Parallax.Tests.Support;

namespace Parallax.Tests.Extraction;

/// <summary>A document without article text is an error that says why, in one line.</summary>
public sealed class ArticleReaderNoTextTests
{
    [Fact]
    public void An_html_page_of_links_only_names_its_reason()
    {
        using var dir = new TempDir();
        var path = dir.File("menu.html", "<html><head><title>Menu</title></head><body><a href='/'><p>Home</p><p>News</p> Sport</a></body></html>");
        var result = Assert.Single(new ArticleReader().Read([path]));
        Assert.Null(result.Article);
        Assert.Equal("no article text found: all 3 visible words are link text (a menu, not an article)", result.Error!.Reason);
    }

    [Fact]
    public void An_empty_html_body_says_it_has_no_visible_text_and_a_page_with_prose_is_no_error()
    {
        using var dir = new TempDir();
        var empty = dir.File("empty.html", "<html><head><title>Nothing</title></head><body><script>var x = 1;</script></body></html>");
        var story = dir.File("story.html", "<html><body><article><h1>Harbour wall</h1><p>The council met on Monday evening and voted to rebuild the harbour wall before winter, the mayor said.</p></article></body></html>");
        var results = new ArticleReader().Read([empty, story]).ToList();
        Assert.Equal("no article text found: the page has no visible text", results[0].Error!.Reason);
        Assert.Null(results[1].Error);
        Assert.StartsWith("The council met", results[1].Article!.Text, StringComparison.Ordinal);
    }
}
