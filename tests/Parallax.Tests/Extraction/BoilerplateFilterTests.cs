using Parallax.Extraction.Boilerplate;

namespace Parallax.Tests.Extraction;

public class BoilerplateFilterTests
{
    private static BoilerplateKind[] Classify(params string[] lines) => BoilerplateFilter.Classify(lines);

    [Fact]
    public void A_teaser_header_in_the_tail_takes_everything_after_it()
    {
        var kinds = Classify(
            "The harbour reopened on Friday after repairs that lasted most of the winter and cost more than planned.",
            "",
            "Recommended",
            "",
            "Ferry fares to rise",
            "",
            "The council says fares must rise to pay for the new boats.",
            "",
            "Cycle lanes approved");
        Assert.Equal(
            [BoilerplateKind.None, BoilerplateKind.None, BoilerplateKind.TeaserHeader, BoilerplateKind.None, BoilerplateKind.Teaser,
             BoilerplateKind.None, BoilerplateKind.Teaser, BoilerplateKind.None, BoilerplateKind.Teaser],
            kinds);
    }

    [Fact]
    public void A_teaser_block_ends_where_body_paragraphs_resume()
    {
        var kinds = Classify(
            "Related",
            "Ferry fares to rise",
            "Engineers will inspect every pier before the season starts, the harbour master said on Monday.",
            "The inspections will take about three weeks and some berths will close while divers check the piles.");
        Assert.Equal([BoilerplateKind.TeaserHeader, BoilerplateKind.Teaser, BoilerplateKind.None, BoilerplateKind.None], kinds);
    }

    [Fact]
    public void A_multi_line_dump_is_removed_to_its_closing_bracket()
    {
        var kinds = Classify("array(1) {", "  [\"title\"]=>", "  string(5) \"Hello\"", "}", "The council met on Monday.");
        Assert.Equal(
            [BoilerplateKind.WidgetDump, BoilerplateKind.WidgetDump, BoilerplateKind.WidgetDump, BoilerplateKind.WidgetDump, BoilerplateKind.None],
            kinds);
    }

    [Fact]
    public void A_script_block_is_removed_to_its_closing_tag()
    {
        var kinds = Classify("<script>", "if (ready) {", "load(\"widget\");", "}", "</script>", "Traders will move to a tent.");
        Assert.Equal(BoilerplateKind.Markup, kinds[0]);
        Assert.All(kinds[1..5], k => Assert.Equal(BoilerplateKind.Markup, k));
        Assert.Equal(BoilerplateKind.None, kinds[5]);
    }

    [Fact]
    public void An_unclosed_bracket_does_not_swallow_the_article()
    {
        var kinds = Classify("[{\"id\":\"1\",", "The council met on Monday.", "It will meet again in June.");
        Assert.Equal([BoilerplateKind.WidgetDump, BoilerplateKind.None, BoilerplateKind.None], kinds);
    }
}
