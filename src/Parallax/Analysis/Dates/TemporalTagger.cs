namespace Parallax.Analysis.Dates;

/// <summary>
/// Finds temporal expressions and normalises them to TimeML values, in the manner of HeidelTime: absolute
/// dates ("Dec 23, 2016", "March 2011", "the 1990s"), relative ones resolved against
/// <see cref="AnalyzedArticle.ReferenceDate"/> ("Thursday", "last week", "two years ago"), clock times,
/// durations ("48 hours" = PT48H), sets ("every week" = P1W) and the reference points PRESENT_REF,
/// PAST_REF and FUTURE_REF. Without a reference date, relative values are null. Stateless and thread-safe.
/// </summary>
public sealed class TemporalTagger : IAnalysisComponent
{
    /// <inheritdoc />
    public string Name => "dates";

    /// <inheritdoc />
    public IReadOnlyList<Layer> Requires { get; } = [];

    /// <inheritdoc />
    public IReadOnlyList<Layer> Assigns { get; } = [Layers.Dates];

    /// <summary>Relative expressions resolve against the reference date when there is one.</summary>
    public IReadOnlyList<Layer> ReadsWhenPresent { get; } = [Layers.ReferenceDate];

    /// <inheritdoc />
    public void Process(AnalysisContext context) => context.Set(Layers.Dates, Tag(context.Text, context.ReferenceDate?.Day));

    /// <summary>The expressions in <paramref name="text"/>, in text order, resolved against <paramref name="reference"/>.</summary>
    public static List<TimeExpression> Tag(string text, DateOnly? reference)
    {
        var candidates = new List<TimexCandidate>();
        TimexRules.Collect(text, candidates);
        var chosen = SelectNonOverlapping(candidates, text.Length);

        var context = new TimexContext(text, reference);
        var values = new string?[chosen.Count];
        // Clock times take their day from the dates around them, so they resolve after the rest.
        for (int pass = 0; pass < 2; pass++)
        {
            for (int i = 0; i < chosen.Count; i++)
            {
                var c = chosen[i];
                if ((c.Type == TimexType.Time && c.Priority == TimexRules.ClockPriority) != (pass == 1))
                    continue;
                var value = c.Resolve(context, c.Start, c.End);
                values[i] = value;
                if (c.Type == TimexType.Date && value is { Length: >= 4 } && char.IsDigit(value[0]))
                {
                    if (!c.Anaphoric && !EndsPeriod(text, chosen, values, i))
                    {
                        context.LastCalendarValue = value;
                        context.LastCalendarStart = c.Start;
                    }
                    if (!c.Anaphoric && value.Length == 7 && value[5] == 'Q' && context.LastQuarterValue is null)
                        context.LastQuarterValue = value;
                    if (!c.Anaphoric && value.Length == 7 && value[5] == 'Q')
                        context.YearToDate = false;
                    if (value.Length == 10)
                        context.Days.Add((c.Start, value));
                }
                else if (c.Type == TimexType.Duration && IsYearToDate(text, c, value))
                {
                    // "For the nine months, … a year earlier": the period under discussion is now the year so far.
                    context.YearToDate = true;
                    if (context.LastCalendarValue is { Length: 7 } quarter && quarter[5] == 'Q')
                        context.LastCalendarValue = quarter[..4];
                }
            }
        }
        var result = new List<TimeExpression>(chosen.Count);
        for (int i = 0; i < chosen.Count; i++)
        {
            var c = chosen[i];
            if (c.Optional && values[i] is null)
                continue;
            result.Add(new TimeExpression(new(c.Start, c.End), text[c.Start..c.End], c.Type, values[i]));
        }
        return TimexMerger.Merge(text, result);
    }

    /// <summary>Longest candidate first, then rule priority; a candidate overlapping a kept one is dropped.</summary>
    private static List<TimexCandidate> SelectNonOverlapping(List<TimexCandidate> candidates, int textLength)
    {
        candidates.Sort(static (a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length)
            : a.Priority != b.Priority ? a.Priority.CompareTo(b.Priority) : a.Start.CompareTo(b.Start));
        // Characters already covered by a kept candidate: overlap checks cost the candidate's length, not the kept count.
        var taken = new bool[textLength];
        var kept = new List<TimexCandidate>();
        foreach (var c in candidates)
        {
            if (Array.IndexOf(taken, true, c.Start, c.Length) >= 0)
                continue;
            Array.Fill(taken, true, c.Start, c.Length);
            kept.Add(c);
        }
        kept.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }

    /// <summary>
    /// Whether candidate <paramref name="i"/> is the end day of the quarter or half right before it ("the quarter ended
    /// Sept. 30", "the first half ending June 30"): the day only locates the period, which stays the one under discussion,
    /// so "a year ago" after it is last year's quarter, not last year.
    /// </summary>
    private static bool EndsPeriod(string text, List<TimexCandidate> chosen, string?[] values, int i)
    {
        if (i == 0 || values[i - 1] is not { Length: 7 } period || period[5] is not ('Q' or 'H'))
            return false;
        var between = text.AsSpan(chosen[i - 1].End, chosen[i].Start - chosen[i - 1].End).Trim();
        return TemporalLexicon.PeriodEndWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(between);
    }

    /// <summary>Most months a definite period of the year so far spans ("the nine months", "the first half" is six).</summary>
    private const int MaxYearToDateMonths = 11;

    /// <summary>A definite span of months within a year, longer than a quarter: "the nine months", "the first six months".</summary>
    private static bool IsYearToDate(string text, TimexCandidate c, string? value) =>
        value is { Length: >= 3 } v && v[0] == 'P' && v[^1] == 'M' && int.TryParse(v.AsSpan(1, v.Length - 2), out int months)
        && months > 3 && months <= MaxYearToDateMonths && text.AsSpan(c.Start).StartsWith("the ", StringComparison.OrdinalIgnoreCase);
}
