using Parallax.Analysis.Citations;
using Parallax.Evaluation;
using Parallax.Tests.Specs;

namespace Parallax.Tests.Analysis;

/// <summary>Citation specs: <c>citation: OUTLET | MENTION</c>, the mention (as written in the input) defaulting to the outlet.</summary>
internal sealed class CitationsSpecAdapter : ISpecAdapter
{
    public static readonly CitationsSpecAdapter Instance = new();

    public string Folder => "Citations";

    public IEnumerable<string> Expected(SpecCase spec) =>
        spec.Expected.Select(line => Line(line.Fields[0], SpecLines.Mention(spec.Input, line.Field(1, line.Fields[0]))));

    public IEnumerable<string> Actual(SpecCase spec) =>
        CitationExtractor.Extract(spec.Input).Select(c => Line(c.Outlet, SpecLines.Mention(spec.Input, c.Span)));

    private static string Line(string outlet, string mention) =>
        SpecLines.Format("citation", mention == outlet ? outlet : $"{outlet} | {mention}");
}
