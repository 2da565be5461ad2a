using System.Diagnostics;
using System.Text.Json;
using Parallax.Evaluation;
using Parallax.Tests.Support;

namespace Parallax.Tests.Evaluation;

/// <summary>
/// <c>eval comparison</c> and <c>eval alignment</c> must give the numbers <c>../shared/tools/score.py</c> gives on the
/// same reports (the reports the evaluation writes), on a hand-made gold and on the public one.
/// </summary>
[Trait("Category", "Slow")]
public class ComparisonEvaluationTests
{
    private static string Line(string id, string story, string outlet, string published, string text) =>
        JsonSerializer.Serialize(new { id, story, outlet, title = "Dam on the Varra river", published, text });

    private static string HandMadeGold(TempDir dir)
    {
        var folder = dir.Folder("gold");
        File.WriteAllText(Path.Combine(folder, "articles.jsonl"), string.Join('\n',
            Line("s1-a", "s1", "Valley Courier", "2025-03-04",
                "The Varra dam gave way on Monday, flooding two villages. At least 41 people were killed, officials said. " +
                "“We will not rest until every family is back under a roof of its own,” Governor Teodor Lansk said on Monday."),
            Line("s1-b", "s1", "Northern Post", "2025-03-04",
                "A dam on the Varra river collapsed on Monday and the floods killed 58 people in two villages, rescuers said. " +
                "Governor Teodor Lansk promised: “We will not rest until every family is back under a roof of its own.” " +
                "He also said “the inquiry will report within a month” to reporters."),
            Line("s2-a", "s2", "Valley Courier", "2025-03-06",
                "The city council approved a budget of $2.9 billion on Wednesday by a 7-2 vote."),
            Line("s2-b", "s2", "Northern Post", "2025-03-06",
                "Councillors passed the $3 billion budget 7-2 on Wednesday evening.")) + "\n");
        File.WriteAllText(Path.Combine(folder, "gold.json"), JsonSerializer.Serialize(new
        {
            stories = new object[]
            {
                new
                {
                    story = "s1",
                    aligned_quotes = new[] { new[] { new { article = "s1-a", text = "We will not rest" }, new { article = "s1-b", text = "every family is back" } } },
                    distinct_quotes = new[] { new[] { new { article = "s1-a", text = "We will not rest" }, new { article = "s1-b", text = "the inquiry will report" } } },
                    figures = new[] { new { agree = false, members = new[] { new { article = "s1-a", text = "At least 41 people were killed" }, new { article = "s1-b", text = "killed 58 people" } } } },
                },
                new
                {
                    story = "s2",
                    aligned_quotes = Array.Empty<object>(),
                    distinct_quotes = Array.Empty<object>(),
                    figures = new[] { new { agree = true, members = new[] { new { article = "s2-a", text = "$2.9 billion" }, new { article = "s2-b", text = "$3 billion" } } } },
                },
            },
        }));
        return folder;
    }

