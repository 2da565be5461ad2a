using Parallax.Evaluation;
using Parallax.Tests.Support;

namespace Parallax.Tests.Extraction;

/// <summary>The pubdates evaluation: its dataset checks, and the quality floor on the htmldate pages when present.</summary>
public sealed class MetadataPubDatesEvalTests
{
    [Trait("Category", "Slow")]
    [Fact]
    public void Pubdates_eval_meets_its_floor_on_the_htmldate_pages()
    {
        var path = SharedData.RequirePath("datasets/dates/htmldate");
        var result = new PubDatesEvaluation().Run(path);
        Assert.Equal(200, result.Items);
        QualityFloors.AssertMet("pubdates", "dates/htmldate", result);
        Assert.True(result["coverage"] >= result["accuracy"] - 0.05);
    }

    [Fact]
    public void A_folder_without_gold_json_is_a_dataset_error()
    {
        using var dir = new TempDir();
        var e = Assert.Throws<DatasetException>(() => new PubDatesEvaluation().Run(dir.Path));
        Assert.Contains("gold.json", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_page_is_a_dataset_error()
    {
        using var dir = new TempDir();
        dir.File("gold.json", """{"https://a.example/x": {"file": "1.html", "date": "2020-01-02"}}""");
        var e = Assert.Throws<DatasetException>(() => new PubDatesEvaluation().Run(dir.Path));
        Assert.Contains("html/1.html.gz", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NaN_gold_dates_count_as_right_only_without_a_reported_date()
    {
        using var dir = new TempDir();
        dir.File("gold.json", """
            {"https://a.example/2020/01/02/x": {"file": "1.html", "date": NaN},
             "https://a.example/about": {"file": "2.html", "date": NaN},
             "https://a.example/2020/03/04/y": {"file": "3.html", "date": "2020-03-04"}}
            """);
        dir.File("html/1.html", "<html><head><title>One</title></head><body><p>x</p></body></html>");
        dir.File("html/2.html", "<html><head><title>Two</title></head><body><p>y</p></body></html>");
        dir.File("html/3.html", "<html><head><title>Three</title></head><body><p>z</p></body></html>");
        var result = new PubDatesEvaluation().Run(dir.Path);
        Assert.Equal(3, result.Items);
        Assert.Equal(2.0 / 3, result["accuracy"], 6);
        Assert.Equal(2.0 / 3, result["coverage"], 6);
    }
}
