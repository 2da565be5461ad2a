using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Parallax.Web.Security;

/// <summary>
/// The access token, when one is configured: API clients send <c>Authorization: Bearer TOKEN</c>; a
/// browser signs in once on <c>/login</c> and keeps an HttpOnly, SameSite=Strict cookie. Without a
/// token (loopback only) everything is open.
/// </summary>
public sealed class AccessGate(string? token)
{
    public const string CookieName = "parallax_token";

    public bool Enabled => !string.IsNullOrEmpty(token);

    public bool Allows(HttpContext context)
    {
        if (!Enabled)
            return true;
        var path = context.Request.Path;
        if (path.StartsWithSegments("/login") || path.StartsWithSegments("/assets"))
            return true;
        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && Matches(header[7..].Trim()))
            return true;
        return context.Request.Cookies.TryGetValue(CookieName, out var cookie) && Matches(cookie);
    }

    /// <summary>Constant-time comparison, so response timing tells nothing about the token.</summary>
    public bool Matches(string? candidate) => candidate is not null && token is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), Encoding.UTF8.GetBytes(token));

    /// <summary>Whether every address is a loopback one (localhost, 127.0.0.0/8, ::1).</summary>
    public static bool LoopbackOnly(IEnumerable<string> urls, out string? outside)
    {
        foreach (var url in urls)
        {
            if (HostOf(url) is not { } host || !IsLoopback(host))
            {
                outside = url;
                return false;
            }
        }
        outside = null;
        return true;
    }

    /// <summary>The host of a listening address (<c>*</c> and <c>+</c> are any address, as 0.0.0.0), or null when it is no URL.</summary>
    public static string? HostOf(string url) =>
        Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal),
            UriKind.Absolute, out var uri) ? uri.Host : null;

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
