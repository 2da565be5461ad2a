using Parallax.Analysis;
using Parallax.Comparison.Figures;
using Parallax.Tests.Support;

namespace Parallax.Tests.Comparison;

/// <summary>
/// Multipliers in words ("twice as likely", "three times as many") take part in the comparison as figures of the
/// reader's unit of multipliers; rates and occasions ("twice a week", "three times in a row") do not.
/// </summary>
public class MultiplierFiguresTests
{
    private static AnalyzedArticle Article(string id, string text) => MultiplierFigures.With(QuantityArticles.Analyzed(id, text));

    [Theory]
    [InlineData("Smokers were twice as likely to need a ventilator, the study found.", "twice", 2, null)]
    [InlineData("Unvaccinated adults are more than twice as likely to be reinfected.", "twice", 2, "more than")]
    [InlineData("The county recorded three times as many overdoses as in 2019.", "three times", 3, null)]
    [InlineData("Rents in the capital rose nearly four times faster than wages.", "four times", 4, "nearly")]
    public void A_multiplier_in_words_becomes_a_quantity(string text, string expected, double value, string? approximation)
    {
        var q = Assert.Single(Article("a", text).Quantities, q => q.Text == expected);
        Assert.Equal(value, q.Value);
        Assert.Equal("times", q.Unit);
        Assert.Equal(approximation, q.Approximation);
        Assert.True(MultiplierFigures.IsInWords(q.Text));
    }

    [Theory]
    [InlineData("The council meets twice a week in the old hall.")]
    [InlineData("The team has won twice in a row at home.")]
    [InlineData("She was elected twice before she turned forty.")]
    public void Rates_and_occasions_are_no_multipliers(string text)
    {
        Assert.Equal(QuantityArticles.Analyzed("a", text).Quantities, Article("a", text).Quantities);
    }

    [Fact]
    public void One_study_result_in_words_and_in_digits_is_one_figure()
    {
        var docs = new[]
        {
            Article("a0", "Unvaccinated people who had the virus were more than twice as likely to be reinfected, the study of county residents found."),
            Article("a1", "The study of county residents found unvaccinated people had 2.34 times greater odds of being reinfected."),
        };
        var groups = new FigureGrouper().Group(docs);
        var group = QuantityArticles.GroupOfBoth(docs, groups, "twice", "2.34 times");
        Assert.True(group is not null, QuantityArticles.Show(docs, groups));
        Assert.True(group.Agree);
    }

    [Fact]
    public void Two_multipliers_of_one_finding_disagree()
    {
        var docs = new[]
        {
            Article("a0", "Patients on the drug were twice as likely to recover within a week, the trial found."),
            Article("a1", "The trial found patients on the drug were three times as likely to recover within a week."),
        };
        var groups = new FigureGrouper().Group(docs);
        var group = QuantityArticles.GroupOfBoth(docs, groups, "twice", "three times");
        Assert.True(group is not null, QuantityArticles.Show(docs, groups));
        Assert.False(group.Agree);
    }
}
