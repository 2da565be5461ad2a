using Parallax.Extraction.Html;

namespace Parallax.Tests.Extraction;

/// <summary>
/// Issue 19: an "updated" or "modified" date shown beside the publication date is not the publication date,
/// whichever comes first and whether the page marks the lines up or not; an update date alone still dates the page.
/// </summary>
public sealed class HtmlUpdatedDateTests
{
    private const string Body = """
        <p>The ferry company said on Tuesday that the night crossing would run again from the spring, after a winter of repairs to the harbour wall.</p>
        <p>Passengers had complained about the cancellations for months, and the town council asked the company for a firm date.</p>
        """;

    private static string? Published(string dateLines, string lang = "en") =>
        new HtmlArticleExtractor().Extract($"""
            <!doctype html><html lang="{lang}"><head><title>Night ferry returns</title></head><body><article>
            <h1>Night ferry returns</h1>{dateLines}{Body}</article></body></html>
            """, null).Published?.ToIso();

    [Theory]
    [InlineData("<p>Updated: 14 March 2024 09:10</p><p>Published: 12 March 2024 18:00</p>", "2024-03-12")]
    [InlineData("<p>Last modified March 14, 2024 · First published March 2, 2024</p>", "2024-03-02")]
    [InlineData("<div class=\"byline\">By Ana Ruiz · Published 2 March 2024 · Updated 14 March 2024</div>", "2024-03-02")]
    [InlineData("<span class=\"date\">Updated 14 March 2024</span><span class=\"date\">Posted 12 March 2024</span>", "2024-03-12")]
    [InlineData("<p>Aktualisiert am 14.03.2024 · Veröffentlicht am 12.03.2024</p>", "2024-03-12")]
    public void The_publication_date_wins_over_an_update_date_beside_it(string dateLines, string expected) =>
        Assert.StartsWith(expected, Published(dateLines), StringComparison.Ordinal);

    [Theory]
    [InlineData("<p>Updated 14 March 2024</p>", "2024-03-14")]
    [InlineData("<p>12 March 2024</p>", "2024-03-12")]
    [InlineData("<p>Published 12 March 2024</p>", "2024-03-12")]
    public void A_single_date_still_dates_the_page_whatever_its_label(string dateLine, string expected) =>
        Assert.StartsWith(expected, Published(dateLine), StringComparison.Ordinal);
}
