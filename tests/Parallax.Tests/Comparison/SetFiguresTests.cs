using Parallax.Analysis;
using Parallax.Comparison.Figures;
using Parallax.Tests.Support;

namespace Parallax.Tests.Comparison;

/// <summary>Counts written as a set ("a pair of secret phone calls", "a trio of senators") are figures of the comparison.</summary>
public class SetFiguresTests
{
    private static AnalyzedArticle Article(string id, string text) => SetFigures.With(QuantityArticles.Analyzed(id, text));

    [Theory]
    [InlineData("In a pair of secret phone calls, the general reassured his counterpart.", "a pair of secret phone calls", 2, "secret phone calls")]
    [InlineData("A trio of senators wrote to the agency on Monday.", "A trio of senators", 3, "senators")]
    [InlineData("The court upheld a pair of Velm voting rules.", "a pair of Velm voting rules", 2, "Velm voting rules")]
    [InlineData("A quartet of startups won the grants.", "A quartet of startups", 4, "startups")]
    public void A_set_of_so_many_becomes_a_count(string text, string expected, double value, string unit)
    {
        var q = Assert.Single(Article("a", text).Quantities, q => q.Text == expected);
        Assert.Equal(value, q.Value);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    // One thing in two parts; a set of an uncountable or of nothing; a noun in -ss.
    [InlineData("The suspect wore a pair of jeans and a pair of boots.")]
    [InlineData("He bought a pair of sunglasses at the market.")]
    [InlineData("They formed a pair of us.")]
    [InlineData("Police found a pair of brass in the box.")]
    public void Other_sets_are_no_counts(string text)
    {
        Assert.DoesNotContain(Article("a", text).Quantities, q => q.Text.Contains("pair of jeans", StringComparison.Ordinal) || q.Text.Contains("pair of boots", StringComparison.Ordinal)
            || q.Text.Contains("pair of us", StringComparison.Ordinal) || q.Text.Contains("pair of brass", StringComparison.Ordinal) || q.Text.Contains("pair of sunglasses", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_outlets_sets_of_one_thing_are_one_figure()
    {
        var docs = new[]
        {
            Article("a0", "In a pair of secret phone calls, General Ardent assured his Castavian counterpart there would be no strike."),
            Article("a1", "General Ardent made a pair of secret calls to his Castavian counterpart to assure him there would be no strike."),
        };
        var groups = new FigureGrouper().Group(docs);
        var group = QuantityArticles.GroupOfBoth(docs, groups, "a pair of secret phone calls", "a pair of secret calls");
        Assert.True(group is not null, QuantityArticles.Show(docs, groups));
        Assert.True(group.Agree);
    }
}
