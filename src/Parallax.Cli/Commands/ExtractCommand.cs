using System.CommandLine;
using Parallax.Cli.Console;
using Parallax.Comparison.Report;
using Parallax.Extraction;
using Parallax.Rendering;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax extract PATH... --format jsonl</c>: clean text and metadata, one article per line.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var format = CommonOptions.Format("jsonl", "jsonl");
        var inputFormat = CommonOptions.InputFormat();
        var output = CommonOptions.Output();
        var command = new Command("extract", "Extract each article's clean text and metadata (title, outlet, published, authors, dateline)")
        {
            paths, format, inputFormat, output,
        };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(inputFormat)!, parse.GetValue(output)));
        return command;
    }

    private static int Run(string[] paths, string inputFormat, FileInfo? outputFile)
    {
        var errors = new ErrorReporter();
        using var output = OutputTarget.Open(outputFile);
        var reader = new ArticleReader(CommonOptions.Reader(inputFormat));
        ProgressDisplay.Run("extract", "articles", ProgressDisplay.CountDocuments(paths), (advance, _) =>
        {
            foreach (var r in reader.Read(paths))
            {
                advance(1);
                if (r.Warning is { } w)
                    ErrorReporter.Warn(w);
                if (r.Error is { } e)
                    errors.Report(e);
                else
                    ReportJson.WriteLine(ReportArticles.FromArticle(r.Article!, r.Line), output.Stream);
            }
            return 0;
        });
        output.Commit();
        return errors.ExitCode;
    }
}
