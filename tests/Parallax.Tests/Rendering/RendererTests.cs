using Parallax.Analysis;
using Parallax.Stories;
using Parallax.Comparison;
using Parallax.Comparison.Report;
using Parallax.Rendering;
using Parallax.Tests.Support;

namespace Parallax.Tests.Rendering;

public class RendererTests
{
    private static ComparisonReport Report()
    {
        var a = new ArticleBuilder("a", "“The dam held, but the lower valley must be evacuated tonight,” Governor Oran Pell said. Officials said 1,200 people were evacuated from the lower valley of Harrow. <script>alert('x')</script> onerror=alert(1)")
        {
            Title = "Dam holds <script>alert(1)</script>", Outlet = "Harrow Herald", Published = new DateTime(2024, 3, 5),
        }
            .Quote("The dam held, but the lower valley must be evacuated tonight", "Oran Pell")
            .Quantity("1,200 people", 1200, "people").Build();
        var b = new ArticleBuilder("b", "“The dam has held, yet the lower valley needs to be evacuated tonight,” Pell said. Some 1,850 residents had been evacuated from Harrow's lower valley, rescuers said. “We have asked the army for boats and for blankets,” Pell added.")
        {
            Title = "Harrow valley cleared", Outlet = "Valley Post", Published = new DateTime(2024, 3, 5),
        }
            .Quote("The dam has held, yet the lower valley needs to be evacuated tonight", "Oran Pell")
            .Quote("We have asked the army for boats and for blankets", "Oran Pell")
            .Quantity("1,850 residents", 1850, "residents").Build();
        return new ReportBuilder().Build(StoryBatch.Group([a, b], AnalysisPipeline.CreateDefault()));
    }

    [Fact]
    public void Html_encodes_everything_from_the_articles()
    {
        var w = new StringWriter();
        HtmlReportRenderer.Write(Report(), w);
        var html = w.ToString();
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("default-src 'none'", html);
    }

    [Fact]
    public void Html_links_each_quote_and_figure_to_its_span_and_marks_the_disagreement()
    {
        var w = new StringWriter();
        HtmlReportRenderer.Write(Report(), w);
        var html = w.ToString();
        Assert.Contains("href=\"#a.q1\"", html);
        Assert.Contains("id=\"a.q1\"", html);
        Assert.Contains("id=\"b.n1\"", html);
        Assert.Contains("<td class=\"disagree\">no<br><small>1,200 vs 1,850 evacuated</small></td>", html);
        Assert.Contains("<span class=\"diff\">has</span>", html);
    }

