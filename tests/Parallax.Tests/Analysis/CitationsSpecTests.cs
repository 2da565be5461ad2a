using Parallax.Tests.Specs;

namespace Parallax.Tests.Analysis;

public sealed class CitationsSpecTests
{
    public static TheoryData<string> Names => SpecRunner.Ids(CitationsSpecAdapter.Instance);

    [Theory, MemberData(nameof(Names))]
    public void Finds_the_citations_the_spec_lists(string name) => SpecRunner.Check(CitationsSpecAdapter.Instance, name);
}
