using System.Globalization;
using Microsoft.AspNetCore.Http;
using Parallax.Store;

namespace Parallax.Web.Services;

/// <summary>The filters, order and page a request asks for, checked: a bad value is an error message, never a query.</summary>
public sealed class Query
{
    private readonly IQueryCollection _raw;

    private Query(IQueryCollection raw) => _raw = raw;

    public StoreFilter Filter { get; private init; } = new();
    public StoryOrder Order { get; private init; }
    public int Page { get; private init; }
    public int Limit { get; private init; } = 50;
    public string? Error { get; private init; }

    public const int MaxLimit = 500;
    private const int MaxText = 200;

    public string? Raw(string key) => _raw.TryGetValue(key, out var v) ? v.ToString() : null;

    /// <summary>This query string with one parameter replaced (for pager links).</summary>
    public string With(string key, string value)
    {
        var d = _raw.ToDictionary(kv => kv.Key, kv => kv.Value.ToString(), StringComparer.Ordinal);
        d[key] = value;
        return string.Join('&', d.Where(kv => kv.Value.Length > 0).Select(kv => $"{Uri.EscapeDataString(kv.Key)}={Uri.EscapeDataString(kv.Value)}"));
    }

    public static Query Read(HttpRequest request)
    {
        var raw = request.Query;
        string? Text(string key) => raw.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v.ToString().Trim() : null;
        string? error = null;
        DateOnly? Day(string key)
        {
            var s = Text(key);
            if (s is null)
                return null;
            if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                return d;
            error ??= $"{key} takes a day as YYYY-MM-DD, not '{s}'";
            return null;
        }
        int Number(string key, int fallback, int min, int max)
        {
            var s = Text(key);
            if (s is null)
                return fallback;
            if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
                return n;
            error ??= $"{key} takes a whole number from {min} to {max}, not '{s}'";
            return fallback;
        }
        var order = Text("sort") switch
        {
            null or "newest" => StoryOrder.Newest,
            "busiest" => StoryOrder.Busiest,
            var other => Fail(ref error, $"sort is newest or busiest, not '{other}'"),
        };
        var filter = new StoreFilter { Outlet = Text("outlet"), Entity = Text("entity"), From = Day("from"), To = Day("to") };
        foreach (var key in new[] { "outlet", "entity", "q" })
        {
            if (Text(key) is { Length: > MaxText })
                error ??= $"{key} is longer than {MaxText} characters";
        }
        if (filter.From > filter.To)
            error ??= "from is after to";
        return new Query(raw)
        {
            Filter = filter,
            Order = order,
            Page = Number("page", 0, 0, 100_000),
            Limit = Number("limit", 50, 1, MaxLimit),
            Error = error,
        };
    }

    private static StoryOrder Fail(ref string? error, string message)
    {
        error ??= message;
        return StoryOrder.Newest;
    }
}
