using System.Diagnostics;
using Parallax.Acquisition.Robots;

namespace Parallax.Tests.Acquisition;

public sealed class RobotsRulesTests
{
    private static RobotsRules Parse(string text) => RobotsRules.Parse(text, "Parallax");

    [Fact]
    public void Our_own_group_wins_over_star_and_groups_naming_us_are_merged()
    {
        var rules = Parse("User-agent: *\nDisallow: /\n\nUser-agent: PARALLAX\nDisallow: /drafts\n\nUser-agent: otherbot\nUser-agent: parallax\nDisallow: /tmp\n");
        Assert.True(rules.Allows("/news/today"));
        Assert.False(rules.Allows("/drafts/1"));
        Assert.False(rules.Allows("/tmp/x"));
    }

    [Fact]
    public void Look_alike_agents_do_not_take_our_group()
    {
        var rules = Parse("User-agent: ParallaxBotX\nDisallow:\n\nUser-agent: Parall\nDisallow:\n\nUser-agent: *\nDisallow: /\n");
        Assert.False(rules.Allows("/news"));
    }

    [Fact]
    public void Star_group_applies_without_ours_and_no_group_allows_everything()
    {
        Assert.False(Parse("User-agent: *\nDisallow: /search\n").Allows("/search?q=x"));
        Assert.True(Parse("User-agent: otherbot\nDisallow: /\n").Allows("/anything"));
        Assert.True(Parse("").Allows("/anything"));
        Assert.True(Parse("User-agent: *\nDisallow:\n").Allows("/anything")); // an empty Disallow allows all
    }

    [Theory]
    [InlineData("/*.pdf$", "/files/report.pdf", true)]
    [InlineData("/*.pdf$", "/files/report.pdf?download=1", false)]
    [InlineData("/*.pdf", "/files/report.pdf?download=1", true)]
    [InlineData("/fish*", "/fishing", true)]
    [InlineData("/fish", "/Fish", false)] // paths are case-sensitive
    [InlineData("/*/print", "/2026/story/print", true)]
    [InlineData("/*/print", "/print", false)]
    [InlineData("/a$", "/a", true)]
    [InlineData("/a$", "/ab", false)]
    [InlineData("*", "/", true)]
    [InlineData("/p%3cq", "/p%3Cq", true)] // percent-escapes compare case-insensitively
    public void Patterns_take_stars_and_a_closing_dollar(string pattern, string path, bool matches) =>
        Assert.Equal(matches, !Parse($"User-agent: *\nDisallow: {pattern}\n").Allows(path));

    [Fact]
    public void The_longest_match_wins_and_allow_wins_a_tie()
    {
        var rules = Parse("User-agent: *\nDisallow: /news\nAllow: /news/public\nDisallow: /news/public/drafts\nAllow: /same\nDisallow: /same\n");
        Assert.False(rules.Allows("/news/1"));
        Assert.True(rules.Allows("/news/public/1"));
        Assert.False(rules.Allows("/news/public/drafts/2"));
        Assert.True(rules.Allows("/same/x"));
        Assert.True(Parse("User-agent: *\nDisallow: /\n").Allows("/robots.txt")); // robots.txt itself is always allowed
    }

    [Fact]
    public void Crawl_delay_comes_from_the_group_that_applies_and_sitemaps_from_anywhere()
    {
        var rules = Parse("Sitemap: https://news.test/sitemap.xml\nUser-agent: *\nCrawl-delay: 7\n\nUser-agent: parallax\nCrawl-delay: 2.5\nDisallow: /x\n# Sitemap: https://news.test/commented.xml\nSitemap: https://news.test/news-sitemap.xml\nSitemap: not a url\n");
        Assert.Equal(TimeSpan.FromSeconds(2.5), rules.CrawlDelay);
        Assert.Equal(["https://news.test/sitemap.xml", "https://news.test/news-sitemap.xml"], rules.Sitemaps);
        Assert.Equal(TimeSpan.FromSeconds(7), Parse("User-agent: *\nCrawl-delay: 7\n").CrawlDelay);
        Assert.Null(Parse("User-agent: *\nCrawl-delay: soon\n").CrawlDelay);
    }

    [Fact]
    public void Comments_odd_case_and_crlf_are_read()
    {
        var rules = Parse("USER-AGENT: *   # everyone\r\nDISALLOW: /secret # keep out\r\n");
        Assert.False(rules.Allows("/secret/1"));
        Assert.True(rules.Allows("/open"));
    }

    [Fact]
    public void A_pattern_of_many_stars_against_a_long_path_does_not_blow_up()
    {
        var pattern = "/" + string.Concat(Enumerable.Repeat("*a", 40)) + "b$";
        var path = "/" + new string('a', 5000);
        var clock = Stopwatch.StartNew();
        Assert.False(RobotsRules.Matches(pattern, path));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }
}
