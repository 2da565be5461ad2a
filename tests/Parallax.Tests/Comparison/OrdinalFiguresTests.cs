using Parallax.Analysis;
using Parallax.Comparison.Figures;
using Parallax.Tests.Support;

namespace Parallax.Tests.Comparison;

/// <summary>
/// Ordinals that count (an anniversary's years, the days of a protest, months in a row, terms of office) take part in the
/// comparison as figures; ordinals that place something (the first day of a trial, the second week of March, the
/// third quarter) do not.
/// </summary>
public class OrdinalFiguresTests
{
    private static readonly DateOnly Day = new(2021, 9, 10);

    private static AnalyzedArticle Article(string id, string text) =>
        OrdinalFigures.With(DurationFigures.With(QuantityArticles.Dated(id, text, Day)));

    private static (AnalyzedArticle[] Docs, IReadOnlyList<FigureGroup> Groups) Group(params string[] texts)
    {
        var docs = texts.Select((t, i) => Article("a" + i, t)).ToArray();
        return (docs, new FigureGrouper().Group(docs));
    }

    [Theory]
    [InlineData("The city marked the 20th anniversary of the flood on Friday.", "20th anniversary", 20, "year")]
    [InlineData("Births fell for the sixth consecutive year, the agency said.", "sixth consecutive year", 6, "year")]
    [InlineData("Prices rose for a fourth straight month in May.", "fourth straight month", 4, "month")]
    [InlineData("Crowds gathered in the square on the twenty-second day of the strike.", "twenty-second day", 22, "day")]
    [InlineData("The premier won a third term in the snap election.", "third term", 3, "term")]
    [InlineData("The clinic bans the procedure after the 15th week of pregnancy.", "15th week", 15, "week")]
    [InlineData("Neighbours held a vigil on the first anniversary of the fire.", "first anniversary", 1, "year")]
    [InlineData("The painter celebrated her 80th birthday with a new show.", "80th birthday", 80, "year of age")]
    public void A_counting_ordinal_becomes_a_quantity(string text, string expected, double value, string unit)
    {
        Assert.DoesNotContain(QuantityArticles.Dated("a", text, Day).Quantities, q => q.Text == expected);
        var q = Assert.Single(Article("a", text).Quantities, q => q.Text == expected);
        Assert.Equal(value, q.Value);
        Assert.Equal(unit, q.Unit);
        Assert.True(OrdinalFigures.IsOrdinal(q.Text));
    }

    [Theory]
    // A place in the calendar or in a sequence, not a count.
    [InlineData("Talks resume in the second week of March.")]
    [InlineData("Growth slowed in the third quarter, the bureau said.")]
    [InlineData("The first day of the trial was taken up by motions.")]
    [InlineData("Sales peaked in the last week of the year.")]
    [InlineData("The fourth week of the month is the busiest for the port.")]
    // Not a noun it counts.
    [InlineData("She finished third in the final and fifth overall.")]
    [InlineData("The 93rd annual awards were held in April.")]
    public void A_placing_ordinal_is_no_figure(string text)
    {
        Assert.DoesNotContain(Article("a", text).Quantities, q => OrdinalFigures.IsOrdinal(q.Text));
    }

    [Theory]
    [InlineData("Mourners gathered on the 20th anniversary of the attacks on the towers.",
        "Mourners gathered at the towers exactly 20 years after the attacks.", "20th anniversary", "20 years", true)]
    [InlineData("Births in the country fell for the sixth consecutive year, the census office said.",
        "The census office said births fell for a sixth consecutive year.", "sixth consecutive year", "sixth consecutive year", true)]
    [InlineData("Factory output in the region fell for a third straight month in June.",
        "Factory output in the region fell for a fourth straight month in June.", "third straight month", "fourth straight month", false)]
    // An anniversary and the years since its event, said in sentences that share nothing else.
    [InlineData("On the eve of the 20th anniversary, the president spoke of unity.",
        "Three presidents stood where the towers fell two decades ago.", "20th anniversary", "two decades", true)]
    [InlineData("Veterans flew in for the 75th anniversary on Sunday.",
        "Seventy-five years ago, troops waded ashore under fire at dawn.", "75th anniversary", "Seventy-five years", true)]
    // A birthday is the age turned, whichever way the other outlet gives it.
    [InlineData("The painter Ilse Varga celebrated her 80th birthday in Tallin on Sunday with a show of new work.",
        "Ilse Varga, 80, opened a show of new work in Tallin on Sunday.", "80th birthday", "80", true)]
    [InlineData("The painter Ilse Varga celebrated her 80th birthday in Tallin on Sunday with a show of new work.",
        "Ilse Varga, who turned 80 on Sunday, opened a show of new work in Tallin.", "80th birthday", "80", true)]
    public void One_count_said_as_an_ordinal_meets_its_other_wordings(string a, string b, string first, string second, bool agree)
    {
        var (docs, groups) = Group(a, b);
        var group = QuantityArticles.GroupOfBoth(docs, groups, first, second);
        Assert.True(group is not null, QuantityArticles.Show(docs, groups));
        Assert.Equal(agree, group.Agree);
    }

    [Theory]
    // Another number of years, or years that are no offset from an event.
    [InlineData("On the eve of the 20th anniversary, the president spoke of unity.",
        "Three presidents stood where the towers fell 19 years ago.", "20th anniversary", "19 years")]
    [InlineData("On the eve of the 20th anniversary, the president spoke of unity.",
        "Three presidents served for 20 years in all.", "20th anniversary", "20 years")]
    public void An_anniversary_and_other_years_stay_apart(string a, string b, string first, string second)
    {
        var (docs, groups) = Group(a, b);
        Assert.Null(QuantityArticles.GroupOfBoth(docs, groups, first, second));
    }

    [Theory]
    [InlineData("2nd", 2)]
    [InlineData("21st", 21)]
    [InlineData("twenty-first", 21)]
    [InlineData("ninetieth", 90)]
    [InlineData("Seventh", 7)]
    [InlineData("twenty-tenth", null)]
    [InlineData("nth", null)]
    public void Ordinal_values(string ordinal, int? value) => Assert.Equal(value, OrdinalFigures.OrdinalValue(ordinal));
}
