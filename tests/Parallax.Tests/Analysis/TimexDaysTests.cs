using Parallax.Analysis.Dates;

namespace Parallax.Tests.Analysis;

/// <summary>The span of days a TimeML value covers (<see cref="TimexCalendar.TryDays"/>), and the values that name none.</summary>
public class TimexDaysTests
{
    [Theory]
    [InlineData("2017-05-09", "2017-05-09", "2017-05-09")]
    [InlineData("2017-05-09TEV", "2017-05-09", "2017-05-09")]
    [InlineData("2017-05-09T14:30", "2017-05-09", "2017-05-09")]
    [InlineData("2017-W18", "2017-05-01", "2017-05-07")]
    [InlineData("2017-W18-WE", "2017-05-06", "2017-05-07")]
    [InlineData("2020-W53", "2020-12-28", "2021-01-03")]
    [InlineData("2016-02", "2016-02-01", "2016-02-29")]
    [InlineData("2016-Q4", "2016-10-01", "2016-12-31")]
    [InlineData("2015", "2015-01-01", "2015-12-31")]
    public void A_date_value_covers_its_days(string value, string first, string last)
    {
        Assert.True(TimexCalendar.TryDays(value, out var f, out var l));
        Assert.Equal(DateOnly.Parse(first), f);
        Assert.Equal(DateOnly.Parse(last), l);
    }

    [Theory]
    [InlineData("P2W")]
    [InlineData("PRESENT_REF")]
    [InlineData("PAST_REF")]
    [InlineData("201")]
    [InlineData("2016-SU")]
    [InlineData("2017-W54")]
    [InlineData("2019-W53")]
    [InlineData("2017-13")]
    [InlineData("2017-02-30")]
    [InlineData("2017-05-09X")]
    [InlineData("")]
    public void Other_values_name_no_span_of_days(string value) => Assert.False(TimexCalendar.TryDays(value, out _, out _));
}
