using Parallax.Analysis;
using Parallax.Comparison.Figures;
using Parallax.Tests.Support;

namespace Parallax.Tests.Comparison;

/// <summary>
/// An article that gives a count as it stands and an earlier report of it ("at least 20 were killed"; "the monitor had
/// earlier reported 12 dead") gives one count twice: the earlier report joins the count's group whatever its value, and
/// the verdict is the counts as they stand (issue 12: every mention of a grouped figure linked to the group). The cue,
/// members that must join and look-alikes that must not.
/// </summary>
public class FigureEarlierReportsTests
{
    [Theory]
    [InlineData("The monitor had earlier reported 12 dead in the strikes.", "12 dead")]
    [InlineData("The news agency reported earlier that at least one person was killed.", "one person")]
    [InlineData("The ministry has earlier confirmed 14 deaths in the province.", "14 deaths")]
    [InlineData("The source earlier put the death toll at 5 civilians.", "5 civilians")]
    [InlineData("At least 31 were killed, the monitor said, updating a previous toll of 22.", "22")]
    [InlineData("Claims fell to 410,000 from the initially reported 433,000.", "433,000")]
    [InlineData("An initial toll from the strike reported 15 people were killed.", "15 people")]
    public void An_earlier_report_is_read_from_its_cue(string sentence, string figure) =>
        Assert.True(FigureCues.EarlierReport(sentence, 0, sentence.IndexOf(figure, StringComparison.Ordinal)), sentence);

    [Theory]
    // The time of the event, not of a report.
    [InlineData("Earlier on Friday a car bomb killed 20 people.", "20 people")]
    [InlineData("Earlier this month 14 soldiers were killed in an ambush.", "14 soldiers")]
    // Reports the figure corrects, with no article before the noun.
    [InlineData("Contrary to earlier reports, 20 people died.", "20 people")]
    // The later count after the cue.
    [InlineData("The monitor had earlier reported 12 dead but now says 20 were killed.", "20 were")]
    // The figure before the cue is the count as it stands.
    [InlineData("At least 31 were killed, the monitor said, updating a previous toll of 22.", "31 were")]
    // An earlier event, with no verb of reporting.
    [InlineData("The town had earlier been shelled by the army, killing 5 people.", "5 people")]
    // An earlier attack is no earlier report.
    [InlineData("An earlier attack on the town killed 9 people.", "9 people")]
    public void Other_uses_of_earlier_are_no_earlier_report(string sentence, string figure) =>
        Assert.False(FigureCues.EarlierReport(sentence, 0, sentence.IndexOf(figure, StringComparison.Ordinal)), sentence);

    [Theory]
    // The earlier report in its own group before (it pairs with the other outlet's equal value); the count as it
    // stands joins it.
    [InlineData("At least nine people were wounded in the twin bombings near the police headquarters in Tarsa on Wednesday. The state news agency reported earlier that six people were wounded in the bombings near the police headquarters.",
        "Six people were wounded in the twin bombings near the police headquarters in Tarsa on Wednesday, the ministry said.", "nine people", "Six people")]
    // The earlier report alone, the count as it stands grouped with the other outlet's.
    [InlineData("Air strikes killed 27 people in the market of Olm on Sunday, the monitor said. The monitor had earlier reported 18 people killed in the air strikes on the market.",
        "Air strikes on the market in Olm killed 27 people on Sunday, a monitor said.", "18 people", "27 people")]
    // A toll that rose ninefold overnight: far apart, but the cue says it is one count.
    [InlineData("At least nine people were killed in the blasts near the police headquarters in Tarsa on Wednesday. The state news agency reported earlier that one person was killed in the blasts near the police headquarters.",
        "One person was killed in the blasts near the police headquarters in Tarsa on Wednesday, the ministry said.", "nine people", "One person")]
    public void An_earlier_report_joins_the_count_as_it_stands(string a, string b, string joining, string other)
    {
        var (docs, groups) = QuantityArticles.Group(a, b);
        var group = QuantityArticles.GroupOf(docs, groups, 1, other);
        Assert.True(group is not null && group.Members.Any(m => m.Article == 0 && docs[0].Quantities[m.Index].Text.StartsWith(joining, StringComparison.OrdinalIgnoreCase)),
            QuantityArticles.Show(docs, groups));
    }

    [Fact]
    public void The_verdict_is_the_counts_as_they_stand()
    {
        // Both outlets give 27 now; one also gives its earlier 18. No dispute.
        var (docs, groups) = QuantityArticles.Group(
            "Air strikes killed 27 people in the market of Olm on Sunday, the monitor said. The monitor had earlier reported 18 people killed in the air strikes on the market.",
            "Air strikes on the market in Olm killed 27 people on Sunday, a monitor said.");
        var group = QuantityArticles.GroupOf(docs, groups, 1, "27 people");
        Assert.NotNull(group);
        Assert.Equal(3, group.Members.Count);
        Assert.True(group.Agree, QuantityArticles.Show(docs, groups));
    }

    [Theory]
    // An earlier report larger than the count: another count (a week's raids), not this one's first report.
    [InlineData("Air strikes killed 27 people in the market of Olm on Sunday, the monitor said. The monitor had earlier reported that 213 people were killed in the air strikes on the province this week.",
        "Air strikes on the market in Olm killed 27 people on Sunday, a monitor said.", "213 people")]
    // A running total is no update of the toll reported earlier (which the other outlet gives).
    [InlineData("Air strikes killed 27 people in the market of Olm on Sunday, the monitor said. The monitor had earlier reported 18 people killed in the air strikes on the market. More than 3,000 people have been killed in air strikes on the markets of the province since the war began in 2019, the monitor said.",
        "Air strikes on the market in Olm killed 18 people, a monitor said.", "3,000 people", "18 people")]
    // An earlier report of another event.
    [InlineData("Air strikes killed 27 people in the market of Olm on Sunday, the monitor said. The monitor had earlier reported 40 people wounded in the air strikes on the market.",
        "Air strikes on the market in Olm killed 27 people on Sunday, a monitor said.", "40 people")]
    public void Another_count_said_earlier_stays_out(string a, string b, string stray, string other = "27 people")
    {
        var (docs, groups) = QuantityArticles.Group(a, b);
        var group = QuantityArticles.GroupOf(docs, groups, 1, other);
        Assert.NotNull(group);
        Assert.DoesNotContain(group.Members, m => m.Article == 0 && docs[0].Quantities[m.Index].Text.StartsWith(stray, StringComparison.Ordinal));
    }
}
