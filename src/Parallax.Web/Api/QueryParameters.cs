using Microsoft.AspNetCore.Mvc;

namespace Parallax.Web.Api;

// The query parameters of the listing endpoints, bound as sent (text): Query checks them, so a bad value is
// a 400 problem saying what is wrong, and the OpenAPI document lists each one. (A [Description] here would
// break the OpenAPI document: ASP.NET 10 fails reading attributes of [AsParameters] members.)

/// <summary>GET /api/stories.</summary>
public sealed record StoriesParameters(
    [FromQuery(Name = "outlet")] string? Outlet,
    [FromQuery(Name = "entity")] string? Entity,
    [FromQuery(Name = "from")] string? From,
    [FromQuery(Name = "to")] string? To,
    [FromQuery(Name = "sort")] string? Sort,
    [FromQuery(Name = "page")] string? Page,
    [FromQuery(Name = "limit")] string? Limit);

/// <summary>GET /api/search.</summary>
public sealed record SearchParameters(
    [FromQuery(Name = "q")] string? Q,
    [FromQuery(Name = "outlet")] string? Outlet,
    [FromQuery(Name = "entity")] string? Entity,
    [FromQuery(Name = "from")] string? From,
    [FromQuery(Name = "to")] string? To,
    [FromQuery(Name = "page")] string? Page,
    [FromQuery(Name = "limit")] string? Limit);
