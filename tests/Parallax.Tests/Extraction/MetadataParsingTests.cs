using Parallax.Extraction.Metadata;
using Parallax.Model;

namespace Parallax.Tests.Extraction;

/// <summary>Date formats, author splitting and title clean-up used by the metadata layers.</summary>
public sealed class MetadataParsingTests
{
    private static readonly DateTime Latest = new(2021, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("2016-12-23T15:00:22+03:00", "2016-12-23T15:00:22+03:00")]
    [InlineData("2016-12-23T15:00:22.123Z", "2016-12-23T15:00:22Z")]
    [InlineData("2016-12-23T15:00:22+0300", "2016-12-23T15:00:22+03:00")]
    [InlineData("2016-12-23 15:00", "2016-12-23T15:00:00")]
    [InlineData("2016-12-23", "2016-12-23")]
    [InlineData("2016/12/23", "2016-12-23")]
    [InlineData("20161223", "2016-12-23")]
    [InlineData("Fri, 23 Dec 2016 15:00:22 GMT", "2016-12-23")]
    [InlineData("December 23, 2016", "2016-12-23")]
    [InlineData("Dec. 23rd, 2016", "2016-12-23")]
    [InlineData("23 Dec 2016", "2016-12-23")]
    [InlineData("23. Dezember 2016", "2016-12-23")]
    [InlineData("23 de diciembre de 2016", "2016-12-23")]
    [InlineData("23.12.2016", "2016-12-23")]
    [InlineData("12/23/2016", "2016-12-23")]
    [InlineData("2016年12月23日", "2016-12-23")]
    [InlineData("2016. december 23.", "2016-12-23")]
    [InlineData("1482505222", "2016-12-23T15:00:22Z")]
    [InlineData("1482505222000", "2016-12-23T15:00:22Z")]
    public void Date_values_in_real_formats(string value, string iso)
    {
        Assert.True(DateParser.TryParseValue(value, Latest, out var date));
        Assert.Equal(iso, date.ToIso());
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("1989-11-09")]
    [InlineData("2031-01-01")]
    [InlineData("2016-02-30")]
    [InlineData("Posted in 1984")]
    public void Implausible_or_unreadable_values_give_no_date(string value)
    {
        Assert.False(DateParser.TryParseValue(value, Latest, out _));
    }

    [Fact]
    public void Day_first_numeric_dates_unless_only_month_first_is_valid()
    {
        Assert.True(DateParser.TryParseValue("03/04/2019", Latest, out var dayFirst));
        Assert.Equal("2019-04-03", dayFirst.ToIso());
        Assert.True(DateParser.TryParseValue("04/13/2019", Latest, out var monthFirst));
        Assert.Equal("2019-04-13", monthFirst.ToIso());
    }

    [Fact]
    public void The_earliest_date_in_a_text_line_is_found()
    {
        Assert.True(DateParser.TryFindInText("Published 14 March 2019, updated 2019-03-20", Latest, out var date));
        Assert.Equal("2019-03-14", date.ToIso());
    }

    [Theory]
    [InlineData("By Jane Doe and John Roe", new[] { "Jane Doe", "John Roe" })]
    [InlineData("Jane Doe, John Roe & Ann Lee", new[] { "Jane Doe", "John Roe", "Ann Lee" })]
    [InlineData("by Jane Doe, Staff Writer", new[] { "Jane Doe" })]
    [InlineData("Jane Doe jane.doe@example.com", new string[0])]
    [InlineData("Jane Doe | jane.doe@example.com", new[] { "Jane Doe" })]
    [InlineData("Jane Doe; JANE DOE", new[] { "Jane Doe" })]
    [InlineData("Von Anna Schmidt und Paul Weber", new[] { "Anna Schmidt", "Paul Weber" })]
    [InlineData("https://twitter.com/janedoe", new string[0])]
    [InlineData("Jane Doe, March 3, 2020", new[] { "Jane Doe" })]
    [InlineData("TOM KRISHER, AP Auto Writer", new[] { "TOM KRISHER" })]
    [InlineData("Troy L. Smith, Cleveland.com", new[] { "Troy L. Smith" })]
    [InlineData("Text: Maria da Silva", new[] { "Maria da Silva" })]
    [InlineData("admin", new string[0])]
    [InlineData("Jane Doe (Reuters) and John Roe", new[] { "Jane Doe", "John Roe" })]
    [InlineData("the defense ministry", new string[0])]
    [InlineData("window.dataLayer = [] || push({})", new string[0])]
    [InlineData("Written by Rob Ewaschuk Edited by Betsy Beyer", new[] { "Rob Ewaschuk" })]
    [InlineData("By Lena Holm Photos by Ari Dahl", new[] { "Lena Holm" })]
    [InlineData("Bradley M. Kuhn (http://ebb.org/bkuhn/)", new[] { "Bradley M. Kuhn" })]
    [InlineData("Jane Roe <jane.roe@example.org>", new[] { "Jane Roe" })]
    [InlineData("Richard (R.J.) Eskow", new[] { "Richard R.J. Eskow" })]
    [InlineData("Jane Doe (Reuters)", new[] { "Jane Doe" })]
    [InlineData("Brenda Goodman, MA", new[] { "Brenda Goodman" })]
    [InlineData("Ana Ruiz, PhD, and Jack Ma", new[] { "Ana Ruiz", "Jack Ma" })]
    public void Author_strings_are_split_and_cleaned(string raw, string[] names)
    {
        Assert.Equal(names, AuthorNames.Split(raw));
    }