    [Fact]
    public void Highlight_nests_overlapping_spans_and_keeps_the_text()
    {
        var article = new ReportArticle
        {
            Id = "x", Source = "x.txt", Text = "He said 40 boats <sank>.",
            Quotes = [new ReportQuote("x.q1", "40 boats <sank>", [8, 23], true, null, null)],
            Quantities = [new ReportQuantity("x.n1", 40, "boats", "40 boats", [8, 16])],
        };
        var html = HtmlReportRenderer.Highlight(article);
        Assert.StartsWith("He said ", html);
        Assert.Contains("&lt;sank&gt;", html);
        Assert.Contains("<span class=\"s-quote\">", html);
        Assert.Equal("He said 40 boats <sank>.", System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", "")));
    }

    [Fact]
    public void Text_fits_80_columns_and_names_exclusives_and_disagreements()
    {
        var w = new StringWriter();
        TextReportRenderer.Write(Report(), w, color: false);
        var lines = w.ToString().Split('\n');
        Assert.All(lines, l => Assert.True(l.Length <= TextReportRenderer.Width, $"too wide: {l}"));
        var text = w.ToString();
        Assert.Contains("DISAGREE", text);
        Assert.Contains("    why: 1,200 vs 1,850 evacuated", text);
        Assert.Contains("Only Valley Post quotes (1)", text);
        Assert.DoesNotContain("\u001b[", text);
    }

    [Fact]
    public void An_earlier_report_in_a_figure_group_is_marked_in_every_format()
    {
        var a = new ArticleBuilder("a", "Air strikes killed 27 people in the market of Olm on Sunday, the monitor said. The monitor had earlier reported 18 people killed in the air strikes on the market.")
        {
            Title = "Strikes hit Olm market", Outlet = "Olm Daily", Published = new DateTime(2026, 3, 2),
        }
            .Quantity("27 people", 27, "people").Quantity("18 people", 18, "people").Build();
        var b = new ArticleBuilder("b", "Air strikes on the market in Olm killed 27 people on Sunday, a monitor said.")
        {
            Title = "Monitor: 27 dead in Olm", Outlet = "Valley Post", Published = new DateTime(2026, 3, 2),
        }
            .Quantity("27 people", 27, "people").Build();
        var report = new ReportBuilder().Build(StoryBatch.Group([a, b], AnalysisPipeline.CreateDefault()));

        var group = Assert.Single(report.Stories.SelectMany(s => s.Figures));
        Assert.Equal(["a.n1", "a.n2", "b.n1"], group.Members);
        Assert.Equal(["a.n2"], group.Earlier);
        Assert.True(group.Agree);
        Assert.Contains("\"earlier\": [", ReportJson.Serialize(report));

        var md = new StringWriter();
        MarkdownReportRenderer.Write(report, md);
        Assert.Contains("27 people; 18 people (earlier report)", md.ToString());
        var text = new StringWriter();
        TextReportRenderer.Write(report, text, color: false);
        Assert.Contains("18 people (18, earlier report)", text.ToString());
        var html = new StringWriter();
        HtmlReportRenderer.Write(report, html);
        Assert.Contains("18 people</a> <small>(earlier report)</small>", html.ToString());

        // A group with no earlier report writes no "earlier" field.
        Assert.DoesNotContain("\"earlier\"", ReportJson.Serialize(Report()));
    }

    [Fact]
    public void Markdown_escapes_article_text()
    {
        var w = new StringWriter();
        MarkdownReportRenderer.Write(Report(), w);
        var md = w.ToString();
        Assert.Contains("Dam holds &lt;script&gt;alert(1)&lt;/script&gt;", md);
        Assert.Contains("| about | Harrow Herald | Valley Post | agree |", md);
        Assert.Contains("**no**: 1,200 vs 1,850 evacuated |", md);
    }

    [Theory]
    [InlineData("Lagos", "Nigeria", "AFP", "Coast Ledger", "2024-03-05 · Lagos, Nigeria · via AFP · by Ada Obi")]
    [InlineData("Lagos", null, "AFP", "AFP", "2024-03-05 · Lagos · by Ada Obi")]
    [InlineData(null, null, "Reuters", "Coast Ledger", "2024-03-05 · via Reuters · by Ada Obi")]
    [InlineData(null, null, null, null, "2024-03-05 · by Ada Obi")]
    public void Meta_line_gives_the_dateline_place_and_a_wire_agency_other_than_the_outlet(
        string? dateline, string? region, string? agency, string? outlet, string expected)
    {
        var article = new ReportArticle
        {
            Id = "x", Source = "x.txt", Text = "", Published = "2024-03-05", Authors = ["Ada Obi"],
            Dateline = dateline, DatelineRegion = region, Agency = agency, Outlet = outlet,
        };
        Assert.Equal(expected, ReportIndex.Meta(article));
    }

    [Fact]
    public void Word_diff_marks_only_the_changed_words()
    {
        var (left, right) = WordDiff.Diff("we will strive towards this", "In any case, we will strive toward this");
        Assert.Equal(["towards"], left.Where(w => !w.Common).Select(w => w.Text));
        Assert.Equal(["In", "any", "case,", "toward"], right.Where(w => !w.Common).Select(w => w.Text));
    }
}
