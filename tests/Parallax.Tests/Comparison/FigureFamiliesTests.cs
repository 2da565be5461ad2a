using Parallax.Analysis;
using Parallax.Analysis.Quantities;
using Parallax.Analysis.Sentences;
using Parallax.Comparison.Figures;
using Parallax.Model;

using Parallax.Tests.Support;

namespace Parallax.Tests.Comparison;

/// <summary>
/// Families of figure phrasings met on real coverage (issue 12), each with members that must behave and look-alikes
/// that must not: number words after a heading or name, bare number words a relative clause describes, persons named
/// by where they were, entries of a list, a toll that counts its attacker, a figure's source, a noun named before the
/// figure ("the number of victims is"), forecasters after a forecast, and spans of time said the same way.
/// </summary>
public class FigureFamiliesTests
{
    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    private static List<Quantity> Extract(string text) => QuantityArticles.Extract(text);

    private static AnalyzedArticle Analyzed(string id, string text) => QuantityArticles.Analyzed(id, text);

    private static (AnalyzedArticle[] Docs, IReadOnlyList<FigureGroup> Groups) Group(params string[] texts) => QuantityArticles.Group(texts);

    private static string[] Texts(AnalyzedArticle[] docs, FigureGroup g) => QuantityArticles.Texts(docs, g);

    [Theory]
    [InlineData("Blast Hits Market in Port Vell as Talks Resume Six people were killed on Monday.", "Six people", 6)]
    [InlineData("Tags Navy Harbor Base Strike Fifty nine cruise missiles struck the airbase.", "Fifty nine cruise missiles", 59)]
    [InlineData("Storm Batters Coast Towns Twelve were killed and dozens hurt.", "Twelve", 12)]
    public void Number_words_after_a_heading_run_in_are_figures(string text, string expected, double value)
    {
        var q = Assert.Single(Extract(text), q => q.Text == expected);
        Assert.Equal(value, q.Value);
    }

    [Fact]
    public void Digits_after_a_heading_run_in_count_when_an_event_follows()
    {
        Assert.Contains(Extract("Blast Hits Market as Talks Resume 6 people were killed on Monday."), q => q.Value == 6 && q.Unit == "people");
        Assert.DoesNotContain(Extract("The UN Security Council Resolution 2254 calls for talks."), q => q.Value == 2254);
        Assert.DoesNotContain(Extract("He bought an Apple iPhone 11 cases shop."), q => q.Value == 11);
    }

    [Theory]
    [InlineData("Officials said 101,789 \"obsolete and outdated\" names will be removed.", "names")]
    [InlineData("The city found 312 'abandoned' vehicles on its streets.", "vehicles")]
    [InlineData("He said 12 \"is a lie\" today.", null)]
    [InlineData("He said 12 \"is a lie\" Friday.", null)]
    public void A_counted_noun_after_a_quoted_modifier_is_what_a_bare_number_counts(string text, string? noun)
    {
        int end = text.IndexOf("12", StringComparison.Ordinal) is var k and >= 0 ? k + 2 : text.IndexOf(' ', text.IndexOfAny(Digits));
        Assert.Equal(noun, FigureCues.NounAfterQuote(text, end, text.Length));
    }

    [Theory]
    [InlineData("She watched Channel Four news all evening.")]
    [InlineData("The Big Ten schools met in Chicago.")]
    [InlineData("He read Chapter Six aloud.")]
    [InlineData("Blast Hits Market in Port Vell Six Flags opened on Monday.")]
    public void Number_words_inside_names_stay_out(string text)
    {
        Assert.DoesNotContain(Extract(text), q => q.Value is 4 or 10 or 6);
    }

    [Theory]
    [InlineData("The two lawmakers were among five that the leader nominated to the panel.", 5)]
    [InlineData("Police named nine who were arrested at the port.", 9)]
    [InlineData("Of the twelve that the board appointed, two resigned.", 12)]
    public void Bare_number_words_a_relative_clause_describes_are_figures(string text, double value)
    {
        Assert.Contains(Extract(text), q => q.Value == value && q.Unit is null);
    }

    [Theory]
    [InlineData("He is the one that got away.")]
    [InlineData("Those are the two that I like.")]
    [InlineData("It is one who knows.")]
    public void Relative_clauses_after_pronoun_like_numbers_stay_out(string text)
    {
        Assert.Empty(Extract(text));
    }