    private static JsonElement Score(params string[] args)
    {
        var script = SharedData.RequirePath("tools/score.py");
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var a in args)
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "score.py did not finish in two minutes");
        Assert.True(process.ExitCode == 0, $"score.py failed: {error}");
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    private static void AssertSame(EvaluationResult ours, JsonElement theirs, params (string Ours, string Theirs)[] names)
    {
        foreach (var (o, t) in names)
            Assert.True(Math.Abs(ours[o] - theirs.GetProperty(t).GetDouble()) < 1e-4, $"{o}: eval {ours[o]:0.0000}, score.py {theirs.GetProperty(t).GetDouble():0.0000}");
    }

    private static void AssertAgreesWithScorer(string folder, TempDir dir)
    {
        var reports = dir.Folder("reports");
        var result = new ComparisonEvaluation { ReportsDirectory = reports }.Run(folder);
        AssertSame(result, Score("compare-gold", Path.Combine(folder, "gold.json"), reports),
            ("aligned_recall", "aligned_recall"), ("distinct_kept_apart", "distinct_kept_apart"),
            ("figure_recall", "figure_recall"), ("figure_agree_right", "figure_agree_right"));
        AssertSame(result, Score("alignment", Path.Combine(folder, "articles.jsonl"), reports),
            ("stories_kept_whole", "stories_kept_whole"), ("alignment_recall", "alignment_recall"));

        var alignmentReports = dir.Folder("alignment-reports");
        var alignment = new AlignmentEvaluation { ReportsDirectory = alignmentReports }.Run(Path.Combine(folder, "articles.jsonl"));
        AssertSame(alignment, Score("alignment", Path.Combine(folder, "articles.jsonl"), alignmentReports),
            ("stories_kept_whole", "stories_kept_whole"), ("alignment_recall", "alignment_recall"));
    }

    [Fact]
    public void On_a_hand_made_gold_the_evaluation_gives_the_numbers_of_score_py()
    {
        using var dir = new TempDir();
        var folder = HandMadeGold(dir);
        AssertAgreesWithScorer(folder, dir);
        var result = new ComparisonEvaluation().Run(folder);
        Assert.Equal(2, result.Counts.Single(c => c.Key == "stories").Value);
        Assert.Equal(2, result.Counts.Single(c => c.Key == "figure_groups").Value);
        Assert.Equal(1.0, result["distinct_kept_apart"]);
    }

    [Fact]
    public void On_the_public_comparison_gold_the_evaluation_gives_the_numbers_of_score_py()
    {
        var folder = SharedData.RequirePath("datasets/comparison");
        using var dir = new TempDir();
        AssertAgreesWithScorer(folder, dir);
    }

    [Fact]
    public void The_command_line_writes_each_story_report_where_reports_says_and_score_py_reads_them()
    {
        using var dir = new TempDir();
        var folder = HandMadeGold(dir);
        var reports = Path.Combine(dir.Path, "cli-reports");
        var run = CliRunner.Run("eval", "comparison", folder, "--reports", reports, "--json");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, Directory.GetFiles(reports, "*.json").Length);
        var ours = JsonDocument.Parse(run.Stdout).RootElement;
        var theirs = Score("compare-gold", Path.Combine(folder, "gold.json"), reports);
        Assert.Equal(theirs.GetProperty("figure_recall").GetDouble(), ours.GetProperty("figure_recall").GetDouble(), 4);

        // A task that compares no stories writes no reports; a missing parent folder is refused before any work.
        Assert.Equal(2, CliRunner.Run("eval", "dates", folder, "--reports", reports).ExitCode);
        var missing = CliRunner.Run("eval", "comparison", folder, "--reports", Path.Combine(dir.Path, "no", "such"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("does not exist", missing.Stderr);
    }

    [Fact]
    public void An_article_listed_twice_in_one_story_is_compared_under_a_second_id_not_a_crash()
    {
        using var dir = new TempDir();
        var folder = dir.Folder("dup");
        var line = "{\"id\": \"d1\", \"story\": \"s1\", \"title\": \"Dam breach\", \"published\": \"2024-03-02\", " +
            "\"text\": \"The dam breached on Friday and 2,300 people were evacuated, officials said.\"}";
        File.WriteAllText(Path.Combine(folder, "articles.jsonl"), line + "\n" + line + "\n");
        File.WriteAllText(Path.Combine(folder, "gold.json"), "{\"stories\": []}");
        var result = new ComparisonEvaluation().Run(folder);
        Assert.Equal(2, result.Items);
        var reports = dir.Folder("reports");
        new AlignmentEvaluation { ReportsDirectory = reports }.Run(Path.Combine(folder, "articles.jsonl"));
        var ids = JsonDocument.Parse(File.ReadAllText(Path.Combine(reports, "s1.json"))).RootElement.GetProperty("articles")
            .EnumerateArray().Select(a => a.GetProperty("id").GetString() ?? "").ToArray();
        Assert.Equal(new[] { "d1", "d1-2" }, ids);
    }

    [Fact]
    public void A_folder_without_the_gold_files_is_refused_with_what_it_expects()
    {
        using var dir = new TempDir();
        var error = Assert.Throws<DatasetException>(() => new ComparisonEvaluation().Run(dir.Folder("empty")));
        Assert.Contains("gold.json and articles.jsonl", error.Message);
    }
}
