using Parallax.Text;

namespace Parallax.Comparison.Figures;

/// <summary>
/// How alike two figures of different articles are. The gate (<see cref="Compatible"/>) asks whether they can count
/// or measure the same thing; the score adds how much their sentences and clauses share.
/// </summary>
internal static class FigureSimilarity
{
    /// <summary>
    /// Whether two figures can be about the same thing:
    /// <list type="bullet">
    /// <item>a measure (percent, a currency, km, a span of time) only meets the same unit, and a word of its clause
    /// must match one of the other's near the figures, or a word of the same lexicon class ("new funding" / "new spending"),
    /// or the amounts are one (<see cref="SameAmount"/>: "suspended Trump's accounts for two years" / "suspended from its
    /// platforms for two years"; "$2.9bn" / "$3bn" for one plan);</item>
    /// <item>two counts of named nouns need a shared class ("jobs" / "positions"; "civilians" / "people"); a count of
    /// persons ("people") does not meet a count of a narrower noun ("children"), but a bare number may meet either;</item>
    /// <item>two counts whose clauses name events need a shared event ("killed" / "death toll", not "wounded");</item>
    /// <item>the size of a whole meets only the size of a whole (<see cref="WholeCue"/>);</item>
    /// <item>two bare numbers without an event share at least <see cref="FigureGrouper.MinBareMatches"/> sentence words.</item>
    /// </list>
    /// </summary>
    public static bool Compatible(Figure a, Figure b)
    {
        // A whole counts something else than its parts ("of the seven members" / "two members preferring").
        if (a.Whole != b.Whole)
            return false;
        if (a.Measure || b.Measure)
        {
            if (!(a.Measure && b.Measure) || !SameUnit(a, b))
                return false;
            return NearestLocal(a, b) <= FigureGrouper.MaxNearRanks || SharedClass(a.Local, b.Local)
                || SameAmount(a, b);
        }
        if (a.Events.Count > 0 && b.Events.Count > 0 && !a.Events.Overlaps(b.Events))
            return false;
        bool aNamed = a.People || a.Nouns.Count > 0, bNamed = b.People || b.Nouns.Count > 0;
        if (aNamed && bNamed && (a.People != b.People || !a.People && !a.Nouns.Overlaps(b.Nouns)))
            return false;
        if (!aNamed && !bNamed && a.Events.Count == 0 && b.Events.Count == 0)
            return ContentWords.Matches(a.Context, b.Context) >= FigureGrouper.MinBareMatches;
        // A bare number with no event says nothing of what it counts: it meets only what its sentence shares.
        if ((!aNamed && a.Events.Count == 0) || (!bNamed && b.Events.Count == 0))
            return ContentWords.Matches(a.Context, b.Context) >= FigureGrouper.MinBareMatches - 1;
        return true;
    }

    private static bool SameKindAndEvent(Figure a, Figure b) =>
        !a.Measure && !b.Measure && a.Events.Overlaps(b.Events) && (a.People && b.People || a.Nouns.Overlaps(b.Nouns));

    public static double Score(Figure a, Figure b)
    {
        if (a.Context.Count == 0 || b.Context.Count == 0 || !Compatible(a, b))
            return 0;
        double matches = ContentWords.Matches(a.Context, b.Context);
        double containment = matches / Math.Min(a.Context.Count, b.Context.Count);
        double dice = 2 * matches / (a.Context.Count + b.Context.Count);
        double sentence = Math.Max(dice, 0.6 * containment);
        double local = LocalMatches(a, b);
        double clause = local == 0 ? 0 : 2 * local / (a.Local.Count + b.Local.Count);
        double score = sentence + FigureGrouper.LocalWeight * clause;
        if (score < FigureGrouper.MinContext)
        {
            // Two counts of the same kind of thing to which the same happened ("2,300 people from their homes" /
            // "3,100 people had been evacuated") are one figure of one story however differently the sentences run.
            if (!SameKindAndEvent(a, b))
                return 0;
            score = FigureGrouper.MinContext;
        }
        if (a.Measure)
        {
            // The gate already found what both measure beside them.
            score += FigureGrouper.NounBonus;
        }
        else
        {
            bool bothEvents = a.Events.Count > 0 && b.Events.Count > 0;
            bool bothNouns = (a.People || a.Nouns.Count > 0) && (b.People || b.Nouns.Count > 0);
            if (bothEvents)
                score += FigureGrouper.EventBonus;
            if (bothNouns)
                score += FigureGrouper.NounBonus;
            if (!bothEvents && !bothNouns)
                score *= FigureGrouper.HalfKnownCredit;
        }
        // Two figures attributed to one source ("the Observatory said" / "Observatory chief ... told AFP") are its figure
        // in both outlets: where an outlet gives two sources' tolls, the source tells which is which.
        if (a.Source.Count > 0 && b.Source.Count > 0 && a.Source.Overlaps(b.Source))
            score += FigureGrouper.SourceBonus;
        // What was expected is not what happened: "870,000 expected" and "943,000 added" are two figures.
        if (a.Forecast != b.Forecast)
            score *= FigureGrouper.ForecastMismatchCredit;
        double low = Math.Min(Math.Abs(a.Quantity.Value), Math.Abs(b.Quantity.Value));
        double high = Math.Max(Math.Abs(a.Quantity.Value), Math.Abs(b.Quantity.Value));
        // Two outlets' figures for one thing are seldom far apart: beyond the ratio, the score falls with the distance.
        if (low > 0 && high / low > FigureGrouper.ImplausibleRatio)
            score *= FigureGrouper.ImplausibleRatio * low / high;
        if (IsOrderOfMagnitude(a.Quantity) || IsOrderOfMagnitude(b.Quantity))
            score *= FigureGrouper.OrderOfMagnitudeCredit;
        if (a.Quantity.Value == b.Quantity.Value && a.Quantity.High == b.Quantity.High)
            score += FigureGrouper.SameValueBonus;
        else if (FigureAgreement.Agree(a.Quantity, a.Perpetrators, b.Quantity, b.Perpetrators))
            score += FigureGrouper.AgreeBonus;
        return Math.Min(1, score);
    }

