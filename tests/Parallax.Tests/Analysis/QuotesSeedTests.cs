using System.Text.Json;
using Parallax.Analysis;
using Parallax.Extraction.PlainText;
using Parallax.Model;
using Parallax.Tests.Support;

namespace Parallax.Tests.Analysis;

/// <summary>
/// The seeds' expected quotes, speakers and citations (../shared/seeds/expected.json), read at run time.
/// Skipped when ../shared is absent.
/// </summary>
public sealed class QuotesSeedTests
{
    public static TheoryData<string> Seeds => ["000_5541a20e3e86da17.txt", "004_36851043f20b2684.txt"];

    [Theory, MemberData(nameof(Seeds))]
    public void Seed_yields_its_expected_quotes_speakers_and_citations(string file)
    {
        var path = SharedData.RequirePath("seeds/" + file);
        var expected = JsonDocument.Parse(File.ReadAllText(SharedData.RequirePath("seeds/expected.json"))).RootElement.GetProperty("articles").GetProperty(file);
        var fields = new PlainTextArticleParser().Parse(File.ReadAllText(path));
        var analyzed = AnalysisPipeline.CreateDefault().Analyze(new Article { Id = file, Source = path, Text = fields.Text });
        foreach (var q in expected.GetProperty("quotes").EnumerateArray())
        {
            var starts = Norm(q.GetProperty("starts").GetString()!);
            var speaker = Norm(q.GetProperty("speaker").GetString()!);
            var hits = analyzed.Quotes.Where(x => Norm(x.Text).StartsWith(starts[..Math.Min(30, starts.Length)], StringComparison.Ordinal) || Norm(x.Text).Contains(starts, StringComparison.Ordinal)).ToList();
            Assert.True(hits.Count > 0, $"no quote starting '{starts}'");
            Assert.Contains(hits, h => h.Speaker is not null && Norm(h.Speaker).Contains(speaker, StringComparison.Ordinal));
        }
        var cited = analyzed.Citations.Select(c => c.Outlet).ToList();
        foreach (var c in expected.GetProperty("citations_include").EnumerateArray())
            Assert.Contains(c.GetString()!, cited);
        if (expected.GetProperty("citations_include").GetArrayLength() == 0)
            Assert.Empty(cited);
    }

    private static string Norm(string s) =>
        string.Join(' ', s.Replace('’', '\'').Replace('“', '"').Replace('”', '"').ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
