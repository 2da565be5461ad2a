using Parallax.Acquisition.Urls;
using Parallax.Ingestion;
using Parallax.Model;

namespace Parallax.Acquisition.Following;

/// <summary>
/// The touches the follow monitor gives a fetched page and its article, shared by the monitor (fetching itself) and
/// the queue's workers (fetch jobs for <c>follow --enqueue</c>), so both store the same article.
/// </summary>
internal static class FollowedArticle
{
    /// <summary>Before extraction: the outlet is the source's name; the URL is the page's own canonical one, when it states one.</summary>
    public static RawDocument AsSources(RawDocument doc, string source) =>
        doc with { Given = (doc.Given ?? new GivenFields()) with { Outlet = source, Url = null } };

    /// <summary>
    /// After extraction: the article's URL normalised (its canonical link, else where the fetch ended, else the
    /// listing's key), and the listing's publication date when the page states none.
    /// </summary>
    public static Article Finish(Article article, string key, string finalUrl, DateTimeOffset? listedPublished)
    {
        var canonical = Canonical(article.Url) ?? Canonical(finalUrl) ?? key;
        article = article with { Url = canonical };
        if (article.Published is null && listedPublished is { } listed)
        {
            var origins = new Dictionary<string, string>(article.Origins, StringComparer.Ordinal) { [nameof(Article.Published)] = FieldOrigin.Feed };
            article = article with { Published = new PublicationDate(listed.UtcDateTime, true, TimeSpan.Zero), Origins = origins };
        }
        return article;
    }

    /// <summary><see cref="Finish(Article, string, string, DateTimeOffset?)"/> for a page a queue worker fetched.</summary>
    public static Article Finish(Article article, FollowedPage page) => Finish(article, page.Key, page.FinalUrl, page.Published);

    private static string? Canonical(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var u) && UrlNormalizer.Normalize(u) is { } n ? n.AbsoluteUri : null;
}
