using Parallax.Extraction;
using Parallax.Model;

namespace Parallax.Tests.Extraction;

/// <summary>
/// Page families where a whole article used to vanish (issue 19): page-builder markup, streamed
/// placeholders, comment threads heavier than the post, roundups, and pages that are no article. Each
/// family has spec pages that must give the article and look-alikes that must keep their furniture out.
/// All text is invented for these tests.
/// </summary>
public class HtmlPageFamiliesTests
{
    private const string P1 = "The ferry company added a late sailing on weekdays after commuters asked for it at three public meetings.";
    private const string P2 = "Tickets for the new crossing cost the same as the morning boats, and bicycles travel free until March.";
    private const string P3 = "Harbour staff said the extra sailing needs two more deckhands, who will start training next month.";
    private const string P4 = "The island council will review passenger numbers in the autumn before deciding whether to keep it.";

    private static Article Extract(string html) =>
        new ArticleExtractor().Extract(new RawDocument("page.html", DocumentFormat.Html, html));

    private static string Text(string html) => Extract(html).Text;

    private static void HasAll(string text, params string[] parts)
    {
        foreach (var part in parts)
            Assert.Contains(part, text);
    }

    private static void HasNone(string text, params string[] parts)
    {
        foreach (var part in parts)
            Assert.DoesNotContain(part, text);
    }

    // ---- Page-builder markup -------------------------------------------------------------------------

    private static string Widget(string inner, string kind = "text-editor") =>
        $"""<div class="pb-element pb-widget pb-widget-{kind}"><div class="pb-widget-container">{inner}</div></div>""";

    [Fact]
    public void Page_builder_widgets_holding_the_paragraphs_are_the_article()
    {
        var html = $"""
            <html><body><header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
            <div class="pb-section"><div class="pb-column"><div class="pb-widget-wrap">
            {Widget("<h1>Late ferry added on weekdays</h1>", "heading")}
            {Widget($"<p>{P1}</p>")}{Widget($"<p>{P2}</p>")}{Widget($"<p>{P3}</p><p>{P4}</p>")}
            {Widget("""<a href="/s/fb">Share on Facebook</a> <a href="/s/x">Share on X</a>""", "share-buttons")}
            </div></div></div></body></html>
            """;
        var text = Text(html);
        HasAll(text, P1, P2, P3, P4);
        HasNone(text, "Share on");
    }

    [Fact]
    public void Module_and_block_wrappers_of_each_paragraph_are_the_article()
    {
        // Divi-style modules and block-editor groups around each paragraph.
        var html = $"""
            <html><body><main><h1>Late ferry added on weekdays</h1>
            <div class="pb_module pb_text pb_text_0 widget"><div class="pb_text_inner"><p>{P1}</p></div></div>
            <div class="wp-block-group widget-area"><p>{P2}</p></div>
            <div class="pb_module pb_text pb_text_1 widget"><div class="pb_text_inner"><p>{P3}</p><p>{P4}</p></div></div>
            </main></body></html>
            """;
        HasAll(Text(html), P1, P2, P3, P4);
    }

    [Fact]
    public void A_collapsed_read_more_section_holding_the_rest_of_the_article_is_kept()
    {
        var html = $"""
            <html><body><article><h1>Late ferry added on weekdays</h1><p>{P1}</p><p>{P2}</p>
            <div class="readmore-content collapsed"><p>{P3}</p><p>{P4}</p></div>
            <p class="read-more"><a href="/ferries">Read more about ferries</a></p>
            </article></body></html>
            """;
        var text = Text(html);
        HasAll(text, P1, P2, P3, P4);
        HasNone(text, "Read more about ferries");
    }

    [Fact]
    public void A_real_sidebar_widget_stays_out()
    {
        var html = $"""
            <html><body><div class="layout"><article class="main"><h1>Late ferry added on weekdays</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{P4}</p></article>
            <div class="widget widget_recent_entries"><h3>Recent posts</h3><ul>
              <li><a href="/a">Bridge repairs start on the east road this week</a></li>
              <li><a href="/b">Library opens on Sundays from next spring</a></li>
              <li><a href="/c">School choir wins the regional festival again</a></li></ul></div>
            <div class="widget widget_text"><h3>Newsletter</h3><p>Get our weekly letter about island life in your inbox every Friday morning.</p></div>
            </div></body></html>
            """;
        var text = Text(html);
        HasAll(text, P1, P4);
        HasNone(text, "Recent posts", "Bridge repairs", "weekly letter");
    }

