using System.Text;
using Parallax.Comparison.Report;
using Parallax.Rendering;

namespace Parallax.Cli.Console;

/// <summary>Writes a comparison report in the chosen format to standard output or a file (written whole or not at all).</summary>
internal static class ReportOutput
{
    public static readonly string[] Formats = ["text", "json", "markdown", "html"];

    public static void Write(ComparisonReport report, string format, FileInfo? outputFile)
    {
        using var output = OutputTarget.Open(outputFile);
        if (format == "json")
        {
            ReportJson.WriteReport(report, output.Stream);
        }
        else
        {
            using var writer = new StreamWriter(output.Stream, new UTF8Encoding(false), leaveOpen: true);
            switch (format)
            {
                case "markdown":
                    MarkdownReportRenderer.Write(report, writer);
                    break;
                case "html":
                    HtmlReportRenderer.Write(report, writer);
                    break;
                default:
                    TextReportRenderer.Write(report, writer, UseColor(outputFile));
                    break;
            }
        }
        output.Commit();
    }

    /// <summary>Colour only for a terminal, and never when NO_COLOR is set (no-color.org).</summary>
    public static bool UseColor(FileInfo? outputFile) =>
        outputFile is null && !System.Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
}
