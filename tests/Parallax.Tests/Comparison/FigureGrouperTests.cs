using Parallax.Comparison.Figures;
using Parallax.Tests.Support;

namespace Parallax.Tests.Comparison;

public class FigureGrouperTests
{
    [Fact]
    public void Different_counts_of_the_same_thing_form_a_disagreeing_group()
    {
        var a = new ArticleBuilder("a", "Officials said 1,200 people were evacuated from the lower valley of Harrow on Tuesday.")
            .Quantity("1,200 people", 1200, "people").Build();
        var b = new ArticleBuilder("b", "Some 1,850 residents had been evacuated from Harrow's lower valley by Wednesday, rescuers said.")
            .Quantity("1,850 residents", 1850, "residents").Build();
        var group = Assert.Single(new FigureGrouper().Group([a, b]));
        Assert.False(group.Agree);
        Assert.Equal([new FigureRef(0, 0), new FigureRef(1, 0)], group.Members);
        Assert.Contains("evacuated", group.About);
    }

    [Fact]
    public void Equal_counts_agree()
    {
        var a = new ArticleBuilder("a", "The storm damaged 40 boats in the harbour of Lowmere.").Quantity("40 boats", 40, "boats").Build();
        var b = new ArticleBuilder("b", "In Lowmere harbour, 40 boats were damaged by the storm.").Quantity("40 boats", 40, "boats").Build();
        Assert.True(Assert.Single(new FigureGrouper().Group([a, b])).Agree);
    }

    [Fact]
    public void Figures_of_different_things_are_not_grouped()
    {
        var a = new ArticleBuilder("a", "The storm damaged 40 boats in the harbour of Lowmere.").Quantity("40 boats", 40, "boats").Build();
        var b = new ArticleBuilder("b", "The council will spend 3 million euros on new schools next year.").Quantity("3 million euros", 3_000_000, "euros").Build();
        Assert.Empty(new FigureGrouper().Group([a, b]));
    }

    [Fact]
    public void Killed_and_injured_counts_are_kept_apart_by_their_context()
    {
        var a = new ArticleBuilder("a", "The blast killed 12 people in the market. Another 30 people were injured and taken to hospital.")
            .Quantity("12 people", 12, "people").Quantity("30 people", 30, "people").Build();
        var b = new ArticleBuilder("b", "At least 14 people died in the market blast. Doctors treated 31 people who were injured at the hospital.")
            .Quantity("14 people", 14, "people").Quantity("31 people", 31, "people").Build();
        var groups = new FigureGrouper().Group([a, b]);
        Assert.Equal(2, groups.Count);
        Assert.Contains(groups, g => g.Members.SequenceEqual([new FigureRef(0, 0), new FigureRef(1, 0)]));
        Assert.Contains(groups, g => g.Members.SequenceEqual([new FigureRef(0, 1), new FigureRef(1, 1)]));
    }

    [Fact]
    public void Percentages_group_only_when_they_measure_the_same_thing()
    {
        var a = new ArticleBuilder("a", "Prices in Velm rose faster last month, as yearly inflation climbed to 6.4% in April. About 40% of Velm households rent their homes.")
            .Quantity("6.4%", 6.4, "percent").Quantity("40%", 40, "percent").Build();
        var b = new ArticleBuilder("b", "The statistics office put yearly inflation in April at 6.1%, while the jobless rate held at 7.5%.")
            .Quantity("6.1%", 6.1, "percent").Quantity("7.5%", 7.5, "percent").Build();
        var group = Assert.Single(new FigureGrouper().Group([a, b]));
        Assert.Equal([new FigureRef(0, 0), new FigureRef(1, 0)], group.Members);
        Assert.False(group.Agree);
        Assert.StartsWith("percent: ", group.About);
        Assert.Contains("inflation", group.About);
    }

