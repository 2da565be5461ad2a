using Microsoft.AspNetCore.Http;

namespace Parallax.Web.Security;

/// <summary>
/// Headers on every response. The policy allows only this server's own stylesheet and script, no inline
/// script, no plugins, no framing: article text that slipped past encoding still could not run.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; " +
        "base-uri 'none'; frame-ancestors 'none'";

    public static void Apply(HttpResponse response)
    {
        var h = response.Headers;
        h.ContentSecurityPolicy = ContentSecurityPolicy;
        h.XContentTypeOptions = "nosniff";
        // same-origin: nothing leaks to the sites an article links to, and our own forms keep their Origin.
        h["Referrer-Policy"] = "same-origin";
        h.XFrameOptions = "DENY";
        h["Cross-Origin-Opener-Policy"] = "same-origin";
    }
}
