using System.Globalization;

namespace Parallax.Analysis.Dates;

/// <summary>
/// Gregorian dates of named days, computed for any year (no hand-typed lists): fixed days, the nth weekday of a
/// month (US and UK holidays), Western and Orthodox Easter (the computus), the Hebrew calendar
/// (<see cref="HebrewCalendar"/>), the Hijri calendar (<see cref="UmAlQuraCalendar"/>, the Saudi tabular calendar:
/// a country that starts its months by sighting the moon may be a day off), the Chinese calendar
/// (<see cref="ChineseLunisolarCalendar"/>) and Diwali from the astronomical new moon (<see cref="NewMoon"/>).
/// Jewish and Muslim days begin at the sunset before; the date given is the first full day.
/// </summary>
internal static class HolidayCalendar
{
    private static readonly HebrewCalendar Hebrew = new();
    private static readonly UmAlQuraCalendar Hijri = new();
    private static readonly ChineseLunisolarCalendar Chinese = new();

    /// <summary>Hebrew year = Gregorian year + this, for the months from Nisan to Elul (spring and summer).</summary>
    private const int HebrewYearOffset = 3760;

    /// <summary>
    /// The days a holiday falls on whose Gregorian year is <paramref name="year"/> (a Hijri holiday may fall twice in
    /// one year, or on a day the calendars in .NET do not cover: then none).
    /// </summary>
    public static IEnumerable<DateOnly> InYear(Holiday holiday, int year)
    {
        if (year is < 1900 or > 2076)
            yield break;
        switch (holiday)
        {
            case Holiday.Eid:
                foreach (var d in InYear(Holiday.EidAlFitr, year))
                    yield return d;
                foreach (var d in InYear(Holiday.EidAlAdha, year))
                    yield return d;
                yield break;
            case Holiday.Ramadan or Holiday.EidAlFitr or Holiday.EidAlAdha or Holiday.IslamicNewYear:
                var (month, day) = holiday switch
                {
                    Holiday.Ramadan => (9, 1),
                    Holiday.EidAlFitr => (10, 1),
                    Holiday.EidAlAdha => (12, 10),
                    _ => (1, 1),
                };
                int hijriYear = Hijri.GetYear(new DateTime(year, 1, 1));
                for (int hy = hijriYear; hy <= hijriYear + 1; hy++)
                {
                    if (TryHijri(hy, month, day) is { } d && d.Year == year)
                        yield return d;
                }
                yield break;
            case Holiday.EnglishBankHoliday:
                foreach (var d in EnglishBankHolidays(year))
                    yield return d;
                yield break;
            default:
                if (Single(holiday, year) is { } single)
                    yield return single;
                yield break;
        }
    }

    /// <summary>The occurrence of <paramref name="holiday"/> nearest <paramref name="reference"/> in the direction asked (inclusive).</summary>
    public static DateOnly? Nearest(Holiday holiday, DateOnly reference, TemporalDirection direction)
    {
        DateOnly? best = null;
        for (int y = reference.Year - 1; y <= reference.Year + 1; y++)
        {
            foreach (var d in InYear(holiday, y))
            {
                int delta = d.DayNumber - reference.DayNumber;
                bool acceptable = direction switch
                {
                    TemporalDirection.Future => delta >= 0,
                    TemporalDirection.Past or TemporalDirection.Completed => delta <= 0,
                    _ => true,
                };
                if (acceptable && (best is null || Math.Abs(delta) < Math.Abs(best.Value.DayNumber - reference.DayNumber)))
                    best = d;
            }
        }
        return best;
    }

