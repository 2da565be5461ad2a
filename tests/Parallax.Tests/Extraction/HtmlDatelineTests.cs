using Parallax.Extraction.Html;
using Parallax.Model;

namespace Parallax.Tests.Extraction;

/// <summary>Wire datelines opening an HTML article's text: the fields they fill, and what stays in the text.</summary>
public sealed class HtmlDatelineTests
{
    private const string Rest = "Officials said talks would resume next week after a pause of several days in the capital.";

    private static Parallax.Extraction.ExtractedFields Extract(string head, string firstParagraph, string? before = null) =>
        new HtmlArticleExtractor().Extract($"""
            <!doctype html><html><head>{head}</head><body><article><h1>Talks stall over border crossings</h1>
            {(before is null ? "" : $"<p>{before}</p>")}<p>{firstParagraph}</p><p>{Rest}</p></article></body></html>
            """, null);

    [Fact]
    public void A_paper_running_agency_copy_keeps_its_outlet_and_the_agency_apart()
    {
        var f = Extract("""<meta property="og:site_name" content="Harbour Gazette">""",
            "PARIS (AFP) – Negotiators left the table on Friday without agreeing on the number of crossings to reopen.");
        Assert.Equal("Paris", f.Dateline);
        Assert.Equal("AFP", f.Agency);
        Assert.Equal("Harbour Gazette", f.Outlet);
        Assert.StartsWith("Negotiators left the table", f.Text, StringComparison.Ordinal);
        Assert.Equal(FieldOrigin.Dateline, f.Origins["Agency"]);
    }

    [Fact]
    public void The_agency_is_the_outlet_when_the_page_names_none_and_a_region_is_kept_apart()
    {
        var f = Extract("", "LAGOS, Nigeria (Westwire) — Negotiators left the table on Friday without agreeing on the number of crossings.");
        Assert.Equal("Lagos", f.Dateline);
        Assert.Equal("Nigeria", f.DatelineRegion);
        Assert.Equal("Westwire", f.Agency);
        Assert.Equal("Westwire", f.Outlet);
        Assert.Equal(FieldOrigin.Dateline, f.Origins["Outlet"]);
        Assert.StartsWith("Negotiators left the table", f.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dateline_after_a_short_standfirst_leaves_the_second_paragraph()
    {
        var f = Extract("", "NAIROBI — Negotiators left the table on Friday without agreeing on the number of crossings.",
            before: "A deal had been expected this week.");
        Assert.Equal("Nairobi", f.Dateline);
        Assert.Null(f.Agency);
        Assert.StartsWith("A deal had been expected this week.\n\nNegotiators left the table", f.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Paris – not Rome – will host the next round of talks, the foreign ministry said on Friday.")]
    [InlineData("Nairobi, the Kenyan capital — Home to over four million people — will host the next round.")]
    [InlineData("Meanwhile, NATO – which has no troops in the area – urged both sides to keep talking.")]
    [InlineData("Ada Okafor (left) – Chair of the talks since May – opened Friday's session with a warning.")]
    public void Look_alikes_stay_in_the_text_and_give_no_dateline(string first)
    {
        var f = Extract("""<meta property="og:site_name" content="Harbour Gazette">""", first);
        Assert.Null(f.Dateline);
        Assert.Null(f.Agency);
        Assert.StartsWith(first, f.Text, StringComparison.Ordinal);
    }
}
