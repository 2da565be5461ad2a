using System.IO.Compression;
using System.Text;
using Parallax.Evaluation;
using Parallax.Evaluation.Scoring;
using Parallax.Tests.Support;

namespace Parallax.Tests.Extraction;

/// <summary>The benchmark's shingle scoring, the dataset layout checks, and the quality floor on the real dataset.</summary>
public class HtmlExtractionEvaluationTests
{
    [Fact]
    public void Tokens_are_python_word_runs_with_case_kept()
    {
        Assert.Equal(["Don", "t", "stop", "snake_case", "42½", "café", "東京"],
            ShingleScorer.Tokenize("Don't stop — snake_case, 42½? café 東京!"));
    }

    [Fact]
    public void Shingles_are_four_token_windows_and_short_texts_one_shingle()
    {
        Assert.Equal(new Dictionary<string, int> { ["a b c d"] = 2, ["b c d a"] = 1, ["c d a b"] = 1, ["d a b c"] = 1 },
            ShingleScorer.Shingles("a b c d a b c d"));
        Assert.Equal(new Dictionary<string, int> { ["only two"] = 1 }, ShingleScorer.Shingles("only two"));
        Assert.Empty(ShingleScorer.Shingles(" ... "));
    }

    [Fact]
    public void Match_is_normalised_by_the_shingle_total()
    {
        // Truth has 3 shingles, prediction 4; 2 shared: tp 2, fp 2, fn 1 over 5.
        var m = ShingleScorer.Match("one two three four five six", "one two three four five seven eight");
        Assert.Equal(0.4, m.TruePositive, 10);
        Assert.Equal(0.4, m.FalsePositive, 10);
        Assert.Equal(0.2, m.FalseNegative, 10);
    }

    [Fact]
    public void Empty_prediction_costs_recall_only_and_f1_is_the_mean_of_averages()
    {
        var perfect = ShingleScorer.Match("a b c d e", "a b c d e");
        var empty = ShingleScorer.Match("a b c d e", "");
        var half = ShingleScorer.Match("a b c d e", "a b c d x y z");
        var scores = ShingleScorer.Aggregate([perfect, empty, half]);
        // "half" shares 1 of its 4 shingles with the truth's 2: precision 1/4, recall 1/2.
        // Precision over perfect and half only: (1 + 1/4) / 2; recall over all three: (1 + 0 + 1/2) / 3.
        Assert.Equal(0.625, scores.Precision, 10);
        Assert.Equal(0.5, scores.Recall, 10);
        Assert.Equal(2 * 0.625 * 0.5 / 1.125, scores.F1, 10);
    }

    [Fact]
    public void Folder_without_ground_truth_is_a_dataset_error()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.Combine("html"));
        var e = Assert.Throws<DatasetException>(() => new ExtractionEvaluation().Run(dir.Path));
        Assert.StartsWith("no ground-truth.json in the folder", e.Message);
    }

    [Fact]
    public void Missing_page_file_is_a_dataset_error_naming_it()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.Combine("html"));
        dir.File("ground-truth.json", """{"p1": {"articleBody": "Some text.", "url": "https://example.org/a"}}""");
        var e = Assert.Throws<DatasetException>(() => new ExtractionEvaluation().Run(dir.Path));
        Assert.Equal("ground-truth.json lists 'p1' but html/p1.html.gz is missing", e.Message);
    }

    [Fact]
    public void A_page_with_empty_gold_is_scored_not_refused_and_right_only_when_nothing_is_returned()
    {
        using var dir = new TempDir();
        const string body = "The council met on Monday evening and voted to rebuild the harbour wall before winter.";
        const string other = "Volunteers planted four hundred oak saplings along the river path during the spring weekend.";
        // p1 an article, p2 a no-article page answered with no text (right), p3 a null gold answered with text (wrong).
        dir.File("ground-truth.json", "{\"p1\": {\"articleBody\": \"" + body + "\", \"url\": \"https://example.org/a\"},"
            + " \"p2\": {\"articleBody\": \"\", \"url\": \"https://example.org/b\"},"
            + " \"p3\": {\"articleBody\": null, \"url\": \"https://example.org/c\"}}");
        dir.File("html/p1.html.gz", Gzip($"<html><body><article><h1>Harbour</h1><p>{body}</p></article></body></html>"));
        dir.File("html/p2.html.gz", Gzip("<html><body><nav><a href=\"/\">Home</a></nav></body></html>"));
        dir.File("html/p3.html.gz", Gzip($"<html><body><article><h1>Oaks</h1><p>{other}</p></article></body></html>"));
        var result = new ExtractionEvaluation().Run(dir.Path);
        Assert.Equal(3, result.Items);
        Assert.Equal(2, result.Counts.Single(c => c.Key == "empty_gold_pages").Value);
        Assert.Equal(1, result.Counts.Single(c => c.Key == "empty_gold_right").Value);
        // Precision and recall: p1 1, p2 1, p3 0 -> 2/3 each.
        Assert.Equal(2.0 / 3, result["precision"], 10);
        Assert.Equal(2.0 / 3, result["recall"], 10);
    }

    [Fact]
    public void An_article_body_that_is_not_a_string_is_still_a_dataset_error()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.Combine("html"));
        dir.File("ground-truth.json", """{"p1": {"articleBody": 42}}""");
        var e = Assert.Throws<DatasetException>(() => new ExtractionEvaluation().Run(dir.Path));
        Assert.Equal("ground-truth.json: entry 'p1' has an articleBody that is not a string", e.Message);
    }

    [Fact]
    public void A_small_hand_made_dataset_is_scored_through_the_extractor()
    {
        using var dir = new TempDir();
        const string body = "The council met on Monday evening and voted to rebuild the harbour wall before winter.";
        dir.File("ground-truth.json", "{\"p1\": {\"articleBody\": \"" + body + "\", \"url\": \"https://example.org/a\"}}");
        dir.File("html/p1.html.gz", Gzip($"<html><body><nav><a href=\"/\">Home</a></nav><article><h1>Harbour</h1><p>{body}</p></article></body></html>"));
        var result = new ExtractionEvaluation().Run(dir.Path);
        Assert.Equal(1, result.Items);
        Assert.Equal(1.0, result["f1"]);
        Assert.Equal(1.0, result["precision"]);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Scrapinghub_benchmark_f1_stays_above_the_floor()
    {
        var path = SharedData.RequirePath("datasets/extraction/scrapinghub");
        var result = new ExtractionEvaluation().Run(path);
        Assert.Equal(181, result.Items);
        QualityFloors.AssertMet("extraction", "extraction/scrapinghub", result);
    }

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            gz.Write(Encoding.UTF8.GetBytes(text));
        return buffer.ToArray();
    }
}
