using Parallax.Analysis;
using Parallax.Comparison.Figures;
using Parallax.Tests.Support;

namespace Parallax.Tests.Comparison;

/// <summary>
/// An article that gives one figure twice in other words ("over 50 were injured" in the lead, "55 injuries" further
/// down) has both mentions in its group, though the pairing of two articles takes only one of them (issue 12: every
/// mention of a grouped figure linked to the group). Members that must join and look-alikes that must not.
/// </summary>
public class FigureOtherMentionsTests
{
    private static string Show(AnalyzedArticle[] docs, IReadOnlyList<FigureGroup> groups) => QuantityArticles.Show(docs, groups);

    private static FigureGroup? GroupOf(AnalyzedArticle[] docs, IReadOnlyList<FigureGroup> groups, int article, string text) =>
        QuantityArticles.GroupOf(docs, groups, article, text);

    [Theory]
    [InlineData("The clinic in Sorrel said over 50 were injured in the gas attack. Its director said the clinic had recorded two deaths and 55 injuries by the evening.",
        "At least 55 people were injured in the gas attack on Sorrel, the clinic's director said.", "55 injuries", "55 people")]
    [InlineData("More than 180 people were killed in shootings across the country over the holiday weekend. By Monday night the tracker listed 189 people killed.",
        "A tracker of shootings counted 189 people killed across the country over the holiday weekend.", "189 people", "189 people")]
    [InlineData("Police in Calder arrested more than 120 people during the march on Saturday. The force later put the number at 127 arrests.",
        "Police said 127 people were arrested during the march in Calder on Saturday.", "127 arrests", "127 people")]
    // The event named by one mention only ("were counted" names none).
    [InlineData("Border agents detained over 151,000 migrants in May, the agency said. Its figures show 151,388 migrants were counted at the southern border in May.",
        "Border agents detained 151,388 migrants at the southern border in May, the agency said.", "151,000 migrants", "151,388 migrants")]
    // The attackers' own launch is not what happened to the dead ("an offensive they had launched").
    [InlineData("Troops killed 29 militants who tried to reopen the supply road. Nearly 30 insurgents have been killed in an offensive they had launched to reopen the road.",
        "At least 29 rebels were killed in the failed offensive to reopen the supply road, the monitor said.", "30 insurgents", "29 rebels")]
    [InlineData("The army said it killed 41 fighters near the dam. About 40 militants died in the attack they had launched on the dam.",
        "At least 40 rebels were killed attacking the dam, the monitor said.", "40 militants", "40 rebels")]
    public void A_second_mention_in_other_words_joins_its_figure_s_group(string a, string b, string second, string other)
    {
        var (docs, groups) = QuantityArticles.Group(a, b);
        var group = GroupOf(docs, groups, 1, other);
        Assert.NotNull(group);
        Assert.True(group.Members.Count(m => m.Article == 0) >= 2, Show(docs, groups));
        Assert.Contains(group.Members, m => m.Article == 0 && docs[0].Quantities[m.Index].Text == second);
        Assert.True(group.Agree);
    }

    [Theory]
    // An order of magnitude says how big, not how many.
    [InlineData("Air strikes killed 47 people in the town of Marl on Saturday. Witnesses said the raids killed dozens of people near the bridge.",
        "Air strikes killed 47 people in Marl on Saturday, a monitor said.", "dozens of people")]
    // Another incident's toll, whose value does not agree as written.
    [InlineData("A car bomb killed 12 people in Tarsa on Monday. A separate bombing in Olm killed 40 people last month.",
        "The car bomb in Tarsa killed 12 people on Monday, police said.", "40 people")]
    // Another event of the same size.
    [InlineData("Over 50 were injured in the clashes in Brede on Friday. Police said 55 were arrested after the clashes.",
        "At least 55 people were injured in the clashes in Brede on Friday.", "55")]
    public void Another_figure_of_the_article_stays_out(string a, string b, string stray)
    {
        var (docs, groups) = QuantityArticles.Group(a, b);
        Assert.NotEmpty(groups);
        Assert.Null(GroupOf(docs, groups, 0, stray) is { } g && g.Members.Any(m => m.Article == 1) ? Show(docs, groups) : null);
    }

    [Fact]
    public void A_part_of_another_toll_is_no_mention_of_a_count_of_people_of_the_same_value()
    {
        // "10 children" are among the 48 executed; "at least 10 people" died in the air strikes. Two figures, not one
        // figure said twice, so the air strikes' toll pairs with the other outlet's.
        var (docs, groups) = QuantityArticles.Group(
            "Troops executed 48 people in a northern village this week, among them 10 children. On Saturday air strikes killed at least 10 people in rebel areas east of the capital.",
            "Air strikes killed at least 10 people in rebel areas east of the capital on Saturday, the monitor said.");
        var group = GroupOf(docs, groups, 1, "10 people");
        Assert.True(group is not null && group.Members.Any(m => m.Article == 0 && docs[0].Quantities[m.Index].Text == "10 people"), Show(docs, groups));
        Assert.DoesNotContain(group.Members, m => m.Article == 0 && docs[0].Quantities[m.Index].Text == "10 children");
    }

    [Fact]
    public void A_toll_named_twice_as_people_and_as_its_kind_is_still_one_figure()
    {
        // Not a part: "270 soldiers" and "270 people" are one toll said twice.
        var (docs, groups) = QuantityArticles.Group(
            "The army said 270 soldiers were killed in the battle for the pass. In all 270 people were killed there, the army said.",
            "At least 270 soldiers were killed in the battle for the pass, the army said.");
        var group = GroupOf(docs, groups, 1, "270 soldiers");
        Assert.NotNull(group);
        Assert.Equal(2, group.Members.Count(m => m.Article == 0));
    }
}