    [Fact]
    public void Persons_named_by_where_they_were_count_as_people()
    {
        var (_, groups) = Group(
            "A depot worker in Marlow killed eight co-workers on Tuesday before killing himself.",
            "The shooting at the Marlow depot on Tuesday left at least eight people dead.");
        var g = Assert.Single(groups);
        Assert.True(g.Agree);
    }

    [Fact]
    public void Entries_of_a_list_count_as_people()
    {
        var (_, groups) = Group(
            "The Velm election board will remove some 100,000 names from its voter rolls.",
            "Nearly 102,000 people could be removed from Velm's voter rolls, the election board said.");
        var g = Assert.Single(groups);
        Assert.True(g.Agree);
    }

    [Fact]
    public void A_narrower_noun_still_stays_apart_from_people()
    {
        var (docs, groups) = Group("The Marlow shooting killed eight people on Tuesday.", "Three students were killed in the Marlow shooting on Tuesday.");
        Assert.DoesNotContain(groups, g => Texts(docs, g).Contains("eight people") && Texts(docs, g).Contains("Three students"));
    }

    [Theory]
    [InlineData("The Marlow depot shooting left at least nine people dead, including the gunman.", true)]
    [InlineData("Nine people were killed in the Marlow depot shooting, among them the attacker.", true)]
    [InlineData("The Marlow depot shooting left nine people dead, not including the gunman.", false)]
    [InlineData("Nine people were killed in the Marlow depot shooting, including two children.", false)]
    public void A_toll_that_counts_its_attacker_agrees_with_one_without(string withAttacker, bool agree)
    {
        var (docs, groups) = Group(withAttacker, "The gunman killed eight people at the Marlow depot shooting before he died.");
        var g = Assert.Single(groups);
        Assert.Equal(2, g.Members.Count);
        Assert.Equal(agree, g.Agree);
        if (!agree)
            Assert.DoesNotContain("attacker", g.Why);
        Assert.Contains(Texts(docs, g), t => t.Contains("eight", StringComparison.Ordinal));
    }

    [Fact]
    public void The_why_of_a_toll_with_its_attacker_says_so()
    {
        var a = new Quantity(new TextSpan(0, 4), "nine", 9) { Approximation = "at least" };
        var b = new Quantity(new TextSpan(0, 3), "six", 6);
        Assert.Equal("at least nine with the attacker vs six killed", DisputeReason.Why([(a, 1), (b, 0)], "killed"));
        Assert.True(FigureAgreement.Agree([(a, 1), (new Quantity(new TextSpan(0, 5), "eight", 8), 0)]));
        Assert.False(FigureAgreement.Agree([(a, 0), (new Quantity(new TextSpan(0, 5), "eight", 8), 0)]));
    }

    [Fact]
    public void Two_sources_tolls_pair_by_their_source()
    {
        // One outlet gives two sources' tolls, the other gives the same two sources' own; the source decides the pairs.
        var (docs, groups) = Group(
            "The wedding bombing in Tarvo killed 32 people, a medical source said. The Velm Monitor for Rights gave a lower toll of 31 people killed.",
            "At least 20 people were killed in the wedding bombing in Tarvo. \"The bomber killed at least 22 people at the wedding,\" Velm Monitor chief Ana Roe told reporters.");
        Assert.Contains(groups, g => Texts(docs, g).OrderBy(t => t).SequenceEqual(["22 people", "31 people"]));
        Assert.Contains(groups, g => Texts(docs, g).OrderBy(t => t).SequenceEqual(["20 people", "32 people"]));
    }

    [Theory]
    [InlineData("The toll rose to 40 on Monday, the Velm Monitor said.", "monitor")]
    [InlineData("Officials in Tarvo said the toll rose, the Velm Monitor said on Monday.", "offici")]
    [InlineData("The toll rose to 40, according to the health ministry in Tarvo.", "ministri")]
    public void The_source_of_a_figure_is_read_from_its_attribution(string text, string stem)
    {
        int at = text.IndexOf("toll", StringComparison.Ordinal);
        Assert.Contains(stem, FigureCues.Source(text, 0, text.Length, at, at + 4));
    }

