using System.IO.Compression;
using System.Text;
using Parallax.Acquisition.Feeds;

namespace Parallax.Tests.Acquisition.Feeds;

/// <summary>Every listing format an outlet serves, as written in the wild, and the ways they break.</summary>
public sealed class FeedParserTests
{
    private static readonly Uri Listing = new("https://news.example.org/feeds/world.xml");

    private static FeedDocument Parse(string text, string? type = null) => FeedParser.Parse(Encoding.UTF8.GetBytes(text), Listing, type);

    private static string[] Urls(FeedDocument d) => [.. d.Entries.Select(e => e.Url.AbsoluteUri)];

    [Fact]
    public void Rss_2_items_with_links_titles_dates_and_the_channel_language()
    {
        var d = Parse("""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel>
                <title>Example World</title><link>https://news.example.org/</link><language>en-gb</language>
                <image><title>logo</title><link>https://news.example.org/logo</link><url>https://news.example.org/logo.png</url></image>
                <item>
                  <title><![CDATA[Dam repairs finish early]]></title>
                  <link>https://news.example.org/world/dam-repairs</link>
                  <media:content url="https://cdn.example.org/dam.jpg"><media:title>Photo of the dam</media:title></media:content>
                  <description>&lt;p&gt;Crews finished&lt;/p&gt;</description>
                  <pubDate>Tue, 05 May 2026 07:30:00 +0100</pubDate>
                </item>
                <item>
                  <title>Ferry strike called off</title>
                  <guid isPermaLink="true">https://news.example.org/world/ferry</guid>
                  <dc:date>2026-05-05T09:00:00Z</dc:date>
                </item>
                <item><title>Only a non-permalink guid</title><guid isPermaLink="false">tag-123</guid></item>
              </channel>
            </rss>
            """);
        Assert.Equal(FeedFormat.Rss, d.Format);
        Assert.Equal("Example World", d.Title);
        Assert.Equal(["https://news.example.org/world/dam-repairs", "https://news.example.org/world/ferry"], Urls(d));
        Assert.Equal("Dam repairs finish early", d.Entries[0].Title);
        Assert.Equal(new DateTimeOffset(2026, 5, 5, 7, 30, 0, TimeSpan.FromHours(1)), d.Entries[0].Published);
        Assert.Equal(new DateTimeOffset(2026, 5, 5, 9, 0, 0, TimeSpan.Zero), d.Entries[1].Published);
        Assert.Equal("en-gb", d.Entries[0].Language);
        Assert.Contains(d.Problems, p => p.StartsWith("1 entry with no link", StringComparison.Ordinal));
    }

    [Fact]
    public void Rss_091_with_its_doctype_and_relative_links()
    {
        var d = Parse("""
            <?xml version="1.0"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="0.91"><channel><title>Old desk</title>
              <item><title>Council votes</title><link>/local/council-votes</link></item>
            </channel></rss>
            """);
        Assert.Equal(FeedFormat.Rss, d.Format);
        Assert.Equal(["https://news.example.org/local/council-votes"], Urls(d));
        Assert.Empty(d.Problems);
    }

