using System.Runtime.CompilerServices;
using Parallax.Stories;
using Parallax.Analysis;
using Parallax.Comparison;
using Parallax.Comparison.Report;
using Parallax.Extraction;
using Parallax.Rendering;

namespace Parallax.Tests.Rendering;

/// <summary>
/// The text, Markdown and HTML reports of the shipped samples, compared with golden files in Golden/.
/// After an intended change, regenerate them with PARALLAX_UPDATE_GOLDEN=1 dotnet test and review the diff.
/// </summary>
public class GoldenReportTests
{
    /// <summary>The samples' report, built once for the golden files and the answer key.</summary>
    internal static readonly Lazy<ComparisonReport> Report = new(BuildReport);

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Parallax.slnx")) && Directory.Exists(Path.Combine(dir.FullName, "samples")))
                return dir.FullName;
        }
        throw new InvalidOperationException("the checkout's root (with Parallax.slnx and samples/) was not found");
    }

    private static ComparisonReport BuildReport()
    {
        var root = RepoRoot();
        var pipeline = AnalysisPipeline.CreateDefault();
        var analyzed = new ArticleReader().Read([Path.Combine(root, "samples")])
            .Select(r => pipeline.Analyze(r.Article ?? throw new InvalidOperationException(r.Error!.ToString())))
            .ToList();
        return new ReportBuilder().Build(StoryBatch.Group(analyzed, pipeline));
    }

    [Theory]
    [InlineData("samples.txt")]
    [InlineData("samples.md")]
    [InlineData("samples.html")]
    public void Samples_report_matches_its_golden_file(string name)
    {
        var w = new StringWriter { NewLine = "\n" };
        switch (Path.GetExtension(name))
        {
            case ".txt": TextReportRenderer.Write(Report.Value, w); break;
            case ".md": MarkdownReportRenderer.Write(Report.Value, w); break;
            default: HtmlReportRenderer.Write(Report.Value, w); break;
        }
        // Sources are absolute paths here; the golden files hold them relative to the checkout.
        var actual = w.ToString().Replace(RepoRoot() + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);
        var golden = Path.Combine(GoldenDir(), name);
        if (Environment.GetEnvironmentVariable("PARALLAX_UPDATE_GOLDEN") == "1")
            File.WriteAllText(golden, actual);
        Assert.True(File.Exists(golden), $"no golden file {golden}; run with PARALLAX_UPDATE_GOLDEN=1");
        Assert.Equal(File.ReadAllText(golden), actual);
    }

    private static string GoldenDir([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "Golden");
}
