using System.CommandLine;
using System.CommandLine.Help;
using Parallax.Cli.Commands;
using Parallax.Cli.Console;

namespace Parallax.Cli;

public static class Program
{
    // The commands handle Ctrl-C themselves (ingest writes the batch in hand; serve stops its host), so the
    // parser neither cancels them nor ends the process after a timeout.
    public static async Task<int> Main(string[] args)
    {
        var parse = BuildRoot().Parse(args);
        if (parse.Errors.Count > 0 && !AsksForHelp(args))
        {
            // A usage error: one line each, a pointer to the help, exit 2 (the README's contract).
            foreach (var error in parse.Errors)
                System.Console.Error.WriteLine(Parallax.Rendering.TerminalText.Clean($"parallax: {error.Message}"));
            System.Console.Error.WriteLine("parallax: see 'parallax --help' or 'parallax COMMAND --help'");
            return UsageError;
        }
        using var logging = parse.Errors.Count == 0 ? CliLogging.Configure(parse) : null;
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // No stack trace reaches a user: one line, the full trace only with --verbose.
            System.Console.Error.WriteLine(Parallax.Rendering.TerminalText.Clean($"parallax: {e.Message.ReplaceLineEndings(" ")}"));
            if (args.Contains("--verbose"))
                System.Console.Error.WriteLine(e.ToString());
            return e is IOException or UnauthorizedAccessException ? 1 : InternalError;
        }
    }

    /// <summary>Exit status of a usage error.</summary>
    private const int UsageError = 2;

    /// <summary>Exit status of a failure that is a bug (sysexits' EX_SOFTWARE).</summary>
    private const int InternalError = 70;

    private static bool AsksForHelp(string[] args) => args.Any(a => a is "--help" or "-h" or "-?" or "--version");

    internal static Command BuildRoot()
    {
        // A named root rather than RootCommand, whose name would be the assembly's (Parallax.Cli), not the tool's.
        var root = new Command("parallax", "Parallax: compare how outlets report the same events: quotes, figures, dates, exclusives.")
        {
            new HelpOption(),
            new VersionOption(),
            CliLogging.Verbose,
            CliLogging.Level,
        };
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(AnalyzeCommand.Create());
        root.Subcommands.Add(CompareCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(WorkerCommand.Create());
        root.Subcommands.Add(FetchCommand.Create());
        root.Subcommands.Add(SourcesCommand.Create());
        root.Subcommands.Add(FollowCommand.Create());
        root.Subcommands.Add(StoriesCommand.Create());
        root.Subcommands.Add(StoryCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        return root;
    }
}
