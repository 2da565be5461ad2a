using Parallax.Extraction.Boilerplate;

namespace Parallax.Tests.Extraction;

public class BoilerplateLineClassifierTests
{
    [Theory]
    [InlineData("Check Also")]
    [InlineData("Read more")]
    [InlineData("READ ALSO:")]
    [InlineData("Related")]
    [InlineData("Related Articles")]
    [InlineData("You may also like")]
    [InlineData("You might also like...")]
    [InlineData("More from The Lakeside Gazette")]
    [InlineData("Recommended for you")]
    [InlineData("See also")]
    [InlineData("Most Read")]
    [InlineData("Trending now")]
    [InlineData("Don't miss")]
    [InlineData("Further reading")]
    [InlineData("Editor's picks")]
    [InlineData("» Related stories")]
    public void Teaser_headers(string line) => Assert.Equal(BoilerplateKind.TeaserHeader, BoilerplateLineClassifier.Classify(line));

    [Theory]
    [InlineData("Read more: Ferry fares to rise in spring")]
    [InlineData("READ ALSO: Filing deadline moved to June")]
    [InlineData("Related: Council approves cycle lanes")]
    [InlineData("See also | Water rates to rise")]
    public void Inline_teasers(string line) => Assert.Equal(BoilerplateKind.InlineTeaser, BoilerplateLineClassifier.Classify(line));

    [Theory]
    [InlineData("Related to the case, two other families have filed claims.")]
    [InlineData("Read more books, the minister urged parents.")]
    [InlineData("Also on Tuesday, the ministry said prices would fall.")]
    [InlineData("Trending topics often reach millions before any correction.")]
    [InlineData("Copyright law has not kept up with streaming, the union said.")]
    [InlineData("Follow the money, the investigator told the committee.")]
    [InlineData("Shareholders were not told about the transfers.")]
    [InlineData("Sponsored by the city, the festival runs for a week and draws thousands of visitors from abroad.")]
    [InlineData("The advertisement ran in three newspapers.")]
    [InlineData("Click fraud costs advertisers millions, the report said.")]
    [InlineData("\"Read more books\" is painted on every classroom door.")]
    public void Prose_is_not_boilerplate(string line) => Assert.Equal(BoilerplateKind.None, BoilerplateLineClassifier.Classify(line));

    [Theory]
    [InlineData("Share this article", BoilerplateKind.Share)]
    [InlineData("Facebook Twitter WhatsApp Email", BoilerplateKind.Share)]
    [InlineData("Share on Facebook | Share on Twitter", BoilerplateKind.Share)]
    [InlineData("Subscribe to our newsletter", BoilerplateKind.Subscribe)]
    [InlineData("Sign up for our daily briefing", BoilerplateKind.Subscribe)]
    [InlineData("Follow us on Twitter", BoilerplateKind.Follow)]
    [InlineData("Follow Lakeside Gazette on Facebook", BoilerplateKind.Follow)]
    [InlineData("Like us on Facebook", BoilerplateKind.Follow)]
    [InlineData("© 2020 Harbour Press", BoilerplateKind.Copyright)]
    [InlineData("Copyright 2019 Valley Times. All rights reserved.", BoilerplateKind.Copyright)]
    [InlineData("All Rights Reserved", BoilerplateKind.Copyright)]
    [InlineData("This material may not be published, broadcast or redistributed.", BoilerplateKind.Copyright)]
    [InlineData("This website uses cookies to give you the best experience.", BoilerplateKind.Cookie)]
    [InlineData("Accept all cookies", BoilerplateKind.Cookie)]
    [InlineData("Click here to read the full report", BoilerplateKind.ClickHere)]
    [InlineData("(Click here for the latest figures)", BoilerplateKind.ClickHere)]
    [InlineData("Advertisement", BoilerplateKind.Advertisement)]
    [InlineData("- Advertisement -", BoilerplateKind.Advertisement)]
    [InlineData("Story continues below advertisement", BoilerplateKind.Advertisement)]
    [InlineData("Continue reading the main story", BoilerplateKind.Advertisement)]
    [InlineData("Sponsored content", BoilerplateKind.Advertisement)]
    [InlineData("@valleytimes @harbourpress", BoilerplateKind.SocialHandles)]
    [InlineData("#floods #rescue https://example.org/floods", BoilerplateKind.SocialHandles)]
    [InlineData("Photo: City Council", BoilerplateKind.MediaCredit)]
    [InlineData("(Photo by Jane Roe)", BoilerplateKind.MediaCredit)]
    [InlineData("Image caption The bridge reopened on Friday", BoilerplateKind.MediaCredit)]
    public void Junk_line_families(string line, BoilerplateKind kind) => Assert.Equal(kind, BoilerplateLineClassifier.Classify(line));

    [Theory]
    [InlineData("string(55) \"[{\"id\":\"1\",\"title\":\"A headline\"},{\"id\":\"2\"}]\"", BoilerplateKind.WidgetDump)]
    [InlineData("array(3) {", BoilerplateKind.WidgetDump)]
    [InlineData("[0]=>", BoilerplateKind.WidgetDump)]
    [InlineData("object(stdClass)#12 (2) {", BoilerplateKind.WidgetDump)]
    [InlineData("[{\"title\":\"Penguin pool reopens\"}]", BoilerplateKind.WidgetDump)]
    [InlineData("{\"widget\":\"related\",\"items\":3}", BoilerplateKind.WidgetDump)]
    [InlineData("<div class=\"share\"></div>", BoilerplateKind.Markup)]
    [InlineData("<script>window.ads = [];</script>", BoilerplateKind.Markup)]
    [InlineData("<!-- end of article -->", BoilerplateKind.Markup)]
    [InlineData("var adSlot = 4;", BoilerplateKind.Markup)]
    [InlineData("googletag.cmd.push(function() { show(); });", BoilerplateKind.Markup)]
    [InlineData("});", BoilerplateKind.Markup)]
    public void Dumps_and_markup(string line, BoilerplateKind kind) => Assert.Equal(kind, BoilerplateLineClassifier.Classify(line));

    [Theory]
    [InlineData("[1] The figures come from the 2020 census.")]
    [InlineData("<b>Note:</b> the council meets again on Thursday to decide on the final budget figures.")]
    [InlineData("Array of sensors installed along the river, officials said.")]
    public void Prose_with_brackets_or_tags_is_not_a_dump(string line) =>
        Assert.Equal(BoilerplateKind.None, BoilerplateLineClassifier.Classify(line));
}
