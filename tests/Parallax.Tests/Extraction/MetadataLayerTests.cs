using AngleSharp.Html.Parser;
using Parallax.Extraction;
using Parallax.Extraction.Metadata;
using Parallax.Model;

namespace Parallax.Tests.Extraction;

/// <summary>Each metadata layer on hand-written pages, and the precedence between layers.</summary>
public sealed class MetadataLayerTests
{
    private static readonly DateTime Now = new(2021, 6, 1, 12, 0, 0, DateTimeKind.Utc);

    internal static ExtractedFields Extract(string html, string? url = null)
    {
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        var fields = new ExtractedFields();
        new HtmlMetadataExtractor { Clock = () => Now }.Extract(document, url, fields);
        return fields;
    }

    private static string Page(string head, string body = "") =>
        $"<!doctype html><html><head>{head}</head><body>{body}</body></html>";

    [Fact]
    public void Json_ld_news_article_gives_every_field_with_its_origin()
    {
        var f = Extract(Page("""
            <script type="application/ld+json">
            {"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour bridge reopens after repairs",
             "datePublished":"2019-03-14T08:30:00+01:00","dateModified":"2019-03-15T10:00:00+01:00",
             "author":[{"@type":"Person","name":"Mira Olsen"},{"@type":"Person","name":"Tom Reyes"}],
             "publisher":{"@type":"Organization","name":"Coastal Herald"},"articleSection":"Local","inLanguage":"en-GB"}
            </script>
            """));
        Assert.Equal("2019-03-14T08:30:00+01:00", f.Published?.ToIso());
        Assert.Equal("Harbour bridge reopens after repairs", f.Title);
        Assert.Equal(["Mira Olsen", "Tom Reyes"], f.Authors);
        Assert.Equal("Coastal Herald", f.Outlet);
        Assert.Equal("Local", f.Section);
        Assert.Equal("en-GB", f.Language);
        Assert.Equal(FieldOrigin.JsonLd, f.Origins["Published"]);
        Assert.Equal(FieldOrigin.JsonLd, f.Origins["Title"]);
        Assert.Equal(FieldOrigin.JsonLd, f.Origins["Authors"]);
        Assert.Equal(FieldOrigin.JsonLd, f.Origins["Outlet"]);
    }

    [Fact]
    public void Json_ld_graph_resolves_author_and_publisher_references()
    {
        var f = Extract(Page("""
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"Organization","@id":"https://example.org/#org","name":"Valley Times"},
              {"@type":"WebPage","@id":"https://example.org/a/#page","name":"A page"},
              {"@type":"Person","@id":"https://example.org/#ana","name":"Ana Lind"},
              {"@type":["Article","NewsArticle"],"headline":"Mill closes","datePublished":"2018-11-02",
               "author":{"@id":"https://example.org/#ana"},"publisher":{"@id":"https://example.org/#org"}}]}
            </script>
            """));
        Assert.Equal("2018-11-02", f.Published?.ToIso());
        Assert.Equal(["Ana Lind"], f.Authors);
        Assert.Equal("Valley Times", f.Outlet);
        Assert.Equal("Mill closes", f.Title);
    }

    [Fact]
    public void Json_ld_top_level_array_takes_the_article_not_the_breadcrumb()
    {
        var f = Extract(Page("""
            <script type="application/ld+json">
            [{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home"}]},
             {"@type":"BlogPosting","headline":"Notes from the trail","datePublished":"2017-07-21T06:00:00Z","author":"Kai Berg"}]
            </script>
            """));
        Assert.Equal("2017-07-21T06:00:00Z", f.Published?.ToIso());
        Assert.Equal(["Kai Berg"], f.Authors);
        Assert.Equal(FieldOrigin.JsonLd, f.Origins["Published"]);
    }

    [Fact]
    public void Malformed_json_ld_with_raw_newlines_and_trailing_comma_is_repaired()
    {
        var f = Extract(Page(
            "<script type=\"application/ld+json\">\n<!--\n{\"@type\":\"NewsArticle\",\"headline\":\"Two\nlines\",\"datePublished\":\"2016-12-23\",}\n-->\n</script>"));
        Assert.Equal("2016-12-23", f.Published?.ToIso());
        Assert.Equal("Two lines", f.Title);
        Assert.Equal(FieldOrigin.JsonLd, f.Origins["Published"]);
    }

