using Parallax.Tests.Support;

namespace Parallax.Tests.Cli;

/// <summary>--log-level and --verbose: log lines go to standard error, never into a command's output.</summary>
[Trait("Category", "Slow")]
public class CliLoggingTests
{
    private const string Article = "Storm closes the harbour\n\nThe harbour of Lowmere was closed on Monday after a storm damaged two piers.\n";

    [Fact]
    public void Debug_logging_writes_to_standard_error_and_leaves_standard_output_alone()
    {
        using var dir = new TempDir();
        var input = dir.File("in/harbour.txt", Article);
        var db = dir.Combine("debug.db");
        var quiet = CliRunner.Run("ingest", input, "--db", dir.Combine("quiet.db"));
        var logged = CliRunner.Run("--log-level", "debug", "ingest", input, "--db", db);
        Assert.True(logged.ExitCode == 0, logged.Stderr);

        // Standard output is the same line either way, but for the store's path.
        Assert.Equal(quiet.Stdout.Replace("quiet.db", "debug.db", StringComparison.Ordinal), logged.Stdout);
        Assert.DoesNotContain("debug:", logged.Stdout, StringComparison.Ordinal);
        Assert.Contains(logged.ErrorLines, l => l.StartsWith("parallax: debug: Batch written: 1 articles", StringComparison.Ordinal) && l.EndsWith("[1102])", StringComparison.Ordinal));
        Assert.Contains(logged.ErrorLines, l => l.StartsWith("parallax: info: Store ", StringComparison.Ordinal) && l.Contains("migrated", StringComparison.Ordinal));
        // Without the option nothing is logged.
        Assert.Empty(quiet.Stderr);
    }

    [Fact]
    public void Verbose_is_debug_and_works_after_the_command_name_too()
    {
        using var dir = new TempDir();
        var db = dir.Combine("v.db");
        Assert.Equal(0, CliRunner.Run("ingest", dir.File("in/harbour.txt", Article), "--db", db).ExitCode);
        var r = CliRunner.Run("stories", "--db", db, "--verbose");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Contains(r.ErrorLines, l => l.StartsWith("parallax: debug: Store ", StringComparison.Ordinal) && l.Contains("opened (read-only", StringComparison.Ordinal));
        Assert.DoesNotContain("parallax:", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_level_is_a_usage_error()
    {
        var r = CliRunner.Run("--log-level", "loud", "stories");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("Argument 'loud' not recognized", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("'debug'", r.Stderr, StringComparison.Ordinal);
    }
}
