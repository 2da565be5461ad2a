using Parallax.Analysis.Sentences;

namespace Parallax.Tests.Analysis;

public sealed class SentencesSpecTests
{
    private static readonly Dictionary<string, SpecCase> Cases = QuotesSpecFile.Load("Sentences").ToDictionary(c => c.Name);

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory, MemberData(nameof(Names))]
    public void Splits_as_the_spec_says(string name)
    {
        var spec = Cases[name];
        var actual = SentenceSplitter.Split(spec.Text).Select(s => s.Of(spec.Text)).ToList();
        var expected = spec.Expected.Where(e => e.StartsWith("S:", StringComparison.Ordinal)).Select(e => e[2..].Trim()).ToList();
        Assert.Equal(expected, actual);
    }
}
