using System.Globalization;
using Microsoft.AspNetCore.Http;
using Parallax.Store;
using Parallax.Web.Api;

namespace Parallax.Web.Services;

/// <summary>The filters, order and page a request asks for, checked: a bad value is an error message, never a query.</summary>
public sealed class Query
{
    private readonly IQueryCollection? _raw;

    private Query(IQueryCollection? raw) => _raw = raw;

    public StoreFilter Filter { get; private init; } = new();
    public StoryOrder Order { get; private init; }
    public int Page { get; private init; }
    public int Limit { get; private init; } = 50;

    /// <summary>The words searched for (q), trimmed; null when none.</summary>
    public string? Words { get; private init; }

    public string? Error { get; private init; }

    public const int MaxLimit = 500;
    private const int MaxText = 200;

    public string? Raw(string key) => _raw is not null && _raw.TryGetValue(key, out var v) ? v.ToString() : null;

    /// <summary>This query string with one parameter replaced (for pager links).</summary>
    public string With(string key, string value)
    {
        var d = (_raw ?? QueryCollection.Empty).ToDictionary(kv => kv.Key, kv => kv.Value.ToString(), StringComparer.Ordinal);
        d[key] = value;
        return string.Join('&', d.Where(kv => kv.Value.Length > 0).Select(kv => $"{Uri.EscapeDataString(kv.Key)}={Uri.EscapeDataString(kv.Value)}"));
    }

    /// <summary>A page's query string.</summary>
    public static Query Read(HttpRequest request)
    {
        var raw = request.Query;
        string? Value(string key) => raw.TryGetValue(key, out var v) ? v.ToString() : null;
        return Check(raw, Value("outlet"), Value("entity"), Value("from"), Value("to"), Value("sort"), Value("page"), Value("limit"), Value("q"));
    }

    /// <summary>An API endpoint's query parameters.</summary>
    public static Query Read(StoriesParameters p) => Check(null, p.Outlet, p.Entity, p.From, p.To, p.Sort, p.Page, p.Limit, null);

    /// <inheritdoc cref="Read(StoriesParameters)"/>
    public static Query Read(SearchParameters p) => Check(null, p.Outlet, p.Entity, p.From, p.To, null, p.Page, p.Limit, p.Q);

    private static Query Check(IQueryCollection? raw, string? outlet, string? entity, string? from, string? to, string? sort, string? page, string? limit,
        string? words)
    {
        (outlet, entity, from, to, sort, page, limit, words) = (Text(outlet), Text(entity), Text(from), Text(to), Text(sort), Text(page), Text(limit), Text(words));
        string? error = null;
        int Number(string key, string? s, int fallback, int min, int max)
        {
            if (s is null)
                return fallback;
            if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
                return n;
            error ??= $"{key} takes a whole number from {min} to {max}, not '{s}'";
            return fallback;
        }
        var (order, orderError) = StoreQuery.Order(sort, Name);
        error ??= orderError;
        var (filter, filterError) = StoreQuery.Filter(outlet, from, to, entity, Name);
        error ??= filterError;
        foreach (var (key, value) in new[] { ("outlet", outlet), ("entity", entity), ("q", words) })
        {
            if (value is { Length: > MaxText })
                error ??= $"{key} is longer than {MaxText} characters";
        }
        return new Query(raw)
        {
            Filter = filter ?? new StoreFilter { Outlet = outlet, Entity = entity },
            Order = order,
            Page = Number("page", page, 0, 0, 100_000),
            Limit = Number("limit", limit, 50, 1, MaxLimit),
            Words = words,
            Error = error,
        };
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>A query parameter as the query string spells it.</summary>
    private static string Name(string parameter) => parameter;
}
