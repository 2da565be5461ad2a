using System.Text.Json;
using Parallax.Tests.Support;

namespace Parallax.Tests.Cli;

/// <summary>The command-line contract (shared/docs/cli-contract.md), through the real executable.</summary>
[Trait("Category", "Slow")]
public class CliContractTests
{
    private const string Article = "Storm closes the harbour\n\nThe harbour of Lowmere was closed on Monday after a storm damaged two piers.\n";

    [Fact]
    public void Extract_writes_one_json_line_per_article_with_the_contract_fields()
    {
        using var dir = new TempDir();
        var path = dir.File("harbour.txt", Article);
        var r = CliRunner.Run("extract", path, "--format", "jsonl");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var line = Assert.Single(r.OutputLines);
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        foreach (var field in new[] { "id", "source", "title", "outlet", "published", "authors", "dateline", "text" })
            Assert.True(root.TryGetProperty(field, out _), $"missing {field}");
        Assert.Equal("harbour", root.GetProperty("id").GetString());
        Assert.Equal(path, root.GetProperty("source").GetString());
        Assert.Equal("Storm closes the harbour", root.GetProperty("title").GetString());
        Assert.False(root.TryGetProperty("quotes", out _));
    }

    [Fact]
    public void Bad_inputs_get_one_line_each_and_the_good_ones_still_go_through()
    {
        using var dir = new TempDir();
        var good = dir.File("good.txt", Article);
        var empty = dir.File("empty.txt", "");
        var binary = dir.File("photo.txt", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 1 });
        var missing = Path.Combine(dir.Path, "missing.txt");
        var r = CliRunner.Run("extract", empty, good, binary, missing);
        Assert.Equal(1, r.ExitCode);
        Assert.Single(r.OutputLines);
        Assert.Equal(
            [$"parallax: {empty}: empty file", $"parallax: {binary}: binary file (PNG image), not text", $"parallax: {missing}: no such file or directory"],
            r.ErrorLines);
    }

    [Fact]
    public void Broken_jsonl_line_is_named_by_file_and_line()
    {
        using var dir = new TempDir();
        var path = dir.File("batch.jsonl", "{\"id\":\"a\",\"text\":\"One.\"}\n{oops\n{\"id\":\"c\",\"text\":\"Three.\"}\n");
        var r = CliRunner.Run("extract", path);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal(2, r.OutputLines.Length);
        var error = Assert.Single(r.ErrorLines);
        Assert.StartsWith($"parallax: {path}:2: invalid JSON", error);
    }

    [Fact]
    public void Given_jsonl_text_is_kept_exactly_and_given_fields_win()
    {
        var line = "{\"id\":\"k1\",\"text\":\"  Exact  text,\\nkept.  \",\"outlet\":\"Northern Ledger\",\"published\":\"2020-05-04\",\"authors\":[\"Ann Vale\"],\"stance\":\"left\"}\n";
        var r = CliRunner.RunWithInput(line, "extract", "-", "--input-format", "jsonl");
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(Assert.Single(r.OutputLines));
        var root = doc.RootElement;
        Assert.Equal("k1", root.GetProperty("id").GetString());
        Assert.Equal("  Exact  text,\nkept.  ", root.GetProperty("text").GetString());
        Assert.Equal("Northern Ledger", root.GetProperty("outlet").GetString());
        Assert.Equal("2020-05-04", root.GetProperty("published").GetString());
        Assert.Equal("Ann Vale", root.GetProperty("authors")[0].GetString());
    }

    [Fact]
    public void Output_file_is_written_whole_on_success()
    {
        using var dir = new TempDir();
        var path = dir.File("harbour.txt", Article);
        var output = Path.Combine(dir.Path, "out", "report.json");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        var r = CliRunner.Run("compare", path, "--format", "json", "-o", output);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("", r.Stdout);
        using var doc = JsonDocument.Parse(File.ReadAllText(output));
        Assert.Equal(1, doc.RootElement.GetProperty("articles").GetArrayLength());
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(output)!)); // no temporary file left behind
    }

    [Fact]
    public void Output_file_is_not_created_when_nothing_could_be_read()
    {
        using var dir = new TempDir();
        var output = Path.Combine(dir.Path, "report.json");
        var r = CliRunner.Run("compare", Path.Combine(dir.Path, "missing.txt"), "--format", "json", "-o", output);
        Assert.NotEqual(0, r.ExitCode);
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public void An_interrupted_run_leaves_no_output_file_behind()
    {
        using var dir = new TempDir();
        // Enough articles that analysis is still writing when the signal comes.
        var line = "{\"id\":\"x\",\"text\":\"" + string.Concat(Enumerable.Repeat("Officials in Lowmere said 40 boats were damaged on Monday, the mayor said. ", 40)) + "\"}\n";
        var input = dir.File("many.jsonl", string.Concat(Enumerable.Repeat(line, 20000)));
        var output = Path.Combine(dir.Path, "out.jsonl");
        var psi = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "Parallax.Cli.dll"), "analyze", input, "-o", output })
            psi.ArgumentList.Add(a);
        psi.Environment["CI"] = "true";
        using var p = System.Diagnostics.Process.Start(psi)!;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!Directory.GetFiles(dir.Path, ".out.jsonl.*.tmp").Any() && !p.HasExited && DateTime.UtcNow < deadline)
            Thread.Sleep(20);
        Assert.False(p.HasExited, "the run ended before it could be interrupted");
        System.Diagnostics.Process.Start("kill", ["-TERM", p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
        Assert.True(p.WaitForExit(30_000));
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(dir.Path, ".out.jsonl.*"));
    }

    [Fact]
    public void Compare_json_spans_index_the_article_text()
    {
        using var dir = new TempDir();
        var path = dir.File("harbour.txt", Article);
        var r = CliRunner.Run("compare", path, "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        foreach (var article in doc.RootElement.GetProperty("articles").EnumerateArray())
        {
            var text = article.GetProperty("text").GetString()!;
            foreach (var layer in new[] { "quotes", "quantities", "dates", "entities", "citations" })
            {
                foreach (var item in article.GetProperty(layer).EnumerateArray())
                {
                    var span = item.GetProperty("span");
                    int start = span[0].GetInt32(), end = span[1].GetInt32();
                    Assert.InRange(start, 0, end);
                    Assert.InRange(end, start, text.Length);
                    if (item.TryGetProperty("text", out var t))
                        Assert.Equal(t.GetString(), text[start..end]);
                }
            }
        }
        Assert.True(doc.RootElement.TryGetProperty("stories", out _));
    }

    [Fact]
    public void Unknown_eval_task_and_bad_format_are_usage_errors()
    {
        Assert.NotEqual(0, CliRunner.Run("eval", "nonsense", "/tmp").ExitCode);
        Assert.NotEqual(0, CliRunner.Run("compare", "x.txt", "--format", "pdf").ExitCode);
    }

    [Fact]
    public void Every_command_has_help()
    {
        foreach (var command in new[] { "extract", "analyze", "compare", "eval" })
        {
            var r = CliRunner.Run(command, "--help");
            Assert.Equal(0, r.ExitCode);
            Assert.Contains("Usage:", r.Stdout);
        }
    }
}