    [Fact]
    public void Rss_1_rdf_items_beside_the_channel()
    {
        var d = Parse("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://news.example.org/"><title>RDF desk</title><link>https://news.example.org/</link>
                <items><rdf:Seq><rdf:li resource="https://news.example.org/a"/></rdf:Seq></items></channel>
              <item rdf:about="https://news.example.org/a"><title>Harbour reopens</title><link>https://news.example.org/a</link><dc:date>2026-05-01</dc:date></item>
              <item rdf:about="https://news.example.org/b"><title>About only</title></item>
            </rdf:RDF>
            """);
        Assert.Equal(FeedFormat.Rss, d.Format);
        Assert.Equal(["https://news.example.org/a", "https://news.example.org/b"], Urls(d));
        Assert.Equal("Harbour reopens", d.Entries[0].Title);
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero), d.Entries[0].Published);
    }

    [Fact]
    public void Atom_alternate_links_base_published_and_updated()
    {
        var d = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr" xml:base="https://other.example.net/fr/">
              <title type="text">Le fil</title>
              <link rel="self" href="https://other.example.net/fr/atom.xml"/>
              <entry>
                <title>Grève levée</title>
                <link rel="enclosure" type="image/jpeg" href="img/1.jpg"/>
                <link rel="alternate" type="application/pdf" href="articles/1.pdf"/>
                <link rel="alternate" type="text/html" href="articles/1"/>
                <id>tag:other.example.net,2026:1</id>
                <published>2026-05-02T08:00:00+02:00</published>
                <updated>2026-05-03T10:00:00+02:00</updated>
                <source><link href="https://elsewhere.example.com/"/><title>Other</title></source>
              </entry>
              <entry><title>Id only</title><id>https://other.example.net/fr/articles/2</id><updated>2026-05-04T00:00:00Z</updated></entry>
              <entry xml:lang="de"><title>Rel-less</title><link href="https://other.example.net/de/3"/></entry>
            </feed>
            """);
        Assert.Equal(FeedFormat.Atom, d.Format);
        Assert.Equal("Le fil", d.Title);
        Assert.Equal(["https://other.example.net/fr/articles/1", "https://other.example.net/fr/articles/2", "https://other.example.net/de/3"], Urls(d));
        Assert.Equal("Grève levée", d.Entries[0].Title);
        Assert.Equal(new DateTimeOffset(2026, 5, 2, 8, 0, 0, TimeSpan.FromHours(2)), d.Entries[0].Published);
        Assert.Equal(new DateTimeOffset(2026, 5, 3, 10, 0, 0, TimeSpan.FromHours(2)), d.Entries[0].Updated);
        Assert.Equal("fr", d.Entries[0].Language);
        Assert.Equal("de", d.Entries[2].Language);
    }

    [Fact]
    public void Feedburner_proxy_links_give_the_outlets_own_url()
    {
        var d = Parse("""
            <rss version="2.0" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"><channel>
              <item><link>https://feeds.example.com/~r/desk/~3/xyz/</link><feedburner:origLink>https://news.example.org/real-story</feedburner:origLink></item>
            </channel></rss>
            """);
        Assert.Equal(["https://news.example.org/real-story"], Urls(d));
    }

    [Fact]
    public void Json_feed_items()
    {
        var d = Parse("""
            { "version": "https://jsonfeed.org/version/1.1", "title": "JSON desk", "language": "es",
              "items": [
                { "id": "1", "url": "https://news.example.org/es/1", "title": "Lluvias", "date_published": "2026-05-02T08:00:00Z", "date_modified": "2026-05-02T09:00:00Z" },
                { "id": "2", "external_url": "https://partner.example.com/2", "title": "Fuera" },
                { "id": "3", "title": "Sin enlace" },
              ] }
            """);
        Assert.Equal(FeedFormat.JsonFeed, d.Format);
        Assert.Equal(["https://news.example.org/es/1", "https://partner.example.com/2"], Urls(d));
        Assert.Equal("es", d.Entries[0].Language);
        Assert.Equal(new DateTimeOffset(2026, 5, 2, 9, 0, 0, TimeSpan.Zero), d.Entries[0].Updated);
        Assert.Single(d.Problems);
    }

    [Theory]
    [InlineData("""{ "title": "not a feed", "items": [] }""")]
    [InlineData("""{ "version": "https://jsonfeed.org/version/1", "items": [ """)]
    public void Json_that_is_not_a_json_feed_is_refused(string text)
    {
        var d = Parse(text);
        Assert.Equal(FeedFormat.Unknown, d.Format);
        Assert.Single(d.Problems);
    }

    [Fact]
    public void Google_news_sitemap_with_publication_title_date_and_lastmod()
    {
        var d = Parse("""
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
              <url>
                <loc>https://news.example.org/2026/05/04/bridge</loc>
                <lastmod>2026-05-04T12:00:00Z</lastmod>
                <image:image><image:loc>https://cdn.example.org/bridge.jpg</image:loc><image:title>Bridge</image:title></image:image>
                <news:news>
                  <news:publication><news:name>Example Post</news:name><news:language>en</news:language></news:publication>
                  <news:publication_date>2026-05-04T06:00:00+00:00</news:publication_date>
                  <news:title>Bridge to reopen in June</news:title>
                </news:news>
              </url>
              <url><loc> https://news.example.org/2026/05/04/plain </loc></url>
            </urlset>
            """);
        Assert.Equal(FeedFormat.Sitemap, d.Format);
        Assert.Equal(["https://news.example.org/2026/05/04/bridge", "https://news.example.org/2026/05/04/plain"], Urls(d));
        var e = d.Entries[0];
        Assert.Equal("Bridge to reopen in June", e.Title);
        Assert.Equal("Example Post", e.Publication);
        Assert.Equal("en", e.Language);
        Assert.Equal(new DateTimeOffset(2026, 5, 4, 6, 0, 0, TimeSpan.Zero), e.Published);
        Assert.Equal(new DateTimeOffset(2026, 5, 4, 12, 0, 0, TimeSpan.Zero), e.Updated);
        Assert.Empty(d.Problems);
    }

