using System.Diagnostics;
using System.Text.Json;
using Parallax.Analysis;
using Parallax.Analysis.Dates;
using Parallax.Comparison.Report;
using Parallax.Evaluation;
using Parallax.Model;
using Parallax.Rendering;
using Parallax.Tests.Support;

namespace Parallax.Tests.Evaluation;

/// <summary>
/// <c>eval dates</c> and <c>score.py timex</c> must give the same figures on the same tagger output: the output
/// written here is the contract's article lines (what <c>parallax analyze --format jsonl</c> prints), from the
/// analysis pipeline with the dates tagger, one line per TimeBank document with its creation day as publication date.
/// </summary>
[Trait("Category", "Slow")]
public sealed class DatesScorerAgreementTests
{
    [Fact]
    public void On_TimeBank_the_evaluation_gives_the_numbers_of_score_py()
    {
        var folder = SharedData.RequirePath("datasets/dates/timebank");
        var script = SharedData.RequirePath("tools/score.py");
        using var dir = new TempDir();
        var predictions = Path.Combine(dir.Path, "pred.jsonl");
        var pipeline = new AnalysisPipelineBuilder().Add(new TemporalTagger()).Build();
        using (var output = File.Create(predictions))
        {
            foreach (var file in Directory.GetFiles(folder, "*.tml").Where(f => !Path.GetFileName(f).StartsWith("._", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                var doc = DatesTimeMlReader.Read(file);
                var article = new Article { Id = Path.GetFileNameWithoutExtension(file), Source = file, Text = doc.Text, Published = doc.CreationTime };
                ReportJson.WriteLine(ReportArticles.FromAnalysis(pipeline.Analyze(article)), output);
            }
        }

        var ours = new DatesEvaluation().Run(folder);
        var theirs = Score(script, "timex", folder, predictions);

        Assert.Equal(ours.Items, theirs.GetProperty("documents").GetInt32());
        foreach (var metric in new[] { "precision", "recall", "f1", "value_accuracy", "value_f1" })
        {
            double a = ours[metric], b = theirs.GetProperty(metric).GetDouble();
            Assert.True(Math.Abs(a - b) < 1e-4, $"{metric}: eval {a:0.0000}, score.py {b:0.0000}");
        }
    }

    private static JsonElement Score(string script, params string[] args)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var a in args)
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "score.py did not finish in two minutes");
        Assert.True(process.ExitCode == 0, $"score.py failed: {error}");
        return JsonDocument.Parse(output).RootElement.Clone();
    }
}
