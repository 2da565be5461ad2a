using System.Collections.Frozen;
using System.Globalization;

namespace Parallax.Analysis.Dates;

/// <summary>Calendar arithmetic and the TimeML value formats (2016-12-23, 2016-W50, 2016-Q3, 199, P2W).</summary>
internal static class TimexCalendar
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", Inv);

    public static string Month(int year, int month) => string.Create(Inv, $"{year:0000}-{month:00}");

    public static string Year(int year) => year.ToString("0000", Inv);

    public static string Week(DateOnly d) =>
        string.Create(Inv, $"{ISOWeek.GetYear(d.ToDateTime(TimeOnly.MinValue)):0000}-W{ISOWeek.GetWeekOfYear(d.ToDateTime(TimeOnly.MinValue)):00}");

    public static string Quarter(int year, int quarter) => string.Create(Inv, $"{year:0000}-Q{quarter}");

    public static int QuarterOf(int month) => (month - 1) / 3 + 1;

    /// <summary>The date <paramref name="count"/> units after <paramref name="d"/> (negative: before), in the unit's own granularity.</summary>
    public static string? Shift(DateOnly d, TemporalLexicon.TimeUnit unit, int count)
    {
        switch (unit)
        {
            case TemporalLexicon.TimeUnit.Day:
                return Day(d.AddDays(count));
            case TemporalLexicon.TimeUnit.Week:
                return Week(d.AddDays(7 * count));
            case TemporalLexicon.TimeUnit.Month:
                var m = d.AddMonths(count);
                return Month(m.Year, m.Month);
            case TemporalLexicon.TimeUnit.Quarter:
                var q = d.AddMonths(3 * count);
                return Quarter(q.Year, QuarterOf(q.Month));
            case TemporalLexicon.TimeUnit.Year:
                return Year(d.Year + count);
            case TemporalLexicon.TimeUnit.Decade:
                return ((d.Year + 10 * count) / 10).ToString(Inv);
            case TemporalLexicon.TimeUnit.Century:
                return ((d.Year + 100 * count) / 100).ToString(Inv);
            default: // hours, minutes and seconds from a day-precision reference: the day itself

                return Day(d);
        }
    }

    /// <summary>
    /// The days a TimeML date or time value covers: a day ("2017-05-09", "2017-05-09TEV"), an ISO week ("2017-W18",
    /// its weekend "2017-W18-WE"), a month, a quarter or a year. False for anything else (durations, "PRESENT_REF",
    /// decades, seasons), which name no span of days to compare.
    /// </summary>
    public static bool TryDays(string value, out DateOnly first, out DateOnly last)
    {
        first = last = default;
        if (value.Length < 4 || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, Inv, out int year) || year < 1)
            return false;
        if (value.Length == 4)
        {
            (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            return true;
        }
        if (value[4] != '-' || value.Length < 7)
            return false;
        if (value[5] == 'W' && value.Length >= 8 && int.TryParse(value.AsSpan(6, 2), NumberStyles.None, Inv, out int week) && week is >= 1 and <= 53
            && week <= ISOWeek.GetWeeksInYear(year))
        {
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
            bool weekend = value.AsSpan(8).SequenceEqual("-WE");
            (first, last) = weekend ? (monday.AddDays(5), monday.AddDays(6)) : (monday, monday.AddDays(6));
            return value.Length == 8 || weekend;
        }
        if (value[5] == 'Q' && value.Length == 7 && value[6] is >= '1' and <= '4')
        {
            first = new DateOnly(year, (value[6] - '1') * 3 + 1, 1);
            last = first.AddMonths(3).AddDays(-1);
            return true;
        }
        if (!int.TryParse(value.AsSpan(5, 2), NumberStyles.None, Inv, out int month) || month is < 1 or > 12)
            return false;
        if (value.Length == 7)
        {
            first = new DateOnly(year, month, 1);
            last = first.AddMonths(1).AddDays(-1);
            return true;
        }
        if (value.Length < 10 || value[7] != '-' || !int.TryParse(value.AsSpan(8, 2), NumberStyles.None, Inv, out int day)
            || day < 1 || day > DateTime.DaysInMonth(year, month) || value.Length > 10 && value[10] != 'T')
            return false;
        first = last = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>The weekday on or before (<paramref name="forward"/> false) or on or after the reference.</summary>
    public static DateOnly NearestWeekday(DateOnly reference, int isoWeekday, bool forward, bool inclusive)
    {
        int refDay = IsoDay(reference);
        int delta = forward ? (isoWeekday - refDay + 7) % 7 : -((refDay - isoWeekday + 7) % 7);
        if (delta == 0 && !inclusive)
            delta = forward ? 7 : -7;
        return reference.AddDays(delta);
    }

    public static int IsoDay(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;

    /// <summary>An ISO 8601 duration: P2W, P3Y, PT48H, PXY for a vague count; decades and centuries in years.</summary>
    public static string Duration(double? count, TemporalLexicon.Unit unit)
    {
        string amount;
        char letter = unit.Letter;
        if (count is null)
            amount = "X";
        else
        {
            double c = count.Value;
            if (unit.Kind is TemporalLexicon.TimeUnit.Decade or TemporalLexicon.TimeUnit.Century)
            {
                c *= unit.Multiplier;
                letter = 'Y';
            }
            else if (unit.Kind == TemporalLexicon.TimeUnit.Quarter)
            {
                c *= 3;
                letter = 'M';
            }
            if (c != Math.Floor(c) && SubUnits.TryGetValue(letter == 'M' && unit.IsTime ? 'm' : letter, out var sub)
                && (c - Math.Floor(c)) * sub.PerUnit is var rest && rest == Math.Floor(rest))
            {
                // "2 1/2 years" = P2Y6M, "a minute and a half" = PT1M30S, "half an hour" = PT30M.
                var whole = Math.Floor(c) > 0 ? Math.Floor(c).ToString("0", Inv) + letter : "";
                var part = rest.ToString("0", Inv) + sub.Letter;
                if (unit.IsTime)
                    return "PT" + whole + part;
                return sub.IsTime ? "P" + whole + "T" + part : "P" + whole + part; // "a day and a half" = P1DT12H

            }
            amount = c.ToString("0.###", Inv);
        }
        return (unit.IsTime ? "PT" : "P") + amount + letter;
    }

    /// <summary>
    /// The unit a fraction of a unit is written in, and how many make one ('m' is the minute, 'M' the month).
    /// Weeks have none: ISO 8601 does not mix weeks with other units, so "1.5 weeks" stays P1.5W.
    /// </summary>
    private static readonly FrozenDictionary<char, (char Letter, int PerUnit, bool IsTime)> SubUnits = new Dictionary<char, (char, int, bool)>
    {
        ['Y'] = ('M', 12, false), ['M'] = ('D', 30, false), ['D'] = ('H', 24, true), ['H'] = ('M', 60, true), ['m'] = ('S', 60, true),
    }.ToFrozenDictionary();
}