    [Fact]
    public void A_sentence_without_an_attribution_names_no_source()
    {
        const string text = "At least 20 people were killed in the wedding bombing in Tarvo.";
        Assert.Empty(FigureCues.Source(text, 0, text.Length, 9, 18));
    }

    [Theory]
    [InlineData("\"The number of victims [in the blast] is at least 70,\" a doctor said.", "victims")]
    [InlineData("The total of people evacuated rose to 5,000 on Friday.", "people")]
    [InlineData("The number of dead was 12.", "dead")]
    public void A_noun_named_before_a_figure_is_what_it_counts(string text, string noun)
    {
        int at = text.IndexOfAny(Digits);
        Assert.Equal(noun, FigureCues.NounBefore(text, 0, at));
    }

    [Theory]
    [InlineData("The number rose to 70 in the poll of 12 towns.")]
    [InlineData("A number of victims said 70 was too low.")]
    public void A_number_before_a_figure_without_a_copula_names_nothing(string text)
    {
        int at = text.IndexOf("70", StringComparison.Ordinal);
        Assert.Null(FigureCues.NounBefore(text, 0, at));
    }

    [Fact]
    public void Forecasters_after_a_forecast_are_not_what_it_counts()
    {
        var (docs, groups) = Group(
            "Velm's July jobs report beat the 870,000 economists had expected.",
            "Economists surveyed by a bank were expecting 870,000 new jobs in Velm's July report.");
        var g = Assert.Single(groups);
        Assert.Equal(["870,000 economists", "870,000 new jobs"], Texts(docs, g));
    }

    [Fact]
    public void A_forecast_pairs_with_a_forecast_not_with_what_happened()
    {
        var (docs, groups) = Group(
            "Velm's economy added 943,000 jobs in July, the bureau said, beating the 870,000 economists had expected.",
            "Economists surveyed by a bank were expecting 845,000 new jobs in Velm's July report, the bureau said.");
        var g = Assert.Single(groups);
        Assert.Equal(["870,000 economists", "845,000 new jobs"], Texts(docs, g));
        Assert.False(g.Agree);
    }

    [Fact]
    public void Two_actual_figures_are_not_forecasts()
    {
        var (docs, groups) = Group(
            "Velm's economy added 943,000 jobs in July, the bureau said.",
            "The bureau said Velm employers added 943,000 positions in July.");
        var g = Assert.Single(groups);
        Assert.True(g.Agree);
        Assert.Equal(2, Texts(docs, g).Length);
    }

    [Theory]
    [InlineData("The 300 economists met in Velm on Monday.", false)]
    [InlineData("The 870,000 economists had expected was beaten.", true)]
    [InlineData("The 2,000 analysts were forecasting a slowdown.", true)]
    public void Forecaster_reading_needs_a_forecast_verb(string text, bool forecast)
    {
        var q = Extract(text)[0];
        Assert.Equal(forecast, FigureCues.IsForecaster(WhatItCounts.LastWord(q.Unit!), text, q.Span.End, text.Length));
    }

    [Theory]
    [InlineData(" economists expected and a sharp contrast", true)]
    [InlineData(" analysts polled by Velm Data had forecast for the quarter", true)]
    [InlineData(" most economists were expecting", true)]
    [InlineData(" forecasters had pencilled in", true)]
    [InlineData(" economists said on Monday", false)]
    [InlineData(" analysts, who expected more", false)]
    [InlineData(" workers expected a raise", false)]
    public void Forecasters_and_their_verb_after_a_figure_make_it_a_forecast(string after, bool forecast) =>
        Assert.Equal(forecast, FigureCues.ForecastersAfter("the 900,000 jobs" + after, "the 900,000 jobs".Length, ("the 900,000 jobs" + after).Length));

