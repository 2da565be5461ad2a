using Parallax.Analysis;
using Parallax.Analysis.Quantities;
using Parallax.Evaluation;
using Parallax.Tests.Specs;

namespace Parallax.Tests.Analysis;

/// <summary>Runs every case of tests/Parallax.Tests/Specs/Quantities/*.spec (format in that folder's README).</summary>
public sealed class QuantitiesSpecTests
{
    private static IReadOnlyList<SpecCase> Specs => SpecRunner.Cases(QuantitiesSpecAdapter.Instance.Folder);

    public static TheoryData<string> Cases() => SpecRunner.Ids(QuantitiesSpecAdapter.Instance);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Snippet_yields_exactly_the_expected_quantities(string id) => SpecRunner.Check(QuantitiesSpecAdapter.Instance, id);

    [Fact]
    public void Spec_files_hold_at_least_fifty_cases_with_negatives()
    {
        Assert.True(Specs.Count >= 50);
        Assert.True(Specs.Count(c => c.Expected.Count == 0) >= 10);
    }

    [Fact]
    public void Component_fills_the_quantities_layer_and_needs_no_other()
    {
        var component = new QuantityExtractor();
        Assert.Empty(component.Requires);
        Assert.Equal([Layers.Quantities], component.Assigns);
        var article = new AnalysisPipelineBuilder().Add(component).Build()
            .Analyze(new Parallax.Model.Article { Id = "a", Source = "s", Text = "Rescuers found 12 survivors in 2019." });
        var q = Assert.Single(article.Quantities);
        Assert.Equal(12, q.Value);
        Assert.Equal("survivor", q.Unit);
    }

    [Fact]
    public void Extraction_is_the_same_on_many_threads_at_once()
    {
        var snippets = Specs.Select(c => c.Input).ToArray();
        var sequential = snippets.Select(t => string.Join(";", QuantityExtractor.Extract(t).Select(q => q.ToString()))).ToArray();
        var parallel = new string[snippets.Length * 8];
        Parallel.For(0, parallel.Length, i =>
            parallel[i] = string.Join(";", QuantityExtractor.Extract(snippets[i % snippets.Length]).Select(q => q.ToString())));
        for (int i = 0; i < parallel.Length; i++)
            Assert.Equal(sequential[i % snippets.Length], parallel[i]);
    }
}