    [Fact]
    public void Unrepairable_json_ld_still_yields_its_date_by_pattern()
    {
        var f = Extract(Page("""<script type="application/ld+json">{"@type":"NewsArticle" "datePublished": "2015-05-06T10:00:00Z", "headline": "Broken but dated" </script>"""));
        Assert.Equal("2015-05-06T10:00:00Z", f.Published?.ToIso());
        Assert.Equal("Broken but dated", f.Title);
    }

    [Fact]
    public void Web_page_json_ld_gives_a_date_only_when_no_article_node_does()
    {
        var f = Extract(Page("""<script type="application/ld+json">{"@type":"WebPage","name":"Council votes","datePublished":"2014-02-03"}</script>"""));
        Assert.Equal("2014-02-03", f.Published?.ToIso());
        Assert.Equal(FieldOrigin.JsonLd, f.Origins["Published"]);
    }

    [Fact]
    public void OpenGraph_tags_fill_title_outlet_date_and_section()
    {
        var f = Extract(Page("""
            <meta property="og:title" content="Rail strike ends">
            <meta property="og:site_name" content="Northern Post">
            <meta property="article:published_time" content="2020-02-29T17:45:00-05:00">
            <meta property="article:section" content="Business">
            <meta property="og:url" content="https://northernpost.example/rail-strike">
            """));
        Assert.Equal("Rail strike ends", f.Title);
        Assert.Equal("Northern Post", f.Outlet);
        Assert.Equal("2020-02-29T17:45:00-05:00", f.Published?.ToIso());
        Assert.Equal("Business", f.Section);
        Assert.Equal("https://northernpost.example/rail-strike", f.Url);
        Assert.Equal(FieldOrigin.OpenGraph, f.Origins["Published"]);
        Assert.Equal(FieldOrigin.OpenGraph, f.Origins["Outlet"]);
        Assert.Equal(FieldOrigin.OpenGraph, f.Origins["Url"]);
    }

