using Parallax.Evaluation;
using Parallax.Extraction.PlainText;
using Parallax.Tests.Specs;

namespace Parallax.Tests.Extraction;

/// <summary>
/// Plain-text article specs: the input is a raw scrape; the expected fields are <c>title:</c>, <c>kind:</c>,
/// <c>published:</c>, <c>outlet:</c>, <c>section:</c>, <c>dateline:</c> (the city), <c>region:</c> (the dateline's
/// region or country), <c>agency:</c> (the agency the dateline credits), <c>authors:</c> (separated by
/// <c>;</c>), a field not listed must come out empty; then the article text, one <c>text:</c> line per line,
/// which must match exactly.
/// </summary>
internal sealed class PlainTextSpecAdapter : ISpecAdapter
{
    public static readonly PlainTextSpecAdapter Instance = new();

    private static readonly string[] FieldNames = ["title", "kind", "published", "outlet", "section", "dateline", "region", "agency", "authors"];

    public string Folder => "PlainText";

    public IEnumerable<string> Expected(SpecCase spec)
    {
        foreach (var line in spec.Expected)
            Assert.True(line.Kind == "text" || FieldNames.Contains(line.Kind), $"{spec}: unknown field '{line.Kind}'");
        // Fields in the one order Actual writes them, then the text lines as written.
        return spec.Expected.Where(l => l.Kind != "text").OrderBy(l => Array.IndexOf(FieldNames, l.Kind)).Select(l => SpecLines.Format(l.Kind, l.Value.Trim()))
            .Concat(spec.Expected.Where(l => l.Kind == "text").Select(l => SpecLines.Format("text", l.Value)));
    }

    public IEnumerable<string> Actual(SpecCase spec)
    {
        var fields = new PlainTextArticleParser().Parse(spec.Input);
        string?[] values =
        [
            fields.Title, fields.Kind, fields.Published?.ToIso(), fields.Outlet, fields.Section, fields.Dateline, fields.DatelineRegion, fields.Agency,
            fields.Authors.Count == 0 ? null : string.Join("; ", fields.Authors),
        ];
        for (int i = 0; i < FieldNames.Length; i++)
        {
            if (!string.IsNullOrEmpty(values[i]))
                yield return SpecLines.Format(FieldNames[i], values[i]!);
        }
        if (fields.Text.Length > 0)
        {
            foreach (var line in fields.Text.Split('\n'))
                yield return SpecLines.Format("text", line);
        }
    }
}
