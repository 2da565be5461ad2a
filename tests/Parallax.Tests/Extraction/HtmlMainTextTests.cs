using AngleSharp.Html.Parser;
using Parallax.Extraction.Html;

namespace Parallax.Tests.Extraction;

/// <summary>Main-text extraction on hand-written pages: what stays in the body and what is page furniture.</summary>
public class HtmlMainTextTests
{
    private const string First = "The river rose four metres overnight and flooded the lower town, officials said on Tuesday.";
    private const string Second = "Residents were moved to the school gym, where volunteers handed out blankets and hot soup.";
    private const string Third = "The mayor said repairs to the old stone bridge would take at least three months to finish.";

    private static string Extract(string html) =>
        new MainTextExtractor().Extract(new HtmlParser().ParseDocument(html));

    private static string Body(params string[] paragraphs) => string.Join("\n\n", paragraphs);

    private static string Paragraphs() => $"<p>{First}</p><p>{Second}</p><p>{Third}</p>";

    [Fact]
    public void Article_inside_nav_sidebar_and_footer_keeps_only_the_article()
    {
        var html = $"""
            <html><body>
            <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
            <div class="sidebar"><p>Our most read story this week is about a cat who learned to open every door.</p></div>
            <article><h1>Floods hit the lower town</h1>{Paragraphs()}</article>
            <footer><p>Copyright 2024 The Daily Example. All rights reserved. Contact us at the front desk.</p></footer>
            </body></html>
            """;
        Assert.Equal(Body(First, Second, Third), Extract(html));
    }

    [Fact]
    public void Related_links_block_and_read_more_teaser_are_dropped()
    {
        var html = $"""
            <html><body><div class="content">
            <p>{First}</p>
            <p>Read more: <a href="/a">Town council approves a new budget for flood defences</a></p>
            <p>{Second}</p><p>{Third}</p>
            <div class="related-stories"><h3>Related</h3><ul>
              <li><a href="/b">Storm warning issued for the whole northern coast</a></li>
              <li><a href="/c">How to prepare your house for the rainy season</a></li>
            </ul></div>
            </div></body></html>
            """;
        Assert.Equal(Body(First, Second, Third), Extract(html));
    }

    [Fact]
    public void Teaser_list_without_furniture_names_is_dropped()
    {
        // Three sibling cards, each a linked headline and an excerpt: a teaser rail, whatever its class says.
        var card = (string headline, string excerpt) =>
            $"""<div class="card"><h3><a href="/x">{headline}</a></h3><p>{excerpt}</p></div>""";
        var html = $"""
            <html><body><main>
            <div class="story">{Paragraphs()}</div>
            <section class="more">
              {card("Ferry service suspended after high winds", "Crossings will resume once the harbour master says the sea is calm again.")}
              {card("Bakery wins regional bread award again", "The family shop has now won the prize five years in a row, judges said.")}
              {card("New cycle lane opens on the main road", "Commuters welcomed the lane, though some drivers complained about parking.")}
            </section>
            </main></body></html>
            """;
        Assert.Equal(Body(First, Second, Third), Extract(html));
    }

    [Fact]
    public void Comments_section_is_dropped()
    {
        var html = $"""
            <html><body><article>{Paragraphs()}
            <div id="comments"><h3>2 Comments</h3>
              <div class="comment"><p>I live near the bridge and the water came right up to our garden gate last night.</p></div>
              <div class="comment"><p>Thanks to all the volunteers at the school, they were brilliant with the children.</p></div>
            </div></article></body></html>
            """;
        Assert.Equal(Body(First, Second, Third), Extract(html));
    }

    [Fact]
    public void Headings_lists_and_quotes_are_kept_as_their_own_paragraphs_and_the_headline_is_not()
    {
        var html = $"""
            <html><body><article>
            <h1>Floods hit the lower town</h1>
            <p>{First}</p>
            <h2>What residents need</h2>
            <ul><li>Drinking water</li><li>Dry clothes and blankets</li></ul>
            <blockquote><p>We have never seen the river this high in forty years.</p></blockquote>
            <p>{Second}</p>
            </article></body></html>
            """;
        Assert.Equal(
            Body(First, "What residents need", "Drinking water", "Dry clothes and blankets",
                "We have never seen the river this high in forty years.", Second),
            Extract(html));
    }

    [Fact]
    public void Page_without_article_tag_finds_the_prose_container()
    {
        var html = $"""
            <html><body><div class="wrapper">
            <div class="top"><a href="/">Example Gazette</a> <a href="/login">Log in</a></div>
            <div class="col-main"><div id="txt">{Paragraphs()}</div></div>
            <div class="col-side"><div class="box"><b>Weather</b> Sunny, 21 degrees</div></div>
            </div></body></html>
            """;
        Assert.Equal(Body(First, Second, Third), Extract(html));
    }

