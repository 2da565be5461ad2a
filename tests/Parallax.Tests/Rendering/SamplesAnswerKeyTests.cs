using Parallax.Comparison.Report;
using Parallax.Rendering;

namespace Parallax.Tests.Rendering;

/// <summary>
/// samples/README.md is the answer key of the shipped samples: the figures that disagree, the quotes carried in two
/// wordings, and pairs that must never be compared. The report of <c>parallax compare samples/</c> must show it.
/// </summary>
public class SamplesAnswerKeyTests
{
    private static ComparisonReport Report => GoldenReportTests.Report.Value;

    private static ReportIndex Index => new(Report);

    /// <summary>Each figure group of the samples as (outlet, figure text) members and its verdict.</summary>
    private static List<(List<(string Outlet, string Text)> Members, bool Agree)> Figures()
    {
        var index = Index;
        return Report.Stories.SelectMany(s => s.Figures)
            .Select(f => (f.Members.Select(index.Quantity).Select(x => (ReportIndex.Label(x.Article), x.Quantity.Text)).ToList(), f.Agree))
            .ToList();
    }

    private static bool Has(List<(string Outlet, string Text)> members, string outlet, string text) =>
        members.Any(m => m.Outlet == outlet && m.Text.Contains(text, StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("Meridian Wire", "9.8%", "Castavia Today", "9.3%")]
    [InlineData("Meridian Wire", "1.2%", "Global Markets Digest", "0.8%")]
    [InlineData("Northshore Daily Post", "Five people", "The Valley Courier", "Four deaths")]
    [InlineData("The Valley Courier", "4.2 million", "Northshore Daily Post", "3.8 million")]
    [InlineData("Meridian Wire", "2,300", "The Valley Courier", "3,100")]
    public void Figures_that_disagree_are_grouped_as_a_disagreement(string outlet1, string text1, string outlet2, string text2)
    {
        var group = Assert.Single(Figures(), f => Has(f.Members, outlet1, text1) && Has(f.Members, outlet2, text2));
        Assert.False(group.Agree);
    }

    [Fact]
    public void Figures_said_differently_agree()
    {
        var group = Assert.Single(Figures(), f => Has(f.Members, "Meridian Wire", "75 basis points") && Has(f.Members, "Global Markets Digest", "75 basis points"));
        Assert.True(group.Agree);
        Assert.True(Has(group.Members, "The Dorsa Ledger", "75 basis points"));
    }

    [Theory]
    // The council's size is not the number who dissented (issue 18's first screen).
    [InlineData("Castavia Today", "seven members", "Meridian Wire", "two members")]
    // The rise decided is not the rise the dissenters wanted.
    [InlineData("Castavia Today", "75-basis-point", "The Dorsa Ledger", "50-basis-point")]
    [InlineData("Castavia Today", "75-basis-point", "Meridian Wire", "50-basis-point")]
    public void Figures_about_different_things_are_never_compared(string outlet1, string text1, string outlet2, string text2) =>
        Assert.DoesNotContain(Figures(), f => Has(f.Members, outlet1, text1) && Has(f.Members, outlet2, text2));

    [Theory]
    [InlineData("Ilse Marrow", "less than an hour", "under an hour")]
    [InlineData("Lucan Varšek", "falls hardest on the families", "hits hardest those households")]
    public void A_quote_in_two_wordings_is_one_group(string speaker, string wording1, string wording2)
    {
        var index = Index;
        var group = Assert.Single(Report.Stories.SelectMany(s => s.Quotes), g =>
            g.Members.Any(m => index.Quote(m).Quote.Text.Contains(wording1, StringComparison.Ordinal))
            && g.Members.Any(m => index.Quote(m).Quote.Text.Contains(wording2, StringComparison.Ordinal)));
        Assert.Equal(speaker, group.Speaker);
    }

    [Fact]
    public void Reported_speech_is_never_shown_as_a_direct_quote()
    {
        var reported = Report.Articles.SelectMany(a => a.Quotes ?? []).Where(q => !q.Direct).ToList();
        Assert.Contains(reported, q => q.Text.Contains("voted 5-2", StringComparison.Ordinal));
        var w = new StringWriter();
        TextReportRenderer.Write(Report, w);
        var text = System.Text.RegularExpressions.Regex.Replace(w.ToString(), @"\s+", " ");
        foreach (var q in reported.Where(q => text.Contains(q.Text, StringComparison.Ordinal)))
            Assert.DoesNotContain("\u201C" + q.Text, text);
    }
}
