using Parallax.Analysis;
using Parallax.Comparison.Figures;
using Parallax.Tests.Support;

namespace Parallax.Tests.Comparison;

/// <summary>
/// An earthquake's magnitude as two agencies give it ("magnitude 5.9" by the national centre, "a 6.1-magnitude quake" by
/// a foreign survey) is one figure in dispute; a magnitude far off (an aftershock, a quake of years before) is another
/// quake, and a magnitude never meets a figure of another unit.
/// </summary>
public class FigureMagnitudesTests
{
    private static (AnalyzedArticle[] Docs, IReadOnlyList<FigureGroup> Groups) Group(params string[] texts) => QuantityArticles.Group(texts);

    private static FigureGroup? GroupOf(AnalyzedArticle[] docs, IReadOnlyList<FigureGroup> groups, int article, string text) =>
        QuantityArticles.GroupOf(docs, groups, article, text);

    [Theory]
    [InlineData("The national seismology centre said the quake that hit the island of Varos measured 5.9.",
        "A 6.1-magnitude earthquake struck the island of Varos, the foreign geological survey said.", "5.9", "6.1-magnitude", false)]
    [InlineData("An earthquake of magnitude 8.6 struck off the coast of Tellmar, the survey said.",
        "The quake off Tellmar registered 8.7 on the Richter scale, the local agency said.", "8.6", "8.7 on the Richter scale", false)]
    [InlineData("A magnitude-6.4 temblor shook the town of Orsk before dawn, seismologists said.",
        "The 6.4 magnitude earthquake shook Orsk before dawn, according to seismologists.", "6.4", "6.4 magnitude", true)]
    public void Two_magnitudes_of_one_quake_meet(string a, string b, string first, string second, bool agree)
    {
        var (docs, groups) = Group(a, b);
        var g = GroupOf(docs, groups, 0, first);
        Assert.True(g is not null && g == GroupOf(docs, groups, 1, second), QuantityArticles.Show(docs, groups));
        Assert.Equal(agree, g!.Agree);
    }

    [Theory]
    // The main shock and an aftershock.
    [InlineData("A 6.1-magnitude earthquake struck the island of Varos on Sunday, the survey said.",
        "An aftershock measuring 4.8 rattled the island of Varos on Sunday, the survey said.", "6.1-magnitude", "4.8")]
    // The quake and the great quake of years before, 0.5 apart.
    [InlineData("The quake that struck off Tellmar on Wednesday measured 8.6, the survey said.",
        "The quake off Tellmar recalled the 9.1-magnitude quake that struck there in 2004, the survey said.", "8.6", "9.1-magnitude")]
    // A magnitude and a percentage of the same number.
    [InlineData("A 6.1-magnitude earthquake struck the island of Varos, cutting power to homes, officials said.",
        "The quake on Varos cut power to 6.1 percent of homes, officials said.", "6.1-magnitude", "6.1 percent")]
    public void Look_alikes_stay_apart(string a, string b, string first, string second)
    {
        var (docs, groups) = Group(a, b);
        var g = GroupOf(docs, groups, 0, first);
        Assert.True(g is null || g != GroupOf(docs, groups, 1, second), QuantityArticles.Show(docs, groups));
    }
}
