using System.Net;
using Microsoft.AspNetCore.Http;

namespace Parallax.Web.Security;

/// <summary>
/// The Host header check that stops DNS rebinding: a page on another site whose name is made to resolve to
/// 127.0.0.1 sends its own name as Host, so only the loopback names (localhost, 127.0.0.1, [::1]) on the port
/// the request came in on are accepted, plus the names the user allows (<c>--allowed-host</c>). Listening
/// beyond loopback with a token also allows the addresses listened on, and any name on a wildcard address
/// (0.0.0.0, [::], *): there the token guards the server, and a rebound page never holds it.
/// </summary>
public sealed class HostCheck
{
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase) { "localhost", "127.0.0.1", "[::1]", "::1" };
    private readonly bool _anyName;

    public HostCheck(IEnumerable<string> allowed, IEnumerable<string> urls, bool hasToken)
    {
        // A name given with a port (parallax.lan:5117) counts as the name: the port checked is the one the request came in on.
        var given = allowed.Select(h => h.Trim()).Where(h => h.Length > 0)
            .Select(h => IPAddress.TryParse(h, out _) ? h : new HostString(h).Host).ToList();
        foreach (var name in given)
            _names.Add(name);
        if (!hasToken)
            return;
        foreach (var url in urls)
        {
            var host = AccessGate.HostOf(url);
            if (host is null)
                continue;
            if (host is "0.0.0.0" or "[::]" or "::")
                _anyName = given.Count == 0;
            else
                _names.Add(host);
        }
    }

    /// <summary>Whether the request's Host names this server: an allowed name, on the port the connection came in on.</summary>
    public bool Allows(HttpContext context)
    {
        var host = context.Request.Host;
        if (!host.HasValue)
            return false;
        if (_anyName)
            return true;
        int port = host.Port ?? (context.Request.IsHttps ? 443 : 80);
        if (port != context.Connection.LocalPort)
            return false;
        var name = host.Host;
        // A bracketed IPv6 address is compared by value as well (Host: [0:0:0:0:0:0:0:1]).
        if (_names.Contains(name))
            return true;
        return IPAddress.TryParse(name.Trim('[', ']'), out var ip) && _names.Any(n => IPAddress.TryParse(n.Trim('[', ']'), out var a) && a.Equals(ip));
    }
}
