using System.Text;
using Microsoft.AspNetCore.Http;
using Parallax.Store;
using Parallax.Web.Services;
using static Parallax.Web.Pages.Page;

namespace Parallax.Web.Pages;

/// <summary><c>/</c>: the stories, newest or busiest first, with filters by outlet, day and entity.</summary>
internal static class StoriesPage
{
    public const int PageSize = 50;

    public static async Task<IResult> Get(HttpRequest request, StoreAccess access)
    {
        var q = Query.Read(request);
        if (q.Error is not null)
            return BadRequest(q.Error);
        await using var lease = await access.RentAsync();
        var store = lease.Store;
        var stories = await store.StoriesAsync(q.Filter, q.Order, PageSize + 1, q.Page * PageSize);
        return Html("Stories", b =>
        {
            b.Append("<h1>Stories</h1>");
            Filters(b, q);
            if (stories.Count == 0)
            {
                b.Append("<p class=\"empty\">No stories match. <a href=\"/add\">Add articles</a>.</p>");
                return;
            }
            b.Append("<table class=\"stories\"><thead><tr><th>story</th><th>articles</th><th>outlets</th><th>published</th></tr></thead><tbody>");
            foreach (var s in stories.Take(PageSize))
            {
                var span = Day(s.FirstPublished) == Day(s.LastPublished) ? Day(s.FirstPublished) : $"{Day(s.FirstPublished)} – {Day(s.LastPublished)}";
                b.Append("<tr><td><a href=\"/stories/").Append(A(s.Key)).Append("\">").Append(E(s.Title ?? "(untitled)")).Append("</a></td>")
                    .Append("<td>").Append(s.Articles).Append("</td><td>").Append(s.Outlets).Append("</td><td>").Append(E(span)).Append("</td></tr>");
            }
            b.Append("</tbody></table>");
            Pager(b, q, stories.Count > PageSize);
        });
    }

    private static void Filters(StringBuilder b, Query q)
    {
        b.Append("<form class=\"filters\" method=\"get\" action=\"/\">")
            .Append("<label>Sort <select name=\"sort\"><option value=\"newest\"").Append(q.Order == StoryOrder.Newest ? " selected" : "").Append(">newest</option>")
            .Append("<option value=\"busiest\"").Append(q.Order == StoryOrder.Busiest ? " selected" : "").Append(">busiest</option></select></label>");
        FilterInputs(b, q);
        b.Append("<button>Filter</button></form>");
    }

    internal static void Pager(StringBuilder b, Query q, bool more)
    {
        b.Append("<p class=\"pager\">");
        if (q.Page > 0)
            b.Append("<a href=\"?").Append(A(q.With("page", (q.Page - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)))).Append("\">← newer</a> ");
        if (more)
            b.Append("<a href=\"?").Append(A(q.With("page", (q.Page + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)))).Append("\">more →</a>");
        b.Append("</p>");
    }
}
