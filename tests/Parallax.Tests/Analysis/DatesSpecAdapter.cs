using System.Globalization;
using Parallax.Analysis;
using Parallax.Analysis.Dates;
using Parallax.Evaluation;
using Parallax.Tests.Specs;

namespace Parallax.Tests.Analysis;

/// <summary>
/// Date specs: <c>@ref: YYYY-MM-DD</c> (or <c>none</c>) is the day relative expressions resolve against; each
/// expression is <c>TYPE: VALUE | exact text</c> with TYPE date, time, duration or set and VALUE <c>null</c>
/// when unresolved, in text order.
/// </summary>
internal sealed class DatesSpecAdapter : ISpecAdapter
{
    public static readonly DatesSpecAdapter Instance = new();

    public string Folder => "Dates";

    public static DateOnly? Reference(SpecCase spec) =>
        spec.Settings.TryGetValue("ref", out var r) && r != "none" ? DateOnly.ParseExact(r, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    public IEnumerable<string> Actual(SpecCase spec) => TemporalTagger.Tag(spec.Input, Reference(spec)).Select(e =>
    {
        Assert.Equal(e.Text, e.Span.Of(spec.Input));
        return Line(e);
    });

    public static string Line(TimeExpression e) => SpecLines.Format(e.Type.ToString().ToLowerInvariant(), $"{e.Value ?? "null"} | {e.Text}");
}
