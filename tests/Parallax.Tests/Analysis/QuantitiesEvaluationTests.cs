using Parallax.Analysis.Quantities;
using Parallax.Evaluation;
using Parallax.Tests.Support;

namespace Parallax.Tests.Analysis;

public sealed class QuantitiesEvaluationTests
{
    private static ScoredQuantity Q(double v, string unit, double? high = null) => new((v, high), unit);

    [Fact]
    public void Value_and_unit_matches_count_as_in_the_published_protocol()
    {
        var scorer = new QuantitiesScorer();
        scorer.Add([Q(5, "percentage"), Q(200, "dollar")], [Q(5, "percentage"), Q(200, "euro"), Q(7, "-")]);
        Assert.Equal(2, scorer.ValueMatches);
        Assert.Equal(1, scorer.UnitMatches);
        Assert.Equal(2.0 / 3, scorer.ValuePrecision, 6);
        Assert.Equal(1.0, scorer.ValueRecall, 6);
    }

    [Fact]
    public void A_range_matches_only_a_range_in_either_order()
    {
        Assert.True(QuantitiesScorer.ValuesMatch((4.8, 4.7), (4.7, 4.8)));
        Assert.False(QuantitiesScorer.ValuesMatch((30, 40), (30, null)));
        Assert.True(QuantitiesScorer.ValuesMatch((1e9, null), (1.000001e9, null)));
    }

    [Theory]
    [InlineData("252.0-287.0", 252.0, 287.0)]
    [InlineData("-5.0", -5.0, null)]
    [InlineData("1.99E-29", 1.99e-29, null)]
    [InlineData("3.0 - 4.0", 3.0, 4.0)]
    public void Gold_values_parse_ranges_negatives_and_exponents(string text, double low, double? high)
    {
        var (l, h) = QuantitiesDataset.ParseGoldValue(text);
        Assert.Equal(low, l, 12);
        Assert.Equal(high, h);
    }

    [Theory]
    [InlineData("USD per gallon", "dollar per gallon")]
    [InlineData("square kilometer", "square kilometre")]
    [InlineData("percent", "percentage")]
    [InlineData("barrel of oil", "barrel of oil")]
    [InlineData("Kia Hyundai vehicle", "kia hyundai vehicle")]
    [InlineData(null, "-")]
    public void Units_translate_to_the_dataset_vocabulary(string? unit, string expected) =>
        Assert.Equal(expected, QuantitiesUnitNames.Translate(unit));

    [Fact]
    public void A_missing_or_malformed_dataset_is_a_dataset_error()
    {
        using var dir = new TempDir();
        var bad = Path.Combine(dir.Path, "bad.json");
        File.WriteAllText(bad, "{\"text\": 1}");
        Assert.Throws<DatasetException>(() => new QuantitiesEvaluation().Run(bad));
        Assert.Throws<DatasetException>(() => new QuantitiesEvaluation().Run(Path.Combine(dir.Path, "none.json")));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void NewsQuant_dev_scores_above_the_gate()
    {
        var path = SharedData.RequirePath("datasets/quantities/newsquant-dev.json");
        var result = new QuantitiesEvaluation().Run(path);
        Assert.Equal(295, result.Items);
        QualityFloors.AssertMet("quantities", "quantities/newsquant-dev.json", result);
    }

    [Fact]
    public void Seeds_yield_their_figures_and_no_identifier_counts()
    {
        var folder = SharedData.RequirePath("seeds");
        var all = Directory.GetFiles(folder, "*.txt").SelectMany(f => QuantityExtractor.Extract(File.ReadAllText(f))).ToList();
        Assert.Contains(all, q => q.Value == 82 && q.Unit!.Contains("kilomet", StringComparison.Ordinal));
        Assert.Contains(all, q => q.Value == 7 && q.Unit == "corridor");
        Assert.Contains(all, q => q.Value == 119000 && q.Unit == "people");
        Assert.Contains(all, q => q.Value == 9000 && q.Unit == "militant");
        Assert.Contains(all, q => q.Value == 34000 && q.Unit == "people");
        Assert.DoesNotContain(all, q => q.Value is 779 or 1901343 or 2016 or 2012 or 2011);
    }
}
