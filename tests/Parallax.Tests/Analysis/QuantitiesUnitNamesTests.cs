using Parallax.Analysis;
using Parallax.Analysis.Quantities;
using Parallax.Comparison.Report;
using Parallax.Model;

namespace Parallax.Tests.Analysis;

/// <summary>The report names a unit the way a reader would; the analysis keeps its canonical key.</summary>
public class QuantitiesUnitNamesTests
{
    private static ReportArticle Report(string text) =>
        ReportArticles.FromAnalysis(new AnalysisPipelineBuilder().Add(new QuantityExtractor()).Build()
            .Analyze(new Article { Id = "t", Source = "t.txt", Text = text }));

    [Theory]
    [InlineData("Brent traded at US$71.40 per barrel on Monday.", "US dollar per barrel")]
    [InlineData("The miner paid A$3.2 million for the lease.", "Australian dollar")]
    [InlineData("The lender set aside $A45 million.", "Australian dollar")]
    [InlineData("The flat sold for HK$8.5 million last week.", "Hong Kong dollar")]
    [InlineData("A ticket now costs C$14.", "Canadian dollar")]
    [InlineData("The team signed him for NZ$600,000.", "New Zealand dollar")]
    [InlineData("The shares closed at R$22.10 in Sao Paulo.", "Brazilian real")]
    [InlineData("The condo fetched S$1.9 million.", "Singapore dollar")]
    [InlineData("Lunch sets cost RM12.90 at the stall.", "Malaysian ringgit")]
    [InlineData("The ministry cut 2.4 billion shekels from the budget.", "shekel")]
    [InlineData("Water samples held 9 ppb of lead.", "parts per billion")]
    [InlineData("Fuel rose to $3.15 a gallon.", "US dollar per gallon")]
    public void A_currency_is_named_with_its_country(string text, string unit)
    {
        var q = Assert.Single(Report(text).Quantities!);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("USD", "US dollar")]
    [InlineData("USD per barrel", "US dollar per barrel")]
    [InlineData("HRK", "Croatian kuna")]
    [InlineData("part per billion", "parts per billion")]
    [InlineData("kilometer per hour", "kilometer per hour")]
    [InlineData("resident", "resident")]
    [InlineData(null, null)]
    public void Canonical_keys_translate_part_by_part(string? key, string? name) =>
        Assert.Equal(name, UnitNames.Of(key));

    [Fact]
    public void The_analysis_keeps_the_iso_code_for_comparison()
    {
        var q = Assert.Single(new AnalysisPipelineBuilder().Add(new QuantityExtractor()).Build()
            .Analyze(new Article { Id = "t", Source = "t.txt", Text = "The flat sold for HK$8.5 million last week." }).Quantities);
        Assert.Equal("HKD", q.Unit);
    }
}
