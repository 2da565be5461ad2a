using Parallax.Extraction.Boilerplate;

namespace Parallax.Tests.Extraction;

/// <summary>The footer families line by line, with look-alikes that must stay.</summary>
public class FooterFamiliesTests
{
    [Theory]
    [InlineData("Tags: garlic, autumn planting, allotment", nameof(BoilerplateKind.TagLine))]
    [InlineData("Filed under: Transport, Local", nameof(BoilerplateKind.TagLine))]
    [InlineData("Posted in Transport | Tagged fares, buses", nameof(BoilerplateKind.TagLine))]
    [InlineData("Leave a Reply Cancel reply", nameof(BoilerplateKind.CommentForm))]
    [InlineData("Your email address will not be published. Required fields are marked *", nameof(BoilerplateKind.CommentForm))]
    [InlineData("Save my name, email, and website in this browser for the next time I comment.", nameof(BoilerplateKind.CommentForm))]
    [InlineData("This site uses Akismet to reduce spam. Learn how your comment data is processed.", nameof(BoilerplateKind.CommentForm))]
    [InlineData("Please enable JavaScript to view the comments powered by Disqus.", nameof(BoilerplateKind.CommentForm))]
    [InlineData("Residents watch smoke rise over the hills. (Photo: Jane Roe/AFP)", nameof(BoilerplateKind.MediaCredit))]
    [InlineData("(AP Photo/Tom Ash)", nameof(BoilerplateKind.MediaCredit))]
    [InlineData("REUTERS/Tom Ash", nameof(BoilerplateKind.MediaCredit))]
    [InlineData("Dancers perform on the main stage on Saturday. Jane Roe/AP", nameof(BoilerplateKind.MediaCredit))]
    [InlineData("AFP via Getty Images", nameof(BoilerplateKind.MediaCredit))]
    [InlineData("Presented by Northway Bank", nameof(BoilerplateKind.Advertisement))]
    [InlineData("Partner content", nameof(BoilerplateKind.Advertisement))]
    [InlineData("Enter your email address", nameof(BoilerplateKind.Newsletter))]
    [InlineData("By signing up, you agree to our Terms of Use and Privacy Policy.", nameof(BoilerplateKind.Newsletter))]
    [InlineData("Get it on Google Play", nameof(BoilerplateKind.AppPrompt))]
    [InlineData("Download the Valley Times app today", nameof(BoilerplateKind.AppPrompt))]
    public void Footer_lines_anywhere(string line, string expected) =>
        Assert.Equal(Enum.Parse<BoilerplateKind>(expected), BoilerplateLineClassifier.Classify(line));

    [Theory]
    [InlineData("\"Leave the cloves alone once they are in,\" my grandmother used to say.")]
    [InlineData("\"Leave it to the investigators,\" she said in a short statement.")]
    [InlineData("Topics discussed at the meeting included school routes and night buses.")]
    [InlineData("The photo of the smoke cloud was taken from the village square, the mayor said.")]
    [InlineData("Sponsored by the city, the lanes cost 2 million to build, officials said.")]
    [InlineData("Sign up for the course of free cooking lessons closes on Friday, the school added.")]
    [InlineData("Download speeds in rural areas doubled last year, the regulator said.")]
    [InlineData("Get the app-based taxi service running by June, the mayor said.")]
    [InlineData("Be the first to hear the results, the council said on its website.")]
    public void Look_alikes_stay(string line) => Assert.Equal(BoilerplateKind.None, BoilerplateLineClassifier.Classify(line));

    [Theory]
    [InlineData("14 Harbour Road, Dunmore DN1 4AB", nameof(BoilerplateKind.Address))]
    [InlineData("P.O. Box 4410, Riverton", nameof(BoilerplateKind.Address))]
    [InlineData("Hauptstraße 12, 10115 Berlin", nameof(BoilerplateKind.Address))]
    [InlineData("Tel: +44 1632 960 123", nameof(BoilerplateKind.Contact))]
    [InlineData("Got a story? Email news@valleytimes.example or call 01632 960 555", nameof(BoilerplateKind.Contact))]
    [InlineData("Privacy Policy", nameof(BoilerplateKind.SiteLinks))]
    [InlineData("12 Mill Lane sold for 450,000 in March, the agent said.", nameof(BoilerplateKind.None))]
    [InlineData("Home to 3 million people, the region saw prices rise.", nameof(BoilerplateKind.None))]
    public void Footer_only_lines(string line, string expected) =>
        Assert.Equal(Enum.Parse<BoilerplateKind>(expected), FooterFamilies.Classify(line, FooterFamilies.FooterOnly));

    [Fact]
    public void Footer_only_families_count_only_after_the_last_body_paragraph()
    {
        string[] lines =
        [
            "Contact us", "The office said the new line would open on Monday next week.", "", "The Lakeside Post", "14 Harbour Road, Dunmore DN1 4AB",
        ];
        var kinds = BoilerplateFilter.Classify(lines);
        FooterZone.Mark(lines, kinds, _ => false);
        Assert.Equal(BoilerplateKind.None, kinds[0]);
        Assert.Equal(BoilerplateKind.None, kinds[1]);
        Assert.Equal(BoilerplateKind.BoxTitle, kinds[3]);
        Assert.Equal(BoilerplateKind.Address, kinds[4]);
    }
}
