using Parallax.Analysis;
using Parallax.Comparison.Figures;
using Parallax.Tests.Support;

namespace Parallax.Tests.Comparison;

/// <summary>
/// Spans of time written as a modifier ("a two-year ban") take part in the comparison as figures of their unit, though the
/// quantity reader leaves them to the dates layer; one penalty's length said both ways is one figure.
/// </summary>
public class DurationFiguresTests
{
    private static readonly DateOnly Day = new(2021, 6, 4);

    private static AnalyzedArticle Article(string id, string text) => DurationFigures.With(QuantityArticles.Dated(id, text, Day));

    private static (AnalyzedArticle[] Docs, IReadOnlyList<FigureGroup> Groups) Group(params string[] texts)
    {
        var docs = texts.Select((t, i) => Article("a" + i, t)).ToArray();
        return (docs, new FigureGrouper().Group(docs));
    }

    private static FigureGroup? Together(AnalyzedArticle[] docs, IReadOnlyList<FigureGroup> groups, string first, string second) =>
        QuantityArticles.GroupOfBoth(docs, groups, first, second);

    [Theory]
    [InlineData("The league handed the striker a 30-day suspension on Tuesday.", "30-day", 30, "day")]
    [InlineData("The judge gave him a 10-year sentence for the fraud.", "10-year", 10, "year")]
    [InlineData("Tenants won a six-month moratorium on evictions.", "six-month", 6, "month")]
    [InlineData("The ministry set a two-week deadline for the bids.", "two-week", 2, "week")]
    [InlineData("The city imposed a 24-hour curfew after the riots.", "24-hour", 24, "hour")]
    public void A_duration_written_as_a_modifier_becomes_a_quantity_of_its_unit(string text, string expected, double value, string unit)
    {
        Assert.DoesNotContain(QuantityArticles.Dated("a", text, Day).Quantities, q => q.Text == expected);
        var q = Assert.Single(Article("a", text).Quantities, q => q.Text == expected);
        Assert.Equal(value, q.Value);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    // A spaced span is the quantity reader's already; an age is read as an age.
    [InlineData("The club suspended him for two years.", "two years", 1)]
    [InlineData("A five-year-old girl was hurt in the crash.", "five-year-old", 1)]
    // A maturity names a debt instrument: no span anything lasted.
    [InlineData("The yield on two-year government bonds rose to 4%.", "two-year", 0)]
    [InlineData("Buyers locked in a 30-year mortgage rate near 7%.", "30-year", 0)]
    public void Spans_the_reader_has_are_not_read_twice(string text, string expected, int count)
    {
        var quantities = Article("a", text).Quantities;
        Assert.Equal(count, quantities.Count(q => q.Text.Contains(expected.Split(' ')[0], StringComparison.Ordinal)));
        Assert.Equal(quantities.OrderBy(q => q.Span.Start).ToList(), quantities);
    }

    [Theory]
    [InlineData("The platform imposed a conditional two-year ban on the former governor on Friday.",
        "The platform suspended the former governor's accounts on Friday for two years, its board said.", "two-year", "two years")]
    [InlineData("A federal judge handed the rioter an eight-month prison sentence on Monday.",
        "The rioter was sentenced on Monday to eight months in jail by a federal judge.", "eight-month", "eight months")]
    [InlineData("Arrivals from the islands face a 14-day quarantine under the new rules.",
        "Under the new rules arrivals from the islands must isolate at home for 14 days.", "14-day", "14 days")]
    [InlineData("The ceasefire ended an 11-day war between the two sides.",
        "Both sides agreed to end more than 10 days of fighting on Thursday.", "11-day", "10 days")]
    public void One_length_said_as_a_modifier_and_as_a_span_is_one_figure(string a, string b, string first, string second)
    {
        var (docs, groups) = Group(a, b);
        var group = Together(docs, groups, first, second);
        Assert.NotNull(group);
        Assert.True(group.Agree);
    }

    [Fact]
    public void Two_lengths_of_one_sentence_disagree()
    {
        var (docs, groups) = Group(
            "The judge gave the former mayor a 10-year sentence for the bribes.",
            "The former mayor was sentenced to 12 years in prison for the bribes.");
        var group = Together(docs, groups, "10-year", "12 years");
        Assert.NotNull(group);
        Assert.False(group.Agree);
    }

    [Theory]
    // A truce and an outage last as a penalty does; the span's sentence names the thing, not always beside the span.
    [InlineData("Moscow said its jets had stopped flying to clear the way for a six-hour truce on Friday.",
        "The humanitarian pause in the valley was due to start on Friday and to last for six hours.", "six-hour", "six hours")]
    [InlineData("Engineers blamed a faulty update for the 14-hour blackout across the northern grid.",
        "The outage lasted 14 hours, a spokeswoman for the utility said on Tuesday.", "14-hour", "14 hours")]
    [InlineData("Rebels accepted a three-day ceasefire around the port.",
        "Mediators said the truce would hold for three days if both sides kept to it.", "three-day", "three days")]
    public void A_length_of_a_truce_or_an_outage_said_twice_is_one_figure(string a, string b, string first, string second)
    {
        var (docs, groups) = Group(a, b);
        Assert.NotNull(Together(docs, groups, first, second));
    }

    [Theory]
    // Look-alikes: the span says nothing of the truce, or its length is another.
    [InlineData("Moscow announced a six-hour truce on Friday for the eastern districts.",
        "Aid trucks waited at the crossing for six hours on Friday before turning back.", "six-hour", "six hours")]
    [InlineData("Engineers blamed a faulty update for the 14-hour blackout across the northern grid.",
        "The utility said its crews had worked 14 hours a day since the storm.", "14-hour", "14 hours")]
    public void A_length_of_something_else_stays_apart_from_a_truce(string a, string b, string first, string second)
    {
        var (docs, groups) = Group(a, b);
        Assert.Null(Together(docs, groups, first, second));
    }

    [Fact]
    public void A_penalty_and_another_span_of_the_same_length_stay_apart()
    {
        var (docs, groups) = Group(
            "Regulators barred the broker from trading for five years.",
            "The exchange unveiled a five-year plan for growth on Monday.");
        Assert.Null(Together(docs, groups, "five years", "five-year"));
    }

    [Theory]
    [InlineData("The platform suspended the senator for a week after the clip.", "a week", 1, "week", null)]
    [InlineData("Residents fled roughly an hour after the warning.", "an hour", 1, "hour", "roughly")]
    [InlineData("The last troops left just over a week ago.", "a week ago", 1, "week", "just over")]
    [InlineData("The firm was sold a year ago to a rival.", "a year ago", 1, "year", null)]
    // The dates layer takes a determiner into a modifier's span; the figure is the modifier alone.
    [InlineData("Aides said the three-minute video broke the rules.", "three-minute", 3, "minute", null)]
    public void One_unit_of_time_with_an_article_becomes_a_quantity(string text, string expected, double value, string unit, string? approximation)
    {
        var q = Assert.Single(Article("a", text).Quantities, q => q.Text == expected);
        Assert.Equal(value, q.Value);
        Assert.Equal(unit, q.Unit);
        Assert.Equal(approximation, q.Approximation);
    }

    [Theory]
    // A rate, not a span: the dates layer calls "twice a week" a set, and the reader has "$15 an hour".
    [InlineData("The council meets twice a week in the old hall.")]
    [InlineData("Cleaners earn $15 an hour under the deal.")]
    // Not one unit: "a few weeks", "a week's" notice is no count of weeks read here.
    [InlineData("The talks could take a few weeks, officials said.")]
    // A date that is not counted back ("a year" of a calendar) is not a span.
    [InlineData("The plant opened in the spring of that year.")]
    public void Rates_and_vague_spans_are_not_one_unit(string text)
    {
        var quantities = Article("a", text).Quantities;
        Assert.DoesNotContain(quantities, q => q.Value == 1 && q.Unit is "week" or "hour" or "year" or "day");
    }

    [Theory]
    [InlineData("The video site suspended the senator from posting for a week on Tuesday.",
        "The video site suspended the senator for seven days on Tuesday night.", "a week", "seven days")]
    [InlineData("The strike came roughly an hour after the owner was told to evacuate the tower.",
        "The owner of the tower was told to evacuate an hour before the strike.", "an hour", "an hour")]
    [InlineData("Both sides agreed to a two-week truce on Sunday, mediators said.",
        "The truce agreed on Sunday will last 14 days, mediators said.", "two-week", "14 days")]
    public void One_unit_with_an_article_meets_the_same_span_in_other_units(string a, string b, string first, string second)
    {
        var (docs, groups) = Group(a, b);
        var group = Together(docs, groups, first, second);
        Assert.NotNull(group);
        Assert.True(group.Agree);
    }

    [Fact]
    public void A_week_and_ten_days_of_one_suspension_disagree()
    {
        var (docs, groups) = Group(
            "The video site suspended the senator from posting for a week on Tuesday.",
            "The video site suspended the senator from posting for 10 days on Tuesday.");
        var group = Together(docs, groups, "a week", "10 days");
        Assert.NotNull(group);
        Assert.False(group.Agree);
    }

    [Theory]
    // An offset from another event is no length anything lasted: two outlets' offsets are mostly from two events.
    [InlineData("The minister's announcement came a day after the surprise proposal by the envoy.",
        "The minister's announcement came two days after the envoy's team arrived in the capital.", "a day", "two days")]
    [InlineData("The inspectors arrived three days ago, state television said.",
        "State television said the inspectors had arrived in the city four days ago.", "three days", "four days")]
    [InlineData("The strike on the clinic came two weeks after the convoy was hit.",
        "The strike on the clinic came 10 days before the talks, officials said.", "two weeks", "10 days")]
    public void Offsets_of_other_lengths_do_not_dispute(string a, string b, string first, string second)
    {
        var (docs, groups) = Group(a, b);
        Assert.Null(Together(docs, groups, first, second));
    }

    [Fact]
    public void One_offset_in_two_outlets_is_one_figure()
    {
        var (docs, groups) = Group(
            "The strike on the tower came roughly an hour after the owner was told to leave.",
            "The owner was told to leave the tower an hour before the strike.");
        var group = Together(docs, groups, "an hour", "an hour");
        Assert.NotNull(group);
        Assert.True(group.Agree);
    }

    [Theory]
    // A length in months meets the same length in days: a month is read as thirty days, with a measure's rounding.
    [InlineData("Tenants won a two-month moratorium on evictions from the health agency.",
        "The new moratorium on evictions will last for 60 days, expiring in October.", "two-month", "60 days")]
    [InlineData("The hospital's wards stayed shut for three months after the flood.",
        "The wards of the hospital were closed for 90 days, the director said.", "three months", "90 days")]
    // One length of one thing, whose sentences share a word: "expected" stays, "app" is locked out.
    [InlineData("They are expected to remain at the army base for a week.",
        "The families are expected to stay there for around a week while they are processed.", "a week", "a week")]
    [InlineData("The outage of the app lasted eight hours on Monday.",
        "Users of the app were locked out for eight hours, engineers said.", "eight hours", "eight hours")]
    public void One_length_in_one_story_meets_with_a_word_in_common(string a, string b, string first, string second)
    {
        var (docs, groups) = Group(a, b);
        var group = Together(docs, groups, first, second);
        Assert.True(group is not null, QuantityArticles.Show(docs, groups));
        Assert.True(group.Agree);
    }

    [Theory]
    // The same length of two things, sharing no word.
    [InlineData("The drought in the valley has lasted five months.",
        "Prosecutors sought a sentence of five months for the clerk.", "five months", "five months")]
    // A month is not a fixed number of days: 30 and 45 days are two lengths, and so are two months and 90 days.
    [InlineData("The council gave the firm two months to answer the complaint.",
        "Residents have waited 90 days for the repairs to begin.", "two months", "90 days")]
    public void Lengths_of_two_things_stay_apart(string a, string b, string first, string second)
    {
        var (docs, groups) = Group(a, b);
        Assert.True(Together(docs, groups, first, second) is null, QuantityArticles.Show(docs, groups));
    }
}
