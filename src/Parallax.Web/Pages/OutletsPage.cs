using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Parallax.Acquisition.Sources;
using Parallax.Store;
using Parallax.Web.Services;
using static Parallax.Web.Pages.Page;

namespace Parallax.Web.Pages;

/// <summary>
/// <c>/outlets</c>: how well each followed outlet is being read (from <c>parallax follow</c>'s state in the store):
/// last success, articles a day, shares failed, blocked, undated and without text, and the last error. The
/// outlets in trouble come first: users need to know which outlets they are missing.
/// </summary>
internal static class OutletsPage
{
    public static async Task<IResult> Get(StoreAccess access)
    {
        var rows = await HealthAsync(access);
        return Html("Outlets", b =>
        {
            b.Append("<h1>Outlets</h1>");
            if (rows is null)
            {
                b.Append("<p class=\"empty\">This store keeps no follow state.</p>");
                return;
            }
            if (rows.Count == 0)
            {
                b.Append("<p class=\"empty\">No outlet followed yet: add sources with <code>parallax sources add</code> and run <code>parallax follow</code> on this store.</p>");
                return;
            }
            b.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">The last {SourceHealth.Window.TotalDays:0} days of <code>parallax follow</code> on this store, outlets in trouble first.</p>");
            b.Append("<table class=\"outlets\"><thead><tr><th>outlet</th><th>state</th><th>last success</th><th>articles a day</th><th>pages</th>")
                .Append("<th>failed</th><th>blocked</th><th>no date</th><th>no text</th><th>last error</th></tr></thead><tbody>");
            foreach (var h in rows)
            {
                b.Append("<tr><td><a href=\"/?outlet=").Append(A(U(h.Name))).Append("\">").Append(E(h.Name)).Append("</a></td>")
                    .Append("<td>").Append(E(State(h))).Append("</td>")
                    .Append("<td>").Append(E(h.LastSuccess is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "never")).Append("</td>")
                    .Append(CultureInfo.InvariantCulture, $"<td>{h.ArticlesPerDay:0.#}</td><td>{h.Pages}</td>")
                    .Append(CultureInfo.InvariantCulture, $"<td>{h.Failed:0%}</td><td>{h.Blocked:0%}</td><td>{h.NoDate:0%}</td><td>{h.NoText:0%}</td>")
                    .Append("<td>").Append(E(h.LastError ?? "")).Append("</td></tr>");
            }
            b.Append("</tbody></table>");
        });
    }

    /// <summary>Every followed outlet's health, worst first; null when the store keeps no follow state.</summary>
    public static async Task<List<SourceHealth>?> HealthAsync(StoreAccess access)
    {
        await using var lease = await access.RentAsync();
        if (lease.Store is not ICrawlState state)
            return null;
        var now = DateTimeOffset.UtcNow;
        var rows = SourceHealth.FromState(await state.FeedStatesAsync(), await state.UrlStatesSinceAsync(now - SourceHealth.Window), now);
        return [.. rows.OrderBy(Rank).ThenByDescending(h => h.Failed).ThenBy(h => h.Name, StringComparer.Ordinal)];
    }

    /// <summary>A word for the outlet's state: never read, mostly failing (blocks aside), partly blocked, poorly extracted, or ok.</summary>
    public static string State(SourceHealth h) =>
        h.LastSuccess is null ? "never read"
        : h.Failed - h.Blocked >= 0.5 ? "mostly failing"
        : h.Blocked > 0 ? "partly blocked"
        : h.NoText >= 0.5 || h.NoDate >= 0.5 ? "poorly extracted"
        : "ok";

    private static int Rank(SourceHealth h) => State(h) switch
    {
        "never read" => 0,
        "mostly failing" => 1,
        "partly blocked" => 2,
        "poorly extracted" => 3,
        _ => 4,
    };
}
