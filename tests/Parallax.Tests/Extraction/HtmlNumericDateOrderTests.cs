using Parallax.Extraction.Html;

namespace Parallax.Tests.Extraction;

/// <summary>
/// Issue 19: an all-numeric visible date ("03/02/2024") is read in the order the page itself uses: another date on
/// the page that can only be read one way decides, else the page's language (en-US month first, the rest day first).
/// </summary>
public sealed class HtmlNumericDateOrderTests
{
    private static string? Published(string lang, string dateLine, string after = "") =>
        new HtmlArticleExtractor().Extract($"""
            <!doctype html><html lang="{lang}"><head><title>Library extends its hours</title></head><body><article>
            <h1>Library extends its hours</h1><p class="meta">{dateLine}</p>
            <p>The town library will open until nine on weekdays from next month, the council said, after a petition signed by students.</p>
            <p>Staff will be added for the evening shifts, and the reading room will be heated until closing time.</p>{after}
            </article></body></html>
            """, null).Published?.ToIso();

    [Theory]
    [InlineData("en-US", "Published 03/02/2024", "", "2024-03-02")]
    [InlineData("en-GB", "Published 03/02/2024", "", "2024-02-03")]
    [InlineData("fr", "Publié le 03/02/2024", "", "2024-02-03")]
    [InlineData("de", "Veröffentlicht 03.02.2024", "", "2024-02-03")]
    // The page's own other date settles it, whatever the language says.
    [InlineData("en", "Published 03/02/2024", "<p class=\"meta\">Comments close 12/25/2024.</p>", "2024-03-02")]
    [InlineData("en-US", "Published 03/02/2024", "<p class=\"meta\">Event on 25/12/2024.</p>", "2024-02-03")]
    // A date that can only be read one way is read that way on any page.
    [InlineData("en-US", "Published 25/02/2024", "", "2024-02-25")]
    [InlineData("en-GB", "Published 02/25/2024", "", "2024-02-25")]
    public void A_numeric_date_follows_the_page(string lang, string dateLine, string after, string expected) =>
        Assert.StartsWith(expected, Published(lang, dateLine, after), StringComparison.Ordinal);
}
