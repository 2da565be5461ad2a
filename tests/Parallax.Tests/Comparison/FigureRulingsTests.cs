using Parallax.Tests.Support;

namespace Parallax.Tests.Comparison;

/// <summary>
/// A court's decisions are counted by the decisions ("two unsigned opinions", "three rulings") or by the cases they
/// decide, in an article about a court ("the Supreme Court in two cases"); cases of a disease are another count.
/// </summary>
public class FigureRulingsTests
{
    private static void Grouped(string a, string b, string first, string second, bool agree)
    {
        var (docs, groups) = QuantityArticles.Group(a, b);
        var g = QuantityArticles.GroupOf(docs, groups, 0, first);
        Assert.True(g is not null && g == QuantityArticles.GroupOf(docs, groups, 1, second), QuantityArticles.Show(docs, groups));
        Assert.Equal(agree, g!.Agree);
    }

    private static void Apart(string a, string b, string first, string second)
    {
        var (docs, groups) = QuantityArticles.Group(a, b);
        var g = QuantityArticles.GroupOf(docs, groups, 0, first);
        Assert.True(g is null || g != QuantityArticles.GroupOf(docs, groups, 1, second), QuantityArticles.Show(docs, groups));
    }

    [Theory]
    // A court's decisions named by the cases they decide or by the decision.
    [InlineData("The justices sided with the landlords in two cases on Monday.", "On Monday the justices issued two unsigned opinions siding with the landlords.", "two cases", "two unsigned opinions", true)]
    [InlineData("The appeals court handed down three rulings on the maps on Friday.", "On Friday the appeals court decided three cases over the maps.", "three rulings", "three cases", true)]
    public void Rulings_are_counted_by_their_cases(string a, string b, string first, string second, bool agree) =>
        Grouped(a, b, first, second, agree);

    [Theory]
    // Cases of a disease are no court's cases.
    [InlineData("The county confirmed 40 new cases of the virus on Monday.", "The county court issued 40 decisions on Monday.", "40 new cases", "40 decisions")]
    public void Cases_of_a_disease_are_not_rulings(string a, string b, string first, string second) => Apart(a, b, first, second);
}
