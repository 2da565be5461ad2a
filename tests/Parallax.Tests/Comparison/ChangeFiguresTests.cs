using Parallax.Analysis;
using Parallax.Comparison.Figures;
using Parallax.Tests.Support;

namespace Parallax.Tests.Comparison;

/// <summary>A change "from X to Y" is two figures for the comparison, the old value and the new; a range is one.</summary>
public class ChangeFiguresTests
{
    private static AnalyzedArticle Article(string id, string text) => ChangeFigures.With(QuantityArticles.Analyzed(id, text));

    [Theory]
    [InlineData("Unemployment in Velm fell from 5.8% to 5.7% in June.", "5.8%", 5.8, "5.7%", 5.7)]
    [InlineData("Last week's claims were revised up by 9,000 from 498,000 to 507,000.", "498,000", 498000, "507,000", 507000)]
    [InlineData("The toll in Harrow climbed from 30 to 45 overnight.", "30", 30, "45", 45)]
    public void A_change_from_one_value_to_another_is_two_figures(string text, string first, double a, string second, double b)
    {
        var qs = Article("a", text).Quantities;
        Assert.Equal(a, Assert.Single(qs, q => q.Text == first).Value);
        Assert.Equal(b, Assert.Single(qs, q => q.Text == second).Value);
        Assert.DoesNotContain(qs, q => q.High is not null);
    }

    [Theory]
    // A range with no change: ages, a band of estimates; "from X to Y" with no verb of change.
    [InlineData("Children from 5 to 11 can get the shot in Velm.")]
    [InlineData("Forecasters expect 30 to 45 centimetres of snow in Harrow.")]
    [InlineData("The walk runs from 3 to 5 in the afternoon.")]
    public void A_range_that_is_no_change_stays_one(string text)
    {
        Assert.Equal(QuantityArticles.Analyzed("a", text).Quantities, Article("a", text).Quantities);
    }

    [Fact]
    public void The_old_value_meets_another_outlets_old_value()
    {
        var docs = new[]
        {
            Article("a0", "Economists had expected Velm's jobless rate to fall from 5.8% to 5.7% in June, the bureau said."),
            Article("a1", "Velm's jobless rate rose to 5.9% in June, up from 5.8% in May, the bureau said."),
        };
        var groups = new FigureGrouper().Group(docs);
        var group = QuantityArticles.GroupOfBoth(docs, groups, "5.8%", "5.8%");
        Assert.True(group is not null, QuantityArticles.Show(docs, groups));
        Assert.True(group.Agree);
    }
}
