using System.Globalization;
using Parallax.Analysis;
using Parallax.Analysis.Quantities;
using Parallax.Evaluation;
using Parallax.Tests.Specs;

namespace Parallax.Tests.Analysis;

/// <summary>
/// Quantity specs: <c>quantity: VALUE[..HIGH] | UNIT | APPROXIMATION | exact text</c>, <c>-</c> for no unit or
/// approximation, in text order. Values are compared to 12 significant digits.
/// </summary>
internal sealed class QuantitiesSpecAdapter : ISpecAdapter
{
    public static readonly QuantitiesSpecAdapter Instance = new();

    public string Folder => "Quantities";

    public IEnumerable<string> Expected(SpecCase spec) => spec.Expected.Select(line =>
    {
        Assert.True(line.Kind == "quantity" && line.Fields.Count == 4, $"{spec}: expected 'quantity: VALUE | UNIT | APPROXIMATION | text'");
        var range = line.Fields[0].Split("..");
        return Line(Parse(range[0]), range.Length > 1 ? Parse(range[1]) : null, line.Fields[1], line.Fields[2], line.Fields[3]);
    });

    public IEnumerable<string> Actual(SpecCase spec) => QuantityExtractor.Extract(spec.Input).Select(q =>
    {
        Assert.Equal(q.Text, spec.Input[q.Span.Start..q.Span.End]);
        return Line(q.Value, q.High, q.Unit ?? "-", q.Approximation ?? "-", q.Text);
    });

    private static double Parse(string number) => double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Line(double value, double? high, string unit, string approximation, string text) =>
        SpecLines.Format("quantity", $"{Number(value)}{(high is { } h ? ".." + Number(h) : "")} | {unit} | {approximation} | {text}");

    /// <summary>Rounded to 12 significant digits, so arithmetic noise in the last bits does not count.</summary>
    private static string Number(double value) =>
        double.Parse(value.ToString("G12", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
}
