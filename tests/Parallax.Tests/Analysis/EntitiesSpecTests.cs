using Parallax.Analysis;
using Parallax.Analysis.Entities;

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

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in EntitiesSpecFile.All.Where(c => !c.KnownMiss))
            data.Add(c.ToString());
        return data;
    }

    [Fact]
    public void There_are_at_least_80_spec_cases()
    {
        Assert.True(EntitiesSpecFile.All.Count >= 80, $"only {EntitiesSpecFile.All.Count} cases");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec_case_yields_exactly_the_expected_mentions(string id)
    {
        var spec = EntitiesSpecFile.All.Single(c => c.ToString() == id);
        var found = EntityRecognizer.Recognize(spec.Snippet);

        var expected = spec.Expected.Select(Describe).Order(StringComparer.Ordinal).ToList();
        // A role is compared only where the spec gives one.
        var actual = found.Select(m =>
        {
            var wantsRole = spec.Expected.Any(e => e.Type == m.Type && e.Text == m.Text && e.Name == m.Name && e.Role is not null);
            return Describe(new ExpectedEntity(m.Type, m.Text, m.Name, wantsRole ? m.Role : null));
        }).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(expected, actual);
        foreach (var m in found)
            Assert.Equal(m.Text, spec.Snippet[m.Span.Start..m.Span.End]);
    }

    [Fact]
    public void Precision_and_recall_over_all_specs_meet_the_floor()
    {
        var score = EntitySpecs.Score(EntitiesSpecFile.All, EntityRecognizer.Recognize, output.WriteLine);
        output.WriteLine($"entity specs: {score.Cases} cases, {score.Expected} expected, {score.Found} found, {score.Right} right");
        output.WriteLine($"precision {score.Precision:F3}  recall {score.Recall:F3}  F1 {score.F1:F3}  roles {score.RolesRight}/{score.RolesExpected}");
        Assert.True(score.Precision >= PrecisionFloor, $"precision {score.Precision:F3} < {PrecisionFloor}");
        Assert.True(score.Recall >= RecallFloor, $"recall {score.Recall:F3} < {RecallFloor}");
    }

    private static string Describe(ExpectedEntity e) => $"{e.Type} '{e.Text}' -> '{e.Name}'{(e.Role is null ? "" : $" [{e.Role}]")}";
}