    // ---- Streamed placeholders -----------------------------------------------------------------------

    [Fact]
    public void Streamed_segments_that_the_page_swaps_into_place_are_content()
    {
        var html = $"""
            <html><body><div id="app"><header><a href="/">Island Times</a></header>
            <main><h1>Late ferry added on weekdays</h1><template id="B:0"></template><p>Loading…</p></main></div>
            <div hidden id="S:0"><article><p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{P4}</p></article></div>
            <script>$RC("B:0","S:0")</script>
            </body></html>
            """;
        HasAll(Text(html), P1, P2, P3, P4);
    }

    [Fact]
    public void Hidden_content_that_no_swap_reveals_stays_out()
    {
        const string Secret = "This paragraph is a hidden draft that the page never shows to any of its readers.";
        var html = $"""
            <html><body><main><h1>Late ferry added on weekdays</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{P4}</p></main>
            <div hidden id="S:1"><p>{Secret}</p></div>
            <div hidden><p>{Secret} Again, not shown.</p></div>
            <script>$RC("B:0","S:0")</script>
            </body></html>
            """;
        var text = Text(html);
        HasAll(text, P1, P4);
        HasNone(text, "hidden draft");
    }

    // ---- Comment threads heavier than the post -------------------------------------------------------

    private static string Comments(int n)
    {
        var items = string.Concat(Enumerable.Range(1, n).Select(i =>
            $"""<div class="thread-item"><div class="who"><a href="/u/{i}">reader{i}</a></div><p>I take the ferry every day number {i} and the late boat would save me a long wait in the cold at the pier.</p><p>Hope they keep it after the autumn review, because the buses stop early on the island side.</p></div>"""));
        return $"""<section id="comments" class="comments-area"><h2>{n} comments</h2><div class="thread">{items}</div></section>""";
    }

    [Fact]
    public void A_short_post_under_a_heavier_comment_thread_is_the_article()
    {
        var html = $"""
            <html><body><div id="page"><div class="post-wrap">
            <div class="entry"><h1>Late ferry added on weekdays</h1><p>{P1}</p><p>{P2}</p></div>
            {Comments(8)}
            </div></div></body></html>
            """;
        var text = Text(html);
        HasAll(text, P1, P2);
        HasNone(text, "I take the ferry every day");
    }

    [Fact]
    public void A_short_post_beside_a_heavier_thread_of_named_comments_is_the_article()
    {
        var items = string.Concat(Enumerable.Range(1, 8).Select(i =>
            $"""<li class="comment"><div class="comment-body"><p>Comment number {i}: the late ferry is welcome news for everyone who works in town until evening.</p><p>Please also add a Saturday sailing, since the market closes after the last boat leaves.</p></div></li>"""));
        var html = $"""
            <html><body><div class="comments-open single"><div class="content">
            <h1>Late ferry added on weekdays</h1><p>{P1}</p><p>{P2}</p>
            <div class="comments"><h2>Comments</h2><ol class="comment-list">{items}</ol></div>
            </div></div></body></html>
            """;
        var text = Text(html);
        HasAll(text, P1, P2);
        HasNone(text, "Comment number");
    }

    // ---- Roundups ------------------------------------------------------------------------------------

    private static readonly (string Name, string Blurb)[] Dishes =
    [
        ("Lemon barley soup", "A bright pot of barley, carrots and lemon that is ready in thirty minutes on a cold night."),
        ("Smoky bean tacos", "Black beans cooked down with paprika and onions, piled into warm corn tortillas with lime."),
        ("Baked cod with herbs", "Thick fillets baked on sliced potatoes with parsley, dill and a splash of white wine."),
        ("Spinach and feta pie", "Flaky pastry around a filling of spinach, feta and eggs that keeps well for lunch boxes."),
        ("Roast squash salad", "Squash roasted until sweet, tossed with lentils, rocket and a mustard dressing."),
    ];

