using System.Globalization;

namespace Parallax.Store;

/// <summary>
/// Checks a store query given as text (command-line options, a query string): the filter and the order,
/// with one set of rules and messages for the CLI and the web. <c>name</c> spells a parameter as its
/// caller shows it (<c>--from</c>, <c>from</c>).
/// </summary>
public static class StoreQuery
{
    /// <summary>The filter, or an error message naming the bad value.</summary>
    public static (StoreFilter? Filter, string? Error) Filter(string? outlet, string? from, string? to, string? entity, Func<string, string> name)
    {
        DateOnly? fromDay = null, toDay = null;
        if (from is not null)
        {
            if (!TryDay(from, out var d))
                return (null, $"{name("from")} takes a day as YYYY-MM-DD, not '{from}'");
            fromDay = d;
        }
        if (to is not null)
        {
            if (!TryDay(to, out var d))
                return (null, $"{name("to")} takes a day as YYYY-MM-DD, not '{to}'");
            toDay = d;
        }
        if (fromDay > toDay)
            return (null, $"{name("from")} {from} is after {name("to")} {to}");
        return (new StoreFilter { Outlet = outlet, From = fromDay, To = toDay, Entity = entity }, null);
    }

    /// <summary>The order (newest when none is given), or an error message.</summary>
    public static (StoryOrder Order, string? Error) Order(string? sort, Func<string, string> name) => sort switch
    {
        null or "newest" => (StoryOrder.Newest, null),
        "busiest" => (StoryOrder.Busiest, null),
        _ => (StoryOrder.Newest, $"{name("sort")} is newest or busiest, not '{sort}'"),
    };

    private static bool TryDay(string s, out DateOnly day) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
