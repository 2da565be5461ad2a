using Parallax.Comparison.Report;
using Parallax.Evaluation.Scoring;

namespace Parallax.Tests.Evaluation;

/// <summary>The scorers behind <c>eval comparison</c> and <c>eval alignment</c> on hand-built reports with known answers.</summary>
public class ComparisonScorersTests
{
    private const string TextA = "The mayor said “we will rebuild the bridge before winter comes” and 40 people were hurt. 40 more waited.";
    private const string TextB = "“We will rebuild the bridge before winter comes,” the mayor said. Officials put the injured at 52.";

    private static ReportArticle Article(string id, string text, ReportQuote[] quotes, ReportQuantity[] quantities) =>
        new() { Id = id, Source = id, Text = text, Quotes = quotes, Quantities = quantities };

    private static int[] SpanOf(string text, string part) => [text.IndexOf(part, StringComparison.Ordinal), text.IndexOf(part, StringComparison.Ordinal) + part.Length];

    private static ComparisonReport Report(bool quotesTogether, bool figuresTogether, bool agree, bool oneStory = true)
    {
        var a = Article("a", TextA,
            [new ReportQuote("a.q1", "we will rebuild the bridge before winter comes", SpanOf(TextA, "we will rebuild the bridge before winter comes"), true, "mayor", null)],
            [new ReportQuantity("a.n1", 40, null, "40 people", SpanOf(TextA, "40 people")), new ReportQuantity("a.n2", 40, null, "40 more", SpanOf(TextA, "40 more"))]);
        var b = Article("b", TextB,
            [new ReportQuote("b.q1", "We will rebuild the bridge before winter comes,", SpanOf(TextB, "We will rebuild the bridge before winter comes,"), true, "mayor", null)],
            [new ReportQuantity("b.n1", 52, null, "52", SpanOf(TextB, "52"))]);
        ReportQuoteGroup[] quotes = quotesTogether ? [new("mayor", ["a.q1", "b.q1"])] : [new("mayor", ["a.q1"]), new("mayor", ["b.q1"])];
        ReportFigureGroup[] figures = figuresTogether
            ? [new("people hurt", ["a.n1", "b.n1"], agree), new("more", ["a.n2"], true)]
            : [new("people hurt", ["a.n1"], true), new("people hurt", ["b.n1"], true), new("more", ["a.n2"], true)];
        ReportStory[] stories = oneStory
            ? [new() { Id = "s1", Articles = ["a", "b"], Quotes = quotes, Figures = figures }]
            : [new() { Id = "s1", Articles = ["a"], Quotes = [quotes[0]], Figures = [figures[0]] }, new() { Id = "s2", Articles = ["b"], Quotes = [quotes[^1]], Figures = [figures[1]] }];
        return new ComparisonReport { Articles = [a, b], Stories = stories };
    }

    private static GoldStory Gold() => new("g1",
        AlignedQuotes: [[new("a", "rebuild the bridge"), new("b", "We will rebuild")]],
        DistinctQuotes: [[new("a", "before winter comes"), new("b", "before winter comes")]],
        Figures: [new([new("a", "40 people were hurt"), new("b", "the injured at 52")], Agree: false)]);

    [Fact]
    public void Members_grouped_together_with_the_right_verdict_score_full_marks_and_the_distinct_pair_fails()
    {
        var scorer = new CompareGoldScorer();
        scorer.Add(Gold(), Report(quotesTogether: true, figuresTogether: true, agree: false));
        Assert.Equal(1.0, scorer.AlignedRecall);
        Assert.Equal(0.0, scorer.DistinctKeptApart);
        Assert.Equal(1.0, scorer.FigureRecall);
        Assert.Equal(1.0, scorer.FigureAgreeRight);
    }

    [Fact]
    public void A_wrong_verdict_counts_as_grouped_but_not_right_and_split_groups_count_as_neither()
    {
        var wrongVerdict = new CompareGoldScorer();
        wrongVerdict.Add(Gold(), Report(quotesTogether: true, figuresTogether: true, agree: true));
        Assert.Equal((1.0, 0.0), (wrongVerdict.FigureRecall, wrongVerdict.FigureAgreeRight));

        var split = new CompareGoldScorer();
        split.Add(Gold(), Report(quotesTogether: false, figuresTogether: false, agree: false));
        Assert.Equal(0.0, split.AlignedRecall);
        Assert.Equal(1.0, split.DistinctKeptApart);
        Assert.Equal((0.0, 0.0), (split.FigureRecall, split.FigureAgreeRight));
    }

