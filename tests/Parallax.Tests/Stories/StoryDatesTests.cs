using Parallax.Analysis;
using Parallax.Comparison;
using Parallax.Model;
using Parallax.Stories;
using Parallax.Tests.Support;

namespace Parallax.Tests.Stories;

public class StoryDatesTests
{
    [Fact]
    public void Undated_article_takes_the_day_its_weekday_names()
    {
        var dated1 = new ArticleBuilder("a", "The summit ended on Wednesday.") { Published = new DateTime(2024, 5, 8) }.Build(); // a Wednesday
        var dated2 = new ArticleBuilder("b", "Talks resumed.") { Published = new DateTime(2024, 5, 10) }.Build(); // a Friday
        var undated = new ArticleBuilder("c", "In a press conference held on Friday, the minister said talks would go on.").Build();
        var inferred = StoryDates.Infer([dated1, dated2, undated]);
        Assert.Null(inferred[0]);
        Assert.Null(inferred[1]);
        Assert.Equal(PublicationDate.FromDay(new DateOnly(2024, 5, 10)), inferred[2]);
    }

    [Fact]
    public void Without_agreeing_evidence_nothing_is_inferred()
    {
        var dated = new ArticleBuilder("a", "Rain.") { Published = new DateTime(2024, 5, 8) }.Build(); // Wednesday
        var noWeekday = new ArticleBuilder("b", "The minister said talks would go on.").Build();
        var otherWeekday = new ArticleBuilder("c", "The vote is planned on Sunday.").Build();
        var inferred = StoryDates.Infer([dated, noWeekday, otherWeekday]);
        Assert.All(inferred, Assert.Null);
    }

    [Fact]
    public void Report_resolves_relative_dates_of_an_inferred_article_and_marks_the_origin()
    {
        var dated = new ArticleBuilder("a", "Ministers of Ostmark met on Friday in Lerin to sign the harbour treaty.") { Title = "Ostmark signs harbour treaty in Lerin", Published = new DateTime(2024, 5, 10) }.Build();
        var undated = new ArticleBuilder("b", "The harbour treaty of Ostmark was signed on Friday in Lerin by ministers.") { Title = "Harbour treaty signed in Lerin" }.Build();
        var report = new ReportBuilder().Build(StoryBatch.Group([dated, undated], AnalysisPipeline.CreateDefault()));
        var b = report.Articles.Single(x => x.Id == "b");
        Assert.Equal("2024-05-10", b.Published);
        Assert.Equal(StoryDates.Origin, b.Origins!["published"]);
        Assert.Contains(b.Dates!, d => d.Text.Contains("Friday", StringComparison.Ordinal) && d.Value == "2024-05-10");
    }
}
