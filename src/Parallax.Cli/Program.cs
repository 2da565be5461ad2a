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
        using var logging = parse.Errors.Count == 0 ? CliLogging.Configure(parse) : null;
        return await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
    }

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
        root.Subcommands.Add(StoriesCommand.Create());
        root.Subcommands.Add(StoryCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        return root;
    }
}
