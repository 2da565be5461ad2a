using Parallax.Comparison.Figures;
using Parallax.Tests.Support;

namespace Parallax.Tests.Comparison;

/// <summary>
/// An amount written as the size of a thing ("the $1.2 trillion measure", "a roughly $1 trillion infrastructure bill",
/// "a 14-day ban") names what it measures in the noun after it; two amounts that size one kind of thing are one figure
/// however their sentences run. An amount followed by a preposition or a verb ("$1.2 trillion for roads", "$40 million in
/// aid", "$3 billion was approved") names no head. Members must fire; look-alikes must not.
/// </summary>
public class FigureAmountHeadsTests
{
    [Theory]
    [InlineData("Senators passed the $1.2 trillion measure on Tuesday.", "$1.2 trillion", "bill")]
    [InlineData("They debated a roughly $1 trillion infrastructure bill all week.", "$1 trillion", "bill")]
    [InlineData("The House approved the $3.5 trillion spending package.", "$3.5 trillion", "bill")]
    [InlineData("The governor signed a $40 million relief package into law.", "$40 million", "bill")]
    [InlineData("The city's $2 billion spending plan passed.", "$2 billion", "spending")]
    public void The_noun_after_an_amount_is_what_it_sizes(string sentence, string amount, string head)
    {
        int end = sentence.IndexOf(amount, StringComparison.Ordinal) + amount.Length;
        Assert.Contains(head, FigureCues.HeadOfAmount(sentence, end, sentence.Length));
    }

    [Theory]
    [InlineData("Congress set aside $1.2 trillion for roads and bridges.", "$1.2 trillion")]
    [InlineData("The country received $40 million in aid last year.", "$40 million")]
    [InlineData("In the end $3 billion was approved by the committee.", "$3 billion")]
    [InlineData("Analysts said the $256 billion would be added to the deficit.", "$256 billion")]
    [InlineData("Donors pledged $500 million, the minister said.", "$500 million")]
    public void An_amount_before_a_preposition_a_verb_or_a_stop_sizes_nothing(string sentence, string amount)
    {
        int end = sentence.IndexOf(amount, StringComparison.Ordinal) + amount.Length;
        Assert.Empty(FigureCues.HeadOfAmount(sentence, end, sentence.Length));
    }

    [Theory]
    [InlineData("Lawmakers who had been skeptical about the offsets included in it were surprised by the $1.2 trillion measure.",
        "The Senate is teeing up a vote to wind down debate on a roughly $1 trillion infrastructure bill.", "$1.2 trillion", "$1 trillion", false)]
    [InlineData("Critics of the governor attacked the $4.1 billion spending package again on Friday.",
        "The legislature's budget writers finally sent a $4.1 billion relief bill to the floor.", "$4.1 billion", "$4.1 billion", true)]
    public void Amounts_that_size_one_kind_of_thing_meet(string a, string b, string first, string second, bool agree)
    {
        var (docs, groups) = QuantityArticles.Group(a, b);
        var g = QuantityArticles.GroupOf(docs, groups, 0, first);
        Assert.True(g is not null && g == QuantityArticles.GroupOf(docs, groups, 1, second), QuantityArticles.Show(docs, groups));
        Assert.Equal(agree, g!.Agree);
    }

    [Theory]
    // Sizes of two kinds of thing: a bill and a sentence, a bill and a dose.
    [InlineData("Lawmakers who had been skeptical about the offsets were surprised by the $1.2 trillion measure.",
        "Prosecutors in the capital sought a $1 trillion fine from the bank, which its lawyers called absurd.", "$1.2 trillion", "$1 trillion")]
    // An order of magnitude apart: two figures.
    [InlineData("Critics of the governor attacked the $4 billion spending package again on Friday.",
        "The legislature's budget writers finally sent a $400 million relief bill to the floor.", "$4 billion", "$400 million")]
    public void Amounts_that_size_different_things_or_far_apart_stay_apart(string a, string b, string first, string second)
    {
        var (docs, groups) = QuantityArticles.Group(a, b);
        var g = QuantityArticles.GroupOf(docs, groups, 0, first);
        Assert.True(g is null || g != QuantityArticles.GroupOf(docs, groups, 1, second), QuantityArticles.Show(docs, groups));
    }

    [Theory]
    // The other article sizes the bill too: its amount that sizes nothing (the deficit it adds to) is not the partner.
    [InlineData("Senators hope to finish voting on the nearly $1 trillion infrastructure proposal in the Senate this week.",
        "The infrastructure legislation poised for a vote in the Senate this week would add $256 billion to the deficit. Lawmakers questioned the offsets in the $1.2 trillion measure.",
        "$1 trillion", "$1.2 trillion", "$256 billion")]
    [InlineData("The council will vote on the $900 million transit package on Monday.",
        "The transit spending up for a vote on Monday would take $350 million from the reserve fund. Members argued over the $950 million transit bill for weeks.",
        "$900 million", "$950 million", "$350 million")]
    public void An_amount_sizing_a_thing_pairs_with_the_other_article_s_size_of_it(string a, string b, string first, string size, string stray)
    {
        var (docs, groups) = QuantityArticles.Group(a, b);
        var g = QuantityArticles.GroupOf(docs, groups, 0, first);
        Assert.True(g is not null && g == QuantityArticles.GroupOf(docs, groups, 1, size), QuantityArticles.Show(docs, groups));
        Assert.NotEqual(g, QuantityArticles.GroupOf(docs, groups, 1, stray));
    }

    [Fact]
    public void Without_a_size_of_the_thing_in_the_other_article_the_pairing_is_as_before()
    {
        // Nothing in the second article sizes the bill: the rule does not apply, and the amount with the shared sentence pairs.
        var (docs, groups) = QuantityArticles.Group(
            "Senators hope to finish voting on the nearly $1 trillion infrastructure proposal in the Senate this week.",
            "The infrastructure legislation poised for a vote in the Senate this week would cost nearly $1 trillion over a decade.");
        var g = QuantityArticles.GroupOf(docs, groups, 0, "$1 trillion");
        Assert.True(g is not null && g == QuantityArticles.GroupOf(docs, groups, 1, "$1 trillion"), QuantityArticles.Show(docs, groups));
    }
}