    /// <summary>
    /// Two measures of one unit whose amounts are one: the same value and a word of their sentences shared, or values
    /// the wordings allow to be one ("$2.9bn" / "$3bn", "nearly 30%" / "29.4%") and two words shared; a span of time
    /// needs <see cref="FigureGrouper.MinBareMatches"/>. In one story, one amount in one unit is seldom two things; the
    /// score still needs the sentences alike.
    /// </summary>
    private static bool SameAmount(Figure a, Figure b)
    {
        if (IsOrderOfMagnitude(a.Quantity) || IsOrderOfMagnitude(b.Quantity))
            return false;
        bool same = a.Quantity.Value == b.Quantity.Value && a.Quantity.High == b.Quantity.High;
        if (!same && !FigureAgreement.Agree(a.Quantity, 0, b.Quantity, 0))
            return false;
        // A span of time ("two years") is said of many things in one story: its sentences must share more.
        double needed = IsSpanOfTime(a) ? FigureGrouper.MinBareMatches : same ? 1 : 2;
        return ContentWords.Matches(a.Context, b.Context) >= needed;
    }

    private static bool IsSpanOfTime(Figure f) =>
        f.Quantity.Unit is { Length: > 0 } unit && Analysis.Quantities.UnitLexicon.Match(unit, 0, attached: false, out _)?.Kind == Analysis.Quantities.UnitKind.Time;

    /// <summary>"tens of thousands", "dozens", "hundreds": a range of one order of magnitude written in words.</summary>
    public static bool IsOrderOfMagnitude(Analysis.Quantity q) =>
        q.High is double high && high == 10 * q.Value && q.Text.Length > 0 && char.IsLetter(q.Text[0]);

    private static bool SameUnit(Figure a, Figure b) =>
        a.UnitKey == b.UnitKey || a.UnitWords.Any(x => b.UnitWords.Any(y => Synonyms.AreSynonyms(x, y)));

    /// <summary>True when a clause word of each belongs to one class of the counted-things lexicon.</summary>
    private static bool SharedClass(ContentWords a, ContentWords b)
    {
        foreach (var x in a.Lower)
        {
            foreach (var (cls, _) in CountedThings.Of(x))
            {
                foreach (var y in b.Lower)
                {
                    foreach (var (other, _) in CountedThings.Of(y))
                    {
                        if (cls == other)
                            return true;
                    }
                }
            }
        }
        return false;
    }

    /// <summary>
    /// Words the two clause neighbourhoods share, each used once: by stem or synonym, but not a name against a
    /// name ("Bank", "Castavia": the story's names sit beside every figure).
    /// </summary>
    private static int LocalMatches(Figure fa, Figure fb)
    {
        ContentWords a = fa.Local, b = fb.Local;
        var used = new bool[b.Count];
        int matches = 0;
        for (int i = 0; i < a.Count; i++)
        {
            for (int j = 0; j < b.Count; j++)
            {
                if (used[j] || (a.Capitalised[i] && b.Capitalised[j]))
                    continue;
                if (Alike(a, b, i, j))
                {
                    used[j] = true;
                    matches++;
                    break;
                }
            }
        }
        return matches;
    }

    /// <summary>The least sum of ranks (distance from the figure) of two matching clause words, or int.MaxValue.</summary>
    private static int NearestLocal(Figure fa, Figure fb)
    {
        ContentWords a = fa.Local, b = fb.Local;
        int nearest = int.MaxValue;
        for (int i = 0; i < a.Count; i++)
        {
            for (int j = 0; j < b.Count; j++)
            {
                if (fa.Ranks[i] + fb.Ranks[j] < nearest && !(a.Capitalised[i] && b.Capitalised[j]) && Alike(a, b, i, j))
                    nearest = fa.Ranks[i] + fb.Ranks[j];
            }
        }
        return nearest;
    }

    private static bool Alike(ContentWords a, ContentWords b, int i, int j) =>
        a.Stems[i] == b.Stems[j] || a.SynonymOf(i, b, j);
}
