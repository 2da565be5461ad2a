using Parallax.Store;

namespace Parallax.Tests.Store;

/// <summary>The one check of a store query's filter and order, as the CLI and the web spell their parameters.</summary>
public sealed class StoreQueryTests
{
    private static string Cli(string name) => "--" + name;

    private static string Web(string name) => name;

    [Fact]
    public void A_good_filter_is_parsed()
    {
        var (filter, error) = StoreQuery.Filter("Coast FM", "2025-01-01", "2025-01-31", "Lev Ruda", Web);
        Assert.Null(error);
        Assert.Equal(new StoreFilter { Outlet = "Coast FM", From = new DateOnly(2025, 1, 1), To = new DateOnly(2025, 1, 31), Entity = "Lev Ruda" }, filter);
    }

    [Theory]
    [InlineData("April", null, "--from takes a day as YYYY-MM-DD, not 'April'", "from takes a day as YYYY-MM-DD, not 'April'")]
    [InlineData(null, "2025-13-01", "--to takes a day as YYYY-MM-DD, not '2025-13-01'", "to takes a day as YYYY-MM-DD, not '2025-13-01'")]
    [InlineData("2025-05-01", "2025-01-01", "--from 2025-05-01 is after --to 2025-01-01", "from 2025-05-01 is after to 2025-01-01")]
    public void A_bad_filter_is_one_message_naming_the_parameter_as_the_caller_spells_it(string? from, string? to, string cli, string web)
    {
        Assert.Equal((null, cli), StoreQuery.Filter(null, from, to, null, Cli));
        Assert.Equal((null, web), StoreQuery.Filter(null, from, to, null, Web));
    }

    [Theory]
    [InlineData(null, StoryOrder.Newest)]
    [InlineData("newest", StoryOrder.Newest)]
    [InlineData("busiest", StoryOrder.Busiest)]
    public void The_order_is_newest_unless_busiest_is_asked(string? sort, StoryOrder expected) =>
        Assert.Equal((expected, (string?)null), StoreQuery.Order(sort, Web));

    [Fact]
    public void An_unknown_order_is_an_error() =>
        Assert.Equal("sort is newest or busiest, not 'loudest'", StoreQuery.Order("loudest", Web).Error);
}
