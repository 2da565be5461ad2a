using Parallax.Analysis;
using Parallax.Comparison.Figures;
using Parallax.Tests.Support;

namespace Parallax.Tests.Comparison;

/// <summary>
/// Which of two alike tolls of one article another outlet's toll pairs with (<see cref="FigureGrouper.NearerValueTieBreak"/>):
/// where the sentences say as much for both, the nearer value is the same count; where one sentence is plainly the
/// same, it wins whatever the values.
/// </summary>
public class FigurePartnerChoiceTests
{
    private static (AnalyzedArticle[] Docs, IReadOnlyList<FigureGroup> Groups) Group(params string[] texts) => QuantityArticles.Group(texts);

    [Theory]
    [InlineData("The air raids on the eastern districts killed 50 people on Tuesday, a local journalist said.",
        "The air raids killed 26 people in the eastern districts on Tuesday. Fifteen others were killed in the raids on Tuesday, a local journalist said.",
        "50 people", "26 people", "Fifteen others")]
    [InlineData("Shelling of the old city killed 12 civilians on Sunday, the governor said.",
        "The shelling killed 3 civilians in the old city on Sunday. Shelling killed 10 civilians in the city on Sunday, medics said.",
        "12 civilians", "10 civilians", "3 civilians")]
    [InlineData("Floods in the northern province have killed 80 people this week, officials said.",
        "The floods killed 200 people in the province this week. Floods in the northern province have killed 70 people, officials said.",
        "80 people", "70 people", "200 people")]
    public void The_nearer_of_two_alike_tolls_is_the_partner(string a, string b, string first, string nearer, string farther)
    {
        var (docs, groups) = Group(a, b);
        var g = QuantityArticles.GroupOf(docs, groups, 0, first);
        Assert.True(g is not null && g == QuantityArticles.GroupOf(docs, groups, 1, nearer), QuantityArticles.Show(docs, groups));
        Assert.NotEqual(g, QuantityArticles.GroupOf(docs, groups, 1, farther));
    }
}
