using Parallax.Analysis.Entities;
using Parallax.Tests.Specs;

namespace Parallax.Tests.Analysis;

/// <summary>
/// Runs the hand-written entity specs (Specs/Entities/*.spec): each case as a theory row, and all of them
/// together for precision and recall with a floor. A mention counts as right when type, text and
/// canonical name all match an expected one.
/// </summary>
public sealed class EntitiesSpecTests(ITestOutputHelper output)
{
    /// <summary>Floors a little below what the recognizer measures on the specs, so a regression fails.</summary>
    private const double PrecisionFloor = 0.90;
    private const double RecallFloor = 0.90;

    public static TheoryData<string> Cases() => SpecRunner.Ids(EntitiesSpecAdapter.Instance);

    [Fact]
    public void There_are_at_least_80_spec_cases()
    {
        Assert.True(EntitiesSpecAdapter.All.Count >= 80, $"only {EntitiesSpecAdapter.All.Count} cases");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec_case_yields_exactly_the_expected_mentions(string id) => SpecRunner.Check(EntitiesSpecAdapter.Instance, id);

    [Fact]
    public void Precision_and_recall_over_all_specs_meet_the_floor()
    {
        var score = EntitySpecs.Score(EntitiesSpecAdapter.All, EntityRecognizer.Recognize, output.WriteLine);
        output.WriteLine($"entity specs: {score.Cases} cases, {score.Expected} expected, {score.Found} found, {score.Right} right");
        output.WriteLine($"precision {score.Precision:F3}  recall {score.Recall:F3}  F1 {score.F1:F3}  roles {score.RolesRight}/{score.RolesExpected}");
        Assert.True(score.Precision >= PrecisionFloor, $"precision {score.Precision:F3} < {PrecisionFloor}");
        Assert.True(score.Recall >= RecallFloor, $"recall {score.Recall:F3} < {RecallFloor}");
    }
}
