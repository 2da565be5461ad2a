using Parallax.Comparison.Figures;
using Parallax.Tests.Support;

namespace Parallax.Tests.Comparison;

/// <summary>
/// A cut by a fraction ("cut admissions in half", "reduced deaths by half") is how much a measure moved, as "a 50%
/// cut" says it: the two meet like two percentages. A share of a group ("half of the patients") is no cut, and "in half"
/// after a verb that is no cut ("split the firm in half") is no amount at all.
/// </summary>
public class FigureCutFractionTests
{
    [Theory]
    [InlineData("The new pill cut hospital admissions by half in high-risk patients, the maker said on Friday.",
        "The maker said on Friday that the pill reduced hospital admissions 50% in high-risk patients.", "half", "50%")]
    [InlineData("The city pledged to cut its carbon emissions in half by 2035, the mayor said.",
        "The mayor said the city would reduce carbon emissions by 50 percent by 2035.", "half", "50 percent")]
    public void A_cut_by_half_is_a_cut_of_fifty_percent(string a, string b, string first, string second)
    {
        var (docs, groups) = QuantityArticles.Group(a, b);
        Assert.NotNull(QuantityArticles.GroupOfBoth(docs, groups, first, second));
    }

    [Theory]
    // A share of a group is not how much something moved.
    [InlineData("Half of the patients in the trial were over 60, the maker said on Friday.",
        "The maker said on Friday that the pill reduced hospital admissions 50% in high-risk patients.", "Half", "50%")]
    public void A_share_is_no_cut(string a, string b, string first, string second)
    {
        var (docs, groups) = QuantityArticles.Group(a, b);
        Assert.Null(QuantityArticles.GroupOfBoth(docs, groups, first, second));
    }

    [Theory]
    // Only a "half" cut is a move; "in" before a share of its own ("found in one in five adults") leaves it a share.
    [InlineData("The city pledged to cut its carbon emissions in half by 2035.", "half", false)]
    [InlineData("The virus was found in one in five adults in the Varn district.", "one in five adults", true)]
    [InlineData("Half of the patients in the trial were over 60.", "Half of the patients", true)]
    public void Only_a_cut_by_half_is_no_share(string text, string figure, bool share)
    {
        var doc = ComparisonFigures.With(QuantityArticles.Analyzed("a0", text));
        int k = doc.Quantities.ToList().FindIndex(q => q.Text == figure);
        Assert.True(k >= 0, string.Join(", ", doc.Quantities.Select(q => q.Text)));
        Assert.Equal(share, WhatItCounts.Resolve(doc, 0, k, doc.Quantities[k]).Share);
    }
}