    [Theory]
    [InlineData("<meta name=\"parsely-pub-date\" content=\"2018-04-05T09:00:00Z\">", "2018-04-05")]
    [InlineData("<meta name=\"sailthru.date\" content=\"2018-04-05 09:00:00\">", "2018-04-05")]
    [InlineData("<meta name=\"DC.date.issued\" content=\"2018-04-05\">", "2018-04-05")]
    [InlineData("<meta name=\"pubdate\" content=\"20180405\">", "2018-04-05")]
    [InlineData("<meta name=\"publish-date\" content=\"April 5, 2018\">", "2018-04-05")]
    [InlineData("<meta name=\"date\" content=\"05.04.2018\">", "2018-04-05")]
    [InlineData("<meta name=\"citation_date\" content=\"2018/04/05\">", "2018-04-05")]
    [InlineData("<meta itemprop=\"datePublished\" content=\"Thu, 05 Apr 2018 09:00:00 GMT\">", "2018-04-05")]
    [InlineData("<meta name=\"publish_date\" content=\"1522918800\">", "2018-04-05")]
    public void Each_meta_key_family_gives_the_date_with_meta_origin(string head, string day)
    {
        var f = Extract(Page(head));
        Assert.Equal(day, f.Published?.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(FieldOrigin.MetaTag, f.Origins["Published"]);
    }

    [Fact]
    public void Parsely_page_json_gives_date_author_and_section()
    {
        var f = Extract(Page("""<meta name="parsely-page" content='{"title":"Dam plans","pub_date":"2013-09-09T12:00:00Z","author":"Lea Voss","section":"Environment"}'>"""));
        Assert.Equal("2013-09-09T12:00:00Z", f.Published?.ToIso());
        Assert.Equal(["Lea Voss"], f.Authors);
        Assert.Equal("Environment", f.Section);
    }

    [Fact]
    public void Meta_author_urls_are_dropped_and_names_split()
    {
        var f = Extract(Page("""
            <meta property="article:author" content="https://www.facebook.com/someone">
            <meta name="author" content="By Ruth Ames and Joel Park">
            """));
        Assert.Equal(["Ruth Ames", "Joel Park"], f.Authors);
        Assert.Equal(FieldOrigin.MetaTag, f.Origins["Authors"]);
    }

    [Fact]
    public void Time_element_in_the_header_beats_time_elements_in_related_lists()
    {
        var f = Extract(Page("", """
            <aside class="related"><time datetime="2021-01-05">Jan 5</time></aside>
            <article><header><h1>Flood defences tested</h1><time datetime="2020-11-12T07:00:00Z">12 Nov</time></header><p>Text.</p></article>
            <div class="related-stories"><time datetime="2021-02-01">Feb 1</time></div>
            """));
        Assert.Equal("2020-11-12T07:00:00Z", f.Published?.ToIso());
        Assert.Equal(FieldOrigin.TimeElement, f.Origins["Published"]);
    }

    [Fact]
    public void Time_element_marked_updated_loses_to_the_published_one()
    {
        var f = Extract(Page("", """
            <header><h1>Budget passes first reading</h1>
            <time class="updated" datetime="2019-10-02">Updated</time>
            <time class="published" datetime="2019-10-01">Published</time></header>
            """));
        Assert.Equal("2019-10-01", f.Published?.ToIso());
    }

    [Fact]
    public void Time_elements_only_in_related_lists_give_no_date()
    {
        var f = Extract(Page("", """<h1>Evergreen guide to tides</h1><div class="related-posts"><time datetime="2020-01-01">x</time></div>"""));
        Assert.Null(f.Published);
    }

    [Theory]
    [InlineData("https://news.example/2016/12/23/market-day/", "2016-12-23")]
    [InlineData("https://news.example/world/20161223/market-day.html", "2016-12-23")]
    [InlineData("https://news.example/world/market-day-2016-12-23", "2016-12-23")]
    [InlineData("https://news.example/world/2016_12_23_market", "2016-12-23")]
    public void Url_date_patterns_give_the_day(string url, string day)
    {
        var f = Extract(Page("<title>Market day</title>"), url);
        Assert.Equal(day, f.Published?.ToIso());
        Assert.Equal(FieldOrigin.Url, f.Origins["Published"]);
    }

    [Fact]
    public void Url_with_year_and_month_only_or_an_id_gives_no_date()
    {
        Assert.Null(Extract(Page("<title>x</title>"), "https://news.example/2016/12/market-day/").Published);
        Assert.Null(Extract(Page("<title>x</title>"), "https://news.example/story/20161399/x").Published);
    }

    [Fact]
    public void Json_ld_beats_meta_which_beats_the_url()
    {
        const string url = "https://news.example/2016/01/01/story/";
        var all = Extract(Page("""
            <meta property="article:published_time" content="2016-01-02T10:00:00Z">
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2016-01-03T10:00:00Z"}</script>
            """), url);
        Assert.Equal("2016-01-03T10:00:00Z", all.Published?.ToIso());
        Assert.Equal(FieldOrigin.JsonLd, all.Origins["Published"]);

        var metaAndUrl = Extract(Page("""<meta property="article:published_time" content="2016-01-02T10:00:00Z">"""), url);
        Assert.Equal("2016-01-02T10:00:00Z", metaAndUrl.Published?.ToIso());
        Assert.Equal(FieldOrigin.OpenGraph, metaAndUrl.Origins["Published"]);

        var urlOnly = Extract(Page("<title>Story</title>"), url);
        Assert.Equal("2016-01-01", urlOnly.Published?.ToIso());
        Assert.Equal(FieldOrigin.Url, urlOnly.Origins["Published"]);
    }

    [Fact]
    public void Published_meta_beats_modified_and_modified_is_the_last_resort()
    {
        var both = Extract(Page("""
            <meta property="article:modified_time" content="2019-05-09T00:00:00Z">
            <meta property="article:published_time" content="2019-05-01T00:00:00Z">
            """));
        Assert.Equal("2019-05-01T00:00:00Z", both.Published?.ToIso());

        var modifiedOnly = Extract(Page("""<meta property="article:modified_time" content="2019-05-09T00:00:00Z">"""));
        Assert.Equal("2019-05-09T00:00:00Z", modifiedOnly.Published?.ToIso());
        Assert.Equal(FieldOrigin.OpenGraph, modifiedOnly.Origins["Published"]);
    }

    [Fact]
    public void Implausible_dates_are_rejected_and_the_next_layer_answers()
    {
        var f = Extract(Page("""
            <meta property="article:published_time" content="1970-01-01T00:00:00Z">
            <meta name="date" content="2031-01-01">
            """), "https://news.example/2020/03/04/x");
        Assert.Equal("2020-03-04", f.Published?.ToIso());
        Assert.Equal(FieldOrigin.Url, f.Origins["Published"]);
    }

    [Fact]
    public void Visible_byline_and_date_line_under_the_headline()
    {
        var f = Extract(Page("<title>Ferry service cut</title>", """
            <div class="top-nav">Tuesday, 1 June 2021</div>
            <h1>Ferry service cut to two sailings a day</h1>
            <p class="byline">By Nora Quist and Eli Marsh, Staff Writers</p>
            <div class="post-date">March 3, 2020</div>
            <p>The operator said on Monday that ...</p>
            """));
        Assert.Equal(["Nora Quist", "Eli Marsh"], f.Authors);
        Assert.Equal(FieldOrigin.VisibleByline, f.Origins["Authors"]);
        Assert.Equal("2020-03-03", f.Published?.ToIso());
    }

    [Fact]
    public void Unmarked_by_line_and_short_date_line_near_the_headline()
    {
        var f = Extract(Page("<title>Orchard harvest</title>", """
            <h1>Orchard harvest comes early</h1>
            <p>Photo taken on 2 May 2019 by a reader, in a caption long enough to be a sentence about the harvest.</p>
            <p>By Ivo Santos</p>
            <p>14.05.2019</p>
            <p>Growers said the warm spring ...</p>
            """));
        Assert.Equal(["Ivo Santos"], f.Authors);
        Assert.Equal("2019-05-14", f.Published?.ToIso());
        Assert.Equal(FieldOrigin.TextBody, f.Origins["Published"]);
    }

    [Fact]
    public void Site_name_suffix_is_cut_when_it_matches_the_outlet()
    {
        var f = Extract(Page("""<title>Wind farm approved | Coastal Herald</title><meta property="og:site_name" content="Coastal Herald">"""));
        Assert.Equal("Wind farm approved", f.Title);
        Assert.Equal(FieldOrigin.TitleElement, f.Origins["Title"]);
    }

    [Fact]
    public void Site_name_matching_the_host_is_cut_and_becomes_the_outlet()
    {
        var f = Extract(Page("<title>Storm closes schools - RiverTimes.com</title>"), "https://www.rivertimes.com/news/storm");
        Assert.Equal("Storm closes schools", f.Title);
        Assert.Equal("RiverTimes.com", f.Outlet);
    }

    [Fact]
    public void A_suffix_the_pages_titles_repeat_after_different_headlines_is_the_site()
    {
        var f = Extract(Page("""
            <title>Dam plan shelved after protests | Valley Voice</title>
            <meta property="og:title" content="Why the dam plan was shelved | Valley Voice">
            """), "https://vv-news.example/2021/dam");
        Assert.Equal("Why the dam plan was shelved", f.Title);
        Assert.Equal("Valley Voice", f.Outlet);
    }

    [Fact]
    public void A_subtitle_the_titles_share_is_kept_even_after_different_headlines()
    {
        // The same clause after two headlines is a subtitle, not a name (lower case, an article first).
        var clause = Extract(Page("""
            <title>Celery – an async task framework</title>
            <meta property="og:title" content="How we built Celery – an async task framework">
            """));
        Assert.Equal("How we built Celery – an async task framework", clause.Title);
        Assert.Null(clause.Outlet);

        // The same suffix after the same headline in both titles proves nothing.
        var same = Extract(Page("""
            <title>Budget passes – Harbour Road Plan</title>
            <meta property="og:title" content="Budget passes – Harbour Road Plan">
            """));
        Assert.Equal("Budget passes – Harbour Road Plan", same.Title);

        // A part longer than a site name (five words) is a clause of the headline.
        var longPart = Extract(Page("""
            <title>Rates rise – What It Means For You</title>
            <meta property="og:title" content="Rates rise again – What It Means For You">
            """));
        Assert.Equal("Rates rise again – What It Means For You", longPart.Title);
    }

    [Fact]
    public void Json_ld_headline_of_a_web_page_does_not_win_over_og_title_or_h1()
    {
        var f = Extract(Page("""
            <script type="application/ld+json">{"@type":"WebPage","headline":"Timetables, fares and news from the valley ferry operator","name":"Valley Ferries"}</script>
            <meta property="og:title" content="Ferry fares rise in spring">
            """, "<h1>Ferry fares rise in spring</h1>"));
        Assert.Equal("Ferry fares rise in spring", f.Title);
        Assert.NotEqual(FieldOrigin.JsonLd, f.Origins["Title"]);

        var noOg = Extract(Page("""
            <script type="application/ld+json">{"@type":"WebPage","headline":"Timetables, fares and news from the valley ferry operator"}</script>
            <title>Night sailings return next month | Valley Ferries</title>
            """, "<h1>Night sailings return next month</h1>"));
        Assert.Equal("Night sailings return next month", noOg.Title);
    }

    [Fact]
    public void A_dash_inside_the_headline_is_kept()
    {
        var f = Extract(Page("""<title>Mayor - and council - agree on budget</title><meta property="og:site_name" content="City Ledger">"""));
        Assert.Equal("Mayor - and council - agree on budget", f.Title);
    }

    [Fact]
    public void H1_is_the_title_when_the_title_element_contains_it()
    {
        var f = Extract(Page("<title>Library reopens after flood — Town Crier — News</title>", "<h1>Library reopens after flood</h1>"));
        Assert.Equal("Library reopens after flood", f.Title);
        Assert.Equal(FieldOrigin.Heading, f.Origins["Title"]);
    }

    [Fact]
    public void Language_and_canonical_url_come_from_the_document()
    {
        var f = Extract("<html lang=\"de\"><head><link rel=\"canonical\" href=\"https://zeitung.example/artikel/1\"></head><body></body></html>");
        Assert.Equal("de", f.Language);
        Assert.Equal("https://zeitung.example/artikel/1", f.Url);
        Assert.Equal(FieldOrigin.MetaTag, f.Origins["Url"]);
    }

    [Fact]
    public void Given_url_wins_over_the_canonical_link()
    {
        var f = Extract(Page("<link rel=\"canonical\" href=\"https://a.example/x\">"), "https://b.example/y");
        Assert.Equal("https://b.example/y", f.Url);
        Assert.Equal(FieldOrigin.Given, f.Origins["Url"]);
    }

    [Fact]
    public void Todays_date_in_the_site_header_is_not_the_publication_date()
    {
        var f = Extract(Page("<title>Tide tables</title>", """
            <div class="header-bar"><span class="today-date">Monday, May 31, 2021</span></div>
            <h1>Tide tables for the coming week</h1>
            <p>High water is expected ...</p>
            """));
        Assert.Null(f.Published);
    }

    [Fact]
    public void Headline_without_h1_anchors_the_date_line()
    {
        var f = Extract(Page("<title>Quarry expansion halted - Dale Gazette</title>", """
            <div class="menu">Home | News | Sport</div>
            <div class="news-title">Quarry expansion halted</div>
            <div>2019-08-30 16:05</div>
            <p>The planning board ...</p>
            """));
        Assert.Equal("2019-08-30", f.Published?.ToIso());
        Assert.Equal("Quarry expansion halted", f.Title);
    }

    [Fact]
    public void A_marked_dateline_is_read_and_a_dated_one_is_not()
    {
        var place = Extract(Page("", """<h1>Port strike spreads north</h1><span class="dateline">ROTTERDAM —</span><p>Dockworkers ...</p>"""));
        Assert.Equal("ROTTERDAM", place.Dateline);
        Assert.Equal(FieldOrigin.Dateline, place.Origins["Dateline"]);

        var dated = Extract(Page("", """<h1>Port strike spreads north</h1><span class="dateline">12.03.2019</span><p>Dockworkers ...</p>"""));
        Assert.Null(dated.Dateline);
        Assert.Equal("2019-03-12", dated.Published?.ToIso());
    }

    [Fact]
    public void Json_ld_headline_the_page_does_not_confirm_gives_way_to_its_name()
    {
        var f = Extract(Page("""
            <title>New Zealand - Encyclopedia</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","name":"New Zealand","headline":"constitutional monarchy in Oceania"}</script>
            """, "<h1>New Zealand</h1>"));
        Assert.Equal("New Zealand", f.Title);
        Assert.Equal(FieldOrigin.JsonLd, f.Origins["Title"]);
    }

    [Fact]
    public void Json_ld_headline_confirmed_by_the_title_element_still_wins()
    {
        var f = Extract(Page("""
            <title>Storm floods the harbour | Coastal Herald</title>
            <meta property="og:title" content="Harbour flooded">
            <script type="application/ld+json">{"@type":"NewsArticle","name":"home","headline":"Storm floods the harbour overnight"}</script>
            """));
        Assert.Equal("Storm floods the harbour overnight", f.Title);
    }

    [Fact]
    public void Json_ld_headline_with_no_title_anywhere_else_is_kept()
    {
        var f = Extract(Page("""<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm floods the harbour"}</script>"""));
        Assert.Equal("Storm floods the harbour", f.Title);
    }

    [Fact]
    public void Rdfa_attributes_naming_several_properties_are_each_read()
    {
        var f = Extract(Page("""
            <title>Site home</title>
            <meta property="x:title dc:title" content="Harbour wall to be rebuilt">
            <meta property="dc:creator twitter:site_name" content="Lena Holm">
            """));
        Assert.Equal("Harbour wall to be rebuilt", f.Title);
        Assert.Equal(["Lena Holm"], f.Authors);
    }

    [Fact]
    public void An_authorization_box_is_not_a_byline()
    {
        var f = Extract(Page("", """
            <div id="authorization"><a href="/signin">Sign In</a> | <a href="/register">Sign Up</a></div>
            <article><h1>Babies who eat peanuts early may avoid allergy</h1>
            <div class="author_fmt">By <a rel="author" href="/people/ana">Ana Ruiz, MA</a></div><p>Text.</p></article>
            """));
        Assert.Equal(["Ana Ruiz"], f.Authors);
    }

    [Fact]
    public void A_byline_ends_where_a_written_out_date_starts()
    {
        var f = Extract(Page("", """
            <h1>Veteran wraps baby in flag, photo sparks debate</h1>
            <cite class="byline vcard"><span>By </span><span class="fn">GILLIAN MOHNEY</span> <abbr>March 11, 2015 3:46 PM</abbr></cite>
            """));
        Assert.Equal(["GILLIAN MOHNEY"], f.Authors);
    }

    [Fact]
    public void Microdata_author_in_an_aside_names_the_author_only_when_every_one_agrees()
    {
        var one = Extract(Page("", """
            <h1>Get your frontend code covered</h1><section><p>Text.</p></section>
            <aside><span itemprop="author" itemscope><span itemprop="name">Nils Perrin</span></span></aside>
            <footer><span itemprop="author"><span itemprop="name">Nils Perrin</span></span></footer>
            """));
        Assert.Equal(["Nils Perrin"], one.Authors);
        var two = Extract(Page("", """
            <h1>Get your frontend code covered</h1><section><p>Text.</p></section>
            <aside><span itemprop="author"><span itemprop="name">Nils Perrin</span></span>
            <span itemprop="author"><span itemprop="name">Oda Brandt</span></span></aside>
            """));
        Assert.Empty(two.Authors);
    }

    [Fact]
    public void A_byline_box_gives_its_marked_name_not_its_desk_line()
    {
        var f = Extract(Page("", """
            <h1>Superbugs: what they are and how you get them</h1>
            <div class="author_fmt"> By <a rel="author" href="/people/kai">Kai  Moller</a><br/>Health News Desk</div>
            """));
        Assert.Equal(["Kai Moller"], f.Authors);
    }

    [Fact]
    public void Json_ld_organisation_author_is_taken_only_when_no_person_is_named()
    {
        var org = Extract(Page("""<script type="application/ld+json">{"@type":"Article","headline":"New Zealand","author":{"@type":"Organization","name":"Contributors to Wikimedia projects"}}</script>"""));
        Assert.Equal(["Contributors to Wikimedia projects"], org.Authors);
        var person = Extract(Page("""<script type="application/ld+json">{"@type":"Article","headline":"New Zealand","author":[{"@type":"Person","name":"Ana Lind"},{"@type":"Organization","name":"Contributors to Wikimedia projects"}]}</script>"""));
        Assert.Equal(["Ana Lind"], person.Authors);
    }
}
