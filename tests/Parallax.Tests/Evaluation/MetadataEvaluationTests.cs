using System.IO.Compression;
using System.Text;
using Parallax.Evaluation;
using Parallax.Evaluation.Scoring;
using Parallax.Model;
using Parallax.Tests.Support;

namespace Parallax.Tests.Evaluation;

/// <summary>
/// <c>parallax eval metadata</c>: each field's scoring rule on hand-made values (a match and a near
/// miss that must not match), the dataset layout, robustness reasons, and the floor on the real pages.
/// </summary>
public sealed class MetadataEvaluationTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("How to Build a Terrarium | eHow", "How to Build a Terrarium", null)]
    [InlineData("Lorem ipsum dolor sit amet", "Lorem ipsum dolor sit amet – My website", null)]
    [InlineData("Get your Frontend JavaScript Code Covered | Code", "Get your Frontend JavaScript Code Covered | Code | Nicolas Perriault", null)]
    [InlineData("Headline of the day", "HEADLINE  of the\u00a0day", null)]
    [InlineData("Yahoo’s Sale to Verizon", "Yahoo's Sale to Verizon", null)]
    [InlineData("A long headline - The Daily Planet Of Metropolis City", "A long headline", "The Daily Planet of Metropolis City")]
    [InlineData("新竹尖石_美樹營地賞楓 :: 痞客邦 PIXNET ::", "新竹尖石_美樹營地賞楓", null)]
    public void Titles_match_after_case_space_quotes_and_a_short_trailing_site_name(string expected, string actual, string? site)
    {
        Assert.True(MetadataFieldScorer.TitleMatches(expected, actual, site));
    }

    [Theory]
    [InlineData("How we designed Dropbox’s ATF - an async task framework", "an async task framework", null)]
    [InlineData("How we designed Dropbox’s ATF - an async task framework", "How we designed Dropbox’s ATF", null)]
    [InlineData("Evolve: Shared Mutable History", "evolve extension for Mercurial", null)]
    [InlineData("Headline of the day", "Headline of the week", null)]
    [InlineData("Headline of the day", "", null)]
    [InlineData("A long headline - Five Words Are Not Short", "A long headline", null)]
    public void Titles_differing_in_the_headline_or_a_long_suffix_do_not_match(string expected, string actual, string? site)
    {
        Assert.False(MetadataFieldScorer.TitleMatches(expected, actual, site));
    }

    [Theory]
    [InlineData("By Jane Doe", new[] { "Jane Doe" })]
    [InlineData("By\n\t\t\tScott Cunningham", new[] { "Scott Cunningham" })]
    [InlineData("Written by Rob Ewaschuk\n   Edited by Betsy Beyer", new[] { "Rob Ewaschuk", "Betsy Beyer" })]
    [InlineData("Stella Kim, Jennifer Jett", new[] { "Stella Kim", "Jennifer Jett" })]
    [InlineData("Martin Untersinger (avec Damien Leloup et Morgane Tual)", new[] { "Martin Untersinger", "Damien Leloup", "Morgane Tual" })]
    [InlineData("Bradley M. Kuhn (http://ebb.org/bkuhn/)", new[] { "Bradley M. Kuhn" })]
    [InlineData("By Nathan Willis\n    March 25, 2015", new[] { "Nathan Willis" })]
    [InlineData("April 28, 2019 at 6:01 am Updated April 29, 2019", new string[0])]
    [InlineData(null, new string[0])]
    public void Expected_bylines_give_their_person_names(string? byline, string[] names)
    {
        Assert.Equal(names, MetadataFieldScorer.ExpectedNames(byline));
    }

    [Theory]
    [InlineData("By Jane Doe", new[] { "Jane Doe" }, true)]
    [InlineData("By Gina Roberts-Grey", new[] { "Gina Roberts Grey" }, true)]
    [InlineData("Stella Kim, Jennifer Jett", new[] { "Stella Kim" }, true)]
    [InlineData("By Brenda  Goodman, MA\n   WebMD Health News", new[] { "Brenda Goodman" }, true)]
    [InlineData("By Jane Doe", new[] { "Jane Doe", "Sign In" }, false)]
    [InlineData("By Jane Doe", new[] { "Jane" }, false)]
    [InlineData("Stella Kim, Jennifer Jett", new[] { "Jennifer Jett" }, false)]
    [InlineData("By Jane Doe", new string[0], false)]
    public void Authors_need_the_lead_name_and_no_name_the_byline_lacks(string byline, string[] given, bool right)
    {
        Assert.Equal(right, MetadataFieldScorer.AuthorsMatch(MetadataFieldScorer.ExpectedNames(byline), given));
    }

    [Theory]
    [InlineData("the Guardian", "The Guardian", true)]
    [InlineData("Le Monde.fr", "Le Monde.fr", true)]
    [InlineData("Washington Post", "The Washington Post", true)]
    [InlineData("Mozilla", "Mozilla Hacks", false)]
    [InlineData("Libération", "Libération.fr", false)]
    [InlineData("CNET", null, false)]
    public void Outlets_match_on_letters_case_folded_without_a_leading_the(string expected, string? actual, bool right)
    {
        Assert.Equal(right, MetadataFieldScorer.OutletMatches(expected, actual));
    }

    [Theory]
    [InlineData("2019-01-03T07:00:02.000Z", "2019-01-03T07:00:02Z", true)]
    [InlineData("2021-11-01T10:52:50+0100", "2021-11-01T10:52:50+01:00", true)]
    [InlineData("2017-11-03 03:01:00.000000", "2017-11-03", true)]
    [InlineData("2017-02-23T17:18:13-08:00", "2017-02-24T01:18:13Z", true)]
    [InlineData("2024-06-25", "2024-06-25T22:00:00-04:00", true)]
    [InlineData("2019-01-03T07:00:02.000Z", "2019-01-04", false)]
    [InlineData("2015-03-17", "2016-03-17", false)]
    [InlineData("not a date", "2015-03-17", false)]
    public void Dates_match_on_the_calendar_day(string expected, string actual, bool right)
    {
        Assert.True(PublicationDate.TryParseIso(actual, out var got));
        Assert.Equal(right, MetadataFieldScorer.PublishedMatches(expected, got));
    }

    [Fact]
    public void A_missing_date_never_matches()
    {
        Assert.False(MetadataFieldScorer.PublishedMatches("2015-03-17", null));
    }

    [Theory]
    [InlineData("<html><body></body></html>", true, "no visible text")]
    [InlineData("<html><body><a href='/'><p>abc</p><p>def</p> ghi</a></body></html>", true, "link text")]
    [InlineData("<html><body><p>Only four words here.</p><script>var a = 'many words in a script do not count at all';</script></body></html>", true, "only 4 visible words")]
    [InlineData("<html><body><div>one two three four five six seven eight nine ten eleven twelve</div></body></html>", false, "12 visible words")]
    public void A_page_without_text_has_a_one_line_reason(string html, bool trulyEmpty, string reason)
    {
        var (why, empty) = Parallax.Extraction.Html.EmptyPageReason.Of(html);
        Assert.Equal(trulyEmpty, empty);
        Assert.Contains(reason, why, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_page_folders_is_a_dataset_error()
    {
        using var dir = new TempDir();
        var e = Assert.Throws<DatasetException>(() => new MetadataEvaluation().Run(dir.Path));
        Assert.StartsWith("no page folders", e.Message, StringComparison.Ordinal);
        dir.File("pages/a/source.html.gz", Gzip("<html></html>"));
        e = Assert.Throws<DatasetException>(() => new MetadataEvaluation().Run(dir.Path));
        Assert.Equal("a/ lacks expected-metadata.json", e.Message);
    }

    [Fact]
    public void Two_hand_made_pages_are_scored_per_field()
    {
        using var dir = new TempDir();
        const string body = "The council met on Monday evening and voted to rebuild the harbour wall before winter. "
            + "Work starts in March and the town will pay for half of it, the mayor said after the vote.";
        dir.File("pages/one/source.html.gz", Gzip($$"""
            <html><head><title>Harbour wall to be rebuilt | Coast Gazette</title>
            <meta property="og:site_name" content="Coast Gazette">
            <meta property="article:published_time" content="2024-03-05T09:00:00Z"></head>
            <body><article><h1>Harbour wall to be rebuilt</h1><p class="byline">By Jane Roe</p><p>{{body}}</p></article></body></html>
            """));
        dir.File("pages/one/expected-metadata.json", """
            {"title": "Harbour wall to be rebuilt", "byline": "By Jane Roe", "siteName": "Coast Gazette", "publishedTime": "2024-03-05T09:00:00.000Z"}
            """);
        dir.File("pages/one/expected.html.gz", Gzip($"<div><p>{body}</p></div>"));
        dir.File("pages/two/source.html.gz", Gzip("<html><head><title>Menu</title></head><body><a href='/'>Home</a></body></html>"));
        dir.File("pages/two/expected-metadata.json", """{"title": "A different title", "byline": null, "siteName": null, "publishedTime": null}""");

        var result = new MetadataEvaluation().Run(dir.Path);
        Assert.Equal(2, result.Items);
        Assert.Equal(0.5, result["title"]);
        Assert.Equal(1.0, result["authors"]);
        Assert.Equal(1.0, result["outlet"]);
        Assert.Equal(1.0, result["published"]);
        Assert.Equal(1.0, result["robust"]);
        Assert.Equal(1.0, result.Counts.Single(c => c.Key == "authors_scored").Value);
        Assert.Equal(1.0, result.Counts.Single(c => c.Key == "pages_without_text").Value);
        Assert.Equal("two: no text: all 1 visible words are link text (a menu, not an article)", Assert.Single(result.Notes));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Readability_test_pages_stay_above_the_floors()
    {
        var path = SharedData.RequirePath("datasets/extraction/readability-test-pages");
        var (result, pages) = new MetadataEvaluation().RunDetailed(path);
        foreach (var p in pages.Where(p => p.TitleRight == false || p.AuthorsRight == false || p.OutletRight == false || p.PublishedRight == false))
        {
            output.WriteLine($"{p.Name}: title {Mark(p.TitleRight)} [{p.Expected.Title}] got [{p.Article?.Title}]; "
                + $"authors {Mark(p.AuthorsRight)} [{p.Expected.Byline}] got [{string.Join("; ", p.Article?.Authors ?? [])}]; "
                + $"outlet {Mark(p.OutletRight)} [{p.Expected.SiteName}] got [{p.Article?.Outlet}]; "
                + $"date {Mark(p.PublishedRight)} [{p.Expected.PublishedTime}] got [{p.Article?.Published?.ToIso()}]");
        }
        Assert.Equal(130, result.Items);
        QualityFloors.AssertMet("metadata", "extraction/readability-test-pages", result);
    }

    private static string Mark(bool? right) => right switch { true => "ok", false => "WRONG", null => "-" };

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            gz.Write(Encoding.UTF8.GetBytes(text));
        return buffer.ToArray();
    }
}