    [Fact]
    public void Sitemap_index_lists_its_children()
    {
        var d = Parse("""
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap><loc>https://news.example.org/sitemap-2026-05.xml.gz</loc><lastmod>2026-05-04</lastmod></sitemap>
              <sitemap><loc>/sitemap-2026-04.xml</loc></sitemap>
            </sitemapindex>
            """);
        Assert.Equal(FeedFormat.SitemapIndex, d.Format);
        Assert.Empty(d.Entries);
        Assert.Equal(["https://news.example.org/sitemap-2026-05.xml.gz", "https://news.example.org/sitemap-2026-04.xml"], d.ChildSitemaps.Select(u => u.AbsoluteUri));
    }

    [Fact]
    public void Gzipped_sitemap_is_read_by_its_bytes()
    {
        var xml = """<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://news.example.org/z</loc></url></urlset>""";
        var d = FeedParser.Parse(Gzip(Encoding.UTF8.GetBytes(xml)), Listing, "application/octet-stream");
        Assert.Equal(FeedFormat.Sitemap, d.Format);
        Assert.Equal(["https://news.example.org/z"], Urls(d));
    }

    [Fact]
    public void A_gzip_bomb_is_cut_at_the_limit_not_expanded()
    {
        // 200 MB of spaces after the opening tag: compresses to a few hundred KB.
        var raw = new MemoryStream();
        using (var gz = new GZipStream(raw, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gz.Write("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://news.example.org/first</loc></url>"u8);
            var spaces = new byte[1 << 20];
            Array.Fill(spaces, (byte)' ');
            for (int i = 0; i < 200; i++)
                gz.Write(spaces);
        }
        var d = FeedParser.Parse(raw.ToArray(), Listing, null);
        Assert.Equal(["https://news.example.org/first"], Urls(d));
        Assert.Contains(d.Problems, p => p.Contains("gzip expands past", StringComparison.Ordinal));
    }

    [Fact]
    public void Broken_gzip_is_a_clear_problem()
    {
        var d = FeedParser.Parse(new byte[] { 0x1f, 0x8b, 8, 0, 1, 2, 3 }, Listing, null);
        Assert.Equal(FeedFormat.Unknown, d.Format);
        Assert.Contains("gzip", d.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Text_sitemap_one_url_per_line()
    {
        var d = Parse("https://news.example.org/1\r\n\r\nhttps://news.example.org/2\n  not a url\nhttp://news.example.org/3\n", "text/plain");
        Assert.Equal(FeedFormat.TextSitemap, d.Format);
        Assert.Equal(["https://news.example.org/1", "https://news.example.org/2", "http://news.example.org/3"], Urls(d));
        Assert.Single(d.Problems);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><head><title>Home</title></head><body></body></html>")]
    [InlineData("<html lang=\"en\"><body><p>hello</p></body></html>")]
    [InlineData("\n\n<!-- generated -->\n<html><body></body></html>")]
    public void An_html_page_is_not_a_feed(string html)
    {
        var d = Parse(html, "text/html");
        Assert.Equal(FeedFormat.Unknown, d.Format);
        Assert.Contains("HTML page", d.Problems[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n")]
    [InlineData("just some words")]
    [InlineData("<note><to>nobody</to></note>")]
    public void Other_bodies_are_refused_with_a_reason(string text)
    {
        var d = Parse(text);
        Assert.Equal(FeedFormat.Unknown, d.Format);
        Assert.NotEmpty(d.Problems);
    }

    [Fact]
    public void Broken_xml_keeps_the_entries_before_the_break()
    {
        var d = Parse("""
            <rss version="2.0"><channel>
              <item><link>https://news.example.org/1</link></item>
              <item><link>https://news.example.org/2</link></item>
              <item><link>https://news.example.org/3</link></ite
            """);
        Assert.Equal(FeedFormat.Rss, d.Format);
        Assert.Equal(["https://news.example.org/1", "https://news.example.org/2"], Urls(d));
        Assert.Contains(d.Problems, p => p.StartsWith("broken XML", StringComparison.Ordinal));
    }

    [Fact]
    public void Html_entities_and_bare_ampersands_are_repaired()
    {
        var d = Parse("""
            <rss version="2.0"><channel>
              <item><title>Trade&nbsp;talks &eacute;nd &amp; resume</title><link>https://news.example.org/1?a=1&b=2</link></item>
              <item><title>Q&A with the mayor</title><link>https://news.example.org/2</link></item>
            </channel></rss>
            """);
        Assert.Equal(["https://news.example.org/1?a=1&b=2", "https://news.example.org/2"], Urls(d));
        Assert.Equal("Trade\u00a0talks énd & resume", d.Entries[0].Title);
        Assert.Equal("Q&A with the mayor", d.Entries[1].Title);
        Assert.Contains(d.Problems, p => p.Contains("repairing", StringComparison.Ordinal));
    }

    [Fact]
    public void Control_characters_do_not_lose_the_feed()
    {
        var d = Parse("<rss version=\"2.0\"><channel><item><title>Bad\u000bchar</title><link>https://news.example.org/1</link></item></channel></rss>");
        Assert.Equal(["https://news.example.org/1"], Urls(d));
    }

    [Fact]
    public void Bad_dates_and_links_are_counted_not_thrown()
    {
        var d = Parse("""
            <rss version="2.0"><channel>
              <item><link>https://news.example.org/1</link><pubDate>sometime last week</pubDate></item>
              <item><link>https://news.example.org/2</link><pubDate>32 Foo 2026</pubDate></item>
              <item><link>javascript:void(0)</link></item>
              <item><link>https://news.example.org/3</link><pubDate>Tue, 05 May 2026 07:30:00 GMT</pubDate></item>
            </channel></rss>
            """);
        Assert.Equal(["https://news.example.org/1", "https://news.example.org/2", "https://news.example.org/3"], Urls(d));
        Assert.Null(d.Entries[0].Published);
        Assert.NotNull(d.Entries[2].Published);
        Assert.Contains("2 unreadable dates (e.g. 'sometime last week')", d.Problems);
        Assert.Contains("1 unreadable link (e.g. 'javascript:void(0)')", d.Problems);
    }

    [Fact]
    public void Declared_entities_are_never_expanded_or_fetched()
    {
        var d = Parse("""
            <?xml version="1.0"?>
            <!DOCTYPE rss [
              <!ENTITY secret SYSTEM "file:///etc/passwd">
              <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
              <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
              <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
            ]>
            <rss version="2.0"><channel>
              <item><title>&secret;</title><link>https://news.example.org/1</link></item>
              <item><title>&c;&c;&c;&c;&c;&c;&c;&c;</title><link>https://news.example.org/2</link></item>
            </channel></rss>
            """);
        Assert.Equal(["https://news.example.org/1", "https://news.example.org/2"], Urls(d));
        Assert.DoesNotContain(d.Entries, e => e.Title is { } t && (t.Contains("root:", StringComparison.Ordinal) || t.Contains("aaaa", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_declared_single_byte_encoding_is_honoured_on_repair()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = "<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss version=\"2.0\"><channel><item><title>Caf\u00e9 &nbsp; opens</title><link>https://news.example.org/cafe</link></item></channel></rss>";
        var d = FeedParser.Parse(Encoding.GetEncoding(1252).GetBytes(text), Listing, "application/rss+xml");
        Assert.Equal("Caf\u00e9 \u00a0 opens", d.Entries[0].Title);
    }

    [Fact]
    public void More_entries_than_the_sitemap_cap_are_cut_with_a_problem()
    {
        var sb = new StringBuilder();
        for (int i = 0; i <= XmlListingReader.MaxEntries; i++)
            sb.Append("https://news.example.org/").Append(i).Append('\n');
        var d = Parse(sb.ToString());
        Assert.Equal(XmlListingReader.MaxEntries, d.Entries.Count);
        Assert.Contains(d.Problems, p => p.StartsWith("more than", StringComparison.Ordinal));
    }

    private static byte[] Gzip(byte[] data)
    {
        var raw = new MemoryStream();
        using (var gz = new GZipStream(raw, CompressionLevel.Fastest, leaveOpen: true))
            gz.Write(data);
        return raw.ToArray();
    }
}
