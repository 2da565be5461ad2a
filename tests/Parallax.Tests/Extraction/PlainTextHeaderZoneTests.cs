using Parallax.Extraction.PlainText.Header;

namespace Parallax.Tests.Extraction;

/// <summary>The header-zone families line by line, each with look-alikes that must not be taken; and the title choice.</summary>
public class PlainTextHeaderZoneTests
{
    [Theory]
    [InlineData("Skip to main content", nameof(HeaderLineKind.SkipLink))]
    [InlineData("Jump to navigation", nameof(HeaderLineKind.SkipLink))]
    [InlineData("Menu", nameof(HeaderLineKind.Navigation))]
    [InlineData("Sign in", nameof(HeaderLineKind.Navigation))]
    [InlineData("Edition: International", nameof(HeaderLineKind.Navigation))]
    [InlineData("Home / Politics / Elections", nameof(HeaderLineKind.Breadcrumb))]
    [InlineData("News › World", nameof(HeaderLineKind.Breadcrumb))]
    [InlineData("Startseite > Wirtschaft > Energie", nameof(HeaderLineKind.Breadcrumb))]
    [InlineData("Sport | Business | Culture", nameof(HeaderLineKind.SectionMenu))]
    [InlineData("News • Sport • Weather • Travel", nameof(HeaderLineKind.SectionMenu))]
    [InlineData("News Sport Weather", nameof(HeaderLineKind.SectionMenu))]
    [InlineData("We value your privacy", nameof(HeaderLineKind.Consent))]
    [InlineData("Accept all cookies", nameof(HeaderLineKind.Consent))]
    [InlineData("Manage preferences", nameof(HeaderLineKind.Consent))]
    [InlineData("We and our partners use cookies to personalise content and ads.", nameof(HeaderLineKind.Consent))]
    [InlineData("By continuing to browse the site you agree to our use of cookies.", nameof(HeaderLineKind.Consent))]
    [InlineData("Text size", nameof(HeaderLineKind.Accessibility))]
    [InlineData("A- A A+", nameof(HeaderLineKind.Accessibility))]
    [InlineData("High contrast", nameof(HeaderLineKind.Accessibility))]
    [InlineData("Listen to this article 4:12", nameof(HeaderLineKind.Accessibility))]
    [InlineData("37 comments", nameof(HeaderLineKind.CommentCounter))]
    [InlineData("Comments: 12", nameof(HeaderLineKind.CommentCounter))]
    [InlineData("Join our WhatsApp channel for the latest news", nameof(HeaderLineKind.SocialFollow))]
    [InlineData("Follow us on Google News", nameof(HeaderLineKind.SocialFollow))]
    [InlineData("Add us on Google News", nameof(HeaderLineKind.SocialFollow))]
    [InlineData("Print | Email | Share", nameof(HeaderLineKind.ShareRow))]
    [InlineData("Updated: 5 May 2023 · 14:20 CET", nameof(HeaderLineKind.Timestamp))]
    [InlineData("Posted on 2021-03-04 by Jane Roe", nameof(HeaderLineKind.Byline))]
    [InlineData("04/03/2021", nameof(HeaderLineKind.Timestamp))]
    [InlineData("By Jane Roe, Science Editor", nameof(HeaderLineKind.Byline))]
    [InlineData("Jane Roe | Political Reporter", nameof(HeaderLineKind.Byline))]
    [InlineData("Jane Roe, Kyiv Correspondent", nameof(HeaderLineKind.Byline))]
    [InlineData("Al Jazeera", nameof(HeaderLineKind.Masthead))]
    [InlineData("VIDEO", nameof(HeaderLineKind.Label))]
    [InlineData("A lorry crosses the bridge on Monday. (Photo: Jane Roe/AFP)", nameof(HeaderLineKind.Caption))]
    [InlineData("Mayor unveils plan for free night buses", nameof(HeaderLineKind.Candidate))]
    [InlineData("VIDEO: Flooded bridge closes main road", nameof(HeaderLineKind.Candidate))]
    [InlineData("Home to 3 million people, the region has voted for the same party for thirty years.", nameof(HeaderLineKind.Body))]
    [InlineData("Text size matters less than timing, one islander said of the notice.", nameof(HeaderLineKind.Body))]
    [InlineData("Accept the result and move on, the minister told reporters on Friday.", nameof(HeaderLineKind.Body))]
    [InlineData("News of the price rise spread quickly through the markets of the capital.", nameof(HeaderLineKind.Body))]
    [InlineData("\"Join us on the picket line,\" the union leader told members after the count.", nameof(HeaderLineKind.Body))]
    public void Lines_are_classed_by_family(string line, string expected) =>
        Assert.Equal(Enum.Parse<HeaderLineKind>(expected), HeaderZone.Classify(line, out _));

    [Theory]
    [InlineData("Daily Courier | World")] // an outlet line: two parts, not opening with a section word
    [InlineData("Israel/Gaza talks resume")]
    [InlineData("Jane Roe / Tom Ash")]
    [InlineData("24/7 helpline opens")]
    public void Look_alikes_are_not_breadcrumbs_or_menus(string line)
    {
        Assert.False(NavigationLines.IsBreadcrumb(line, out _));
        Assert.False(NavigationLines.IsSectionMenu(line));
    }

    [Theory]
    [InlineData("Home / Politics / Elections", "Elections")]
    [InlineData("Home > News > Westmarch > Kestrel Ford flood", "Westmarch")]
    [InlineData("News » Middle East", "Middle East")]
    // Found by the fuzzer: a crumb with two spaces in a row once threw (an empty word has no first letter).
    [InlineData("Home > News > Westmarch > Kestrel  the regional", "Westmarch")]
    [InlineData("Home >  Sport  > Rugby  Union", "Rugby  Union")]
    public void A_breadcrumb_names_its_section(string line, string section)
    {
        Assert.True(NavigationLines.IsBreadcrumb(line, out var found));
        Assert.Equal(section, found);
    }

    [Theory]
    [InlineData("THE HARBOUR GAZETTE", "The Harbour Gazette")]
    [InlineData("Riverside Courier", "Riverside Courier")]
    [InlineData("Valley Courier — independent local news since 1901", "Valley Courier")]
    [InlineData("Field Notes | birds, weather and the long view", "Field Notes")]
    public void Masthead_shapes_name_the_outlet(string line, string name)
    {
        Assert.True(Mastheads.TryName(line, out var found));
        Assert.Equal(name, found);
    }

    [Theory]
    [InlineData("POLITICS")]
    [InlineData("Post office closures hit rural towns")]
    [InlineData("Ceasefire holds for a third day")]
    public void Headlines_and_section_labels_are_not_mastheads(string line) => Assert.False(Mastheads.TryName(line, out _));

    [Fact]
    public void The_title_is_the_candidate_that_shares_words_with_the_lead()
    {
        string[] lines =
        [
            "Heatwave closes schools in the east", "Mayor unveils plan for free night buses", "By Jane Roe", "",
            "The mayor's plan for free night buses would start in September.",
        ];
        var reading = HeaderZone.Read(lines);
        Assert.Equal(1, reading.TitleIndex);
        Assert.Equal(4, reading.ZoneEnd);
    }

    [Fact]
    public void With_nothing_to_choose_from_the_first_line_is_the_title()
    {
        var reading = HeaderZone.Read(["Putin stresses need for dialogue in Syria", "", "Moscow, SANA – Russian President Vladimir Putin said talks must begin."]);
        Assert.Equal(0, reading.TitleIndex);
    }
}
