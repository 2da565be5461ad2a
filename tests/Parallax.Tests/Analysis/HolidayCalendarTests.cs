using Parallax.Analysis.Dates;

namespace Parallax.Tests.Analysis;

/// <summary>
/// Holiday dates computed for any year, checked against published calendars (US federal holidays, the UK
/// government's bank holidays, Jewish and Umm al-Qura calendars, Indian almanacs for Diwali).
/// </summary>
public sealed class HolidayCalendarTests
{
    [Theory]
    [InlineData("Easter", "1998-04-12")]
    [InlineData("Easter", "2000-04-23")]
    [InlineData("Easter", "2016-03-27")]
    [InlineData("Easter", "2024-03-31")]
    [InlineData("Easter", "2038-04-25")]
    [InlineData("GoodFriday", "2019-04-19")]
    [InlineData("OrthodoxEaster", "2016-05-01")]
    [InlineData("OrthodoxEaster", "2017-04-16")]
    [InlineData("OrthodoxEaster", "2023-04-16")]
    [InlineData("OrthodoxEaster", "2024-05-05")]
    [InlineData("Thanksgiving", "2016-11-24")]
    [InlineData("Thanksgiving", "2024-11-28")]
    [InlineData("MemorialDay", "2016-05-30")]
    [InlineData("LaborDay", "2016-09-05")]
    [InlineData("MartinLutherKingDay", "2017-01-16")]
    [InlineData("PresidentsDay", "2017-02-20")]
    [InlineData("ElectionDay", "2016-11-08")]
    [InlineData("ElectionDay", "2020-11-03")]
    [InlineData("ElectionDay", "2024-11-05")]
    [InlineData("Passover", "2016-04-23")]
    [InlineData("Passover", "2019-04-20")]
    [InlineData("Passover", "2023-04-06")]
    [InlineData("RoshHashanah", "2016-10-03")]
    [InlineData("RoshHashanah", "2023-09-16")]
    [InlineData("YomKippur", "2016-10-12")]
    [InlineData("YomKippur", "2023-09-25")]
    [InlineData("Hanukkah", "2016-12-25")]
    [InlineData("Hanukkah", "2023-12-08")]
    [InlineData("Ramadan", "2023-03-23")]
    [InlineData("Ramadan", "2024-03-11")]
    [InlineData("EidAlFitr", "2023-04-21")]
    [InlineData("EidAlFitr", "2024-04-10")]
    [InlineData("EidAlAdha", "2023-06-28")]
    [InlineData("EidAlAdha", "2024-06-16")]
    [InlineData("Diwali", "1999-11-07")]
    [InlineData("Diwali", "2001-11-14")]
    [InlineData("Diwali", "2009-10-17")]
    [InlineData("Diwali", "2012-11-13")]
    [InlineData("Diwali", "2015-11-11")]
    [InlineData("Diwali", "2016-10-30")]
    [InlineData("Diwali", "2017-10-19")]
    [InlineData("Diwali", "2018-11-07")]
    [InlineData("Diwali", "2019-10-27")]
    [InlineData("Diwali", "2020-11-14")]
    [InlineData("Diwali", "2021-11-04")]
    [InlineData("Diwali", "2022-10-24")]
    [InlineData("Diwali", "2023-11-12")]
    [InlineData("LunarNewYear", "2016-02-08")]
    [InlineData("LunarNewYear", "2024-02-10")]
    public void Holiday_falls_on_its_published_day(string name, string expected)
    {
        var holiday = Enum.Parse<Holiday>(name);
        var day = DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(day, HolidayCalendar.InYear(holiday, day.Year));
    }

    [Fact]
    public void English_bank_holidays_move_off_weekends()
    {
        // 2016: Christmas on a Sunday, so Boxing Day is Monday the 26th and the Christmas substitute Tuesday the 27th.
        Assert.Equal(
            ["2016-01-01", "2016-03-25", "2016-03-28", "2016-05-02", "2016-05-30", "2016-08-29", "2016-12-26", "2016-12-27"],
            HolidayCalendar.InYear(Holiday.EnglishBankHoliday, 2016).Order().Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Every_holiday_has_a_day_in_every_year_from_1990_to_2040()
    {
        foreach (var holiday in Enum.GetValues<Holiday>())
        {
            for (int year = 1990; year <= 2040; year++)
            {
                var days = HolidayCalendar.InYear(holiday, year).ToList();
                Assert.True(days.Count > 0, $"{holiday} has no day in {year}");
                Assert.All(days, d => Assert.Equal(year, d.Year));
            }
        }
    }

    [Fact]
    public void Diwali_stays_in_its_month_and_new_moons_are_a_lunation_apart()
    {
        for (int year = 1990; year <= 2040; year++)
        {
            var d = HolidayCalendar.Diwali(year);
            Assert.InRange(d, new DateOnly(year, 10, 16), new DateOnly(year, 11, 16));
        }
        double a = NewMoon.Instant(300), b = NewMoon.Instant(301);
        Assert.InRange(b - a, 29.2, 29.9);
    }

    [Fact]
    public void Nearest_occurrence_follows_the_direction_asked()
    {
        var reference = new DateOnly(2016, 12, 23);
        Assert.Equal(new DateOnly(2016, 12, 25), HolidayCalendar.Nearest(Holiday.Christmas, reference, TemporalDirection.Future));
        Assert.Equal(new DateOnly(2015, 12, 25), HolidayCalendar.Nearest(Holiday.Christmas, reference, TemporalDirection.Past));
        Assert.Equal(new DateOnly(2016, 11, 24), HolidayCalendar.Nearest(Holiday.Thanksgiving, reference, TemporalDirection.Unknown));
    }
}