    /// <summary>The one occurrence of a holiday that falls once a Gregorian year.</summary>
    private static DateOnly? Single(Holiday holiday, int year) => holiday switch
    {
        Holiday.NewYearsDay => new DateOnly(year, 1, 1),
        Holiday.NewYearsEve => new DateOnly(year, 12, 31),
        Holiday.MartinLutherKingDay => NthWeekday(year, 1, DayOfWeek.Monday, 3),
        Holiday.PresidentsDay => NthWeekday(year, 2, DayOfWeek.Monday, 3),
        Holiday.ValentinesDay => new DateOnly(year, 2, 14),
        Holiday.StPatricksDay => new DateOnly(year, 3, 17),
        Holiday.AshWednesday => Easter(year).AddDays(-46),
        Holiday.PalmSunday => Easter(year).AddDays(-7),
        Holiday.MaundyThursday => Easter(year).AddDays(-3),
        Holiday.GoodFriday => Easter(year).AddDays(-2),
        Holiday.Easter => Easter(year),
        Holiday.EasterMonday => Easter(year).AddDays(1),
        Holiday.OrthodoxEaster => OrthodoxEaster(year),
        Holiday.OrthodoxChristmas => new DateOnly(year, 1, 7),
        Holiday.Ascension => Easter(year).AddDays(39),
        Holiday.Pentecost => Easter(year).AddDays(49),
        Holiday.WhitMonday => Easter(year).AddDays(50),
        Holiday.MayDay => new DateOnly(year, 5, 1),
        Holiday.EarlyMayBankHoliday => EarlyMayBankHoliday(year),
        Holiday.SpringBankHoliday => SpringBankHoliday(year),
        Holiday.SummerBankHoliday => LastWeekday(year, 8, DayOfWeek.Monday),
        Holiday.MemorialDay => LastWeekday(year, 5, DayOfWeek.Monday),
        Holiday.Juneteenth => new DateOnly(year, 6, 19),
        Holiday.IndependenceDay => new DateOnly(year, 7, 4),
        Holiday.BastilleDay => new DateOnly(year, 7, 14),
        Holiday.LaborDay => NthWeekday(year, 9, DayOfWeek.Monday, 1),
        Holiday.ColumbusDay => NthWeekday(year, 10, DayOfWeek.Monday, 2),
        Holiday.Halloween => new DateOnly(year, 10, 31),
        Holiday.GuyFawkesNight => new DateOnly(year, 11, 5),
        Holiday.ElectionDay => NthWeekday(year, 11, DayOfWeek.Monday, 1).AddDays(1), // the Tuesday after the first Monday
        Holiday.VeteransDay => new DateOnly(year, 11, 11),
        Holiday.RemembranceSunday => NthWeekday(year, 11, DayOfWeek.Sunday, 2),
        Holiday.Thanksgiving => NthWeekday(year, 11, DayOfWeek.Thursday, 4),
        Holiday.ChristmasEve => new DateOnly(year, 12, 24),
        Holiday.Christmas => new DateOnly(year, 12, 25),
        Holiday.BoxingDay => new DateOnly(year, 12, 26),
        Holiday.Passover => FromHebrew(year + HebrewYearOffset, Nisan(year + HebrewYearOffset), 15),
        Holiday.RoshHashanah => FromHebrew(year + HebrewYearOffset + 1, 1, 1),
        Holiday.YomKippur => FromHebrew(year + HebrewYearOffset + 1, 1, 10),
        Holiday.Hanukkah => FromHebrew(year + HebrewYearOffset + 1, 3, 25),
        Holiday.LunarNewYear => DateOnly.FromDateTime(Chinese.ToDateTime(year, 1, 1, 0, 0, 0, 0)),
        Holiday.Diwali => Diwali(year),
        _ => null,
    };

    /// <summary>The <paramref name="n"/>th given weekday of a month ("the fourth Thursday of November").</summary>
    public static DateOnly NthWeekday(int year, int month, DayOfWeek weekday, int n)
    {
        var first = new DateOnly(year, month, 1);
        int delta = ((int)weekday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(delta + 7 * (n - 1));
    }

    /// <summary>The last given weekday of a month ("the last Monday in May").</summary>
    public static DateOnly LastWeekday(int year, int month, DayOfWeek weekday)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        int delta = ((int)last.DayOfWeek - (int)weekday + 7) % 7;
        return last.AddDays(-delta);
    }

