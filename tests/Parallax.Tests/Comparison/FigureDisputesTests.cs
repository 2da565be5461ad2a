using Parallax.Analysis;
using Parallax.Analysis.Quantities;
using Parallax.Analysis.Sentences;
using Parallax.Comparison.Figures;
using Parallax.Model;

using Parallax.Tests.Support;

namespace Parallax.Tests.Comparison;

/// <summary>
/// Two figures that cannot be a dispute (issue 18's first screen): the size of a whole against a part of it ("six of
/// the seven members" / "two members preferring"), and two values that one outlet gives both of ("raised by 75 basis
/// points; two members wanted 50"). Members that must stay apart, and look-alikes that must still meet.
/// </summary>
public class FigureDisputesTests
{
    private static AnalyzedArticle Analyzed(string id, string text) => QuantityArticles.Analyzed(id, text);

    private static List<string[]> Groups(params string[] texts)
    {
        var docs = texts.Select((t, i) => Analyzed("a" + i, t)).ToArray();
        return new FigureGrouper().Group(docs)
            .Select(g => g.Members.Select(m => docs[m.Article].Quantities[m.Index].Text).ToArray()).ToList();
    }

    private static Quantity Find(string text, string words) => Assert.Single(QuantityArticles.Extract(text), q => q.Text == words);

    [Theory]
    [InlineData("Six of the seven members of the board backed the plan.", "seven members")]
    [InlineData("Two out of 15 judges dissented from the ruling.", "15 judges")]
    [InlineData("Only three of 40 patients relapsed.", "40 patients")]
    [InlineData("Twenty-one of the 30 senators voted yes.", "30 senators")]
    [InlineData("The seven-member council approved the budget.", "seven-member")]
    [InlineData("A 14-nation coalition signed the pledge.", "14-nation")]
    public void The_size_of_a_whole_is_marked(string text, string words) =>
        Assert.True(WholeCue.IsWhole(text, Find(text, words)));

    [Theory]
    [InlineData("Seven members of the board backed the plan.", "Seven members")]
    [InlineData("A group of 40 people marched to the square.", "40 people")]
    [InlineData("The council voted for a 50-basis-point rise.", "50-basis-point")]
    [InlineData("Sales of 300 cars were recorded in May.", "300 cars")]
    [InlineData("Most of the 12 miners were rescued.", "12 miners")]
    public void Parts_and_plain_counts_are_not_wholes(string text, string words) =>
        Assert.False(WholeCue.IsWhole(text, Find(text, words)));

    [Fact]
    public void A_council_size_and_its_dissenters_are_not_one_figure()
    {
        var groups = Groups(
            "The central bank said six of the seven members of its rate council voted for the increase on Thursday.",
            "The rate council voted for the increase on Thursday, with two members preferring to wait, the central bank said.");
        Assert.DoesNotContain(groups, g => g.Contains("seven members") && g.Contains("two members"));
    }

    [Theory]
    [InlineData("The speaker rejected two of the five Republicans the minority leader had picked for the inquiry panel.",
        "The minority leader pulled all five Republican appointees from the inquiry panel on Wednesday.", "five Republicans")]
    [InlineData("Six of the nine judges on the appeals bench joined the ruling on the harbour lease.",
        "All nine judges of the appeals bench heard the harbour lease case last spring.", "nine judges")]
    public void A_whole_meets_the_same_count_named_plainly(string a, string b, string whole)
    {
        var groups = Groups(a, b);
        Assert.Contains(groups, g => g.Contains(whole) && g.Length == 2);
    }

    [Fact]
    public void Two_sizes_of_one_body_still_meet_and_can_disagree()
    {
        var groups = Groups(
            "The seven-member council approved the harbour budget on Monday after a long debate.",
            "The nine-member council approved the harbour budget on Monday after a long debate.");
        Assert.Contains(groups, g => g.Contains("seven-member") && g.Contains("nine-member"));
    }

    [Fact]
    public void An_outlet_that_gives_both_values_does_not_contradict_one_that_gives_one()
    {
        // The first outlet's sentence is worded like the second's about the dissenters, but the second gives 75 as well.
        var groups = Groups(
            "Most of the board voted for the 75-basis-point rise on Thursday, the bank said.",
            "The bank raised its key rate by 75 basis points. The two dissenters on the board voted for a 50-basis-point rise on Thursday, the bank said.");
        Assert.DoesNotContain(groups, g => g.Contains("75-basis-point") && g.Contains("50-basis-point"));
    }

    [Fact]
    public void A_different_toll_still_disagrees_when_the_other_value_counts_something_else()
    {
        // The second outlet gives 41 too, but for the wounded: 41 and 45 killed are still a dispute.
        var groups = Groups(
            "The blast at the fuel depot in Varn killed 41 people on Sunday, the ministry said.",
            "The blast at the fuel depot in Varn killed 45 people on Sunday and 41 people were wounded, the ministry said.");
        Assert.Contains(groups, g => g.Contains("41 people") && g.Contains("45 people"));
    }

    private static Figure Resolved(string text, string words)
    {
        var doc = Analyzed("a", text);
        int k = doc.Quantities.ToList().FindIndex(q => q.Text == words);
        Assert.True(k >= 0, $"'{words}' was not extracted from '{text}'");
        return WhatItCounts.Resolve(doc, 0, k, doc.Quantities[k]);
    }

    [Theory]
    [InlineData("The flood swept through the town, forcing about 2,300 people from their homes.", "2,300 people")]
    [InlineData("More than 2,000 people remain out of their homes after the storm.", "2,000 people")]
    [InlineData("The earthquake left 500 villagers homeless in the hills.", "500 villagers")]
    [InlineData("The council said 3,100 residents had been moved out of the lower town.", "3,100 residents")]
    [InlineData("Some 800 people were forced to flee as the fire spread.", "800 people")]
    public void People_driven_from_their_homes_are_evacuated(string text, string words) =>
        Assert.Contains("evacuated", Resolved(text, words).Events);

    [Theory]
    [InlineData("By Friday 300 people had returned to their homes in the valley.", "300 people")]
    [InlineData("Rescuers said twelve miners were pulled out of the rubble alive.", "twelve miners")]
    [InlineData("The storm damaged 500 homes along the coast.", "500 homes")]
    public void Returning_rescued_and_counted_homes_are_not_evacuations(string text, string words) =>
        Assert.DoesNotContain("evacuated", Resolved(text, words).Events);

    [Fact]
    public void Counts_of_people_evacuated_meet_however_differently_the_sentences_run()
    {
        var groups = Groups(
            "Rescuers in boats said 1,400 people had been evacuated overnight as the river rose.",
            "The flood drove 2,100 residents from their homes in the low-lying towns of the delta on Monday.");
        var group = Assert.Single(groups, g => g.Contains("1,400 people"));
        Assert.Contains("2,100 residents", group);
    }

    [Fact]
    public void Counts_of_people_to_whom_different_things_happened_stay_apart()
    {
        var groups = Groups(
            "Rescuers in boats said 1,400 people had been evacuated overnight as the river rose.",
            "The flood killed 12 people in the low-lying towns of the delta on Monday.");
        Assert.DoesNotContain(groups, g => g.Contains("1,400 people") && g.Contains("12 people"));
    }
}
