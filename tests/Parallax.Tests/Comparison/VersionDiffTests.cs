using Parallax.Analysis;
using Parallax.Comparison.Versions;
using Parallax.Model;
using Parallax.Store;

namespace Parallax.Tests.Comparison;

/// <summary>What changed between two versions of one article: the fields, figures, quotes and paragraphs, said in one line.</summary>
public sealed class VersionDiffTests
{
    private static readonly AnalysisPipeline Pipeline = AnalysisPipeline.CreateDefault();

    private static StoredArticle Version(int version, string title, string text, string published = "2026-03-02")
    {
        var article = new Article
        {
            Id = "harbour",
            Source = "harbour.html",
            Title = title,
            Text = text,
            Published = PublicationDate.TryParseIso(published, out var d) ? d : null,
        };
        return new StoredArticle(version, 1, version, null, $"h{version}", null, Pipeline.Analyze(article));
    }

    private const string First =
        "Floodwater closed the harbour road on Monday, leaving 340 families without access, the council said.\n" +
        "\"We will reopen the road by Friday,\" said Mara Quill, the council's transport chief.\n" +
        "Crews worked through the night.";

    [Fact]
    public void A_corrected_figure_and_an_added_quote_are_said()
    {
        var second = First.Replace("340 families", "430 families", StringComparison.Ordinal) +
            "\n\"The pumps failed twice,\" said Tobias Renn, a harbour engineer.";
        var change = VersionDiff.Between(Version(1, "Harbour road closed", First), Version(2, "Harbour road closed", second));
        Assert.Equal((1, 2), (change.FromVersion, change.ToVersion));
        Assert.False(change.TitleChanged);
        Assert.False(change.PublishedChanged);
        Assert.Equal(["340 families"], change.FiguresRemoved);
        Assert.Equal(["430 families"], change.FiguresAdded);
        Assert.True(change.QuotesRemoved.Count == 0, string.Join(" | ", change.QuotesRemoved) + " // " + string.Join(" | ", change.QuotesAdded));
        Assert.Single(change.QuotesAdded);
        Assert.Equal((1, 2), (change.ParagraphsRemoved, change.ParagraphsAdded));
        Assert.Equal("figures 340 families \u2192 430 families; 1 quote added; 1 paragraph rewritten; 1 paragraph added", change.Summary());
    }

    [Fact]
    public void A_new_title_date_and_a_removed_quote_are_said()
    {
        var second = "Floodwater closed the harbour road on Monday, leaving 340 families without access, the council said.\nCrews worked through the night.";
        var change = VersionDiff.Between(Version(1, "Harbour road closed", First), Version(2, "Harbour road shut for a week", second, "2026-03-03"));
        Assert.Equal(("Harbour road closed", "Harbour road shut for a week"), (change.TitleBefore, change.TitleAfter));
        Assert.Equal(("2026-03-02", "2026-03-03"), (change.PublishedBefore, change.PublishedAfter));
        Assert.Single(change.QuotesRemoved);
        Assert.Contains("reopen the road by Friday", change.QuotesRemoved[0], StringComparison.Ordinal);
        Assert.Equal((1, 0), (change.ParagraphsRemoved, change.ParagraphsAdded));
        Assert.StartsWith("title was \u201cHarbour road closed\u201d; date 2026-03-02 \u2192 2026-03-03; 1 quote removed; 1 paragraph removed", change.Summary(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Floodwater closed the harbour road on Monday,  leaving 340 families without access, the council said.\n\n\"We will reopen the road by Friday,\" said Mara Quill, the council's transport chief.\nCrews worked through the night.")]
    [InlineData("  Floodwater closed the harbour road on Monday, leaving 340 families without access, the council said.\n\"We will reopen the road by Friday,\" said Mara Quill, the council's transport chief.\n Crews worked through the night.  ")]
    public void Spacing_and_blank_lines_are_no_change(string text)
    {
        var change = VersionDiff.Between(Version(1, "Harbour road closed", First), Version(2, "Harbour road closed", text));
        Assert.Equal("layout or spacing only", change.Summary());
    }

    [Fact]
    public void A_repeated_figure_counts_each_time()
    {
        var first = "Officials counted 12 boats on Monday.\nBy evening 12 boats had left.";
        var second = "Officials counted 12 boats on Monday.\nBy evening 14 boats had left.";
        var change = VersionDiff.Between(Version(1, "Boats", first), Version(2, "Boats", second));
        Assert.Equal(["12 boats"], change.FiguresRemoved);
        Assert.Equal(["14 boats"], change.FiguresAdded);
    }
}
