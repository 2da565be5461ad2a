using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Parallax.Rendering;
using Parallax.Web.Services;

namespace Parallax.Web.Pages;

/// <summary>
/// The page shell and the encoding rules every page follows: text from an article (or any request) goes
/// through <see cref="E"/> for content and <see cref="A"/> for attributes; only http(s) addresses become links.
/// </summary>
internal static class Page
{
    public static string E(string? s) => WebUtility.HtmlEncode(s ?? "");

    public static string A(string? s) => WebUtility.HtmlEncode(s ?? "");

    /// <summary>A query-string or path component.</summary>
    public static string U(string s) => Uri.EscapeDataString(s);

    /// <summary>An href for an address from an article: http(s) only, anything else (javascript:, data:) is not a link.</summary>
    public static string? SafeHref(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps) ? u.AbsoluteUri : null;

    public static IResult Html(string title, Action<StringBuilder> body, int status = 200, string? refresh = null) =>
        Results.Content(Render(title, body, refresh), "text/html; charset=utf-8", Encoding.UTF8, status);

    /// <summary>A cached page, already encoded.</summary>
    public static IResult Html(byte[] utf8) => Results.Bytes(utf8, "text/html; charset=utf-8");

    public static string Render(string title, Action<StringBuilder> body, string? refresh = null)
    {
        var sb = new StringBuilder(16 * 1024);
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        if (refresh is not null)
            sb.Append("<meta http-equiv=\"refresh\" content=\"").Append(A(refresh)).Append("\">");
        sb.Append("<title>").Append(E(title)).Append(" · Parallax</title><link rel=\"stylesheet\" href=\"/assets/parallax.css\"></head><body>");
        sb.Append("<header><a class=\"brand\" href=\"/\">Parallax</a><nav><a href=\"/\">Stories</a><a href=\"/outlets\">Outlets</a><a href=\"/add\">Add articles</a></nav>");
        sb.Append("<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\"><input type=\"search\" name=\"q\" placeholder=\"Search articles\" aria-label=\"Search articles\"><button>Search</button></form></header><main>");
        body(sb);
        sb.Append("</main></body></html>");
        return sb.ToString();
    }

    public static IResult NotFound(string what) => Html("Not found", b => b.Append("<h1>Not found</h1><p>").Append(E(what)).Append("</p>"), 404);

    public static IResult BadRequest(string why) => Html("Bad request", b => b.Append("<h1>Bad request</h1><p>").Append(E(why)).Append("</p>"), 400);

    public static string Plural(int n, string one, string? many = null) => StoreText.Plural(n, one, many);

    public static string Day(string? iso) => StoreText.Day(iso) ?? "undated";

    /// <summary>The outlet, day and entity fields of a filter form, filled from the request.</summary>
    public static void FilterInputs(StringBuilder b, Query q) =>
        b.Append("<label>Outlet <input name=\"outlet\" value=\"").Append(A(q.Filter.Outlet)).Append("\"></label>")
            .Append("<label>From <input type=\"date\" name=\"from\" value=\"").Append(A(q.Raw("from"))).Append("\"></label>")
            .Append("<label>To <input type=\"date\" name=\"to\" value=\"").Append(A(q.Raw("to"))).Append("\"></label>")
            .Append("<label>Entity <input name=\"entity\" value=\"").Append(A(q.Filter.Entity)).Append("\"></label>");
}