    /// <summary>Western Easter Sunday: the anonymous Gregorian computus (Meeus/Jones/Butcher).</summary>
    public static DateOnly Easter(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>Orthodox Easter Sunday: the Julian computus (Meeus), moved to the Gregorian calendar.</summary>
    public static DateOnly OrthodoxEaster(int year)
    {
        int a = year % 4, b = year % 7, c = year % 19;
        int d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
        int month = (d + e + 114) / 31, day = (d + e + 114) % 31 + 1;
        // Julian to Gregorian: 13 days from 1900 to 2099.
        int gap = year / 100 - year / 400 - 2;
        return new DateOnly(year, month, day).AddDays(gap);
    }

    /// <summary>The English and Welsh bank holidays of a year (substitute days when one falls on a weekend).</summary>
    private static IEnumerable<DateOnly> EnglishBankHolidays(int year)
    {
        yield return WeekdayOnOrAfter(new DateOnly(year, 1, 1));
        yield return Easter(year).AddDays(-2);
        yield return Easter(year).AddDays(1);
        yield return EarlyMayBankHoliday(year);
        yield return SpringBankHoliday(year);
        yield return LastWeekday(year, 8, DayOfWeek.Monday);
        var christmas = WeekdayOnOrAfter(new DateOnly(year, 12, 25));
        yield return christmas;
        yield return WeekdayOnOrAfter(new DateOnly(year, 12, 26) is var boxing && christmas >= boxing ? christmas.AddDays(1) : boxing);
    }

    /// <summary>The first Monday of May (moved to VE Day, May 8, in 1995 and 2020).</summary>
    private static DateOnly EarlyMayBankHoliday(int year) => year is 1995 or 2020 ? new DateOnly(year, 5, 8) : NthWeekday(year, 5, DayOfWeek.Monday, 1);

    /// <summary>The last Monday of May (moved for the jubilees of 2002, 2012 and 2022).</summary>
    private static DateOnly SpringBankHoliday(int year) => year switch
    {
        2002 => new DateOnly(2002, 6, 4),
        2012 => new DateOnly(2012, 6, 4),
        2022 => new DateOnly(2022, 6, 2),
        _ => LastWeekday(year, 5, DayOfWeek.Monday),
    };

    private static DateOnly WeekdayOnOrAfter(DateOnly d) =>
        d.DayOfWeek == DayOfWeek.Saturday ? d.AddDays(2) : d.DayOfWeek == DayOfWeek.Sunday ? d.AddDays(1) : d;

    /// <summary>Nisan is month 7 of the .NET Hebrew year (which starts at Tishrei), 8 in a leap year with its two Adars.</summary>
    private static int Nisan(int hebrewYear) => Hebrew.IsLeapYear(hebrewYear) ? 8 : 7;

    private static DateOnly FromHebrew(int year, int month, int day) => DateOnly.FromDateTime(Hebrew.ToDateTime(year, month, day, 0, 0, 0, 0));

    private static DateOnly? TryHijri(int year, int month, int day)
    {
        try
        {
            return DateOnly.FromDateTime(Hijri.ToDateTime(year, month, day, 0, 0, 0, 0));
        }
        catch (ArgumentOutOfRangeException)
        {
            return null; // outside the years the Umm al-Qura tables cover
        }
    }

    /// <summary>India Standard Time, in days after UTC.</summary>
    private const double IndiaOffsetDays = 5.5 / 24;

    /// <summary>The time of day (India) the sun is taken to enter sidereal Libra on October 17.</summary>
    private const double TulaSankrantiDayFraction = 7.0 / 24;

    /// <summary>When the evening lamps are lit: the day whose sunset falls inside the new-moon lunar day (tithi).</summary>
    private const double SunsetDayFraction = 18.0 / 24;

    /// <summary>
    /// Diwali (Lakshmi Puja) is kept on the evening that falls in Amavasya, the lunar day that ends at the first new moon
    /// after the sun enters sidereal Libra (between mid-October and mid-November). The new moon is computed (Meeus); the evening
    /// is taken at 18:00 India time: a new moon after that puts Diwali on its own day, before it on the eve. Almanacs
    /// that read local sunset and tithi lengths differ by a day in some years (2024: October 31 or November 1).
    /// </summary>
    public static DateOnly Diwali(int year)
    {
        // The first new moon after the sun enters sidereal Libra (Tula Sankranti, near 07:00 India time on October 17;
        // the moment drifts by hours with the leap-year cycle): the one that ends the lunar month Ashvin, even in a year
        // with a leap month (2020: not October 17, but November 15).
        double start = NewMoon.JulianDay(new DateOnly(year, 10, 17)) + TulaSankrantiDayFraction - IndiaOffsetDays;
        double moon = NewMoon.NextAfter(start) + IndiaOffsetDays; // in India time
        var dayNumber = (long)Math.Floor(moon + 0.5); // Julian days start at noon
        double fraction = moon + 0.5 - dayNumber;
        var date = NewMoon.FromJulianDayNumber(dayNumber);
        return fraction >= SunsetDayFraction ? date : date.AddDays(-1);
    }
}
