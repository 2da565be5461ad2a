using Parallax.Analysis;
using Parallax.Comparison;
using Parallax.Rendering;
using Parallax.Stories;
using Parallax.Tests.Support;

namespace Parallax.Tests.Rendering;

/// <summary>Escape sequences, bells and bidi overrides in articles never reach a terminal (issue 17, defect 8).</summary>
public class TerminalTextTests
{
    [Theory]
    [InlineData("red \u001b[31mtext\u001b[0m", "red \u241b[31mtext\u241b[0m")]
    [InlineData("retitle \u001b]0;pwned\u0007 done", "retitle \u241b]0;pwned\u2407 done")]
    [InlineData("csi \u009b2J clear", "csi \uFFFD2J clear")]
    [InlineData("admin\u202E\u2066 user", "admin\uFFFD\uFFFD user")]
    [InlineData("two\nlines\r\n", "two lines  ")]
    [InlineData("nul\0 del\u007f", "nul\u2400 del\u2421")]
    public void Control_characters_become_visible_or_replaced(string text, string expected) =>
        Assert.Equal(expected, TerminalText.Clean(text));

    [Fact]
    public void Plain_text_is_returned_as_it_is()
    {
        const string text = "Plain text, with a tab\tand “quotes”, Ελληνικά, 日本語 and 🙂.";
        Assert.Same(text, TerminalText.Clean(text));
    }

    [Fact]
    public void The_text_report_carries_no_control_character_from_an_article()
    {
        var a = new ArticleBuilder("a", "“The vote is \u001b[2J final,” mayor Ana Roe said. 40 people came.")
        {
            Title = "Vote \u001b]0;owned\u0007 held", Outlet = "Bell\u0007 Post", Published = new DateTime(2024, 3, 5),
        }.Quote("The vote is \u001b[2J final", "Ana Roe").Build();
        var b = new ArticleBuilder("b", "“The vote is final,” mayor Ana Roe said. 41 people came.")
        {
            Title = "Vote held", Outlet = "Town \u202Etsop", Published = new DateTime(2024, 3, 5),
        }.Quote("The vote is final", "Ana Roe").Build();
        var report = new ReportBuilder().Build(StoryBatch.Group([a, b], AnalysisPipeline.CreateDefault()));
        var w = new StringWriter();
        TextReportRenderer.Write(report, w);
        var text = w.ToString();
        Assert.Contains("Bell\u2407 Post", text);
        Assert.DoesNotContain(text, c => c is '\u001b' or '\u0007' or '\u202E');
    }
}