    [Theory]
    // A figure coordinated with a forecast just before it goes on the forecast.
    [InlineData("Economists had expected Velm's prices to rise 3.6 percent over the year, and 0.2 percent from the month before.", "0.2 percent", true)]
    [InlineData("Analysts were forecasting 4.1% growth in Velm and 3.9% in Harrow.", "3.9%", true)]
    // No forecast before the first figure; another sentence; a gap with no "and".
    [InlineData("Velm's prices rose 3.6 percent over the year, and 0.2 percent from the month before.", "0.2 percent", false)]
    [InlineData("Economists had expected Velm's prices to rise 3.6 percent. They rose 0.2 percent from the month before.", "0.2 percent", false)]
    [InlineData("Economists had expected Velm's prices to rise 3.6 percent over the year but saw 0.2 percent from the month before.", "0.2 percent", false)]
    public void A_figure_coordinated_with_a_forecast_is_a_forecast(string text, string figure, bool forecast)
    {
        var quantities = Extract(text);
        var q = quantities.First(x => x.Text == figure);
        Assert.Equal(forecast, FigureCues.ForecastGoesOn(text, quantities, q, 0));
    }

    [Fact]
    public void A_coordinated_forecast_meets_another_outlets_forecast()
    {
        var (docs, groups) = Group(
            "Economists had expected the index to rise 3.6 percent over the year, and 0.2 percent from the month before, a survey showed.",
            "The month-to-month gain was 0.8%, against the expected 0.2%.");
        Assert.Contains(groups, g => Texts(docs, g) is ["0.2 percent", "0.2%"] && g.Agree);
    }

    [Fact]
    public void A_forecast_named_by_forecasters_after_it_meets_a_bare_forecast()
    {
        var (docs, groups) = Group(
            "Velm's employers added only 212,000 jobs in May. Forecasters had floated gains near 800,000, a record miss.",
            "Velm's employers added 212,000 jobs in May, far below the nearly 800,000 jobs analysts expected.");
        Assert.Contains(groups, g => Texts(docs, g) is ["800,000", "800,000 jobs"] && g.Agree);
        // What happened stays apart from what was expected.
        Assert.DoesNotContain(groups, g => Texts(docs, g).Contains("212,000 jobs") && Texts(docs, g).Contains("800,000 jobs"));
    }

    [Theory]
    [InlineData("Unemployment in Velm fell to 4.7% in June, the bureau said.", "The jobless rate dropped to 4.7 percent last month.", true)]
    [InlineData("Velm's inflation rate climbed to 6.2% in October.", "Consumer prices jumped 6.2 percent from a year earlier.", true)]
    // A rise and a fall to one value are two things; so are one-digit rates and hedged ones, which the sentences must tie.
    [InlineData("Unemployment in Velm fell to 4.7% in June, the bureau said.", "Mortgage rates rose to 4.7 percent last month.", false)]
    [InlineData("Unemployment in Velm fell to 5% in June, the bureau said.", "The jobless rate dropped to 5 percent last month.", false)]
    [InlineData("Unemployment in Velm fell to about 4.7% in June, the bureau said.", "The jobless rate dropped to 4.7 percent last month.", false)]
    public void A_rate_that_moved_the_same_way_to_one_value_is_one_figure(string a, string b, bool together)
    {
        var (_, groups) = Group(a, b);
        Assert.Equal(together, groups.Count == 1);
    }

    [Fact]
    public void Decades_are_counted_in_years()
    {
        var (docs, groups) = Group(
            "The war in Velmar lasted two decades and cost the alliance dearly.",
            "After 20 years of war in Velmar, the alliance withdrew its last troops.");
        var g = Assert.Single(groups);
        Assert.Equal(["two decades", "20 years"], Texts(docs, g));
        Assert.True(g.Agree);
        // Two decades are not two years.
        var (_, apart) = Group(
            "The war in Velmar lasted two decades and cost the alliance dearly.",
            "After 2 years of war in Velmar, the alliance withdrew its last troops.");
        Assert.DoesNotContain(apart, x => x.Agree);
    }

    [Fact]
    public void Spans_of_time_said_the_same_way_group()
    {
        var (_, groups) = Group(
            "The Velm network has suspended the former mayor's Velm and Pixa accounts for two years.",
            "The former mayor was suspended from the Velm network's platforms for two years, its vice president said.");
        Assert.Single(groups);
    }

    [Fact]
    public void Spans_of_time_of_different_things_stay_apart()
    {
        var (_, groups) = Group(
            "The Velm network has suspended the former mayor's accounts for two years.",
            "The councillor served two years in the Pixa assembly before the election.");
        Assert.Empty(groups);
    }
}
