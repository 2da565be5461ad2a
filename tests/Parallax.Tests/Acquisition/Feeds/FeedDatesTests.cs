using Parallax.Acquisition.Feeds;

namespace Parallax.Tests.Acquisition.Feeds;

public sealed class FeedDatesTests
{
    [Theory]
    [InlineData("Fri, 23 Dec 2016 10:15:00 GMT", "2016-12-23T10:15:00+00:00")]
    [InlineData("Fri, 23 Dec 2016 10:15:00 +0300", "2016-12-23T10:15:00+03:00")]
    [InlineData("23 Dec 2016 10:15:00 +03:00", "2016-12-23T10:15:00+03:00")]
    [InlineData("Mon, 5 Jan 2015 09:05 EST", "2015-01-05T09:05:00-05:00")]
    [InlineData("Tue, 04 Aug 2026 18:00:00 PDT", "2026-08-04T18:00:00-07:00")]
    [InlineData("Wed, 02 Oct 02 13:00:00 GMT", "2002-10-02T13:00:00+00:00")]
    [InlineData("Thu, 7 Sept 2023 08:00:00 Z", "2023-09-07T08:00:00+00:00")]
    [InlineData("Sunday, 12 March 2023 22:30:00 CET", "2023-03-12T22:30:00+01:00")]
    [InlineData("Sat, 31 Dec 2016 23:59:59 GMT+0200", "2016-12-31T23:59:59+02:00")]
    [InlineData("Mon, 23 Dec 2016 10:15:00 GMT", "2016-12-23T10:15:00+00:00")] // a wrong weekday is ignored
    [InlineData("23 Dec 2016", "2016-12-23T00:00:00+00:00")]
    [InlineData("2016-12-23", "2016-12-23T00:00:00+00:00")]
    [InlineData("2016-12-23T10:15:00Z", "2016-12-23T10:15:00+00:00")]
    [InlineData("2016-12-23T10:15:00.123+02:00", "2016-12-23T10:15:00.123+02:00")]
    [InlineData("2016-12-23T10:15+0530", "2016-12-23T10:15:00+05:30")]
    [InlineData("2016-12-23 10:15:00", "2016-12-23T10:15:00+00:00")]
    [InlineData("  2016-12-23T10:15:00-05:00\n", "2016-12-23T10:15:00-05:00")]
    public void Reads_the_dates_feeds_write(string text, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeedDates.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("yesterday")]
    [InlineData("32 Dec 2016 10:00:00 GMT")]
    [InlineData("2016-13-45")]
    [InlineData("not a date at all, really")]
    [InlineData("Fri, 23 Foo 2016 10:15:00 GMT")]
    public void Gives_null_for_text_that_is_not_a_date(string text) => Assert.Null(FeedDates.Parse(text));
}
