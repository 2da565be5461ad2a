using Parallax.Tests.Specs;

namespace Parallax.Tests.Analysis;

/// <summary>Runs the quote specs (Specs/Quotes, lines described in <see cref="QuotesSpecAdapter"/>).</summary>
public sealed class QuotesSpecTests
{
    public static TheoryData<string> Names => SpecRunner.Ids(QuotesSpecAdapter.Instance);

    [Theory, MemberData(nameof(Names))]
    public void Finds_the_quotes_the_spec_lists(string name) => SpecRunner.Check(QuotesSpecAdapter.Instance, name);
}
