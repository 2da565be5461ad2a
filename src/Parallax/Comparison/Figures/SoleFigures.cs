using System.Collections.Frozen;

namespace Parallax.Comparison.Figures;

/// <summary>
/// Figures that are one because each of two articles says such a thing once: the only count of a named kind, the only
/// measure in one unit said to move one way. Where each article has one, the two are the story's figure however
/// differently their sentences run; a second one in either article leaves them to the sentences.
/// </summary>
internal static class SoleFigures
{
    /// <summary>Significant digits from which a count is an exact record (<see cref="OfAKind"/>).</summary>
    private const int PreciseDigits = 4;

    /// <summary>The largest ratio of two sole counts of a kind read as one figure (<see cref="OfAKind"/>).</summary>
    public const double SoleKindRatio = 2;

    /// <summary>
    /// The largest ratio of two sole moves of a measure read as one figure (<see cref="MovesOfAMeasure"/>): outlets that
    /// give one change differently seldom give it 50% apart.
    /// </summary>
    public const double SoleMoveRatio = 1.5;

    /// <summary>
    /// Votes, counted in one story as a tally's sides, a threshold and a majority ("the 54-35 vote" / "the 60-vote
    /// threshold"): a sole count of them in each article is no sign of one figure.
    /// </summary>
    internal static readonly FrozenSet<string> TallyClasses = new[] { "vote", "yea", "nay" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether two figures are one as each article's only figure of their kind: <see cref="CountsOfAKind"/> for counts,
    /// <see cref="MovesOfAMeasure"/> for measures. The lists are the articles' figures, each with its other mentions.
    /// </summary>
    public static bool OfAKind(Figure a, Figure b, List<List<Figure>> aArticle, List<List<Figure>> bArticle) =>
        a.Measure && b.Measure ? MovesOfAMeasure(a, b, aArticle, bArticle) : CountsOfAKind(a, b, aArticle, bArticle);

    /// <summary>
    /// Two outlets' only counts of one named kind ("more than 400 shootings" over a weekend / "more than 540 shootings"
    /// over the holiday; "the 15-storey building" / "an 11-story building"). Values within <see cref="SoleKindRatio"/>
    /// of each other only; not persons (a story counts many groups of them), votes, a forecast against what happened, or
    /// a precise record.
    /// </summary>
    private static bool CountsOfAKind(Figure a, Figure b, List<List<Figure>> aArticle, List<List<Figure>> bArticle)
    {
        if (a.Measure || b.Measure || a.People || b.People || a.Persons || b.Persons || !a.OwnNouns.Overlaps(b.OwnNouns)
            || a.OwnNouns.Overlaps(TallyClasses) || b.OwnNouns.Overlaps(TallyClasses)
            || FigureSimilarity.IsOrderOfMagnitude(a.Quantity) || FigureSimilarity.IsOrderOfMagnitude(b.Quantity))
            return false;
        var (low, high) = FigureSimilarity.Sizes(a, b);
        if (low <= 0 || high / low > SoleKindRatio || a.Forecast != b.Forecast || !FigureSimilarity.Compatible(a, b))
            return false;
        // A precise count ("173,629 crossings") is a record, which other outlets repeat or round (SameDistinctiveValue,
        // RoundedOfPrecise); a near value beside it is another count.
        if (Math.Max(a.Digits, b.Digits) >= PreciseDigits)
            return false;
        return OnlyCountOf(a, b.OwnNouns, aArticle) && OnlyCountOf(b, a.OwnNouns, bArticle);
    }

    /// <summary>
    /// Two outlets' only measures in one unit said to move one way, not far apart: "a 12% increase over the previous
    /// month" / "a 13 percent increase over June", "output fell 4.1%" / "a 4.3 percent drop". Rises and falls of several
    /// things in one article leave them to their sentences; so do one-digit and hedged figures, as for one value
    /// (<see cref="FigureSimilarity.SameMove"/>): "fell to 5%" is said of too many rates. Spans of time are lengths, not moves.
    /// </summary>
    private static bool MovesOfAMeasure(Figure a, Figure b, List<List<Figure>> aArticle, List<List<Figure>> bArticle)
    {
        if (FigureSimilarity.IsSpanOfTime(a) || a.Direction == 0 || a.Direction != b.Direction || !OneMeasure(a, b)
            || a.Digits < 2 || b.Digits < 2 || a.Quantity.Approximation is not null || b.Quantity.Approximation is not null
            || a.Quantity.High is not null || b.Quantity.High is not null)
            return false;
        var (low, high) = FigureSimilarity.Sizes(a, b);
        return low > 0 && high / low <= SoleMoveRatio && OnlyMoveOf(a, aArticle) && OnlyMoveOf(b, bArticle);
    }

    /// <summary>
    /// Two measures of one unit, each a plain amount: not a share, an offset, an age or an order of magnitude in words; both
    /// forecasts or neither, both wholes or parts or neither.
    /// </summary>
    private static bool OneMeasure(Figure a, Figure b) =>
        a.UnitKey.Length > 0 && a.UnitKey == b.UnitKey && !a.Share && !b.Share && !a.Offset && !b.Offset && !a.Age && !b.Age
        && a.Forecast == b.Forecast && a.Whole == b.Whole && a.Part == b.Part
        && !FigureSimilarity.IsOrderOfMagnitude(a.Quantity) && !FigureSimilarity.IsOrderOfMagnitude(b.Quantity);

    /// <summary>Whether no other figure of the article counts one of <paramref name="nouns"/>.</summary>
    private static bool OnlyCountOf(Figure figure, HashSet<string> nouns, List<List<Figure>> article)
    {
        foreach (var node in article)
        {
            var other = node[0];
            if (SameValue(other, figure) || other.Measure)
                continue;
            if (other.OwnNouns.Overlaps(nouns))
                return false;
        }
        return true;
    }

    /// <summary>Whether no other measure of the article in the figure's unit moved (offsets and ages aside).</summary>
    private static bool OnlyMoveOf(Figure figure, List<List<Figure>> article)
    {
        foreach (var node in article)
        {
            var other = node[0];
            if (SameValue(other, figure) || !other.Measure || other.Offset || other.Age || other.UnitKey != figure.UnitKey)
                continue;
            if (other.Direction != 0)
                return false;
        }
        return true;
    }

    private static bool SameValue(Figure a, Figure b) => a.Quantity.Value == b.Quantity.Value && a.Quantity.High == b.Quantity.High;
}
