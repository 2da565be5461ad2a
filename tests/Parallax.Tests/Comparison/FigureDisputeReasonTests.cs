using Parallax.Analysis;
using Parallax.Comparison.Figures;
using Parallax.Model;
using Parallax.Tests.Support;

namespace Parallax.Tests.Comparison;

/// <summary>
/// A dispute's reason names what the figures count: what happened to persons ("58 vs 72 killed"), the noun of a count of
/// things even when its clause tells of deaths ("more than 400 vs more than 540 shootings"), and one wording once
/// whatever space the page wrote between a number and its noun.
/// </summary>
public class FigureDisputeReasonTests
{
    private static (AnalyzedArticle[] Docs, IReadOnlyList<FigureGroup> Groups) Group(params string[] texts)
    {
        var docs = texts.Select((t, i) => QuantityArticles.Analyzed("a" + i, t)).ToArray();
        return (docs, new FigureGrouper().Group(docs));
    }

    [Theory]
    [InlineData("Police counted more than 400 shootings across the country over the long weekend, which killed at least 150 people.",
        "More than 540 shootings over the holiday weekend killed 180 people nationwide, the archive said.", "400 shootings", "540 shootings",
        "shootings")]
    [InlineData("The storm forced the cancellation of 1,800 domestic flights on Sunday, stranding travellers.",
        "The storm forced the cancellation of 2,600 domestic flights on Sunday, stranding travellers.", "1,800 domestic flights",
        "2,600 domestic flights", "domestic flights")]
    [InlineData("Rioters burned 35 cars in the northern suburbs overnight, injuring two officers.",
        "Rioters burned 60 cars in the northern suburbs overnight, injuring two officers.", "35 cars", "60 cars", "cars")]
    public void A_count_of_things_is_named_by_its_noun(string a, string b, string first, string second, string noun)
    {
        var (docs, groups) = Group(a, b);
        var group = QuantityArticles.GroupOfBoth(docs, groups, first, second);
        Assert.NotNull(group);
        Assert.False(group.Agree);
        Assert.EndsWith(" " + noun, group.Why);
        Assert.DoesNotContain("killed", group.Why);
        Assert.DoesNotContain("injur", group.Why);
    }

    [Theory]
    [InlineData("The car bomb in the Tarvo market killed 41 people on Sunday, medics said.",
        "The car bomb in the Tarvo market killed 58 people on Sunday, medics said.", "41 people", "58 people", "41 vs 58 people killed")]
    [InlineData("Some 119,000 residents were evacuated from the valley before the dam gave way.",
        "Some 34,000 residents were evacuated from the valley before the dam gave way.", "119,000 residents", "34,000 residents",
        "some 119,000 vs some 34,000 residents evacuated")]
    public void A_toll_of_persons_is_named_by_what_happened(string a, string b, string first, string second, string why)
    {
        var (docs, groups) = Group(a, b);
        var group = QuantityArticles.GroupOfBoth(docs, groups, first, second);
        Assert.NotNull(group);
        Assert.Equal(why, group.Why);
    }

    [Fact]
    public void A_no_break_space_does_not_make_a_second_wording()
    {
        var a = new Quantity(new TextSpan(0, 13), "400 shootings", 400) { Unit = "shooting", Approximation = "more than" };
        var b = new Quantity(new TextSpan(0, 13), "400\u00a0shootings", 400) { Unit = "shooting", Approximation = "more than" };
        var c = new Quantity(new TextSpan(0, 13), "540 shootings", 540) { Unit = "shooting", Approximation = "more than" };
        Assert.Equal("more than 400 vs more than 540 shootings", DisputeReason.Why([a, b, c], "shootings"));
        Assert.Equal("shootings", WhatItCounts.LastWord("400\u00a0shootings"));
    }

    [Theory]
    [InlineData("1,800 domestic flights", "domestic flight", "domestic flights")]
    [InlineData("19,455 new cases per day", "new case per day", "new cases per day")]
    [InlineData("5 killed in the blast on the bridge at dawn", "killed", null)]
    [InlineData("$1.2 trillion", "US dollar", null)]
    [InlineData("2.5 million", "million", null)]
    [InlineData("58", null, null)]
    public void The_noun_is_read_as_written(string text, string? unit, string? noun)
    {
        var q = new Quantity(new TextSpan(0, text.Length), text, 1) { Unit = unit };
        Assert.Equal(noun, DisputeReason.NounWritten(q));
    }

    [Theory]
    [InlineData("Dozens of people", "Dozens", "people")]
    [InlineData("two hundred and ten soldiers", "two hundred and ten", "soldiers")]
    [InlineData("Thirty-five people", "Thirty-five", "people")]
    [InlineData("a quarter of a million people", "a quarter of a million", "people")]
    [InlineData("hundreds of others", "hundreds", "others")]
    [InlineData("$1.2 trillion", "$1.2 trillion", null)]
    [InlineData("212-208", "212-208", null)]
    [InlineData("14-nation", "14-nation", null)]
    [InlineData("one of the drone targets", "one", "the drone targets")]
    [InlineData("the seven", "the seven", null)]
    [InlineData("", "", null)]
    public void A_count_splits_after_its_number_words(string text, string number, string? noun) =>
        Assert.Equal((number, noun), DisputeReason.Split(text));
}
