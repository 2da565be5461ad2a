using Parallax.Tests.Support;

namespace Parallax.Tests.Comparison;

/// <summary>
/// Two outlets' only counts of one named kind are its figure, however differently their sentences run ("more than 400
/// shootings across the country" / "more than 540 shootings over the holiday weekend"). Members must group; look-alikes
/// (a second count of the kind in an article, counts of persons or votes, values far apart, and a precise record beside a
/// near value: FigureValueFamiliesTests) must not.
/// </summary>
public class FigureSoleKindTests
{
    [Theory]
    [InlineData("From Friday through Sunday there were more than 400 shootings across the country, the archive said.",
        "In total there were more than 540 shootings over the holiday weekend, the group reported.", "400 shootings", "540 shootings")]
    [InlineData("Nobody explained why the 15-storey block was chosen as a target.",
        "An airstrike brought down an 11-story building in the port on Saturday.", "15-storey", "11-story")]
    [InlineData("Inspectors found 31 landfills leaking into the river basin.",
        "The report counts 28 landfills whose runoff reaches the water, officials said.", "31 landfills", "28 landfills")]
    public void Sole_counts_of_one_kind_are_one_figure(string a, string b, string first, string second)
    {
        var (docs, groups) = QuantityArticles.Group(a, b);
        Assert.NotNull(QuantityArticles.GroupOfBoth(docs, groups, first, second));
    }

    [Theory]
    // A second count of the kind in one article: which of the two is the other's figure, nothing says.
    [InlineData("From Friday through Sunday there were more than 400 shootings, up from 310 shootings a year before.",
        "Police logged 540 shootings in all, a spokesman said.", "400 shootings", "540 shootings")]
    // Persons: a story counts many groups of them.
    [InlineData("Twelve soldiers guarded the crossing at night.",
        "The convoy carried 15 soldiers back to the base on Monday.", "Twelve soldiers", "15 soldiers")]
    // Votes: a tally and a threshold are two figures.
    [InlineData("The 54-35 vote fell short on Thursday.",
        "Republicans denied the majority the 60-vote threshold it needed.", "54", "60-vote")]
    // Values too far apart to be one count.
    [InlineData("Inspectors found 31 landfills leaking into the river basin.",
        "The ministry plans 90 landfills across the country by 2030.", "31 landfills", "90 landfills")]
    public void Other_counts_of_a_kind_stay_apart(string a, string b, string first, string second)
    {
        var (docs, groups) = QuantityArticles.Group(a, b);
        Assert.Null(QuantityArticles.GroupOfBoth(docs, groups, first, second));
    }
}
