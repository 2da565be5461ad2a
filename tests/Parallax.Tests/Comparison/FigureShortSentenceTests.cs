using Parallax.Analysis;
using Parallax.Comparison.Figures;
using Parallax.Tests.Support;

namespace Parallax.Tests.Comparison;

/// <summary>
/// A sentence that says little but its figure ("He was 88.", "They were up 4.1%.") goes on from the sentence before it,
/// so the figure meets another outlet's figure said in one sentence ("died at 88", "prices in March were 4.1% higher").
/// </summary>
public class FigureShortSentenceTests
{
    private static (AnalyzedArticle[] Docs, IReadOnlyList<FigureGroup> Groups) Group(params string[] texts) => QuantityArticles.Group(texts);

    private static FigureGroup? GroupOf(AnalyzedArticle[] docs, IReadOnlyList<FigureGroup> groups, int article, string text) =>
        QuantityArticles.GroupOf(docs, groups, article, text);

    [Theory]
    [InlineData("Dane Morrow, the former governor of Velm, has died. He was 88.",
        "Former Velm governor Dane Morrow died at 88 on Tuesday, his family said.", "88", "88")]
    [InlineData("Consumer prices in Castavia rose again in March. They were up 4.1%.",
        "Castavia's consumer prices in March were 4.1% higher than a year earlier.", "4.1%", "4.1%")]
    public void A_short_sentence_takes_the_words_of_the_one_before(string a, string b, string first, string second)
    {
        var (docs, groups) = Group(a, b);
        var g = GroupOf(docs, groups, 0, first);
        Assert.True(g is not null && g == GroupOf(docs, groups, 1, second), QuantityArticles.Show(docs, groups));
        Assert.True(g!.Agree);
    }

    [Fact]
    public void A_sentence_that_says_what_its_figure_is_keeps_to_itself()
    {
        // "Unemployment in Castavia was 4.1%" says what it measures; the prices of the sentence before are not its words.
        var (docs, groups) = Group("Consumer prices in Castavia rose again in March. Unemployment in the north of the country was 4.1%.",
            "Castavia's consumer prices in March were 4.1% higher than a year earlier.");
        var g = GroupOf(docs, groups, 0, "4.1%");
        Assert.True(g is null || g != GroupOf(docs, groups, 1, "4.1%"), QuantityArticles.Show(docs, groups));
    }
}
