using Parallax.Analysis;
using Parallax.Comparison.Figures;
using Parallax.Tests.Support;

namespace Parallax.Tests.Comparison;

/// <summary>
/// Two outlets' only measures in one unit said to move one way are one figure, however differently their sentences run
/// ("a 12% increase over the previous month" / "a 13 percent increase over June"). Members must group; look-alikes (a
/// second move in the unit, moves the other way or far apart, a share that did not move, one-digit and hedged figures)
/// must not.
/// </summary>
public class FigureSoleMeasureTests
{
    private static readonly DateOnly Day = new(2024, 3, 14);

    /// <summary>Dated articles with the comparison's own figures ("for a week" is one), grouped.</summary>
    private static (AnalyzedArticle[] Docs, IReadOnlyList<FigureGroup> Groups) Group(params string[] texts)
    {
        var docs = texts.Select((t, i) => ComparisonFigures.With(QuantityArticles.Dated("a" + i, t, Day))).ToArray();
        return (docs, new FigureGrouper().Group(docs));
    }

    [Theory]
    [InlineData("Arrests at the northern crossings reached a two-decade high in May, a 12% increase over the previous month.",
        "Guards detained 41,200 travellers in May, a 13 percent increase over the figure for April.", "12%", "13 percent")]
    [InlineData("Ticket prices at the regional carrier rose 18% this spring, the airline said.",
        "Passengers saw a 17 percent jump in what a seat costs, according to filings.", "18%", "17 percent")]
    [InlineData("Factory output in the province fell 4.1% in the quarter.",
        "Manufacturers there reported a 4.3 percent drop, the statistics office said.", "4.1%", "4.3 percent")]
    public void Sole_moves_of_a_measure_are_one_figure(string a, string b, string first, string second)
    {
        var (docs, groups) = Group(a, b);
        Assert.NotNull(QuantityArticles.GroupOfBoth(docs, groups, first, second));
    }

    [Theory]
    // One rose, the other fell.
    [InlineData("Ticket prices at the regional carrier rose 18% this spring, the airline said.",
        "Passenger numbers saw a 17 percent drop, according to filings.", "18%", "17 percent")]
    // Too far apart to be one change.
    [InlineData("Ticket prices at the regional carrier rose 18% this spring, the airline said.",
        "Fuel costs saw a 40 percent jump, according to filings.", "18%", "40 percent")]
    // A second move in the unit in one article.
    [InlineData("Ticket prices rose 18% this spring while fuel costs climbed 19%, the airline said.",
        "Passengers saw a 17 percent jump in fares, according to filings.", "18%", "17 percent")]
    // One-digit and hedged moves are said of too many things: the sentences must tie them.
    [InlineData("Ticket prices at the regional carrier rose 8% this spring, the airline said.",
        "Passengers saw a 9 percent jump in what a seat costs, according to filings.", "8%", "9 percent")]
    [InlineData("Ticket prices at the regional carrier rose about 18% this spring, the airline said.",
        "Passengers saw a 17 percent jump in what a seat costs, according to filings.", "about 18%", "17 percent")]
    // A share that did not move ("12% of voters") is no change.
    [InlineData("Only 12% of members backed the plan at the spring meeting.",
        "Dues saw a 13 percent increase this year, the treasurer said.", "12%", "13 percent")]
    public void Other_moves_stay_apart(string a, string b, string first, string second)
    {
        var (docs, groups) = Group(a, b);
        Assert.Null(QuantityArticles.GroupOfBoth(docs, groups, first, second));
    }
}
