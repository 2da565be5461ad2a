using Parallax.Analysis;
using Parallax.Comparison.Figures;
using Parallax.Tests.Support;

namespace Parallax.Tests.Comparison;

/// <summary>
/// A toll of people said to be mostly or all persons of one kind ("killed 22 people, mostly children") and another outlet's
/// count of those persons ("20 children were killed") are one toll in dispute. Members must group; look-alikes must not.
/// </summary>
public class FigureMostlyKindTests
{
    private static (AnalyzedArticle[] Docs, IReadOnlyList<FigureGroup> Groups) Group(params string[] texts) => QuantityArticles.Group(texts);

    private static FigureGroup? GroupOf(AnalyzedArticle[] docs, IReadOnlyList<FigureGroup> groups, int article, string text) =>
        QuantityArticles.GroupOf(docs, groups, article, text);

    [Theory]
    [InlineData("Airstrikes on the market in Derran killed 22 people, mostly children, medics said.",
        "Twenty children were killed when jets struck the Derran market, according to medics.", "22 people", "Twenty children")]
    [InlineData("The shelling of Oskova killed 31 civilians, most of them women and children, the monitor said.",
        "At least 26 children died in the shelling of Oskova on Monday, the monitor reported.", "31 civilians", "26 children")]
    [InlineData("A blast at the Vellin barracks killed 40 people, all of them soldiers, officials said.",
        "Officials said 37 soldiers were killed in the blast at the Vellin barracks.", "40 people", "37 soldiers")]
    [InlineData("The fire at the Harrow plant killed 12 people, the majority of them workers, the company said.",
        "Eleven workers were killed in the fire at the Harrow plant, the company said.", "12 people", "Eleven workers")]
    [InlineData("Police fired on the march in Tarsk, wounding 55 people, mainly students.",
        "Some 48 students were wounded when police fired on the Tarsk march.", "55 people", "48 students")]
    public void A_toll_said_to_be_mostly_a_kind_meets_a_count_of_that_kind(string a, string b, string first, string second)
    {
        var (docs, groups) = Group(a, b);
        var g = GroupOf(docs, groups, 0, first);
        Assert.True(g is not null && g == GroupOf(docs, groups, 1, second), QuantityArticles.Show(docs, groups));
        Assert.False(g!.Agree);
    }

    [Theory]
    // No kind said after the toll: a toll of people and a different count of children are a toll and its children.
    [InlineData("Airstrikes on the market in Derran killed 22 people, medics said.",
        "Twenty children were killed when jets struck the Derran market, according to medics.", "22 people", "Twenty children")]
    // "most of them from the north" names no persons.
    [InlineData("Airstrikes on the market in Derran killed 22 people, most of them from the north, medics said.",
        "Twenty children were killed when jets struck the Derran market, according to medics.", "22 people", "Twenty children")]
    // Another kind than the one said.
    [InlineData("The shelling of Oskova killed 31 civilians, most of them women, the monitor said.",
        "At least 26 children died in the shelling of Oskova on Monday, the monitor reported.", "31 civilians", "26 children")]
    // Far fewer than most of the toll: a share of it.
    [InlineData("The shelling of Oskova killed 31 civilians, mostly children, the monitor said.",
        "At least 9 children died in the shelling of Oskova on Monday, the monitor reported.", "31 civilians", "9 children")]
    // "many of them" is no majority.
    [InlineData("The shelling of Oskova killed 31 civilians, many of them children, the monitor said.",
        "At least 26 children died in the shelling of Oskova on Monday, the monitor reported.", "31 civilians", "26 children")]
    public void Look_alikes_stay_apart(string a, string b, string first, string second)
    {
        var (docs, groups) = Group(a, b);
        var g = GroupOf(docs, groups, 0, first);
        Assert.True(g is null || g != GroupOf(docs, groups, 1, second), QuantityArticles.Show(docs, groups));
    }

    [Theory]
    [InlineData("The raid killed 22 people, mostly children, in the town.", "22 people", new[] { "child" })]
    [InlineData("The raid killed 31 civilians, most of them women and children.", "31 civilians", new[] { "woman", "child" })]
    [InlineData("The raid killed 31 civilians, most of whom were soldiers.", "31 civilians", new[] { "soldier" })]
    [InlineData("The raid killed 31 civilians, most of them from the town.", "31 civilians", new string[0])]
    [InlineData("The raid killed 31 civilians in the town; mostly, it hit homes.", "31 civilians", new string[0])]
    public void The_kind_is_read_right_after_the_count(string text, string figure, string[] classes)
    {
        int end = text.IndexOf(figure, StringComparison.Ordinal) + figure.Length;
        Assert.Equal(classes, FigureCues.MostlyKind(text, end));
    }
}
