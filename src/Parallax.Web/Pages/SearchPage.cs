using Microsoft.AspNetCore.Http;
using Parallax.Store;
using Parallax.Web.Services;
using static Parallax.Web.Pages.Page;

namespace Parallax.Web.Pages;

/// <summary><c>/search?q=</c>: matching articles, best first, with the matched words marked in a snippet.</summary>
internal static class SearchPage
{
    public const int PageSize = 20;

    public static async Task<IResult> Get(HttpRequest request, StoreAccess access)
    {
        var q = Query.Read(request);
        if (q.Error is not null)
            return BadRequest(q.Error);
        var text = q.Words ?? "";
        await using var lease = await access.RentAsync();
        var store = lease.Store;
        var hits = text.Length == 0 ? [] : await store.SearchAsync(text, q.Filter, PageSize + 1, q.Page * PageSize);
        return Html(text.Length == 0 ? "Search" : $"Search: {text}", b =>
        {
            b.Append("<h1>Search</h1><form class=\"filters\" method=\"get\" action=\"/search\">")
                .Append("<input type=\"search\" name=\"q\" value=\"").Append(A(text)).Append("\" aria-label=\"Search words\">");
            FilterInputs(b, q);
            b.Append("<button>Search</button></form>");
            if (text.Length == 0)
                return;
            if (hits.Count == 0)
            {
                b.Append("<p class=\"empty\">No article matches.</p>");
                return;
            }
            b.Append("<ol class=\"hits\">");
            foreach (var h in hits.Take(PageSize))
            {
                // Encode the snippet first, then turn the store's match marks into <mark>: article text never becomes markup.
                var snippet = E(h.Snippet).Replace(SearchHit.MatchStart.ToString(), "<mark>", StringComparison.Ordinal)
                    .Replace(SearchHit.MatchEnd.ToString(), "</mark>", StringComparison.Ordinal);
                b.Append("<li><a href=\"/articles/").Append(A(U(h.ArticleId))).Append("\">").Append(E(h.Title ?? h.ArticleId)).Append("</a> ")
                    .Append("<span class=\"meta\">").Append(E(h.Outlet ?? "")).Append(" · ").Append(E(Day(h.Published))).Append(" · <a href=\"/stories/")
                    .Append(A(h.Story)).Append("\">story ").Append(E(h.Story)).Append("</a></span><p>").Append(snippet).Append("</p></li>");
            }
            b.Append("</ol>");
            StoriesPage.Pager(b, q, hits.Count > PageSize);
        });
    }
}
