using System.CommandLine;
using Parallax.Cli.Console;
using Parallax.Comparison.Report;
using Parallax.Rendering;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax export --format jsonl|csv [-o FILE]</c>: every stored article with its story, in ingest order.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var format = CommonOptions.Format("jsonl", "jsonl", "csv");
        var output = CommonOptions.Output();
        var versions = new Option<bool>("--all-versions") { Description = "Include the earlier versions of articles that changed" };
        var command = new Command("export", "Write the stored articles, their analyses and stories as JSONL (report-format.md's article lines plus story) or CSV")
        {
            db, format, output, versions,
        };
        command.SetAction((parse, cancel) => RunAsync(parse.GetValue(db), parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(versions), cancel));
        return command;
    }

    private static async Task<int> RunAsync(string? dbOption, string format, FileInfo? outputFile, bool allVersions, CancellationToken cancel)
    {
        await using var store = await StoreOptions.OpenReaderAsync(dbOption, cancel);
        if (store is null)
            return ExitCodes.StoreFailed;
        using var output = OutputTarget.Open(outputFile);
        CsvExport? csv = format == "csv" ? new CsvExport(output.Stream) : null;
        await foreach (var a in store.ReadAllAsync(cancel: cancel))
        {
            if (a.SupersededBy is not null && !allVersions)
                continue;
            if (csv is not null)
                csv.Write(a);
            else
                StoreJson.WriteExported(ReportArticles.FromAnalysis(a.Analysis, a.Line), a.Story, a.Version, a.ContentHash, output.Stream, a.DuplicateOf);
        }
        csv?.Dispose();
        output.Commit();
        return ExitCodes.Ok;
    }
}
