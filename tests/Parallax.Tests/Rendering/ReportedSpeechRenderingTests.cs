using Parallax.Analysis;
using Parallax.Comparison;
using Parallax.Comparison.Report;
using Parallax.Rendering;
using Parallax.Stories;
using Parallax.Tests.Support;

namespace Parallax.Tests.Rendering;

/// <summary>
/// Reported speech ("the council voted 6-1 for the plan, the agency said") is not the speaker's own words: every
/// report shows it without quotation marks and marked as a paraphrase, while direct quotes keep their marks.
/// </summary>
public class ReportedSpeechRenderingTests
{
    private const string Reported = "the harbour board voted 6-1 to close the quay for a month";
    private const string Direct = "We will reopen the quay as soon as the divers are done";

    private static ComparisonReport Report()
    {
        var a = new ArticleBuilder("a", $"The port said {Reported}. “{Direct},” harbour master Ilka Brenn said. The closure starts on Friday.")
        {
            Title = "Quay to close", Outlet = "Port Gazette", Published = new DateTime(2024, 5, 2),
        }
            .Quote(Reported, "the port", direct: false)
            .Quote(Direct, "Ilka Brenn").Build();
        var b = new ArticleBuilder("b", $"The harbour board voted 6-1 to close the quay for a month, the port said. The closure starts on Friday and the quay reopens in June.")
        {
            Title = "Harbour board shuts quay", Outlet = "Coast Courier", Published = new DateTime(2024, 5, 2),
        }
            .Quote("The harbour board voted 6-1 to close the quay for a month", "the port", direct: false).Build();
        return new ReportBuilder().Build(StoryBatch.Group([a, b], AnalysisPipeline.CreateDefault()));
    }

    [Fact]
    public void Text_report_marks_reported_speech_and_keeps_marks_on_direct_quotes()
    {
        var w = new StringWriter();
        TextReportRenderer.Write(Report(), w);
        var text = w.ToString().ReplaceLineEndings(" ");
        var flat = System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
        Assert.Contains("(paraphrase) " + Reported, flat);
        Assert.DoesNotContain("\u201C" + Reported, flat);
        Assert.Contains("\u201C" + Direct + "\u201D", flat);
    }

    [Fact]
    public void Markdown_report_marks_reported_speech()
    {
        var w = new StringWriter();
        MarkdownReportRenderer.Write(Report(), w);
        var md = w.ToString();
        Assert.Contains("_(paraphrase)_ ", md);
        Assert.DoesNotContain("“" + MarkdownReportRenderer.Escape(Reported), md);
        Assert.Contains("“" + MarkdownReportRenderer.Escape(Direct) + "”", md);
    }

    [Fact]
    public void Html_report_marks_reported_speech_in_a_styled_label()
    {
        var w = new StringWriter();
        HtmlReportRenderer.Write(Report(), w);
        var html = w.ToString();
        Assert.Contains("<span class=\"paraphrase\">paraphrase</span>", html);
        Assert.DoesNotContain("“" + Reported, html);
        Assert.Contains(".paraphrase{", html);
        Assert.Contains("“" + Direct + "”", html);
    }

    [Fact]
    public void Shown_text_never_wraps_reported_speech_in_quotation_marks()
    {
        var reported = new ReportQuote("x.q1", "the fund is closed", [0, 18], false, "the bank", null);
        var direct = reported with { Direct = true };
        Assert.Equal("(paraphrase) the fund is closed", ReportIndex.Shown(reported));
        Assert.Equal("\u201Cthe fund is closed\u201D", ReportIndex.Shown(direct));
        Assert.Equal("<span class=\"paraphrase\">paraphrase</span>a &amp; b", HtmlReportRenderer.Shown(false, "a &amp; b"));
    }
}
