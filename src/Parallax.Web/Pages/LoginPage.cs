using Microsoft.AspNetCore.Http;
using Parallax.Web.Api;
using Parallax.Web.Security;
using static Parallax.Web.Pages.Page;

namespace Parallax.Web.Pages;

/// <summary><c>/login</c>: where a browser gives the access token once and gets a cookie for it.</summary>
internal static class LoginPage
{
    private const int MaxFormBytes = 4096;

    public static IResult Get(bool failed = false) => Html("Sign in", b =>
    {
        b.Append("<h1>Sign in</h1>");
        if (failed)
            b.Append("<p class=\"errors\">That token is not the one this server was started with.</p>");
        b.Append("<form method=\"post\" action=\"/login\"><label>Access token <input type=\"password\" name=\"token\" autocomplete=\"current-password\" required></label>")
            .Append("<button>Sign in</button></form>");
    }, failed ? 401 : 200);

    public static async Task<IResult> Post(HttpContext context, AccessGate gate)
    {
        if (!context.Request.HasFormContentType)
            return Get(failed: true);
        string token;
        try
        {
            // A sign-in form is a few bytes: read as a stream within a small limit, never spilled to disk.
            var form = await Uploads.ReadFormAsync(context.Request, MaxFormBytes);
            token = form.Fields.TryGetValue("token", out var t) ? t : "";
        }
        catch (Exception e) when (e is Uploads.MalformedException or Uploads.TooLargeException or BadHttpRequestException)
        {
            return BadRequest("The sign-in form could not be read.");
        }
        if (!gate.Matches(token))
            return Get(failed: true);
        context.Response.Cookies.Append(AccessGate.CookieName, token, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/",
        });
        return Results.Redirect("/");
    }
}
