using System.Text.RegularExpressions;

namespace Parallax.Analysis.Dates;

/// <summary>
/// Joins neighbouring expressions that name one point together, as TimeML tags them: "10 p.m. Wednesday",
/// "Saturday, April 25", "June last year", "next year's first quarter", "the 1988 third quarter", "next week's Monday".
/// </summary>
internal static partial class TimexMerger
{
    /// <summary>What may stand between two parts of one expression.</summary>
    [GeneratedRegex(@"\A(?:\s*,?\s*|\s*'s\s+|\s+(?:of|on|at|in)\s+)\z", RegexOptions.CultureInvariant)]
    private static partial Regex Joiner();

    [GeneratedRegex(@"(?i)\byear[- ](?:ago|earlier)\z", RegexOptions.CultureInvariant)]
    private static partial Regex YearAgo();

    public static List<TimeExpression> Merge(string text, List<TimeExpression> items)
    {
        if (items.Count < 2)
            return items;
        var result = new List<TimeExpression>(items.Count);
        var current = items[0];
        for (int i = 1; i < items.Count; i++)
        {
            var next = items[i];
            if (next.Span.Start >= current.Span.End && next.Span.Start - current.Span.End <= 6
                && Joiner().IsMatch(text.AsSpan(current.Span.End, next.Span.Start - current.Span.End))
                && TryJoin(current, next) is { } joined)
            {
                var span = new Model.TextSpan(current.Span.Start, next.Span.End);
                current = new TimeExpression(span, span.Of(text), joined.Type, joined.Value);
                continue;
            }
            result.Add(current);
            current = next;
        }
        result.Add(current);
        return result;
    }

    private static (TimexType Type, string? Value)? TryJoin(TimeExpression a, TimeExpression b)
    {
        // A clock time and the day it falls on, either order.
        if (IsClock(a) && IsDay(b))
            return (TimexType.Time, b.Value + a.Value![10..]);
        if (IsDay(a) && IsClock(b))
            return (TimexType.Time, a.Value + b.Value![10..]);
        // "Saturday, April 25": the weekday only confirms the date.
        if (TemporalLexicon.Weekdays.ContainsKey(a.Text) && IsDay(b))
            return (TimexType.Date, b.Value);
        // "next week's Monday", "Monday next week": that weekday of the week named.
        if (IsWeek(a) && TemporalLexicon.Weekdays.TryGetValue(b.Text, out int weekdayAfter))
            return (TimexType.Date, DayOfWeek(a.Value!, weekdayAfter));
        if (TemporalLexicon.Weekdays.TryGetValue(a.Text, out int weekdayBefore) && IsWeek(b))
            return (TimexType.Date, DayOfWeek(b.Value!, weekdayBefore));
        // "June last year", "January this year": the month of the year named after it.
        if (IsMonthName(a) && IsYear(b))
            return (TimexType.Date, b.Value + a.Value![4..]);
        // "the winter of 1994".
        if (a.Type == TimexType.Date && a.Value is { Length: 7 } s && char.IsLetter(s[5]) && s[5] is 'S' or 'F' or 'W' && IsYear(b))
            return (TimexType.Date, b.Value + s[4..]);
        // "the year-ago third quarter": the same quarter a year back.
        if (YearAgo().IsMatch(a.Text) && b.Value is { Length: 7 } yq && yq[5] is 'Q' or 'H' && int.TryParse(yq.AsSpan(0, 4), out int y))
            return (TimexType.Date, TimexCalendar.Year(y - 1) + yq[4..]);
        // "next year's first quarter", "the 1988 third quarter".
        if (IsYear(a) && b.Value is { Length: 7 } q && q[5] is 'Q' or 'H')
            return (TimexType.Date, a.Value + q[4..]);
        return null;
    }

    private static bool IsWeek(TimeExpression e) =>
        e.Type == TimexType.Date && e.Value is { Length: 8 } v && v[5] == 'W' && char.IsDigit(v[0]) && char.IsDigit(v[6]) && char.IsDigit(v[7]);

    /// <summary>The ISO weekday <paramref name="isoWeekday"/> (Monday = 1) of the ISO week <paramref name="week"/> ("2016-W52").</summary>
    private static string DayOfWeek(string week, int isoWeekday)
    {
        int year = int.Parse(week.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture);
        int number = int.Parse(week.AsSpan(6, 2), System.Globalization.CultureInfo.InvariantCulture);
        var day = System.Globalization.ISOWeek.ToDateTime(year, number, isoWeekday == 7 ? System.DayOfWeek.Sunday : (System.DayOfWeek)isoWeekday);
        return TimexCalendar.Day(DateOnly.FromDateTime(day));
    }

    private static bool IsDay(TimeExpression e) => e.Type == TimexType.Date && e.Value is { Length: 10 } v && char.IsDigit(v[0]);

    private static bool IsClock(TimeExpression e) => e.Type == TimexType.Time && e.Value is { Length: 16 } v && v[10] == 'T' && char.IsDigit(v[11]);

    private static bool IsYear(TimeExpression e) => e.Type == TimexType.Date && e.Value is { Length: 4 } v && char.IsDigit(v[0]);

    private static bool IsMonthName(TimeExpression e) =>
        e.Type == TimexType.Date && e.Value is { Length: 7 } v && v[4] == '-' && char.IsDigit(v[5]) && TemporalLexicon.Months.ContainsKey(e.Text.TrimEnd('.'));
}
