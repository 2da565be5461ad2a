using Parallax.Extraction;
using Parallax.Ingestion;
using Parallax.Model;
using Parallax.Tests.Support;

namespace Parallax.Tests.Ingestion;

/// <summary>The one id rule every ingest path applies, and the future-date rule of an ingest.</summary>
public sealed class ArticleIdRuleTests
{
    [Theory]
    [InlineData("valley-courier")]
    [InlineData("000_5541a20e3e86da17")]
    [InlineData("Ünïcode id with spaces")]
    [InlineData("a.b")]
    [InlineData("...x")]
    public void Ids_a_page_can_serve_pass(string id) => Assert.Null(ArticleIdRule.Problem(id));

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("a/b", "'/'")]
    [InlineData("/", "'/'")]
    [InlineData("tab\there", "control character")]
    [InlineData("esc\u001b[31m", "control character")]
    [InlineData(".", "only dots")]
    [InlineData("..", "only dots")]
    public void Ids_a_page_cannot_serve_are_refused(string id, string reason) =>
        Assert.Contains(reason, ArticleIdRule.Problem(id), StringComparison.Ordinal);

    [Fact]
    public void The_length_limit_is_300_characters()
    {
        Assert.Null(ArticleIdRule.Problem(new string('x', 300)));
        Assert.Contains("longer than 300", ArticleIdRule.Problem(new string('x', 301)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_command_line_reader_refuses_a_bad_id_naming_its_line_and_reads_the_rest()
    {
        using var dir = new TempDir();
        var path = dir.File("mixed.jsonl", """
            {"id":"a/b","text":"The ferry resumed service on Monday, the operator said."}
            {"id":"fine","text":"The school reopened on Tuesday after repairs, the head teacher said."}

            """);
        var results = new ArticleReader().Read([path]).ToList();
        Assert.Equal(2, results.Count);
        Assert.Equal($"{path}:1", results[0].Error?.Source);
        Assert.Equal("the id 'a/b' cannot be used: it contains '/'", results[0].Error?.Reason);
        Assert.Equal("fine", results[1].Article?.Id);
    }

    [Fact]
    public void Shown_ids_escape_control_characters_and_are_cut_short()
    {
        Assert.Equal("bell\\u0007", ArticleIdRule.Shown("bell\u0007"));
        Assert.Equal(new string('x', 60) + "…", ArticleIdRule.Shown(new string('x', 400)));
    }

    [Theory]
    [InlineData("9999-12-31", true)]
    [InlineData("2026-12-10", true)]
    [InlineData("2026-12-05", false)]
    [InlineData("2026-12-06T12:00:00+14:00", false)]
    [InlineData("2026-12-01", false)]
    [InlineData("9999-12-31T10:00:00-12:00", true)]
    public void Publication_dates_beyond_two_days_after_the_ingest_are_in_the_future(string published, bool beyond)
    {
        Assert.True(PublicationDate.TryParseIso(published, out var date));
        Assert.Equal(beyond, FuturePublished.IsBeyond(date, new DateTime(2026, 12, 4, 18, 0, 0, DateTimeKind.Utc)));
    }
}
