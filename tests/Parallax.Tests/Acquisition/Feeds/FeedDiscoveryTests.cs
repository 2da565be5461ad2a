using Parallax.Acquisition.Feeds;

namespace Parallax.Tests.Acquisition.Feeds;

public sealed class FeedDiscoveryTests
{
    private static readonly Uri Home = new("https://news.example.org/en/");

    [Fact]
    public void Finds_alternate_feed_links_of_feed_types_with_comment_feeds_last()
    {
        var html = """
            <html><head>
              <link rel="alternate" type="application/rss+xml" title="Comments" href="/comments/feed/">
              <link rel="alternate" type="application/rss+xml" title="All news" href="/feed/">
              <link rel="ALTERNATE" type="Application/Atom+XML" href="https://news.example.org/atom.xml">
              <link rel="alternate" type="application/feed+json" href="feed.json">
              <link rel="alternate" hreflang="fr" href="https://news.example.org/fr/">
              <link rel="stylesheet" type="text/css" href="/site.css">
              <link rel="alternate" type="application/json+oembed" href="/oembed?url=x">
              <link rel="alternate" type="application/rss+xml" href="/feed/">
            </head><body><a href="/rss.xml">RSS</a></body></html>
            """;
        Assert.Equal(
            ["https://news.example.org/feed/", "https://news.example.org/atom.xml", "https://news.example.org/en/feed.json", "https://news.example.org/comments/feed/"],
            FeedDiscovery.FeedLinks(html, Home).Select(u => u.AbsoluteUri));
    }

    [Fact]
    public void Resolves_against_the_pages_base()
    {
        var html = """<html><head><base href="https://static.example.org/site/"><link rel="alternate" type="application/rss+xml" href="rss.xml"></head></html>""";
        Assert.Equal(["https://static.example.org/site/rss.xml"], FeedDiscovery.FeedLinks(html, Home).Select(u => u.AbsoluteUri));
    }

    [Theory]
    [InlineData("<html><head></head><body>No feeds here</body></html>")]
    [InlineData("<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"javascript:alert(1)\"></head></html>")]
    [InlineData("")]
    public void Finds_nothing_where_there_is_nothing(string html) => Assert.Empty(FeedDiscovery.FeedLinks(html, Home));
}