    [Fact]
    public void Content_div_with_link_heavy_siblings_keeps_only_the_content()
    {
        var links = string.Concat(Enumerable.Range(1, 8).Select(i => $"<li><a href=\"/s{i}\">Section number {i} of the site</a></li>"));
        var html = $"""
            <html><body><div class="row">
            <div class="col">{Paragraphs()}</div>
            <div class="col"><ul>{links}</ul></div>
            </div></body></html>
            """;
        Assert.Equal(Body(First, Second, Third), Extract(html));
    }

    [Fact]
    public void Script_style_and_noscript_never_reach_the_text()
    {
        var html = $"""
            <html><head><style>p {"{"} color: red; {"}"}</style></head><body><article>
            <p>{First}<script>var tracker = "should not appear";</script></p>
            <style>.x {"{"} display: block; {"}"}</style>
            <noscript><p>Please enable JavaScript to see the interactive map of the town.</p></noscript>
            <p>{Second}</p><p>{Third}</p>
            </article></body></html>
            """;
        Assert.Equal(Body(First, Second, Third), Extract(html));
    }

    [Fact]
    public void Malformed_html_with_unclosed_tags_is_still_extracted()
    {
        var html = $"<html><body><div class=text><p>{First}<p>{Second}<p>{Third} <b>Bold words at the end";
        Assert.Equal(Body(First, Second, Third + " Bold words at the end"), Extract(html));
    }

    [Fact]
    public void Too_short_primary_result_falls_back_to_all_good_paragraphs()
    {
        // The body-named element holds most of the prose but is short; the rest of the story sits in
        // unnamed siblings. The fallback (every prose paragraph outside furniture) says clearly more.
        const string lead = "The river rose four metres overnight and flooded the lower town, officials said on Tuesday, as heavy rain continued "
                            + "to fall across the hills to the north for the third day running and forecasters warned of more to come.";
        var html = $"""
            <html><body>
            <div class="article-body"><p>{lead}</p></div>
            <div><p>{Second}</p></div>
            <div><div><p>{Third}</p></div></div>
            </body></html>
            """;
        Assert.Equal(Body(lead, Second, Third), Extract(html));
    }

    [Fact]
    public void Body_named_element_wins_over_a_bigger_unnamed_neighbour()
    {
        var html = $"""
            <html><body>
            <div itemprop="articleBody">{Paragraphs()}</div>
            <div class="promo-box"><p>Subscribe today and get twelve issues of the print edition for the price of six.</p></div>
            </body></html>
            """;
        Assert.Equal(Body(First, Second, Third), Extract(html));
    }

    [Fact]
    public void Hidden_elements_captions_cookie_banners_and_share_bars_are_dropped()
    {
        var html = $"""
            <html><body>
            <div class="cookie-banner"><p>We use cookies to improve your experience. By continuing you accept our policy.</p></div>
            <article>
            <div class="share-bar"><a href="/fb">Facebook</a> <a href="/tw">Twitter</a> <a href="/mail">Email</a></div>
            <p>{First}</p>
            <figure><img src="a.jpg"><figcaption>The flooded high street on Tuesday morning (Photo: J. Smith)</figcaption></figure>
            <p style="display: none">This paragraph is hidden from readers and must not be extracted.</p>
            <p hidden>Neither is this one, which carries the hidden attribute on purpose.</p>
            <p>{Second}</p><p>{Third}</p>
            </article></body></html>
            """;
        Assert.Equal(Body(First, Second, Third), Extract(html));
    }

    private const string Caption1 = "Fishing boats dressed in flags lead the parade into the harbour on Saturday morning.";
    private const string Caption2 = "Children in paper crowns watch the boats from the sea wall as the tide comes in.";
    private const string Caption3 = "A brass band plays on the quay while volunteers hand out bread and smoked fish.";

    [Fact]
    public void A_gallery_whose_text_is_in_its_captions_gives_the_captions_without_credits()
    {
        var html = $"""
            <html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <article><h1>In pictures: the harbour festival</h1><p>The town marked its harbour festival.</p>
            <div class="gallery">
            <figure><img src="1.jpg"><figcaption>{Caption1} (Photo: Ana Ruiz)</figcaption></figure>
            <figure><img src="2.jpg"><figcaption>{Caption2} Photograph: Tom Hale/Harbour Gazette</figcaption></figure>
            <figure><img src="3.jpg"><figcaption>{Caption3}</figcaption></figure>
            <figure><img src="3.jpg"><figcaption>{Caption3}</figcaption></figure>
            </div></article></body></html>
            """;
        Assert.Equal(Body("The town marked its harbour festival.", Caption1, Caption2, Caption3), Extract(html));
    }