    [Fact]
    public void Two_gold_figures_in_one_reported_group_are_not_kept_apart()
    {
        // Two gold figures: the 40 hurt (against the 52 injured) and the 40 more who waited, alone in its article.
        var gold = new GoldStory("g1", [], [], [
            new([new("a", "40 people were hurt"), new("b", "the injured at 52")], Agree: false),
            new([new("a", "40 more waited")], Agree: true)]);
        var apart = new CompareGoldScorer();
        apart.Add(gold, Report(quotesTogether: true, figuresTogether: true, agree: false));
        Assert.Equal((1, 1, 1.0), (apart.FigurePairs, apart.FigurePairsApart, apart.FiguresKeptApart));

        // A report that bags both in one group still groups the first figure, but keeps nothing apart.
        var report = Report(quotesTogether: true, figuresTogether: true, agree: false);
        var bag = report with { Stories = [report.Stories[0] with { Figures = [new("people", ["a.n1", "a.n2", "b.n1"], false)] }] };
        var bagged = new CompareGoldScorer();
        bagged.Add(gold, bag);
        Assert.Equal(1.0, bagged.FigureRecall);
        Assert.Equal((1, 0, 0.0), (bagged.FigurePairs, bagged.FigurePairsApart, bagged.FiguresKeptApart));

        // A quantity quoted as a member of both gold figures is the labels' overlap, not a bag.
        var overlap = new CompareGoldScorer();
        overlap.Add(gold with { Figures = [gold.Figures[0], new([new("a", "40 people"), new("a", "40 more waited")], Agree: true)] }, bag);
        Assert.Equal((1, 0), (overlap.FigurePairs, overlap.FigurePairsApart));
        var onlyOverlap = new CompareGoldScorer();
        onlyOverlap.Add(gold with { Figures = [new([new("a", "40 people were hurt")], Agree: true), new([new("a", "40 people")], Agree: true)] }, bag);
        Assert.Equal((1, 1), (onlyOverlap.FigurePairs, onlyOverlap.FigurePairsApart));

        // A gold figure none of whose members is located counts in no pair.
        var unlocated = new CompareGoldScorer();
        unlocated.Add(gold with { Figures = [gold.Figures[0], new([new("a", "no such text")], Agree: true)] }, bag);
        Assert.Equal(0, unlocated.FigurePairs);
    }

    [Fact]
    public void Figure_recall_splits_into_agreeing_and_disputed_gold_groups()
    {
        // The disputed 40 / 52 is grouped; the agreeing "40 more" pairs with text no item covers, so it is not.
        var gold = new GoldStory("g1", [], [], [
            new([new("a", "40 people were hurt"), new("b", "the injured at 52")], Agree: false),
            new([new("a", "40 more waited"), new("b", "Officials put")], Agree: true)]);
        var scorer = new CompareGoldScorer();
        scorer.Add(gold, Report(quotesTogether: true, figuresTogether: true, agree: false));
        Assert.Equal((2, 1, 1), (scorer.Figures, scorer.FiguresDisputed, scorer.FiguresDisputedGrouped));
        Assert.Equal((0.0, 1.0, 0.5), (scorer.AgreeingFigureRecall, scorer.DisputedFigureRecall, scorer.FigureRecall));

        // Split: neither kind grouped.
        var split = new CompareGoldScorer();
        split.Add(gold, Report(quotesTogether: true, figuresTogether: false, agree: false));
        Assert.Equal((0.0, 0.0), (split.AgreeingFigureRecall, split.DisputedFigureRecall));
    }

    [Fact]
    public void A_member_whose_text_no_item_covers_or_no_report_at_all_is_unlocated()
    {
        var gold = new GoldStory("g1", [[new("a", "the mayor said"), new("b", "We will rebuild")]], [], []);
        var scorer = new CompareGoldScorer();
        scorer.Add(gold, Report(true, true, false));
        scorer.Add(Gold(), null);
        Assert.Equal(0, scorer.AlignedRight);
        Assert.Equal(2, scorer.Aligned);
        Assert.Equal(1, scorer.Figures);
    }

    [Fact]
    public void Shared_quote_pairs_need_six_common_words_across_articles_and_a_split_story_loses_them()
    {
        var texts = new List<(string, string)> { ("a", TextA), ("b", TextB) };
        var together = new SharedQuoteScorer();
        together.Add(texts, Report(true, true, false));
        Assert.Equal((1, 1, 1), (together.Pairs, together.PairsAligned, together.StoriesWhole));

        var split = new SharedQuoteScorer();
        split.Add(texts, Report(false, false, false, oneStory: false));
        Assert.Equal((1, 0, 0), (split.Pairs, split.PairsAligned, split.StoriesWhole));
    }

    [Theory]
    [InlineData("He said “short one” and left.", 0)]
    [InlineData("“An opening quote is restarted by “a second opener that runs long enough” here.", 1)]
    [InlineData("A closing mark first ” then \"a straight quote that is long enough\" ends.", 1)]
    public void Quote_spans_pair_marks_in_order_and_keep_contents_of_twenty_characters_or_more(string text, int spans) =>
        Assert.Equal(spans, SharedQuoteScorer.QuoteSpans(text).Count);

    [Fact]
    public void Words_fold_case_and_curly_apostrophes()
    {
        Assert.Equal(["we'll", "build", "it", "2025"], SharedQuoteScorer.Words("We’ll BUILD it, 2025!"));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("{\"stories\": [{\"aligned_quotes\": []}]}")]
    [InlineData("{\"stories\": [{\"story\": \"g1\", \"figures\": [{\"members\": []}]}]}")]
    public void A_malformed_gold_file_is_refused_naming_the_file(string content)
    {
        using var dir = new Parallax.Tests.Support.TempDir();
        var folder = dir.Folder("gold");
        File.WriteAllText(Path.Combine(folder, "gold.json"), content);
        File.WriteAllText(Path.Combine(folder, "articles.jsonl"), "");
        var error = Assert.Throws<Parallax.Evaluation.DatasetException>(() => new Parallax.Evaluation.ComparisonEvaluation().Run(folder));
        Assert.Contains("gold.json", error.Message);
        Assert.DoesNotContain("\n", error.Message);
    }
}
