using Parallax.Analysis.Citations;

namespace Parallax.Tests.Analysis;

public sealed class CitationsSpecTests
{
    private static readonly Dictionary<string, SpecCase> Cases = QuotesSpecFile.Load("Citations").ToDictionary(c => c.Name);

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory, MemberData(nameof(Names))]
    public void Finds_the_citations_the_spec_lists(string name)
    {
        var spec = Cases[name];
        var actual = CitationExtractor.Extract(spec.Text).Select(c => $"{c.Outlet} @ {c.Span}").ToList();
        var expected = spec.Expected.Where(e => e.StartsWith("C:", StringComparison.Ordinal)).Select(e =>
        {
            var f = QuotesSpecFile.Fields(e);
            return $"{f[0]} @ {spec.Find(f.Length > 1 ? f[1] : f[0])}";
        }).ToList();
        Assert.Equal(expected, actual);
    }
}
