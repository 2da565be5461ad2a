using Microsoft.AspNetCore.Http;
using Parallax.Comparison.Report;
using Parallax.Comparison.Versions;
using Parallax.Model;
using Parallax.Rendering;
using Parallax.Store;
using Parallax.Web.Services;
using static Parallax.Web.Pages.Page;

namespace Parallax.Web.Pages;

/// <summary><c>/articles/{id}</c>: the clean text with its spans highlighted, its source, and its story.</summary>
internal static class ArticlePage
{
    /// <summary>Article ids are names from files and JSONL lines; anything longer or with control characters is not one.</summary>
    /// <summary>Whether the id could be stored (ArticleIdRule), with room for the suffix (-2, -3) the store adds to a repeated one.</summary>
    public static bool IsPlausibleId(string id) => id.Length <= ArticleIdRule.MaxLength + 12 && ArticleIdRule.Problem(id.Length > ArticleIdRule.MaxLength ? id[..ArticleIdRule.MaxLength] : id) is null;

    public static async Task<IResult> Get(string id, StoreAccess access)
    {
        if (!IsPlausibleId(id))
            return NotFound("That is not an article id.");
        await using var lease = await access.RentAsync();
        var store = lease.Store;
        var stored = await store.ArticleAsync(id);
        if (stored is null)
            return NotFound($"There is no article '{id}'.");
        var a = ReportArticles.FromAnalysis(stored.Analysis, stored.Line);
        var storyTitle = (await store.StoryAsync(stored.StoryId))?.Title;
        var versions = stored.Version > 1 ? await store.VersionsAsync(id) : [];
        var changes = new List<(StoredArticle Before, VersionChange Change)>();
        for (int i = 1; i < versions.Count; i++)
            changes.Add((versions[i - 1], VersionDiff.Between(versions[i - 1], versions[i])));
        return Html(a.Title ?? a.Id, b =>
        {
            b.Append("<p class=\"crumbs\"><a href=\"/\">Stories</a> › <a href=\"/stories/").Append(A(stored.Story)).Append("\">")
                .Append(E(storyTitle ?? stored.Story)).Append("</a> › ").Append(E(a.Id)).Append("</p>");
            b.Append("<dl class=\"fields\">");
            Field(b, "outlet", a.Outlet);
            Field(b, "published", a.Published);
            Field(b, "authors", a.Authors.Count > 0 ? string.Join(", ", a.Authors) : null);
            Field(b, "dateline", ReportIndex.Place(a));
            Field(b, "agency", a.Agency);
            b.Append("<dt>source</dt><dd>");
            if (SafeHref(a.Url) is { } href)
                b.Append("<a rel=\"noreferrer noopener\" href=\"").Append(A(href)).Append("\">").Append(E(a.Url)).Append("</a>");
            else
                b.Append(E(a.Url ?? a.Source));
            b.Append("</dd>");
            Field(b, "version", stored.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (stored.DuplicateOf is { } original)
                b.Append("<dt>near-duplicate of</dt><dd><a href=\"/articles/").Append(A(U(original))).Append("\">").Append(E(original)).Append("</a></dd>");
            b.Append("</dl>");
            if (changes.Count > 0)
            {
                // Newest change first: what each version changed from the one before it.
                b.Append("<h2>Changed after publication</h2><ol class=\"updates\" reversed>");
                foreach (var (before, change) in Enumerable.Reverse(changes))
                {
                    b.Append("<li>version ").Append(change.ToVersion).Append(" (from ").Append(change.FromVersion).Append("): ").Append(E(change.Summary()));
                    if (change.QuotesRemoved.Count > 0)
                        b.Append("<br>quotes removed: ").Append(E(string.Join(" · ", change.QuotesRemoved.Select(q => $"\u201c{q}\u201d"))));
                    if (change.QuotesAdded.Count > 0)
                        b.Append("<br>quotes added: ").Append(E(string.Join(" · ", change.QuotesAdded.Select(q => $"\u201c{q}\u201d"))));
                    b.Append("</li>");
                }
                b.Append("</ol>");
            }
            b.Append("<p class=\"legend\"><span class=\"s-quote\">quote</span> <span class=\"s-quantity\">quantity</span> ")
                .Append("<span class=\"s-date\">date</span> <span class=\"s-entity\">entity</span> <span class=\"s-citation\">citation</span></p>");
            using var w = new StringWriter(b, System.Globalization.CultureInfo.InvariantCulture);
            HtmlReportRenderer.WriteArticle(w, a);
            w.Flush();
            Facts(b, a);
        });
    }

    private static void Field(System.Text.StringBuilder b, string name, string? value)
    {
        if (value is not null)
            b.Append("<dt>").Append(name).Append("</dt><dd>").Append(E(value)).Append("</dd>");
    }

    /// <summary>The spans as lists, each linked to its place in the text.</summary>
    private static void Facts(System.Text.StringBuilder b, ReportArticle a)
    {
        if (a.Quotes is { Count: > 0 } quotes)
        {
            b.Append("<h2>Quotes</h2><ul class=\"facts\">");
            foreach (var q in quotes)
                b.Append("<li><span class=\"speaker\">").Append(E(q.Speaker ?? "unattributed")).Append("</span>: <a href=\"#").Append(A(q.Id)).Append("\">").Append(HtmlReportRenderer.Shown(q.Direct, E(q.Text))).Append("</a></li>");
            b.Append("</ul>");
        }
        if (a.Quantities is { Count: > 0 } quantities)
        {
            b.Append("<h2>Figures</h2><ul class=\"facts\">");
            foreach (var n in quantities)
                b.Append("<li><a href=\"#").Append(A(n.Id)).Append("\">").Append(E(n.Text)).Append("</a></li>");
            b.Append("</ul>");
        }
    }
}