    private static string Cards(string cls) => string.Concat(Dishes.Select(d =>
        $"""<div class="{cls}"><h2><a href="/recipes/{d.Name.Replace(' ', '-')}">{d.Name}</a></h2><p>{d.Blurb}</p><a class="button" href="/recipes/x">Get the recipe</a></div>"""));

    [Fact]
    public void A_roundup_of_linked_items_under_the_h1_is_the_article()
    {
        var html = $"""
            <html><body><header><nav><a href="/">Home</a></nav></header>
            <main><h1>Five suppers for a cold week</h1><p>Short days call for warm food that does not keep you at the stove all evening.</p>
            <div class="roundup">{Cards("roundup-item")}</div></main>
            <footer><p>Copyright 2026 The Kitchen Table. All rights reserved.</p></footer></body></html>
            """;
        var text = Text(html);
        foreach (var (name, blurb) in Dishes)
            HasAll(text, name, blurb);
        HasNone(text, "Get the recipe", "Copyright");
    }

    [Fact]
    public void A_teaser_rail_after_a_full_article_stays_out()
    {
        var html = $"""
            <html><body><main><article><h1>Late ferry added on weekdays</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{P4}</p>
            <p>{P1.Replace("ferry", "bus")}</p><p>{P2.Replace("crossing", "route")}</p></article>
            <section class="more"><h2>You may also like</h2>{Cards("card")}</section></main></body></html>
            """;
        var text = Text(html);
        HasAll(text, P1, P4);
        HasNone(text, "Lemon barley soup", "bright pot of barley");
    }

    // ---- Pages that are no article -------------------------------------------------------------------

    [Fact]
    public void An_error_page_says_so_and_gives_no_text()
    {
        var html = """
            <html><head><title>Page not found | Island Times</title></head><body>
            <header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
            <main><h1>Sorry, we couldn't find that page</h1><p>The page you were looking for may have been moved or deleted. Try searching the site or go back to the front page.</p></main>
            </body></html>
            """;
        var article = Extract(html);
        Assert.Equal(PageKinds.ErrorPage, article.Kind);
        Assert.Equal("", article.Text);
    }

    [Fact]
    public void An_article_about_missing_things_is_not_an_error_page()
    {
        var html = $"""
            <html><head><title>Lost dog not found after three days | Island Times</title></head><body>
            <article><h1>Lost dog not found after three days</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{P4}</p></article></body></html>
            """;
        var article = Extract(html);
        Assert.Null(article.Kind);
        HasAll(article.Text, P1, P4);
    }

    [Fact]
    public void A_product_grid_is_a_listing_with_little_text()
    {
        var items = string.Concat(Enumerable.Range(1, 12).Select(i =>
            $"""<li class="product"><h3><a href="/p/{i}">Wool jumper in colour {i}</a></h3><span class="price">£{20 + i}.00</span><a class="add" href="/cart?{i}">Add to basket</a></li>"""));
        var html = $"""
            <html><head><title>Knitwear | Island Shop</title></head><body><main><h1>Knitwear</h1><ul class="products">{items}</ul></main></body></html>
            """;
        var article = Extract(html);
        Assert.Equal(PageKinds.Listing, article.Kind);
        Assert.True(article.Text.Length < 200, article.Text);
    }

    // ---- Script links ---------------------------------------------------------------------------------

    [Fact]
    public void A_script_link_wrapped_around_paragraphs_is_the_pages_text()
    {
        var html = $"""
            <html><body><a href="javascript:"><p>{P1}</p><p>{P2}</p></a></body></html>
            """;
        HasAll(Text(html), P1, P2);
    }

    [Fact]
    public void A_bare_script_control_stays_a_link_and_out()
    {
        var html = $"""
            <html><body><article><h1>Late ferry added on weekdays</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{P4}</p>
            <div><a href="javascript:void(0)">Show all reader comments on this story</a></div></article></body></html>
            """;
        var text = Text(html);
        HasAll(text, P1, P4);
        HasNone(text, "Show all reader comments");
    }
}
