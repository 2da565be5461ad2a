using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Parallax.Extraction.Metadata;

/// <summary>
/// Where on the page an element sits, as a score: positive in the article's header (header, byline and
/// meta blocks, the article element), strongly negative in lists of other articles (related, popular,
/// sidebar, footer, comments). Dates and bylines from the article's own header beat those from teasers.
/// </summary>
internal static partial class PageRegions
{
    /// <summary>How many ancestors are looked at.</summary>
    private const int MaxAncestors = 12;

    public const int HeaderBonus = 2;
    public const int ArticleBonus = 1;
    public const int ElsewherePenalty = -10;

    /// <summary>Tags whose content is never the article's own metadata.</summary>
    private static readonly HashSet<string> ElsewhereTags = new(StringComparer.OrdinalIgnoreCase) { "aside", "footer", "nav" };

    public static int Score(IElement element)
    {
        int score = 0;
        bool header = false, article = false;
        var e = element.ParentElement;
        for (int i = 0; e is not null && i < MaxAncestors; i++, e = e.ParentElement)
        {
            var tag = e.LocalName;
            if (ElsewhereTags.Contains(tag))
                return ElsewherePenalty;
            var names = ClassAndId(e);
            if (names.Length > 0 && Elsewhere().IsMatch(names))
                return ElsewherePenalty;
            if (!header && (tag == "header" || names.Length > 0 && Header().IsMatch(names)))
                header = true;
            if (!article && (tag is "article" or "main" || names.Length > 0 && ArticleBody().IsMatch(names)))
                article = true;
        }
        if (header)
            score += HeaderBonus;
        if (article)
            score += ArticleBonus;
        return score;
    }

    public static string ClassAndId(IElement e)
    {
        var c = e.GetAttribute("class");
        var id = e.Id;
        if (string.IsNullOrEmpty(id))
            return c ?? "";
        return string.IsNullOrEmpty(c) ? id : c + " " + id;
    }

    /// <summary>Containers of other articles and page furniture.</summary>
    [GeneratedRegex("related|recommend|sidebar|side-bar|widget|teaser|comment|popular|trending|most-read|mostread|more-stories|more-news|read-more|readmore|newsletter|promo|footer|breadcrumb|carousel|slider|also-read|see-also|further|latest|headlines|ticker|menu", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Elsewhere();

    [GeneratedRegex("header|heading|byline|dateline|meta|post-info|entry-info|article-info|article__info|story-info|timestamp|author|published|posted|story-top|article-top", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Header();

    [GeneratedRegex("article|story|post|entry|content", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArticleBody();
}