    [Fact]
    public void The_words_of_another_figure_in_the_sentence_are_not_what_a_figure_measures()
    {
        // "basis points" sits beside both percentages, but one is the bond yield and the other the policy rate.
        var a = new ArticleBuilder("a", "The Velm central bank lifted its policy rate by 50 basis points to 4.5% on Monday.")
            .Quantity("50 basis points", 50, "basis points").Quantity("4.5%", 4.5, "percent").Build();
        var b = new ArticleBuilder("b", "In Velm, the yield on ten-year bonds jumped 20 basis points to 5.2% on Monday.")
            .Quantity("20 basis points", 20, "basis points").Quantity("5.2%", 5.2, "percent").Build();
        Assert.Empty(new FigureGrouper().Group([a, b]));
    }

    [Fact]
    public void The_actor_of_the_sentence_far_from_the_figure_does_not_make_two_figures_alike()
    {
        // "bank" is in both clauses, but what is measured, right beside each figure, is a rate and a forecast.
        var a = new ArticleBuilder("a", "The Velm central bank lifted its policy rate to 4.5% on Monday.")
            .Quantity("4.5%", 4.5, "percent").Build();
        var b = new ArticleBuilder("b", "The Velm central bank also raised its forecast of yearly growth to 2.5% on Monday.")
            .Quantity("2.5%", 2.5, "percent").Build();
        Assert.Empty(new FigureGrouper().Group([a, b]));
    }

    [Fact]
    public void What_a_unit_names_after_of_is_what_the_figure_measures()
    {
        var a = new ArticleBuilder("a", "The lake behind the weir at Osk held about 2.1 million cubic metres of water, engineers said.")
            .Quantity("2.1 million cubic metres of water", 2_100_000, "cubic meter of water").Build();
        var b = new ArticleBuilder("b", "When the weir at Osk broke, around 1.7 million cubic metres of water poured out, according to engineers.")
            .Quantity("1.7 million cubic metres of water", 1_700_000, "cubic meter of water").Build();
        var group = Assert.Single(new FigureGrouper().Group([a, b]));
        Assert.False(group.Agree);
    }

    [Fact]
    public void Counts_of_a_noun_with_no_words_beside_them_still_group_by_their_sentences()
    {
        // Nothing but the count in its clause: the noun says what is counted, the sentences say which.
        var a = new ArticleBuilder("a", "After the Osk weir broke, the evacuation of the lower valley was complete: 2,400 people.")
            .Quantity("2,400 people", 2400, "people").Build();
        var b = new ArticleBuilder("b", "The lower valley evacuation after the weir at Osk broke was complete (1,900 people).")
            .Quantity("1,900 people", 1900, "people").Build();
        Assert.False(Assert.Single(new FigureGrouper().Group([a, b])).Agree);

        // A measure with nothing beside it is not grouped by its sentence alone.
        var c = new ArticleBuilder("c", "After the Osk weir broke, the lower valley evacuation was complete: 40%.")
            .Quantity("40%", 40, "percent").Build();
        var d = new ArticleBuilder("d", "The lower valley evacuation after the weir at Osk broke was complete (55%).")
            .Quantity("55%", 55, "percent").Build();
        Assert.Empty(new FigureGrouper().Group([c, d]));
    }

    [Fact]
    public void Units_are_synonyms_in_their_canonical_or_their_written_form()
    {
        // The analysis gives singular canonical units ("resident"); synonym tables may list the plural.
        var a = new ArticleBuilder("a", "The town council of Osk said 2,600 residents had been moved out of the flooded lower districts.")
            .Quantity("2,600 residents", 2600, "resident").Build();
        var b = new ArticleBuilder("b", "By noon the Osk town council said 2,900 people had been moved out of the lower districts.")
            .Quantity("2,900 people", 2900, "people").Build();
        Assert.Single(new FigureGrouper().Group([a, b]));
    }

    [Theory]
    // Every pair at the average's level, or one weaker pair carried by strong ones: the groups merge.
    [InlineData(new[] { 0.5, 0.45, 0.4 }, true)]
    [InlineData(new[] { 0.6, 0.55, 0.2 }, true)]
    // One pair below the floor, or pairs weak on average: they stay apart.
    [InlineData(new[] { 0.9, 0.8, 0.1 }, false)]
    [InlineData(new[] { 0.2, 0.2, 0.2 }, false)]
    public void Groups_merge_on_their_cross_pairs_average_with_a_floor(double[] cross, bool merge) =>
        Assert.Equal(merge, FigureGrouper.Linked(cross));
}
