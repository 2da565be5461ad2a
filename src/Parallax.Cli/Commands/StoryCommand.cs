using System.CommandLine;
using Parallax.Analysis;
using Parallax.Cli.Console;
using Parallax.Comparison;
using Parallax.Store;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax story ID [--db DB] [--format ...]</c>: one stored story's comparison report, from the analyses stored at ingest.</summary>
internal static class StoryCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "The story's id as parallax stories lists it (s12, or 12)" };
        var db = StoreOptions.Db();
        var format = CommonOptions.Format("text", ReportOutput.Formats);
        var output = CommonOptions.Output();
        var command = new Command("story", "One stored story's comparison report: quotes, figures, exclusives and framing across its outlets")
        {
            id, db, format, output,
        };
        command.SetAction((parse, cancel) => RunAsync(parse.GetValue(id)!, parse.GetValue(db), parse.GetValue(format)!, parse.GetValue(output), cancel));
        return command;
    }

    private static async Task<int> RunAsync(string id, string? dbOption, string format, FileInfo? outputFile, CancellationToken cancel)
    {
        if (!StoreIds.TryParseStory(id, out long storyId))
            return ErrorReporter.Fatal($"'{id}' is not a story id (s12, or 12)");
        await using var store = await StoreOptions.OpenReaderAsync(dbOption, cancel);
        if (store is null)
            return ExitCodes.StoreFailed;
        var report = await StoreReports.StoryAsync(store, storyId, AnalysisPipeline.CreateDefault(), cancel: cancel);
        if (report is null)
        {
            System.Console.Error.WriteLine($"parallax: {StoreLocation.Display(store.Location)}: no story {StoreIds.Story(storyId)}");
            return ExitCodes.SomeInputsFailed;
        }
        if (await store.StoryAsync(storyId, cancel) is { } summary && report.Articles.Count < summary.Articles)
            System.Console.Error.WriteLine($"parallax: {StoreIds.Story(storyId)} has {summary.Articles} articles; the report compares its latest {report.Articles.Count}");
        ReportOutput.Write(report, format, outputFile);
        return ExitCodes.Ok;
    }
}