    [Theory]
    [InlineData("Wind farm approved | Coastal Herald", "Coastal Herald", null, "Wind farm approved")]
    [InlineData("Coastal Herald: Wind farm approved", "Coastal Herald", null, "Coastal Herald: Wind farm approved")]
    [InlineData("Coastal Herald | Wind farm approved", "Coastal Herald", null, "Wind farm approved")]
    [InlineData("Wind farm approved - Local - The Coastal Herald", "Coastal Herald", null, "Wind farm approved - Local")]
    [InlineData("Wind farm approved » coastalherald.com", null, "https://www.coastalherald.com/x", "Wind farm approved")]
    [InlineData("Wind farm approved - Opinion", "Coastal Herald", null, "Wind farm approved - Opinion")]
    [InlineData("How we designed Acme’s ATF - an async task framework", null, "https://acme.tech/blog/atf", "How we designed Acme’s ATF - an async task framework")]
    [InlineData("How the Coastal Herald covered the storm - a look back", "Coastal Herald", null, "How the Coastal Herald covered the storm - a look back")]
    [InlineData("Acme Tech Blog - How we designed the task framework", null, "https://acme.tech/blog/atf", "How we designed the task framework")]
    [InlineData("Storm hits the coast - Coastal Herald Online", "Coastal Herald", null, "Storm hits the coast")]
    public void Site_name_affixes_are_cut_only_when_they_match(string title, string? outlet, string? url, string expected)
    {
        Assert.Equal(expected, TitleCleaner.Clean(title, outlet, url, out _));
    }

    [Theory]
    [InlineData("Get your frontend code covered | Code | Nils Perrin", "Get your frontend code covered | Code")]
    [InlineData("What the sea is telling us | Ana Lind", "What the sea is telling us")]
    [InlineData("Why I left - a letter by Ana Lind", "Why I left - a letter by Ana Lind")]
    [InlineData("Ana Lind | Interview", "Ana Lind | Interview")]
    [InlineData("Nils Perrin's garden | Ana Lindqvist", "Nils Perrin's garden | Ana Lindqvist")]
    public void A_trailing_part_that_is_the_pages_author_is_cut(string title, string expected)
    {
        Assert.Equal(expected, TitleCleaner.Clean(title, null, null, ["Nils Perrin", "Ana Lind"], out var siteName));
        Assert.Null(siteName);
    }

    [Theory]
    [InlineData("en_US", "en-US")]
    [InlineData(" de ", "de")]
    [InlineData("pt-BR", "pt-BR")]
    [InlineData("italiano (italian)", null)]
    [InlineData("", null)]
    public void Language_values_are_normalised_to_codes(string value, string? code)
    {
        Assert.Equal(code, LanguageCode.Normalize(value));
    }

    [Fact]
    public void A_site_name_matched_by_host_is_reported()
    {
        TitleCleaner.Clean("Storm closes schools - BBC News", null, "https://www.bbc.co.uk/news/1", out var siteName);
        Assert.Equal("BBC News", siteName);
    }

    [Fact]
    public void Publication_dates_keep_day_precision_when_no_time_is_given()
    {
        Assert.True(DateParser.TryParseValue("2016-12-23", Latest, out var date));
        Assert.False(date.HasTime);
        Assert.Equal(new DateOnly(2016, 12, 23), date.Day);
        Assert.Equal(PublicationDate.FromDay(new DateOnly(2016, 12, 23)), date);
    }
}
