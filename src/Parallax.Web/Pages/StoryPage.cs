using Microsoft.AspNetCore.Http;
using Parallax.Comparison.Versions;
using Parallax.Rendering;
using Parallax.Store;
using Parallax.Web.Services;
using static Parallax.Web.Pages.Page;

namespace Parallax.Web.Pages;

/// <summary>
/// <c>/stories/{id}</c>: the story's timeline, then the comparison report's story section (outlets side
/// by side, aligned quotes with word differences, figures, exclusives, framing); every fact links to the
/// words it came from on its article's page.
/// </summary>
internal static class StoryPage
{
    public static async Task<IResult> Get(string id, StoreAccess access, CancellationToken cancel)
    {
        if (!StoreIds.TryParseStory(id, out long storyId))
            return NotFound($"'{id}' is not a story id");
        await using var lease = await access.RentAsync(cancel);
        var store = lease.Store;
        var summary = await store.StoryAsync(storyId, cancel);
        if (summary is null)
            return NotFound($"There is no story {StoreIds.Story(storyId)}.");
        var html = await access.StoryPageAsync(store, summary,
            async report => System.Text.Encoding.UTF8.GetBytes(Render(summary, report, await UpdatesAsync(store, storyId, cancel))), cancel);
        return html is null ? NotFound($"There is no story {StoreIds.Story(storyId)}.") : Html(html);
    }

    /// <summary>The story's articles that changed after they were first stored, each with what changed in its latest version.</summary>
    private static async Task<List<(StoredArticle Article, VersionChange Change)>> UpdatesAsync(IStoryReader store, long storyId, CancellationToken cancel)
    {
        var updates = new List<(StoredArticle, VersionChange)>();
        foreach (var a in await store.StoryArticlesAsync(storyId, cancel))
        {
            if (a.Version < 2)
                continue;
            var versions = await store.VersionsAsync(a.Key, cancel);
            if (versions.Count >= 2)
                updates.Add((a, VersionDiff.Between(versions[^2], versions[^1])));
        }
        return updates;
    }

    private static string Render(StorySummary summary, Parallax.Comparison.Report.ComparisonReport report, List<(StoredArticle Article, VersionChange Change)> updates)
    {
        var story = report.Stories[0];
        var index = new ReportIndex(report);
        return Page.Render(summary.Title ?? summary.Key, b =>
        {
            b.Append("<p class=\"crumbs\"><a href=\"/\">Stories</a> › ").Append(E(summary.Key)).Append("</p>");
            b.Append("<p class=\"meta\">").Append(Plural(summary.Articles, "article")).Append(" from ").Append(Plural(summary.Outlets, "outlet"))
                .Append(" · <a href=\"/api/stories/").Append(A(summary.Key)).Append("\">JSON</a></p>");
            if (report.Articles.Count < summary.Articles)
                b.Append("<p class=\"meta\">Compared over its latest ").Append(report.Articles.Count).Append(" articles.</p>");
            b.Append("<h2>Timeline</h2><ol class=\"timeline\">");
            foreach (var a in report.Articles.OrderBy(a => a.Published is null).ThenBy(a => a.Published, StringComparer.Ordinal))
            {
                b.Append("<li><time>").Append(E(a.Published ?? "undated")).Append("</time> <b>").Append(E(ReportIndex.Label(a))).Append("</b> ")
                    .Append("<a href=\"/articles/").Append(A(U(a.Id))).Append("\">").Append(E(a.Title ?? a.Id)).Append("</a></li>");
            }
            b.Append("</ol>");
            if (updates.Count > 0)
            {
                // Outlets change articles after publication, sometimes silently: say what changed.
                b.Append("<h2>Changed after publication</h2><ul class=\"updates\">");
                foreach (var (a, change) in updates)
                {
                    b.Append("<li><a href=\"/articles/").Append(A(U(a.Key))).Append("\">").Append(E(a.Article.Title ?? a.Key)).Append("</a> ")
                        .Append("<span class=\"meta\">").Append(E(a.Article.Outlet ?? "")).Append(" · version ").Append(change.ToVersion).Append("</span>: ")
                        .Append(E(change.Summary())).Append("</li>");
                }
                b.Append("</ul>");
            }
            using var w = new StringWriter(b, System.Globalization.CultureInfo.InvariantCulture);
            // Facts link to their spans on the article pages, which keeps a large story's page small.
            HtmlReportRenderer.WriteStory(w, story, index, articleId => "/articles/" + U(articleId), (articleId, fact) => $"/articles/{U(articleId)}#{fact}");
        });
    }
}
