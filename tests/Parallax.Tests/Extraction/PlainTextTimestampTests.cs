using Parallax.Extraction.PlainText;

namespace Parallax.Tests.Extraction;

public class PlainTextTimestampTests
{
    [Theory]
    [InlineData("Fri Dec 23, 2016 15:00:22", "2016-12-23T15:00:22")]
    [InlineData("Published: 11/03/2025 - 21:47 | Updated: 12/03/2025 - 08:05", "2025-03-11T21:47:00")]
    [InlineData("Published: 03/11/2025 - 21:47 | Updated: 03/12/2025 - 08:05", "2025-03-11T21:47:00")]
    [InlineData("Posted 04/05/2025 | Updated 04/05/2025", "2025-04-05")]
    [InlineData("December 23, 2016", "2016-12-23")]
    [InlineData("23 December 2016 14:05 GMT", "2016-12-23T14:05:00Z")]
    [InlineData("2016-12-23T15:00:22Z", "2016-12-23T15:00:22Z")]
    [InlineData("2016-12-23T15:00:22+03:00", "2016-12-23T15:00:22+03:00")]
    [InlineData("2016-12-23", "2016-12-23")]
    [InlineData("Updated: 12/23/2016 3:00 PM", "2016-12-23T15:00:00")]
    [InlineData("Published 23.12.2016", "2016-12-23")]
    [InlineData("Dec. 23, 2016 at 3:00 p.m. ET", "2016-12-23T15:00:00-05:00")]
    [InlineData("Posted on June 3, 2016 at 9:30 am PT", "2016-06-03T09:30:00-07:00")]
    [InlineData("Friday 23 December 2016 14.05 GMT", "2016-12-23T14:05:00Z")]
    [InlineData("23rd of December, 2016", "2016-12-23")]
    [InlineData("Last updated: 2016/12/23 08:10 UTC", "2016-12-23T08:10:00Z")]
    [InlineData("Date: 5-4-2016", "2016-04-05")]
    [InlineData("03/04/2016", "2016-03-04")]
    [InlineData("25/12/2016", "2016-12-25")]
    [InlineData("Thursday, March 2, 2017 12 PM EST", "2017-03-02T12:00:00-05:00")]
    [InlineData("Mar 2, 2017 11:00 (GMT+3)", "2017-03-02T11:00:00+03:00")]
    [InlineData("Published: 2 Mar 2017 | Updated: 3 Mar 2017", "2017-03-02")]
    public void Timestamp_lines(string line, string iso)
    {
        Assert.True(TimestampLine.TryParse(line, out var date), line);
        Assert.Equal(iso, date.ToIso());
    }

    [Theory]
    [InlineData("On December 23, 2016, the talks resumed.")]
    [InlineData("December 2016")]
    [InlineData("February 30, 2016")]
    [InlineData("13/13/2016")]
    [InlineData("December 23, 2016 Moscow")]
    [InlineData("December 23, 2016 25:00")]
    [InlineData("Room 23, 2016 entries")]
    [InlineData("2016")]
    public void Not_timestamp_lines(string line) => Assert.False(TimestampLine.TryParse(line, out _), line);
}
