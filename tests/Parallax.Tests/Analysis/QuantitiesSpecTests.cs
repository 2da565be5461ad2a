using System.Globalization;
using Parallax.Analysis;
using Parallax.Analysis.Quantities;

namespace Parallax.Tests.Analysis;

/// <summary>Runs every case of tests/Parallax.Tests/Specs/Quantities/*.txt (format in that folder's README).</summary>
public sealed class QuantitiesSpecTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in QuantitySpecs.All.Value)
            data.Add(c.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Snippet_yields_exactly_the_expected_quantities(string id)
    {
        var spec = QuantitySpecs.All.Value.Single(c => c.Id == id);
        var actual = QuantityExtractor.Extract(spec.Snippet);

        var expected = string.Join("\n", spec.Expected.Select(Describe));
        var got = string.Join("\n", actual.Select(q => Describe(new ExpectedQuantity(q.Value, q.High, q.Unit, q.Approximation, q.Text))));
        Assert.True(spec.Expected.Count == actual.Count && spec.Expected.Zip(actual).All(p => Same(p.First, p.Second)),
            $"{spec.Snippet}\nexpected:\n{expected}\ngot:\n{got}");
        foreach (var q in actual)
            Assert.Equal(q.Text, spec.Snippet[q.Span.Start..q.Span.End]);
    }

    [Fact]
    public void Spec_files_hold_at_least_fifty_cases_with_negatives()
    {
        Assert.True(QuantitySpecs.All.Value.Count >= 50);
        Assert.True(QuantitySpecs.All.Value.Count(c => c.Expected.Count == 0) >= 10);
    }

    [Fact]
    public void Component_fills_the_quantities_layer_and_needs_no_other()
    {
        var component = new QuantityExtractor();
        Assert.Empty(component.Requires);
        Assert.Equal([Layers.Quantities], component.Assigns);
        var article = new AnalyzedArticle(new Parallax.Model.Article { Id = "a", Source = "s", Text = "Rescuers found 12 survivors in 2019." });
        component.Process(article);
        var q = Assert.Single(article.Quantities);
        Assert.Equal(12, q.Value);
        Assert.Equal("survivor", q.Unit);
    }

    [Fact]
    public void Extraction_is_the_same_on_many_threads_at_once()
    {
        var snippets = QuantitySpecs.All.Value.Select(c => c.Snippet).ToArray();
        var sequential = snippets.Select(t => string.Join(";", QuantityExtractor.Extract(t).Select(q => q.ToString()))).ToArray();
        var parallel = new string[snippets.Length * 8];
        Parallel.For(0, parallel.Length, i =>
            parallel[i] = string.Join(";", QuantityExtractor.Extract(snippets[i % snippets.Length]).Select(q => q.ToString())));
        for (int i = 0; i < parallel.Length; i++)
            Assert.Equal(sequential[i % snippets.Length], parallel[i]);
    }

    private static bool Same(ExpectedQuantity e, Quantity q) =>
        Close(e.Value, q.Value) && (e.High is null ? q.High is null : q.High is { } h && Close(e.High.Value, h))
        && e.Unit == q.Unit && e.Approximation == q.Approximation && e.Text == q.Text;

    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(a));

    private static string Describe(ExpectedQuantity q) =>
        string.Create(CultureInfo.InvariantCulture, $"{q.Value}{(q.High is { } h ? ".." + h.ToString(CultureInfo.InvariantCulture) : "")} | {q.Unit ?? "-"} | {q.Approximation ?? "-"} | {q.Text}");
}

internal sealed record ExpectedQuantity(double Value, double? High, string? Unit, string? Approximation, string Text);

internal sealed record QuantitySpec(string Id, string Snippet, IReadOnlyList<ExpectedQuantity> Expected);

/// <summary>Reads the spec files from the source tree (found by walking up from the test binaries).</summary>
internal static class QuantitySpecs
{
    public static readonly Lazy<IReadOnlyList<QuantitySpec>> All = new(Load);

    private static List<QuantitySpec> Load()
    {
        var folder = FindFolder();
        var specs = new List<QuantitySpec>();
        foreach (var file in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            string? snippet = null;
            var expected = new List<ExpectedQuantity>();
            int lineNo = 0, caseLine = 0;
            foreach (var raw in File.ReadLines(file))
            {
                lineNo++;
                var line = raw.TrimEnd();
                if (line.Length == 0 || line.StartsWith('#'))
                    continue;
                if (line.StartsWith("> ", StringComparison.Ordinal))
                {
                    if (snippet is not null)
                        specs.Add(new QuantitySpec($"{name}:{caseLine}", snippet, expected));
                    snippet = line[2..];
                    expected = [];
                    caseLine = lineNo;
                }
                else if (line == "(none)")
                {
                }
                else
                {
                    var parts = line.Split(" | ", 4);
                    if (parts.Length != 4 || snippet is null)
                        throw new FormatException($"{file}:{lineNo}: expected 'VALUE | UNIT | APPROXIMATION | text'");
                    var range = parts[0].Split("..");
                    expected.Add(new ExpectedQuantity(
                        double.Parse(range[0], NumberStyles.Float, CultureInfo.InvariantCulture),
                        range.Length > 1 ? double.Parse(range[1], NumberStyles.Float, CultureInfo.InvariantCulture) : null,
                        parts[1] == "-" ? null : parts[1],
                        parts[2] == "-" ? null : parts[2],
                        parts[3]));
                }
            }
            if (snippet is not null)
                specs.Add(new QuantitySpec($"{name}:{caseLine}", snippet, expected));
        }
        return specs;
    }

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Parallax.Tests", "Specs", "Quantities");
            if (Directory.Exists(candidate))
                return candidate;
        }
        throw new DirectoryNotFoundException("tests/Parallax.Tests/Specs/Quantities not found above " + AppContext.BaseDirectory);
    }
}
