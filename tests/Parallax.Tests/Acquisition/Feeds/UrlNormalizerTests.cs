using Parallax.Acquisition.Urls;

namespace Parallax.Tests.Acquisition.Feeds;

public sealed class UrlNormalizerTests
{
    [Theory]
    [InlineData("https://news.example.org/world/story-1", "https://news.example.org/world/story-1")]
    [InlineData("HTTPS://News.Example.ORG/world/story-1", "https://news.example.org/world/story-1")]
    [InlineData("https://news.example.org:443/world/story-1", "https://news.example.org/world/story-1")]
    [InlineData("http://news.example.org:80/a", "http://news.example.org/a")]
    [InlineData("http://news.example.org:8080/a", "http://news.example.org:8080/a")]
    [InlineData("https://news.example.org/a#comments", "https://news.example.org/a")]
    [InlineData("https://news.example.org/a?utm_source=rss&utm_medium=feed&utm_campaign=x", "https://news.example.org/a")]
    [InlineData("https://news.example.org/a?UTM_Source=tw", "https://news.example.org/a")]
    [InlineData("https://news.example.org/a?fbclid=IwAR0abc", "https://news.example.org/a")]
    [InlineData("https://news.example.org/a?gclid=1&id=7", "https://news.example.org/a?id=7")]
    [InlineData("https://news.example.org/a?mc_cid=1&mc_eid=2&page=2", "https://news.example.org/a?page=2")]
    [InlineData("https://news.example.org/a?xtor=RSS-1", "https://news.example.org/a")]
    [InlineData("https://news.example.org/a?CMP=share_btn_tw", "https://news.example.org/a")]
    [InlineData("https://news.example.org/a?b=2&a=1", "https://news.example.org/a?a=1&b=2")]
    [InlineData("https://news.example.org/a?", "https://news.example.org/a")]
    [InlineData("https://news.example.org", "https://news.example.org/")]
    public void Drops_what_does_not_name_the_article(string url, string expected) =>
        Assert.Equal(expected, UrlNormalizer.Normalize(new Uri(url))!.AbsoluteUri);

    [Theory]
    [InlineData("https://news.example.org/world/story-1/amp", "https://news.example.org/world/story-1")]
    [InlineData("https://news.example.org/world/story-1/amp/", "https://news.example.org/world/story-1/")]
    [InlineData("https://news.example.org/amp/world/story-1", "https://news.example.org/world/story-1")]
    [InlineData("https://news.example.org/world/story-1.amp.html", "https://news.example.org/world/story-1.html")]
    [InlineData("https://news.example.org/world/story-1.amp", "https://news.example.org/world/story-1")]
    [InlineData("https://news.example.org/world/story-1?amp=1", "https://news.example.org/world/story-1")]
    [InlineData("https://news.example.org/world/story-1?amp", "https://news.example.org/world/story-1")]
    [InlineData("https://news.example.org/world/story-1?outputType=amp", "https://news.example.org/world/story-1")]
    public void Maps_amp_variants_onto_the_page(string url, string expected) =>
        Assert.Equal(expected, UrlNormalizer.Normalize(new Uri(url))!.AbsoluteUri);

    [Theory]
    // Look-alikes that must stay: words containing "amp", parameters that select content.
    [InlineData("https://news.example.org/sports/champions")]
    [InlineData("https://news.example.org/camp")]
    [InlineData("https://news.example.org/amp")]
    [InlineData("https://news.example.org/a?amp=0")]
    [InlineData("https://news.example.org/article.php?id=42")]
    [InlineData("https://news.example.org/a?page=3")]
    [InlineData("https://news.example.org/a?source=reuters")]
    public void Keeps_what_names_the_article(string url) =>
        Assert.Equal(new Uri(url).AbsoluteUri, UrlNormalizer.Normalize(new Uri(url))!.AbsoluteUri);

    [Theory]
    [InlineData("ftp://news.example.org/a")]
    [InlineData("mailto:desk@example.org")]
    [InlineData("file:///tmp/a.html")]
    public void Refuses_what_is_not_a_web_page(string url) => Assert.Null(UrlNormalizer.Normalize(new Uri(url)));

    [Fact]
    public void Five_tracking_variants_are_one_key()
    {
        string[] variants =
        [
            "https://news.example.org/2026/05/04/floods?utm_source=rss",
            "https://news.example.org/2026/05/04/floods?utm_source=twitter&utm_medium=social",
            "https://NEWS.example.org/2026/05/04/floods#top",
            "https://news.example.org/2026/05/04/floods/amp",
            "https://news.example.org:443/2026/05/04/floods?fbclid=abc",
        ];
        Assert.Single(variants.Select(v => UrlNormalizer.Normalize(new Uri(v))!.AbsoluteUri).Distinct());
    }
}
