using System.Globalization;
using System.Text.RegularExpressions;
using static Parallax.Analysis.Dates.TemporalLexicon;

namespace Parallax.Analysis.Dates;

/// <summary>
/// The rules that turn pattern matches into candidates, each with the way its value is resolved.
/// Listed in priority order: when two candidates of the same length overlap, the earlier rule wins.
/// </summary>
internal static class TimexRules
{
    /// <summary>A month-and-day without a year up to this many days after the reference is upcoming ("payable Dec. 15").</summary>
    private const int UpcomingWindowDays = 92;

    /// <summary>How far back the start of a sentence is looked for.</summary>
    private const int SentenceReach = 400;

    /// <summary>What "1/2", "½" and "and a half" add to a count ("2 1/2 years", "a minute and a half").</summary>
    private const double FractionHalf = 0.5;

    /// <summary>A bare year this early is taken only after a temporal preposition ("in 1789", "since 1848").</summary>
    private const int EarliestUnmarkedYear = 1900;

    /// <summary>Prepositions that make a following bare month name, or an early year, temporal.</summary>
    private static readonly HashSet<string> TemporalPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "since", "until", "till", "by", "from", "through", "during", "of", "before", "after", "early", "late", "mid",
        "last", "next", "this", "end", "beginning", "between", "to", "and", "throughout", "around", "circa", "year", "spring",
    };

    /// <summary>Words before "a year" / "a week" that make it a rate ("twice a week", "$2 million a year").</summary>
    private static readonly HashSet<string> RateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "once", "twice", "times", "percent", "thousand", "million", "billion", "trillion",
    };

    private delegate void Rule(string text, List<TimexCandidate> into, int priority);

    private static readonly Rule[] All =
    [
        NumericDates, Holidays, MonthDays, DayMonths, MonthYears, Quarters, YearPeriods, PriorYearPeriods, YearAgo, Offsets, RelativeNames, RelativeUnits,
        DayWords, PartsOfDayAlone, UnitsInDiscussion, WeekdayNames, Decades, SpelledYears, SpelledDecades, OrdinalCenturies, SeasonNames, PluralSeasons, TheWeekend, YearEnd, TheYear, CurrentQuarter, Sets, FutureCounts, Durations, ClockTimes, ReferencePoints,
        Years, MonthsAlone, FrequencySets, VaguePlurals, ThatVeryDays, FollowingStretches, VagueCompounds,
    ];

    /// <summary>The priority of <see cref="ClockTimes"/>, whose values depend on the dates around them.</summary>
    public static int ClockPriority { get; } = Array.IndexOf(All, (Rule)ClockTimes);

    public static void Collect(string text, List<TimexCandidate> into)
    {
        for (int i = 0; i < All.Length; i++)
            All[i](text, into, i);
    }

    // ---- absolute dates ----

    private static void NumericDates(string text, List<TimexCandidate> into, int priority)
    {
        foreach (Match m in TimexPatterns.NumericDate().Matches(text))
        {
            int y = Int(m, "year"), mo = Int(m, "month"), d = Int(m, "day");
            if (!ValidDay(y, mo, d))
                continue;
            var value = TimexCalendar.Day(new DateOnly(y, mo, d));
            Add(into, text, m.Index, m.Index + m.Length, TimexType.Date, (_, _, _) => value, priority, modifiable: false);
        }
    }

    /// <summary>
    /// Holidays and named days ("on Christmas Day", "last Thanksgiving", "before Eid", "Easter 1998"), computed by
    /// <see cref="HolidayCalendar"/>: with a year, that year's; after "last"/"next", the one before or after the reference
    /// day; else the clause's tense picks the one on or before or on or after it, and without one the nearest.
    /// </summary>
    private static void Holidays(string text, List<TimexCandidate> into, int priority)
    {
        foreach (Match m in TimexPatterns.HolidayName().Matches(text))
        {
            if (!HolidayNames.ByName.TryGetValue(HolidayNames.Fold(m.Groups["name"].ValueSpan), out var holiday))
                continue;
            int end = m.Index + m.Length;
            int? year = m.Groups["year"].Success ? Int(m, "year") : null;
            if (year is null)
            {
                var next = WordAfter(text, end);
                if (next.Length > 0 && char.IsLower(next[0]) && !HolidayNames.TemporalHeads.Contains(next) && !FunctionWords.Contains(next) && !HolidayNames.FollowingVerbs.Contains(next))
                    continue; // a modifier: "Christmas tree", "a May Day rally", "Thanksgiving dinner"
                if (next.Length > 0 && char.IsUpper(next[0]) && !EndsClause(text, end) && !Weekdays.ContainsKey(next) && !Months.ContainsKey(next))
                    continue; // part of a name: "Easter Island", "the Easter Rising"
            }
            var dir = m.Groups["dir"].Success ? m.Groups["dir"].Value.ToLowerInvariant() : null;
            Add(into, text, m.Index, end, TimexType.Date, (c, s, e) =>
            {
                if (year is { } y)
                {
                    foreach (var d in HolidayCalendar.InYear(holiday, y))
                        return TimexCalendar.Day(d);
                    return null;
                }
                if (c.Reference is not { } r)
                    return null;
                var found = dir switch
                {
                    "last" => HolidayCalendar.Nearest(holiday, r.AddDays(-1), TemporalDirection.Past),
                    "next" => HolidayCalendar.Nearest(holiday, r.AddDays(1), TemporalDirection.Future),
                    "this" => HolidayCalendar.Nearest(holiday, r, TemporalDirection.Unknown),
                    _ => HolidayCalendar.Nearest(holiday, r, c.DirectionAt(s, e)),
                };
                return found is { } f ? TimexCalendar.Day(f) : null;
            }, priority);
        }
    }

    private static void MonthDays(string text, List<TimexCandidate> into, int priority)
    {
        foreach (Match m in TimexPatterns.MonthDay().Matches(text))
            AddMonthDay(text, into, m, priority);
    }

    private static void DayMonths(string text, List<TimexCandidate> into, int priority)
    {
        foreach (Match m in TimexPatterns.DayMonth().Matches(text))
            AddMonthDay(text, into, m, priority);
    }

    private static void AddMonthDay(string text, List<TimexCandidate> into, Match m, int priority)
    {
        var name = m.Groups["month"].Value;
        int month = Months[name];
        int end = m.Index + m.Length;
        if (text[end - 1] == '.' && !IsAbbreviation(name))
            end--; // the sentence's full stop after "4th of July."
        int day = Int(m, "day");
        if (m.Groups["year"].Success)
        {
            int year = Int(m, "year");
            if (!ValidDay(year, month, day))
                return;
            var value = TimexCalendar.Day(new DateOnly(year, month, day));
            Add(into, text, m.Index, end, TimexType.Date, (_, _, _) => value, priority);
            return;
        }
        if (day > 31 || day < 1)
            return;
        Add(into, text, m.Index, end, TimexType.Date, (c, s, e) =>
        {
            if (c.Reference is not { } r)
                return null;
            var direction = c.DirectionAt(s, e);
            var future = direction == TemporalDirection.Future;
            DateOnly? best = null;
            foreach (int y in new[] { r.Year - 1, r.Year, r.Year + 1 })
            {
                if (!ValidDay(y, month, day))
                    continue;
                var d = new DateOnly(y, month, day);
                int delta = d.DayNumber - r.DayNumber;
                bool acceptable = future ? delta >= 0 : direction == TemporalDirection.Completed ? delta <= 0 : delta <= UpcomingWindowDays;
                if (acceptable && (best is null || Math.Abs(delta) < Math.Abs(best.Value.DayNumber - r.DayNumber)))
                    best = d;
            }
            return best is { } b ? TimexCalendar.Day(b) : null;
        }, priority);
    }

    private static void MonthYears(string text, List<TimexCandidate> into, int priority)
    {
        foreach (Match m in TimexPatterns.MonthYear().Matches(text))
        {
            var value = TimexCalendar.Month(Int(m, "year"), Months[m.Groups["month"].Value]);
            Add(into, text, m.Index, m.Index + m.Length, TimexType.Date, (_, _, _) => value, priority);
        }
    }

    private static void MonthsAlone(string text, List<TimexCandidate> into, int priority)
    {
        foreach (Match m in TimexPatterns.MonthAlone().Matches(text))
        {
            var name = m.Groups["month"].Value;
            if (IsAbbreviation(name) && !m.Value.EndsWith('.'))
                continue; // a lone abbreviation without its dot is too weak a cue
            var previous = WordBefore(text, m.Index);
            var next = WordAfter(text, m.Index + m.Length);
            bool marked = TemporalPrepositions.Contains(previous) || text.AsSpan(0, m.Index).EndsWith("mid-", StringComparison.OrdinalIgnoreCase);
            if (AmbiguousMonths.Contains(name) && !marked)
                continue;
            if (!marked && (IsCapitalized(next) || IsCapitalized(previous) && !IsSentenceStart(text, WordStart(text, m.Index))))
                continue; // part of a name ("Theresa May", "January Jones")
            int month = Months[name];
            int end = m.Index + name.Length;
            Add(into, text, m.Index, end, TimexType.Date, (c, s, e) =>
            {
                if (c.Reference is not { } r)
                    return null;
                var direction = c.DirectionAt(s, e);
                int ahead = (month - r.Month + 12) % 12;
                int year;
                if (ahead == 0)
                    year = r.Year;
                else if (direction == TemporalDirection.Future || direction == TemporalDirection.Unknown && ahead * 30 <= UpcomingWindowDays)
                    year = month > r.Month ? r.Year : r.Year + 1; // the coming one
                else
                    year = month < r.Month ? r.Year : r.Year - 1; // the last one
                return TimexCalendar.Month(year, month);
            }, priority);
        }
    }

    private static void Years(string text, List<TimexCandidate> into, int priority)
    {
        foreach (Match m in TimexPatterns.BareYear().Matches(text))
        {
            int year = Int(m, "year");
            var previous = WordBefore(text, m.Index);
            var next = WordAfter(text, m.Index + m.Length);
            if (IsCountedNoun(next) || NonYearPredecessors.Contains(previous))
                continue;
            if (VehicleMakes.Contains(next) || next.Equals("model", StringComparison.OrdinalIgnoreCase))
                continue; // a model year: "a 2015 Honda Civic", "the 2019 model year"
            if (year < EarliestUnmarkedYear && !TemporalPrepositions.Contains(previous))
                continue;
            var value = TimexCalendar.Year(year);
            int end = m.Index + m.Groups["year"].Length;
            Add(into, text, m.Index, end, TimexType.Date, (_, _, _) => value, priority);
        }
    }

    private static void Decades(string text, List<TimexCandidate> into, int priority)
    {
        foreach (Match m in TimexPatterns.Decade().Matches(text))
        {
            string value = m.Groups["short"].Success
                ? "19" + m.Groups["short"].Value
                : m.Groups["century"].Value + m.Groups["decade"].Value;
            Add(into, text, m.Index, m.Index + m.Length, TimexType.Date, (_, _, _) => value, priority);
        }
    }

    private static void Quarters(string text, List<TimexCandidate> into, int priority)
    {
        foreach (Match m in TimexPatterns.Quarter().Matches(text))
        {
            bool half = m.Groups["pair"].Success || m.Groups["unit"].Value.Equals("half", StringComparison.OrdinalIgnoreCase);
            int n = m.Groups["pair"].Success ? (m.Groups["pair"].Value.Equals("first", StringComparison.OrdinalIgnoreCase) ? 1 : 2)
                : m.Groups["edge"].Success ? (half ? 2 : 4) // "the last half" is the second
                : Ordinals[m.Groups["ordinal"].Value];
            if (half && n > 2)
                continue;
            int? year = m.Groups["year"].Success ? Int(m, "year") : null;
            string? rel = m.Groups["rel"].Success ? m.Groups["rel"].Value.ToLowerInvariant() : null;
            // "the second quarter ended Oct. 31": a period that ended lies before the reference, as its end day does.
            var ended = year is null && rel is null ? TimexPatterns.EndedOn().Match(text, m.Index + m.Length) : Match.Empty;
            Add(into, text, m.Index, m.Index + m.Length, TimexType.Date, (c, s, e) =>
            {
                int y;
                if (year is { } given)
                    y = given;
                else if (c.Reference is not { } r)
                    return null;
                else
                {
                    y = r.Year + (rel == "last" ? -1 : rel == "next" ? 1 : 0);
                    int startMonth = half ? (n - 1) * 6 + 1 : (n - 1) * 3 + 1;
                    if (ended.Success && int.Parse(ended.Groups["day"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture) is var endDay
                        && ValidDay(r.Year, Months[ended.Groups["month"].Value], endDay))
                    {
                        if (new DateOnly(r.Year, Months[ended.Groups["month"].Value], endDay) > r)
                            y--; // it ended last year: a fiscal quarter whose end day has not yet come this year
                    }
                    else if (rel is null && startMonth > r.Month && c.DirectionAt(s, e) != TemporalDirection.Future)
                        y--; // "the fourth quarter" reported in February is last year's
                }
                return string.Create(CultureInfo.InvariantCulture, $"{y:0000}-{(half ? 'H' : 'Q')}{n}");
            }, priority);
        }
    }

    private static void CurrentQuarter(string text, List<TimexCandidate> into, int priority)
    {
        foreach (Match m in TimexPatterns.CurrentQuarter().Matches(text))
        {
            var adj = m.Groups["adj"].Success ? m.Groups["adj"].Value.ToLowerInvariant() : null;
            bool current = adj == "current" || m.Value.StartsWith("this", StringComparison.OrdinalIgnoreCase);
            Add(into, text, m.Index, m.Index + m.Length, TimexType.Date, (c, _, _) =>
            {
                if (adj is null && !current && c.LastCalendarValue is { } last && IsQuarter(last))
                    return last; // "the quarter" after "the third quarter": the same one
                if (c.Reference is not { } r)
                    return null;
                return TimexCalendar.Shift(r, TimeUnit.Quarter, current ? 0 : -1); // the last quarter reported
            }, priority, modifiable: false);
        }
    }

    private static void TheYear(string text, List<TimexCandidate> into, int priority)
    {
        foreach (Match m in TimexPatterns.TheYear().Matches(text))
        {
            if (PeriodEndWords.Contains(WordAfter(text, m.Index + m.Length)))
                Add(into, text, m.Index, m.Index + m.Length, TimexType.Duration, (_, _, _) => "P1Y", priority, modifiable: false);
            else
                Add(into, text, m.Index, m.Index + m.Length, TimexType.Date, (c, _, _) => c.Reference is { } r ? TimexCalendar.Year(r.Year) : null, priority);
        }
    }

    private static void SpelledYears(string text, List<TimexCandidate> into, int priority)
    {
        foreach (Match m in TimexPatterns.SpelledYear().Matches(text))
        {
            int year = m.Groups["tens"].Success ? 1900 + NumberWords[m.Groups["tens"].Value] : 2000;
            if (m.Groups["ones"].Success)
                year += NumberWords[m.Groups["ones"].Value];
            var value = TimexCalendar.Year(year);
            Add(into, text, m.Index, m.Index + m.Length, TimexType.Date, (_, _, _) => value, priority);
        }
    }

    private static void SpelledDecades(string text, List<TimexCandidate> into, int priority)
    {
        foreach (Match m in TimexPatterns.SpelledDecade().Matches(text))
        {
            var value = "19" + DecadeWords[m.Groups["tens"].Value].ToString(CultureInfo.InvariantCulture);
            Add(into, text, m.Index, m.Index + m.Length, TimexType.Date, (_, _, _) => value, priority);
        }
    }

    private static void OrdinalCenturies(string text, List<TimexCandidate> into, int priority)
    {
        foreach (Match m in TimexPatterns.OrdinalCentury().Matches(text))
        {
            int n = m.Groups["n"].Success ? Int(m, "n") : CenturyWords[m.Groups["word"].Value];
            var value = (n - 1).ToString("00", CultureInfo.InvariantCulture);
            Add(into, text, m.Index, m.Index + m.Length, TimexType.Date, (_, _, _) => value, priority);
        }
    }

    private static void SeasonNames(string text, List<TimexCandidate> into, int priority)
    {
        foreach (Match m in TimexPatterns.Season().Matches(text))
        {
            var pre = m.Groups["pre"].Value.ToLowerInvariant();
            var seasonWord = m.Groups["season"].Value.ToLowerInvariant();
            int offset = pre switch { "last" => -1, "next" => 1, _ => 0 };
            int start = pre is "this" or "last" or "next" ? m.Index : m.Groups["pre"].Index + m.Groups["pre"].Length + 1;
            while (start < text.Length && char.IsWhiteSpace(text[start]))
                start++;
            Add(into, text, start, m.Index + m.Length, TimexType.Date, (c, _, _) =>
                c.Reference is { } r ? TimexCalendar.Year(SeasonYear(r, seasonWord, offset)) + "-" + TemporalLexicon.Seasons[seasonWord] : null, priority);
        }
    }

    /// <summary>"for the past three summers", "summers in Maine": a season in the plural recurs every year, a SET ("XXXX-SU").</summary>
    private static void PluralSeasons(string text, List<TimexCandidate> into, int priority)
    {
        foreach (Match m in TimexPatterns.PluralSeason().Matches(text))
        {
            var value = "XXXX-" + TemporalLexicon.Seasons[m.Groups["season"].Value[..^1]];
            Add(into, text, m.Index, m.Index + m.Length, TimexType.Set, (_, _, _) => value, priority, modifiable: false);
        }
    }

    private static void TheWeekend(string text, List<TimexCandidate> into, int priority)
    {
        foreach (Match m in TimexPatterns.TheWeekend().Matches(text))
        {
            Add(into, text, m.Index, m.Index + m.Length, TimexType.Date, (c, s, e) =>
            {
                if (c.Reference is not { } r)
                    return null;
                // Seen from a weekday, "the weekend" is the one just past unless the clause looks ahead.
                bool future = c.DirectionAt(s, e) == TemporalDirection.Future;
                int weekOffset = TimexCalendar.IsoDay(r) >= 6 || future ? 0 : -1;
                return TimexCalendar.Week(r.AddDays(7 * weekOffset)) + "-WE";
            }, priority, modifiable: false);
        }
    }

    private static void YearEnd(string text, List<TimexCandidate> into, int priority)
    {
        foreach (Match m in TimexPatterns.YearEnd().Matches(text))
        {
            // "year-end", the compound noun of accounts, is the closing day, December 31: the last one after
            // "since" or a past verb ("since year-end"), else this year's. "The end of the year" stays the year.
            bool closingDay = m.Value.Contains('-', StringComparison.Ordinal);
            Add(into, text, m.Index, m.Index + m.Length, TimexType.Date, (c, s, e) =>
            {
                if (c.Reference is not { } r)
                    return null;
                if (!closingDay)
                    return TimexCalendar.Year(r.Year);
                bool before = c.DirectionAt(s, e) == TemporalDirection.Completed && !(r.Month == 12 && r.Day == 31);
                return TimexCalendar.Day(new DateOnly(before ? r.Year - 1 : r.Year, 12, 31));
            }, priority, modifiable: false);
        }
    }

    private static void VaguePlurals(string text, List<TimexCandidate> into, int priority)
    {
        foreach (Match m in TimexPatterns.VaguePlural().Matches(text))
        {
            var value = TimexCalendar.Duration(null, UnitOf(m.Groups["unit"].Value));
            int start = m.Groups["prep"].Success ? m.Groups["unit"].Index : m.Index;
            Add(into, text, start, m.Index + m.Length, TimexType.Duration, (_, _, _) => value, priority, modifiable: false);
        }
    }

    // ---- relative dates ----

    private static void RelativeUnits(string text, List<TimexCandidate> into, int priority)
    {
        foreach (Match m in TimexPatterns.RelativeUnit().Matches(text))
        {
            var dir = m.Groups["dir"].Value.ToLowerInvariant();
            var unitWord = m.Groups["unit"].Value.ToLowerInvariant();
            bool the = m.Groups["the"].Success;
            if (IsTitle(text, m.Index, m.Index + m.Length))
                continue; // a programme: ABC's "This Week"
            bool thisPast = m.Value.StartsWith("this", StringComparison.OrdinalIgnoreCase) && dir == "past";
            if (dir == "same" || dir == "that" && unitWord is not ("year" or "month"))
                continue; // "that quarter" is read with the quarters; "that day" is mostly generic
            // "the past year", "the next two weeks" measure a stretch of time: TimeML DURATION.
            if (!thisPast && (dir == "past" || the && dir is "last" or "next" or "coming") && Units.TryGetValue(unitWord, out var span))
            {
                var duration = TimexCalendar.Duration(1, span);
                Add(into, text, m.Index, m.Index + m.Length, TimexType.Duration, (_, _, _) => duration, priority, modifiable: false);
                continue;
            }
            int offset = thisPast ? -1 : dir switch
            {
                "last" or "past" or "previous" => -1,
                "next" or "following" => 1,
                "coming" => 1,
                _ => 0,
            };
            if (dir == "coming" && unitWord is "week" or "weekend")
                offset = 0;
            // "the following year", "the previous month" count from the date under discussion, not from today.
            bool anaphoric = dir is "following" or "that" || the && dir == "previous"; // "that year": the one just named
            Add(into, text, m.Index, m.Index + m.Length, TimexType.Date, (c, _, _) =>
            {
                if (c.Reference is not { } r)
                    return null;
                if (anaphoric && FromLastValue(c.LastCalendarValue, unitWord, offset) is { } shifted)
                    return shifted;
                if (Seasons.TryGetValue(unitWord, out var season))
                    return TimexCalendar.Year(SeasonYear(r, unitWord, offset)) + "-" + season;
                if (unitWord == "weekend")
                    return TimexCalendar.Week(r.AddDays(7 * offset)) + "-WE";
                return TimexCalendar.Shift(r, Units[unitWord].Kind, offset);
            }, priority, anaphoric: anaphoric);
        }
    }

    /// <summary>The year, month or day of <paramref name="last"/> moved by <paramref name="offset"/> units, when it is that precise.</summary>
    private static string? FromLastValue(string? last, string unitWord, int offset)
    {
        if (last is not { Length: >= 4 } || !int.TryParse(last.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year))
            return null;
        switch (unitWord)
        {
            case "year":
                return TimexCalendar.Year(year + offset);
            case "month" when last.Length >= 7 && char.IsDigit(last[5]) && int.TryParse(last.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int month) && month is >= 1 and <= 12:
                var first = new DateOnly(year, month, 1).AddMonths(offset);
                return TimexCalendar.Month(first.Year, first.Month);
            default:
                if (last.Length == 10 && DateOnly.TryParseExact(last, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && Units.TryGetValue(unitWord, out var unit))
                    return TimexCalendar.Shift(day, unit.Kind, offset);
                return null;
        }
    }

    /// <summary>The year of "last summer" / "this winter" / "next spring" seen from the reference day.</summary>
    private static int SeasonYear(DateOnly r, string season, int offset)
    {
        int start = season switch { "spring" => 3, "summer" => 6, "fall" or "autumn" => 9, _ => 12 };
        if (offset < 0)
            return start + 3 <= r.Month ? r.Year : r.Year - 1;
        if (offset > 0)
            return start > r.Month ? r.Year : r.Year + 1;
        return r.Year;
    }

    private static void RelativeNames(string text, List<TimexCandidate> into, int priority)
    {
        foreach (Match m in TimexPatterns.RelativeName().Matches(text))
        {
            var dir = m.Groups["dir"].Value.ToLowerInvariant();
            int offset = dir is "last" or "past" or "previous" or "preceding" ? -1 : dir is "next" or "coming" or "following" ? 1 : 0;
            // "the previous Friday", "the following Monday" count from the day under discussion, not from today.
            bool anaphoric = dir is "previous" or "preceding" or "following";
            if (m.Groups["month"].Success && anaphoric)
                continue;
            if (m.Groups["month"].Success)
            {
                if (IsAbbreviation(m.Groups["month"].Value))
                    continue;
                int month = Months[m.Groups["month"].Value];
                Add(into, text, m.Index, m.Index + m.Length, TimexType.Date, (c, _, _) =>
                {
                    if (c.Reference is not { } r)
                        return null;
                    int year = r.Year;
                    if (offset < 0 && month >= r.Month)
                        year--;
                    else if (offset > 0 && month <= r.Month)
                        year++;
                    return TimexCalendar.Month(year, month);
                }, priority);
            }
            else
            {
                int weekday = Weekdays[m.Groups["weekday"].Value];
                Add(into, text, m.Index, m.Index + m.Length, TimexType.Date, (c, _, _) =>
                {
                    if (c.Reference is not { } r)
                        return null;
                    if (anaphoric && c.LastCalendarValue is { Length: 10 } last
                        && DateOnly.TryParseExact(last, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                        r = day;
                    var d = offset == 0
                        ? r.AddDays(weekday - TimexCalendar.IsoDay(r))
                        : TimexCalendar.NearestWeekday(r, weekday, forward: offset > 0, inclusive: false);
                    return TimexCalendar.Day(d);
                }, priority, anaphoric: anaphoric);
            }
        }
    }

    /// <summary>"in the morning", "by mid afternoon": that part of the day under discussion (the last day named), else of the reference day.</summary>
    private static void PartsOfDayAlone(string text, List<TimexCandidate> into, int priority)
    {
        foreach (Match m in TimexPatterns.PartOfDayAlone().Matches(text))
        {
            var part = PartsOfDay[m.Groups["part"].Value];
            var span = m.Groups["span"];
            Add(into, text, span.Index, span.Index + span.Length, TimexType.Time, (c, s, _) =>
            {
                string? day = null;
                for (int i = c.Days.Count - 1; i >= 0 && day is null; i--)
                {
                    if (c.Days[i].Start < s)
                        day = c.Days[i].Day;
                }
                day ??= c.Reference is { } r ? TimexCalendar.Day(r) : null;
                return day is null ? null : day + "T" + part;
            }, priority, modifiable: false);
        }
    }

    /// <summary>
    /// "later in the day", "earlier in the week", "by the end of the month": the day, week or month of the last day named
    /// before (as a part of day alone takes it), else of the reference day.
    /// </summary>
    private static void UnitsInDiscussion(string text, List<TimexCandidate> into, int priority)
    {
        foreach (Match m in TimexPatterns.UnitInDiscussion().Matches(text))
        {
            var span = m.Groups["span"];
            var unit = m.Groups["unit"].Value.ToLowerInvariant();
            Add(into, text, span.Index, span.Index + span.Length, TimexType.Date, (c, s, _) =>
            {
                DateOnly? day = null;
                for (int i = c.Days.Count - 1; i >= 0 && day is null; i--)
                {
                    if (c.Days[i].Start < s)
                        day = DateOnly.ParseExact(c.Days[i].Day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                }
                day ??= c.Reference;
                if (day is not { } d)
                    return null;
                return unit switch { "day" => TimexCalendar.Day(d), "week" => TimexCalendar.Week(d), _ => TimexCalendar.Month(d.Year, d.Month) };
            }, priority);
        }
    }

    private static void DayWords(string text, List<TimexCandidate> into, int priority)
    {
        foreach (Match m in TimexPatterns.DayWord().Matches(text))
        {
            if (IsTitle(text, m.Index, m.Index + m.Length))
                continue; // a name: "USA Today", "VOA Today", the programme "Good Morning America" is not matched at all
            var word = m.Groups["word"].Value.ToLowerInvariant();
            string? part = m.Groups["part"].Success ? PartsOfDay[m.Groups["part"].Value] : null;
            int offset = word switch { "yesterday" => -1, "tomorrow" => 1, "last" => -1, _ => 0 };
            if (word is "tonight" or "overnight")
                part = "NI";
            if (word == "last" && part != "NI")
                offset = -1; // "last evening" is yesterday's too
            var type = part is null ? TimexType.Date : TimexType.Time;
            Add(into, text, m.Index, m.Index + m.Length, type, (c, _, _) =>
            {
                if (c.Reference is not { } r)
                    return null;
                var day = TimexCalendar.Day(r.AddDays(offset));
                return part is null ? day : day + "T" + part;
            }, priority);
        }
    }

    private static void WeekdayNames(string text, List<TimexCandidate> into, int priority)
    {
        foreach (Match m in TimexPatterns.WeekdayName().Matches(text))
        {
            var name = m.Groups["weekday"].Value;
            var nextWord = WordAfter(text, m.Index + name.Length);
            if (WeekdayNameHeads.Contains(nextWord) || WeekdayNameModifiers.Contains(WordBefore(text, m.Index)))
                continue; // "Sunday Times", "Bloody Sunday"
            int weekday = Weekdays[name];
            string? part = m.Groups["part"].Success ? PartsOfDay[m.Groups["part"].Value] : null;
            // "on Tuesday nights", "Monday and Tuesday nights": a part of day in the plural recurs every week.
            var shared = part is null ? TimexPatterns.SharedPluralPartOfDay().Match(text, m.Index + m.Length) : Match.Empty;
            if (m.Groups["plural"].Success || shared.Success)
            {
                var code = part ?? PartsOfDay[shared.Groups["part"].Value];
                var set = "XXXX-WXX-" + weekday.ToString(CultureInfo.InvariantCulture) + "T" + code;
                Add(into, text, m.Index, m.Index + m.Length, TimexType.Set, (_, _, _) => set, priority, modifiable: false);
                continue;
            }
            var type = part is null ? TimexType.Date : TimexType.Time;
            Add(into, text, m.Index, m.Index + m.Length, type, (c, s, e) =>
            {
                if (c.Reference is not { } r)
                    return null;
                bool future = c.DirectionAt(s, e) == TemporalDirection.Future;
                var day = TimexCalendar.Day(TimexCalendar.NearestWeekday(r, weekday, future, inclusive: true));
                return part is null ? day : day + "T" + part;
            }, priority);
        }
    }

    private static void Offsets(string text, List<TimexCandidate> into, int priority)
    {
        foreach (Match m in TimexPatterns.Offset().Matches(text))
        {
            var unit = UnitOf(m.Groups["unit"].Value);
            double? count = m.Groups["count"].Success ? Count(m.Groups["count"].Value) : null; // "days later": no count
            var dir = m.Groups["dir"].Value.ToLowerInvariant();
            int countEnd = m.Groups["unit"].Index + m.Groups["unit"].Length;
            bool hasComplement = dir is "before" or "after" or "prior" && !EndsClause(text, m.Index + m.Length);
            if (hasComplement)
            {
                // "two days after the attack": TimeML tags the measure, "two days", as a DURATION.
                var duration = TimexCalendar.Duration(count, unit);
                Add(into, text, m.Index, countEnd, TimexType.Duration, (_, _, _) => duration, priority, modifiable: false);
                continue;
            }
            int sign = dir is "later" or "after" or "hence" || dir.StartsWith("from", StringComparison.Ordinal) ? 1 : -1;
            bool anaphoric = dir is not ("ago" or "hence") && !dir.StartsWith("from", StringComparison.Ordinal);
            Add(into, text, m.Index, m.Index + m.Length, TimexType.Date, (c, _, _) =>
            {
                if (count is null)
                    return sign < 0 ? "PAST_REF" : "FUTURE_REF";
                int n = (int)Math.Round(count.Value) * sign;
                return ShiftFromAnchor(c, unit.Kind, n, anaphoric);
            }, priority, anaphoric: true);
        }
    }

    private static void YearAgo(string text, List<TimexCandidate> into, int priority)
    {
        foreach (Match m in TimexPatterns.YearAgoAdjective().Matches(text))
        {
            // "the year-ago quarter" names its unit: last year's edition of the quarter under discussion, which is
            // a quarter named in the same sentence ("fourth-quarter profit will trail the year-ago quarter's"), else the
            // quarter the story reports, even when a day or another quarter ("after a flat second quarter", a forecast
            // for "the third quarter of 1990") was named in a sentence since.
            bool quarterly = m.Value.EndsWith("quarter", StringComparison.OrdinalIgnoreCase) || m.Value.EndsWith("period", StringComparison.OrdinalIgnoreCase);
            Add(into, text, m.Index, m.Index + m.Length, TimexType.Date, (c, s, _) =>
                quarterly && c.LastQuarterValue is { } q && !(IsQuarter(c.LastCalendarValue ?? "") && c.LastCalendarStart >= c.SentenceStart(s, SentenceReach))
                    ? InYear(q, int.Parse(q.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture) - 1)
                    : ShiftFromAnchor(c, TimeUnit.Year, -1, anaphoric: true), priority, modifiable: false, anaphoric: true);
        }
    }

    /// <summary>"the 1988 quarter", "the 1989 period": the quarter under discussion in that year; the year alone when no quarter was.</summary>
    private static void YearPeriods(string text, List<TimexCandidate> into, int priority)
    {
        foreach (Match m in TimexPatterns.YearPeriod().Matches(text))
        {
            int year = Int(m, "year");
            // After "for the nine months" the period under discussion is the year so far: "the 1988 period" is 1988.
            bool period = m.Value.EndsWith("period", StringComparison.OrdinalIgnoreCase);
            Add(into, text, m.Index, m.Index + m.Length, TimexType.Date, (c, _, _) =>
                c.LastQuarterValue is { } q && !(period && c.YearToDate) ? InYear(q, year) : TimexCalendar.Year(year), priority, modifiable: false);
        }
    }

    /// <summary>"last year's quarter", "the corresponding period last year": the quarter under discussion, a year back; last year when no quarter was.</summary>
    private static void PriorYearPeriods(string text, List<TimexCandidate> into, int priority)
    {
        foreach (Match m in TimexPatterns.PriorYearPeriod().Matches(text))
        {
            Add(into, text, m.Index, m.Index + m.Length, TimexType.Date, (c, _, _) =>
                c.LastQuarterValue is { } q ? InYear(q, int.Parse(q.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture) - 1)
                : c.Reference is { } r ? TimexCalendar.Year(r.Year - 1) : null, priority, modifiable: false, anaphoric: true);
        }
    }

    /// <summary>A quarter value ("1989-Q3") moved to another year.</summary>
    private static string InYear(string quarter, int year) => TimexCalendar.Year(year) + quarter[4..];

    /// <summary>
    /// Shifts by whole units from the reference, or for anaphoric "earlier"/"later" from the last calendar
    /// value. A shift by years keeps the precision of the period under discussion: "profit fell from a year
    /// ago" after "the third quarter" is last year's third quarter, after "Thursday" the same day last year.
    /// </summary>
    private static string? ShiftFromAnchor(TimexContext c, TimeUnit unit, int n, bool anaphoric)
    {
        if (c.Reference is not { } r)
            return null;
        var last = c.LastCalendarValue;
        if (unit == TimeUnit.Year && last is { Length: >= 4 } && int.TryParse(last.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int lastYear)
            && (anaphoric || lastYear == r.Year) && Math.Abs(n) == 1)
        {
            var rest = last.Length > 4 ? last[4..] : "";
            if (rest.StartsWith("-02-29", StringComparison.Ordinal))
                rest = "-02-28";
            if (rest.Length > 1 && rest[1] is 'Q' or 'H')
                return TimexCalendar.Year(lastYear + n) + rest;
        }
        DateOnly anchor = r;
        if (anaphoric && last is { Length: 10 } && DateOnly.TryParseExact(last, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            anchor = day;
        return TimexCalendar.Shift(anchor, unit, n);
    }

    // ---- anaphoric and unmeasured expressions ----

    /// <summary>"that very day", "the same day", "that same week", "that very morning": the time last named, at the unit's precision; dropped when none was.</summary>
    private static void ThatVeryDays(string text, List<TimexCandidate> into, int priority)
    {
        foreach (Match m in TimexPatterns.ThatVeryDay().Matches(text))
        {
            var unitWord = m.Groups["unit"].Value.ToLowerInvariant();
            string? part = PartsOfDay.TryGetValue(unitWord, out var p) ? p : null;
            Add(into, text, m.Index, m.Index + m.Length, part is null ? TimexType.Date : TimexType.Time, (c, _, _) =>
            {
                var last = c.LastCalendarValue;
                if (last is null)
                    return null;
                bool isDay = last.Length == 10 && DateOnly.TryParseExact(last, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day);
                return unitWord switch
                {
                    "year" => last[..4],
                    "month" => last.Length >= 7 && char.IsDigit(last[5]) ? last[..7] : null,
                    "week" => isDay ? TimexCalendar.Week(DateOnly.ParseExact(last, "yyyy-MM-dd", CultureInfo.InvariantCulture)) : null,
                    _ => !isDay ? null : part is null ? last : last + "T" + part,
                };
            }, priority, modifiable: false, anaphoric: true, optional: true);
        }
    }

    /// <summary>"in the weeks that followed", "the following days", "the months ahead": a stretch of unmeasured length, TimeML DURATION PXW.</summary>
    private static void FollowingStretches(string text, List<TimexCandidate> into, int priority)
    {
        foreach (Match m in TimexPatterns.FollowingStretch().Matches(text))
        {
            var value = TimexCalendar.Duration(null, UnitOf(m.Groups["unit"].Value));
            Add(into, text, m.Index, m.Index + m.Length, TimexType.Duration, (_, _, _) => value, priority, modifiable: false);
        }
    }

    /// <summary>"decades-old", "a years-long feud": an unmeasured duration as a compound adjective; "the month-long blockade" one month.</summary>
    private static void VagueCompounds(string text, List<TimexCandidate> into, int priority)
    {
        foreach (Match m in TimexPatterns.VagueCompound().Matches(text))
        {
            var value = TimexCalendar.Duration(m.Groups["one"].Success ? 1 : null, UnitOf(m.Groups["unit"].Value));
            Add(into, text, m.Index, m.Index + m.Length, TimexType.Duration, (_, _, _) => value, priority, modifiable: false);
        }
    }

    // ---- durations, sets, times, reference points ----

    /// <summary>
    /// "would be redeemed in five years", "will be back in two weeks": a count after "in" in a clause that looks ahead is
    /// the point that far from the reference (1994, 2016-W52), and an approximate or vague one ("in a year or two", "in a
    /// few weeks") the unspecified future; elsewhere it is a length ("doubled in five years"), left to <see cref="Durations"/>,
    /// except that "a year or two" is then measured by its first count.
    /// </summary>
    private static void FutureCounts(string text, List<TimexCandidate> into, int priority)
    {
        TimexContext? probe = null; // the clause's tense needs no reference day, so it can be read while collecting
        foreach (Match m in TimexPatterns.InCount().Matches(text))
        {
            var span = m.Groups["span"];
            var countWord = m.Groups["count"].Value;
            var unit = UnitOf(m.Groups["unit"].Value);
            double? count = Count(countWord);
            bool approx = m.Groups["approx"].Success;
            probe ??= new TimexContext(text, null);
            int start = span.Index, end = span.Index + span.Length;
            var direction = probe.ClauseDirectionAt(start, end);
            // An approximate wait is ahead unless the clause is past: "You may, in a year or two, save lives".
            if (direction == TemporalDirection.Future || approx && direction == TemporalDirection.Unknown)
            {
                bool vague = approx || count is null || count != Math.Floor(count.Value) || VagueAmounts.Contains(countWord);
                Add(into, text, start, end, TimexType.Date, (c, _, _) =>
                    vague ? "FUTURE_REF" : c.Reference is { } r ? TimexCalendar.Shift(r, unit.Kind, (int)count!.Value) : null, priority, modifiable: false);
            }
            else if (approx)
            {
                var value = TimexCalendar.Duration(count, unit);
                Add(into, text, start, end, TimexType.Duration, (_, _, _) => value, priority, modifiable: false);
            }
        }
    }

    private static void Durations(string text, List<TimexCandidate> into, int priority)
    {
        foreach (Match m in TimexPatterns.Duration().Matches(text))
        {
            var countWord = m.Groups["count"].Value;
            var unitWord = m.Groups["unit"].Value;
            var unit = UnitOf(unitWord);
            bool article = countWord.Equals("a", StringComparison.OrdinalIgnoreCase) || countWord.Equals("an", StringComparison.OrdinalIgnoreCase);
            if (article && unit.Kind == TimeUnit.Second && !m.Groups["pre"].Success)
                continue; // "a second time"
            if (article && unitWord.EndsWith('s'))
                continue; // "a years-long feud": the article goes with the noun, not the unit
            if (unit.Kind == TimeUnit.Quarter && (article || countWord.Equals("one", StringComparison.OrdinalIgnoreCase)) && WordAfter(text, m.Index + m.Length).Equals("of", StringComparison.OrdinalIgnoreCase))
                continue; // "a quarter of the vote" is a fraction
            if (IsYearLike(countWord) && !unitWord.EndsWith('s'))
                continue; // "the 1988 second quarter", "1989 quarter"
            if (AgeOrFraction(text, m))
                continue;
            if (char.IsUpper(unitWord[0]) && IsNameInRunningText(text, m))
                continue; // a title: the show "48 Hours", "Seven Days in May"
            double? count = Count(countWord);
            if (m.Groups["half"].Success && count is not null)
                count += FractionHalf;
            int start = m.Index;
            if (m.Groups["pre"].Success && m.Groups["pre"].Value.StartsWith("the", StringComparison.OrdinalIgnoreCase) == false)
                start = m.Groups["pre"].Index + m.Groups["pre"].Value.IndexOf("the", StringComparison.OrdinalIgnoreCase);
            var previous = WordBefore(text, start);
            if (unit.Kind == TimeUnit.Day && countWord.Equals("one", StringComparison.OrdinalIgnoreCase) && !m.Groups["pre"].Success
                && !unitWord.EndsWith('s') && Modals.Contains(previous))
            {
                // "will one day be": some time in the future, not a day's length.
                Add(into, text, start, m.Index + m.Length, TimexType.Date, (_, _, _) => "FUTURE_REF", priority, modifiable: false);
                continue;
            }
            // "twice a week", "$2 million a year", "700 seats a week": a rate, TimeML SET.
            bool set = article && (RateWords.Contains(previous) || previous.Length > 0 && (char.IsDigit(previous[^1]) || previous[^1] == '%'));
            var value = TimexCalendar.Duration(count, unit);
            Add(into, text, start, m.Index + m.Length, set ? TimexType.Set : TimexType.Duration, (_, _, _) => value, priority, modifiable: false);
        }
    }

    private static void Sets(string text, List<TimexCandidate> into, int priority)
    {
        foreach (Match m in TimexPatterns.EveryUnit().Matches(text))
        {
            string value;
            if (m.Groups["weekday"].Success)
                value = "XXXX-WXX-" + Weekdays[m.Groups["weekday"].Value].ToString(CultureInfo.InvariantCulture);
            else if (m.Groups["month"].Success)
                value = "XXXX-" + Months[m.Groups["month"].Value].ToString("00", CultureInfo.InvariantCulture);
            else
            {
                var unitWord = m.Groups["unit"].Value.ToLowerInvariant();
                int n = !m.Groups["count"].Success ? 1 : m.Groups["count"].Value.Equals("other", StringComparison.OrdinalIgnoreCase) ? 2 : (int)(Count(m.Groups["count"].Value) ?? 1);
                if (PartsOfDay.TryGetValue(unitWord, out var part))
                    value = "XXXX-XX-XXT" + part;
                else if (unitWord == "weekend")
                    value = "XXXX-WXX-WE";
                else
                    value = TimexCalendar.Duration(n, Units[unitWord]);
            }
            Add(into, text, m.Index, m.Index + m.Length, TimexType.Set, (_, _, _) => value, priority, modifiable: false);
        }
    }

    private static void FrequencySets(string text, List<TimexCandidate> into, int priority)
    {
        foreach (Match m in TimexPatterns.FrequencyAdverb().Matches(text))
        {
            var next = WordAfter(text, m.Index + m.Length);
            if (next.Length > 0 && char.IsLower(next[0]) && !FunctionWords.Contains(next))
                continue; // an adjective: "a weekly newspaper", "quarterly dividend"
            if (next.Length > 0 && char.IsUpper(next[0]) && !EndsClause(text, m.Index + m.Length))
                continue; // part of a name: "Daily Telegraph", "Weekly Standard"
            if (IsCapitalized(m.Value) && !IsSentenceStart(text, m.Index))
                continue;
            var value = FrequencyAdverbs[m.Groups["word"].Value];
            Add(into, text, m.Index, m.Index + m.Length, TimexType.Set, (_, _, _) => value, priority, modifiable: false);
        }
    }

    private static void ClockTimes(string text, List<TimexCandidate> into, int priority)
    {
        foreach (Match m in TimexPatterns.ClockTime().Matches(text))
        {
            int hour, minute = m.Groups["minute"].Success ? Int(m, "minute") : 0;
            if (m.Groups["noon"].Success)
                hour = m.Groups["noon"].Value.Equals("midnight", StringComparison.OrdinalIgnoreCase) ? 0 : 12;
            else
            {
                hour = Int(m, "hour");
                if (m.Groups["ampm"].Success)
                {
                    bool pm = char.ToLowerInvariant(m.Groups["ampm"].Value[0]) == 'p';
                    hour = hour % 12 + (pm ? 12 : 0);
                }
            }
            var clock = string.Create(CultureInfo.InvariantCulture, $"T{hour:00}:{minute:00}");
            Add(into, text, m.Index, m.Index + m.Length, TimexType.Time, (c, s, e) =>
            {
                var day = c.DayNear(s, e);
                return day is null ? null : day + clock;
            }, priority, modifiable: false);
        }
    }

    private static void ReferencePoints(string text, List<TimexCandidate> into, int priority)
    {
        foreach (Match m in TimexPatterns.SpecialReference().Matches(text))
        {
            var word = TimexPatterns.Whitespace().Replace(m.Groups["word"].Value, " ");
            if (!SpecialReferences.TryGetValue(word, out var value))
                continue;
            int start = m.Index;
            if (word.StartsWith("in the ", StringComparison.OrdinalIgnoreCase))
                start += 3;
            Add(into, text, start, m.Index + m.Length, TimexType.Date, (_, _, _) => value, priority, modifiable: false);
        }
    }

    // ---- helpers ----

    private static void Add(List<TimexCandidate> into, string text, int start, int end, TimexType type, TimexResolver resolve, int priority, bool modifiable = true, bool anaphoric = false, bool optional = false)
    {
        if (modifiable && type == TimexType.Date)
        {
            int from = Math.Max(0, start - 24);
            foreach (var vm in TimexPatterns.ModifierBefore().EnumerateMatches(text.AsSpan(from, start - from)))
            {
                int newStart = from + vm.Index;
                var inner = resolve;
                int originalStart = start;
                resolve = (c, _, e) => inner(c, originalStart, e);
                start = newStart;
                break;
            }
        }
        into.Add(new TimexCandidate(start, end, type, resolve, priority, anaphoric, optional));
    }

    private static TemporalLexicon.Unit UnitOf(string word)
    {
        var w = word.ToLowerInvariant();
        if (w == "centuries")
            return Units["century"];
        if (w.EndsWith('s'))
            w = w[..^1];
        return Units[w];
    }

    /// <summary>The number a count word stands for; null for vague amounts ("several" = X).</summary>
    internal static double? Count(string word)
    {
        var w = TimexPatterns.Whitespace().Replace(word.Trim(), " ");
        if (double.TryParse(w, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            return d;
        if (VagueAmounts.Contains(w))
            return null;
        if (w.StartsWith("half", StringComparison.OrdinalIgnoreCase))
            return 0.5;
        if (NumberWords.TryGetValue(w, out var n))
            return n;
        int total = 0;
        foreach (var part in w.Split('-', ' '))
        {
            if (!NumberWords.TryGetValue(part, out var p))
                return null;
            total += p;
        }
        return total;
    }

    /// <summary>
    /// A noun that makes a four-digit number before it a count: a listed one ("people", "troops"), or any
    /// lowercase plural ("1900 trucks"); words ending in s that are not plurals ("was", "this") do not count.
    /// </summary>
    private static bool IsCountedNoun(string word) =>
        CountedNouns.Contains(word)
        || word.Length > 3 && char.IsLower(word[0]) && word[^1] == 's' && word[^2] != 's' && word[^2] != 'u' && !NotPlurals.Contains(word);

    /// <summary>"52 years old" is an age, "three-quarters of" a fraction: TimeBank leaves them untagged.</summary>
    private static bool AgeOrFraction(string text, Match m)
    {
        // "52 years old" as a predicate stays out; the compound "a 30-year-old treaty" measures how long the thing has existed: a duration.
        if (m.Value.EndsWith("old", StringComparison.OrdinalIgnoreCase) && !m.Value.EndsWith("-old", StringComparison.OrdinalIgnoreCase))
            return true;
        var unit = m.Groups["unit"].Value;
        return unit.StartsWith("quarter", StringComparison.OrdinalIgnoreCase)
            && WordAfter(text, m.Index + m.Length).Equals("of", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A capitalised unit ("48 Hours") inside lowercase running text: the word after the match is lowercase or ends the clause.</summary>
    private static bool IsNameInRunningText(string text, Match m)
    {
        var next = WordAfter(text, m.Index + m.Length);
        return next.Length == 0 || char.IsLower(next[0]);
    }

    /// <summary>
    /// Whether an expression of common words ("this week", "today") is written as a name: every word capitalised and
    /// either two or more of them ("This Week", ABC's programme) or one after a capitalised word mid-sentence ("USA Today").
    /// </summary>
    private static bool IsTitle(string text, int start, int end)
    {
        int words = 0;
        for (int i = start; i < end; i++)
        {
            if (char.IsLetter(text[i]) && (i == start || !char.IsLetter(text[i - 1])))
            {
                if (!char.IsUpper(text[i]))
                    return false;
                words++;
            }
        }
        if (words >= 2)
            return true;
        return IsCapitalized(WordBefore(text, start)) && !IsSentenceStart(text, start);
    }

    private static bool IsAbbreviation(string month) => month.Length <= 4 && month is not ("May" or "June" or "July");

    private static bool IsYearLike(string digits) => digits.Length == 4 && digits[0] is '1' or '2';

    internal static bool IsQuarter(string value) => value.Length == 7 && value[5] == 'Q';

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    private static bool ValidDay(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static bool IsCapitalized(string word) => word.Length > 0 && char.IsUpper(word[0]);

    private static int WordStart(string text, int position)
    {
        int i = position;
        while (i > 0 && char.IsWhiteSpace(text[i - 1]))
            i--;
        while (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '%'))
            i--;
        return i;
    }

    /// <summary>The word just before <paramref name="position"/>, across spaces only ("" at a punctuation mark).</summary>
    internal static string WordBefore(string text, int position)
    {
        int end = position;
        while (end > 0 && text[end - 1] is ' ' or '\t' or '\n' or '\r' or '-')
            end--;
        int start = end;
        while (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '%'))
            start--;
        return text[start..end];
    }

    /// <summary>The word just after <paramref name="position"/>, across spaces only ("" at a punctuation mark).</summary>
    internal static string WordAfter(string text, int position)
    {
        int start = position;
        while (start < text.Length && text[start] is ' ' or '\t')
            start++;
        int end = start;
        while (end < text.Length && char.IsLetter(text[end]))
            end++;
        return text[start..end];
    }

    private static bool EndsClause(string text, int position)
    {
        int i = position;
        while (i < text.Length && text[i] is ' ' or '\t')
            i++;
        return i >= text.Length || text[i] is '.' or ',' or ';' or ':' or '!' or '?' or '\n' or ')' or '"' or '\'' or '”' or '’';
    }

    private static bool IsSentenceStart(string text, int position)
    {
        int i = position;
        while (i > 0 && char.IsWhiteSpace(text[i - 1]))
            i--;
        return i == 0 || text[i - 1] is '.' or '!' or '?' or '"' or '“' or '\n' or ':' or '(' || text[position - 1] == '\n';
    }
}