    [Fact]
    public void Captions_stay_out_of_a_full_article_and_credit_only_captions_never_count()
    {
        var paragraphs = string.Concat(Enumerable.Repeat(Paragraphs(), 3));
        var article = $"""
            <html><body><article>{paragraphs}
            <figure><img src="1.jpg"><figcaption>{Caption1}</figcaption></figure>
            <figure><img src="2.jpg"><figcaption>{Caption2}</figcaption></figure>
            </article></body></html>
            """;
        Assert.DoesNotContain(Caption1, Extract(article), StringComparison.Ordinal);

        // A short page whose captions are only credits and labels: nothing is added.
        var credits = $"""
            <html><body><article><p>{First}</p>
            <figure><img src="1.jpg"><figcaption>Ana Ruiz/Harbour Gazette</figcaption></figure>
            <figure><img src="2.jpg"><figcaption>Photo: Tom Hale</figcaption></figure>
            <figure><img src="3.jpg"><figcaption>The quay, 2019</figcaption></figure>
            </article></body></html>
            """;
        Assert.Equal(First, Extract(credits));
    }

    [Fact]
    public void Inline_whitespace_and_entities_are_collapsed()
    {
        var html = "<html><body><article><p>  Water   levels <b>rose</b>\n\t quickly&nbsp;&nbsp;overnight, and <a href=\"/x\">the&nbsp;bridge</a> closed to all traffic at noon.  </p></article></body></html>";
        Assert.Equal("Water levels rose quickly overnight, and the bridge closed to all traffic at noon.", Extract(html));
    }

    [Fact]
    public void Page_without_text_gives_empty_text()
    {
        Assert.Equal("", Extract("<html><body><div><img src=\"a.png\"></div><script>var a = 1;</script></body></html>"));
        Assert.Equal("", Extract(""));
    }

    [Fact]
    public void Extraction_is_the_same_through_the_article_extractor_with_a_url()
    {
        var html = $"<html><head><title>Floods</title></head><body><article><h1>Floods</h1>{Paragraphs()}</article></body></html>";
        var fields = new HtmlArticleExtractor().Extract(html, "https://news.example.org/2024/05/07/floods");
        Assert.Equal(Body(First, Second, Third), fields.Text);
        Assert.Equal("https://news.example.org/2024/05/07/floods", fields.Url);
    }

    [Fact]
    public void Date_stamps_credit_lines_and_calls_to_subscribe_are_dropped_but_an_embedded_post_signature_is_kept()
    {
        var html = $"""
            <html><body><article>
            <div>Updated 9:05 am EST, Friday, March 8, 2024</div>
            {Paragraphs()}
            <div class="social-embed tweet-embed"><blockquote class="twitter-tweet"><p>The water is still rising on Bridge Street, please stay away from the river.</p>— Town Police (@townpolice) March 8, 2024</blockquote></div>
            <p>Sign up for our morning newsletter to get the latest local news in your inbox.</p>
            <p>(Reporting by Ann Lee; Editing by Tom Gray)</p>
            <div>Advertisement</div>
            </article></body></html>
            """;
        Assert.Equal(
            Body(First, Second, Third,
                "The water is still rising on Bridge Street, please stay away from the river.",
                "— Town Police (@townpolice) March 8, 2024"),
            Extract(html));
    }

    [Fact]
    public void Hover_card_inside_a_paragraph_link_is_skipped_and_long_linked_prose_is_kept()
    {
        var html = $"""
            <html><body><article>
            <p>The plan was backed by <span class="rollover-people"><a href="/p/jane-doe">Jane Doe</a><span class="rollover-people-block"><a href="/x">Doe says the budget is fine</a></span></span>, who chairs the committee.</p>
            <p>{Second}</p>
            <p><a href="/a">Council approves the flood plan</a> after a long debate, and <a href="/b">the bridge repairs will start in May</a> once the water has gone down.</p>
            </article></body></html>
            """;
        Assert.Equal(
            Body("The plan was backed by Jane Doe, who chairs the committee.", Second,
                "Council approves the flood plan after a long debate, and the bridge repairs will start in May once the water has gone down."),
            Extract(html));
    }

    [Fact]
    public void Body_named_sibling_paragraphs_keep_their_unnamed_lead()
    {
        const string lead = "Heavy rain is expected again on Friday, forecasters said, after a week of storms across the valley.";
        var html = $"""
            <html><body><div class="page">
            <div class="field"><p class="lead">{lead}</p>
            <p class="bodytext">{First}</p><p class="bodytext">{Second}</p><p class="bodytext">{Third}</p></div>
            <div class="box"><p>Our most read story this week is about a cat who learned to open every door.</p></div>
            </div></body></html>
            """;
        Assert.Equal(Body(lead, First, Second, Third), Extract(html));
    }

