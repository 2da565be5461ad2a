using System.CommandLine;
using Parallax.Analysis;
using Parallax.Cli.Console;
using Parallax.Comparison.Report;
using Parallax.Extraction;
using Parallax.Rendering;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax analyze PATH... --format jsonl</c>: extraction plus quotes, quantities, dates, entities and citations.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var format = CommonOptions.Format("jsonl", "jsonl");
        var inputFormat = CommonOptions.InputFormat();
        var output = CommonOptions.Output();
        var command = new Command("analyze", "Extract and analyze each article: quotes and speakers, quantities, dates, entities, citations")
        {
            paths, format, inputFormat, output,
        };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(inputFormat)!, parse.GetValue(output)));
        return command;
    }

    private static int Run(string[] paths, string inputFormat, FileInfo? outputFile)
    {
        var errors = new ErrorReporter();
        var pipeline = AnalysisPipeline.CreateDefault();
        using var output = OutputTarget.Open(outputFile);
        var reader = new ArticleReader(CommonOptions.Reader(inputFormat));
        ProgressDisplay.Run("analyze", "articles", ProgressDisplay.CountDocuments(paths), (advance, _) =>
        {
            foreach (var r in reader.Read(paths))
            {
                advance(1);
                if (r.Warning is { } w)
                    ErrorReporter.Warn(w);
                if (r.Error is { } e)
                    errors.Report(e);
                else
                    ReportJson.WriteLine(ReportArticles.FromAnalysis(pipeline.Analyze(r.Article!), r.Line), output.Stream);
            }
            return 0;
        });
        output.Commit();
        return errors.ExitCode;
    }
}
