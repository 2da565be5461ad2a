using System.CommandLine;
using Parallax.Stories;
using Parallax.Analysis;
using Parallax.Cli.Console;
using Parallax.Comparison;
using Parallax.Extraction;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax compare PATH...</c>: the main job, from files to a report of each story's coverage across outlets.</summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var format = CommonOptions.Format("text", ReportOutput.Formats);
        var inputFormat = CommonOptions.InputFormat();
        var output = CommonOptions.Output();
        var oneStory = new Option<bool>("--one-story")
        {
            Description = "The articles are one story: skip grouping and compare them all together",
        };
        var command = new Command("compare", "Group the articles into stories and compare each story's coverage across outlets")
        {
            paths, format, inputFormat, output, oneStory,
        };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(format)!, parse.GetValue(inputFormat)!, parse.GetValue(output),
            parse.GetValue(oneStory)));
        return command;
    }

    private static int Run(string[] paths, string format, string inputFormat, FileInfo? outputFile, bool oneStory)
    {
        var errors = new ErrorReporter();
        var pipeline = AnalysisPipeline.CreateDefault();
        var reader = new ArticleReader(CommonOptions.Reader(inputFormat));
        var analyzed = new List<AnalyzedArticle>();
        var lines = new List<int?>();
        ProgressDisplay.Run("compare", "articles", ProgressDisplay.CountDocuments(paths), (advance, _) =>
        {
            foreach (var r in reader.Read(paths))
            {
                advance(1);
                if (r.Warning is { } w)
                    ErrorReporter.Warn(w);
                if (r.Error is { } e)
                {
                    errors.Report(e);
                    continue;
                }
                analyzed.Add(pipeline.Analyze(r.Article!));
                lines.Add(r.Line);
            }
            return 0;
        });
        if (analyzed.Count == 0)
        {
            System.Console.Error.WriteLine("parallax: no article could be read");
            return ExitCodes.SomeInputsFailed;
        }

        // --one-story: the user knows these articles report one event, so grouping is skipped (it could split them).
        var batch = oneStory
            ? StoryBatch.Of(analyzed, [Enumerable.Range(0, analyzed.Count).ToList()], ["s1"], pipeline, lines)
            : StoryBatch.Group(analyzed, pipeline, lines: lines);
        var report = new ReportBuilder().Build(batch);
        ReportOutput.Write(report, format, outputFile);
        return errors.ExitCode;
    }
}
