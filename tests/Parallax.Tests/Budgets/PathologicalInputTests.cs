using System.Diagnostics;
using System.Text;
using Parallax.Analysis;
using Parallax.Comparison;
using Parallax.Extraction;
using Parallax.Model;
using Parallax.Stories;
using Parallax.Tests.Support;
using Xunit;

namespace Parallax.Tests.Budgets;

/// <summary>
/// Every pathological family (<see cref="PathologicalInputs"/>) read, analysed and compared in-process as the CLI does,
/// under a budget about ten times its measured cost on a 2-core machine: they fail on runaway (super-linear) work,
/// not on a slow run. docs/limits.md lists the budgets that keep them bounded.
/// </summary>
public class PathologicalInputTests(ITestOutputHelper output)
{
    public static TheoryData<string> Families() => [.. PathologicalInputs.Families.Select(f => f.Name)];

    /// <summary>64 K characters: cubic or quadratic work at this size already takes tens of seconds (unmatched quotes took over 30 s).</summary>
    [Theory]
    [MemberData(nameof(Families))]
    public void Small_inputs_are_analysed_and_compared_within_budget(string family) =>
        Run(family, 64 * 1024, TimeSpan.FromSeconds(15), 2L << 30);

    /// <summary>16 MiB, the largest document the reader accepts: the must-show (10 s, 1 GB peak from the CLI).</summary>
    [Theory]
    [MemberData(nameof(Families))]
    [Trait("Category", "Slow")]
    public void Largest_inputs_are_analysed_and_compared_within_budget(string family) =>
        Run(family, 16 * 1024 * 1024 - 1024, TimeSpan.FromSeconds(90), 24L << 30);

    [Fact]
    public void An_article_past_the_character_budget_is_cut_at_a_paragraph_break_with_a_warning()
    {
        using var dir = new TempDir();
        var paragraph = "The council met on Tuesday to discuss the bridge repairs and their cost.\n\n";
        var path = dir.File("long.txt", "Title\n\n" + string.Concat(Enumerable.Repeat(paragraph, Parallax.Model.Budgets.MaxArticleChars / paragraph.Length + 10)));
        var result = Assert.Single(new ArticleReader().Read([path]));
        Assert.NotNull(result.Article);
        Assert.True(result.Article!.Text.Length <= Parallax.Model.Budgets.MaxArticleChars);
        Assert.EndsWith("their cost.", result.Article.Text.TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("cut to its first", result.Warning!.Reason, StringComparison.Ordinal);

        var small = Assert.Single(new ArticleReader().Read([dir.File("small.txt", "Title\n\n" + paragraph)]));
        Assert.Null(small.Warning);
    }

    [Fact]
    public void A_plain_text_input_far_past_the_budget_is_cut_before_extraction_and_the_warning_counts_the_whole_input()
    {
        using var dir = new TempDir();
        var paragraph = "Yes.\n\n";
        int repeats = 3 * Parallax.Model.Budgets.MaxArticleChars / paragraph.Length;
        var path = dir.File("tiny.txt", "Title\n\n" + string.Concat(Enumerable.Repeat(paragraph, repeats)));
        var result = Assert.Single(new ArticleReader().Read([path]));
        Assert.True(result.Article!.Text.Length <= Parallax.Model.Budgets.MaxArticleChars);
        Assert.Contains($"of {7 + repeats * paragraph.Length:N0} characters", result.Warning!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_utf8_file_is_read_with_a_warning_naming_it()
    {
        using var dir = new TempDir();
        var path = dir.Combine("damaged.txt");
        File.WriteAllBytes(path, [.. System.Text.Encoding.UTF8.GetBytes("Café owners meet\n\nThe café owners of Zürich met on Monday. "), 0xC3,
            .. System.Text.Encoding.UTF8.GetBytes(" They agreed on opening hours.\n")]);
        var result = Assert.Single(new ArticleReader().Read([path]));
        Assert.Contains("\uFFFD", result.Article!.Text, StringComparison.Ordinal);
        Assert.Equal(path, result.Warning!.Source);
        Assert.Contains("invalid UTF-8", result.Warning.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cancelled_token_stops_analysis_and_comparison()
    {
        var pipeline = AnalysisPipeline.CreateDefault();
        var article = new Article { Id = "a", Source = "a.txt", Text = "The mayor said the bridge reopens after repairs costing $4 million." };
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => pipeline.Analyze(article, cancelled.Token));
        var analyzed = pipeline.Analyze(article, CancellationToken.None);
        var batch = StoryBatch.Of([analyzed], [[0]], ["s1"], pipeline);
        Assert.Throws<OperationCanceledException>(() => new ReportBuilder().Build(batch, cancelled.Token));
        Assert.Single(new ReportBuilder().Build(batch, CancellationToken.None).Stories);
    }

    private void Run(string family, int size, TimeSpan time, long allocated)
    {
        var (name, html, make) = PathologicalInputs.Family(family);
        using var dir = new TempDir();
        var path = dir.File(name + (html ? ".html" : ".txt"), make(size));
        var pipeline = AnalysisPipeline.CreateDefault();
        long before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var analyzed = new List<AnalyzedArticle>();
        foreach (var r in new ArticleReader().Read([path]))
        {
            if (r.Article is { } a)
                analyzed.Add(pipeline.Analyze(a));
        }
        var analysed = clock.Elapsed;
        int stories = 0;
        if (analyzed.Count > 0)
            stories = new ReportBuilder().Build(StoryBatch.Group(analyzed, pipeline)).Stories.Count;
        clock.Stop();
        long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        output.WriteLine($"{name} {size:N0} chars: analysed in {analysed.TotalSeconds:F2} s, compared by {clock.Elapsed.TotalSeconds:F2} s, {bytes / (1 << 20):N0} MiB allocated, {stories} stories");
        Assert.True(clock.Elapsed < time, $"{name}: {clock.Elapsed.TotalSeconds:F1} s, budget {time.TotalSeconds} s");
        Assert.True(bytes < allocated, $"{name}: {bytes / (1 << 20):N0} MiB allocated, budget {allocated / (1 << 20):N0} MiB");
    }
}