    [Fact]
    public void Sections_whose_id_is_their_heading_slug_are_kept_even_when_the_slug_holds_a_furniture_word()
    {
        var html = $"""
            <html><body><div class="content">
            <div class="section" id="floods-in-the-lower-town"><h1>Floods in the lower town</h1><p>{First}</p>
            <div class="section" id="sharing-the-shelters-with-a-neighbour"><h2>Sharing the shelters with a neighbour ¶</h2><p>{Second}</p></div>
            <div class="section" id="related-repairs-to-the-bridge"><h2>Related repairs to the bridge</h2><p>{Third}</p></div>
            </div>
            <div id="sharing-tools"><h3>Pass it on</h3><p>Send this page to a friend by e-mail or post it to your timeline today.</p></div>
            </div></body></html>
            """;
        Assert.Equal(Body(First, "Sharing the shelters with a neighbour ¶", Second, "Related repairs to the bridge", Third), Extract(html));
    }

    [Fact]
    public void A_heading_over_a_dropped_link_list_or_sign_up_box_goes_with_it()
    {
        var html = $"""
            <html><body><article><h1>Floods hit the lower town</h1>
            <p>{First}</p><h2>Shelters</h2><p>{Second}</p><p>{Third}</p>
            <h3>More from Weather</h3>
            <ul><li><a href="/a">Heatwave breaks records across the southern plains</a></li>
            <li><a href="/b">Why the spring storms came early this year</a></li>
            <li><a href="/c">Snow returns to the northern passes overnight</a></li></ul>
            <h3>Get our morning briefing</h3>
            <p>Sign up for the newsletter and get the day's news in your inbox.</p>
            </article></body></html>
            """;
        Assert.Equal(Body(First, "Shelters", Second, Third), Extract(html));
    }

    private const string Fourth = "Engineers from the water board began pumping out the flooded cellars along the harbour road.";

    [Fact]
    public void Article_split_by_an_inline_related_box_keeps_both_halves()
    {
        var html = $"""
            <html><body><article><h1>Floods hit the lower town</h1>
            <p>{First}</p><p>{Second}</p>
            <div class="inline-related"><h4>Related</h4><a href="/x">Storm season: what to expect in the valley this year</a></div>
            <div class="ad-slot">Advertisement</div>
            <p>{Third}</p><p>{Fourth}</p>
            </article></body></html>
            """;
        Assert.Equal(Body(First, Second, Third, Fourth), Extract(html));
    }

    [Fact]
    public void Article_in_two_body_containers_around_an_ad_keeps_both()
    {
        var html = $"""
            <html><body><div class="page">
            <div class="article-body"><p>{First}</p><p>{Second}</p></div>
            <div class="advert">Advertisement</div>
            <div class="article-body"><p>{Third}</p><p>{Fourth}</p></div>
            </div><div class="footer-links"><a href="/">Home</a> <a href="/about">About</a></div></body></html>
            """;
        Assert.Equal(Body(First, Second, Third, Fourth), Extract(html));
    }

    [Fact]
    public void Div_only_page_with_text_between_line_breaks_is_found()
    {
        var html = $"""
            <html><body>
            <div class="top"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></div>
            <div class="wrap"><div class="col1"><div class="txt">{First}<br><br>{Second}<br><br>{Third}</div></div>
            <div class="col2"><a href="/a">Most read one</a><br><a href="/b">Most read two</a></div></div>
            </body></html>
            """;
        Assert.Equal(Body(First, Second, Third), Extract(html));
    }

    [Fact]
    public void Live_blog_entries_are_all_kept_without_their_time_stamps()
    {
        var html = $"""
            <html><body><main><h1>Floods: live updates</h1>
            <div class="live-post"><time>09:05</time><p>{First}</p></div>
            <div class="live-post"><time>10:40</time><p>{Second}</p></div>
            <div class="live-post"><time>11:15</time><p>{Third}</p><p>{Fourth}</p></div>
            </main></body></html>
            """;
        Assert.Equal(Body(First, Second, Third, Fourth), Extract(html));
    }

    [Fact]
    public void Comments_and_newsletter_box_inside_the_article_container_are_dropped()
    {
        var html = $"""
            <html><body><article><h1>Floods hit the lower town</h1>
            <p>{First}</p><p>{Second}</p><p>{Third}</p>
            <div class="newsletter-box"><p>Get the Morning Brief: the five stories you need, every weekday at six.</p></div>
            <section id="comments"><h3>12 comments</h3>
            <div class="c"><p>I live on the harbour road and the water reached our front steps by midnight, it was frightening.</p></div>
            </section>
            </article></body></html>
            """;
        Assert.Equal(Body(First, Second, Third), Extract(html));
    }
}
