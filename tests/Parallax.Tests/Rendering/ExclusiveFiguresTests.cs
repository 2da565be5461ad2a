using Parallax.Comparison.Report;
using Parallax.Rendering;

namespace Parallax.Tests.Rendering;

/// <summary>
/// The figures only one outlet gives list what a reader would miss: a figure with a unit, not a bare unit of time ("within a
/// month"), a counting ordinal ("a third term") or a multiplier in words ("twice") that the comparison reads to match
/// other outlets' wordings.
/// </summary>
public class ExclusiveFiguresTests
{
    private static ReportQuantity Q(string id, string text, double value, string? unit) => new(id, value, unit, text, [0, text.Length]);

    [Fact]
    public void Minor_figures_are_compared_but_not_listed_alone()
    {
        var a = new ReportArticle
        {
            Id = "a", Source = "a.txt", Text = "",
            Quantities =
            [
                Q("a.n1", "a month", 1, "month"), Q("a.n2", "third term", 3, "term"), Q("a.n3", "twice", 2, "times"),
                Q("a.n4", "two-year", 2, "year"), Q("a.n5", "40 homes", 40, "home"), Q("a.n6", "17", 17, null),
                Q("a.n7", "nine", 9, "yea"),
            ],
        };
        var b = new ReportArticle { Id = "b", Source = "b.txt", Text = "", Quantities = [Q("b.n1", "an hour", 1, "hour")] };
        var report = new ComparisonReport { Articles = [a, b], Stories = [new ReportStory { Id = "s1", Articles = ["a", "b"] }] };
        var only = new ReportIndex(report).ExclusiveFigures(report.Stories[0]).ToList();
        var (article, figures) = Assert.Single(only);
        Assert.Equal("a", article.Id);
        Assert.Equal(["two-year", "40 homes", "nine"], figures.Select(f => f.Text));
    }
}
