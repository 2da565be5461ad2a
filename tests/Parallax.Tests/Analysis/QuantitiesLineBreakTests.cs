using Parallax.Analysis;
using Parallax.Analysis.Quantities;
using Parallax.Model;

namespace Parallax.Tests.Analysis;

public class QuantitiesLineBreakTests
{
    private static IReadOnlyList<Quantity> Extract(string text) =>
        new AnalysisPipelineBuilder().Add(new QuantityExtractor()).Build()
            .Analyze(new Article { Id = "t", Source = "t.txt", Text = text }).Quantities;

    [Theory]
    [InlineData("The storm destroyed 40 boats\n\nHarbour Master Resigns", "40 boats")]
    [InlineData("Turnout: 61 percent\nVoters queued for hours", "61 percent")]
    [InlineData("Crews rescued 14 people\r\n\r\nFloods reached the school", "14 people")]
    public void A_unit_phrase_never_runs_over_a_line_break(string text, string expected)
    {
        var first = Extract(text)[0];
        Assert.Equal(expected, first.Text);
        Assert.DoesNotContain('\n', first.Unit ?? "");
    }

    [Fact]
    public void Counts_on_either_side_of_a_break_are_both_found()
    {
        var found = Extract("Crews rescued 14 people\n\n9 boats were lost");
        Assert.Equal([14.0, 9.0], found.Select(q => q.Value));
    }
}
