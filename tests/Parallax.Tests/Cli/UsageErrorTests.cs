using Parallax.Tests.Support;

namespace Parallax.Tests.Cli;

/// <summary>
/// Usage errors exit 2 with one line each and no stack trace; a missing output folder is refused and named before any
/// work; a mistyped option is not read as a file (issue 17 defects 10 and 12, issue 18's CLI section).
/// </summary>
public class UsageErrorTests
{
    [Theory]
    [InlineData("compare")]
    [InlineData("no-such-command")]
    [InlineData("eval", "no-such-task", "/tmp")]
    [InlineData("stories", "--sort", "sideways")]
    [InlineData("compare", "--bogus", "samples")]
    [InlineData("compare", "x.txt", "--format", "pdf")]
    public void Usage_errors_exit_2_with_one_line_each_and_no_stack_trace(params string[] args)
    {
        var r = CliRunner.Run(args);
        Assert.Equal(2, r.ExitCode);
        Assert.All(r.ErrorLines, line => Assert.StartsWith("parallax: ", line, StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_eval_task_lists_every_task()
    {
        var r = CliRunner.Run("eval", "no-such-task", "/tmp");
        foreach (var task in new[] { "extraction", "metadata", "stories", "alignment", "comparison", "dates", "quantities", "pubdates", "quotes", "entities" })
            Assert.Contains($"'{task}'", r.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("compare")]
    [InlineData("analyze")]
    [InlineData("extract")]
    public void An_output_in_a_missing_folder_is_refused_and_named(string command)
    {
        using var dir = new TempDir();
        var input = dir.File("a.txt", "A title\n\nThe council met on Monday and 40 people came.\n");
        var missing = Path.Combine(dir.Path, "no-such-folder", "out.txt");
        var r = CliRunner.Run(command, input, "-o", missing);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(Path.Combine(dir.Path, "no-such-folder"), r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", r.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "no-such-folder")));
    }

    [Fact]
    public void A_file_whose_name_starts_with_a_dash_can_still_be_read_by_its_path()
    {
        using var dir = new TempDir();
        dir.File("--odd.txt", "A title\n\nThe council met on Monday and 40 people came.\n");
        var r = CliRunner.Run("compare", Path.Combine(dir.Path, "--odd.txt"));
        Assert.Equal(0, r.ExitCode);
    }

    [Fact]
    public void Help_names_each_default_once()
    {
        var r = CliRunner.Run("stories", "--help");
        var line = Assert.Single(r.OutputLines, l => l.Contains("--limit", StringComparison.Ordinal));
        Assert.Equal(1, line.Split("default", StringSplitOptions.None).Length - 1);
    }

    [Fact]
    public void A_store_in_a_missing_folder_is_refused_and_the_folder_not_made()
    {
        using var dir = new TempDir();
        var input = dir.File("a.txt", "A title\n\nThe council met on Monday and 40 people came.\n");
        var missing = Path.Combine(dir.Path, "no-such-folder");
        var r = CliRunner.Run("ingest", input, "--db", Path.Combine(missing, "store.db"));
        Assert.Equal(4, r.ExitCode);
        Assert.Contains(missing, r.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(missing));
    }
}
