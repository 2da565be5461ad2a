using Parallax.Tests.Specs;

namespace Parallax.Tests.Extraction;

/// <summary>Runs the hand-written cases in Specs/PlainText/*.spec (lines described in <see cref="PlainTextSpecAdapter"/>).</summary>
public class PlainTextSpecTests
{
    public static TheoryData<string> Cases() => SpecRunner.Ids(PlainTextSpecAdapter.Instance);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec(string id) => SpecRunner.Check(PlainTextSpecAdapter.Instance, id);

    [Fact]
    public void There_are_at_least_forty_cases() => Assert.True(Cases().Count >= 40, $"only {Cases().Count} spec cases");
}
