using Parallax.Tests.Specs;

namespace Parallax.Tests.Analysis;

public sealed class SentencesSpecTests
{
    public static TheoryData<string> Names => SpecRunner.Ids(SentencesSpecAdapter.Instance);

    [Theory, MemberData(nameof(Names))]
    public void Splits_as_the_spec_says(string name) => SpecRunner.Check(SentencesSpecAdapter.Instance, name);
}
