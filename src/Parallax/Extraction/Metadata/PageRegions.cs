using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Parallax.Extraction.Metadata;

/// <summary>
/// Where on the page an element sits, as a score: positive in the article's header (header, byline and
/// meta blocks, the article element), strongly negative in lists of other articles (related, popular,
/// sidebar, footer, comments). Dates and bylines from the article's own header beat those from teasers.
/// Computed for every element in one walk by <see cref="PageScan"/>.
/// </summary>
internal static partial class PageRegions
{
    /// <summary>An ancestor further up than this does not mark an element (page-wide wrappers say little).</summary>
    public const int MaxAncestors = 12;

    public const int HeaderBonus = 2;
    public const int ArticleBonus = 1;
    public const int ElsewherePenalty = -10;

    /// <summary>Tags whose content is never the article's own metadata.</summary>
    private static readonly HashSet<string> ElsewhereTags = new(StringComparer.OrdinalIgnoreCase) { "aside", "footer", "nav" };

    private static readonly HashSet<string> HeaderTags = new(StringComparer.OrdinalIgnoreCase) { "header" };

    private static readonly HashSet<string> ArticleTags = new(StringComparer.OrdinalIgnoreCase) { "article", "main" };

    /// <summary>What an element says about its descendants.</summary>
    [Flags]
    internal enum Marks
    {
        None = 0,
        Elsewhere = 1,
        Header = 2,
        Article = 4,
    }

    public static Marks MarksOf(IElement e, string classAndId)
    {
        var tag = e.LocalName;
        var marks = Marks.None;
        if (ElsewhereTags.Contains(tag) || classAndId.Length > 0 && Elsewhere().IsMatch(classAndId))
            marks |= Marks.Elsewhere;
        if (HeaderTags.Contains(tag) || classAndId.Length > 0 && Header().IsMatch(classAndId))
            marks |= Marks.Header;
        if (ArticleTags.Contains(tag) || classAndId.Length > 0 && ArticleBody().IsMatch(classAndId))
            marks |= Marks.Article;
        return marks;
    }

    /// <summary>The score of an element from the marks of its ancestors within <see cref="MaxAncestors"/>.</summary>
    public static int Score(bool elsewhere, bool header, bool article)
    {
        if (elsewhere)
            return ElsewherePenalty;
        return (header ? HeaderBonus : 0) + (article ? ArticleBonus : 0);
    }

    public static string ClassAndId(IElement e)
    {
        var c = e.GetAttribute("class");
        var id = e.Id;
        if (string.IsNullOrEmpty(id))
            return c ?? "";
        return string.IsNullOrEmpty(c) ? id : c + " " + id;
    }

    /// <summary>Page furniture that shows today's date or the time, never the article's.</summary>
    [GeneratedRegex("today|clock|weather|current-?date|currentdate|date-?today|now-date", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex SiteClock();

    /// <summary>Containers of other articles and page furniture.</summary>
    [GeneratedRegex("related|recommend|sidebar|side-bar|widget|teaser|comment|popular|trending|most-read|mostread|more-stories|more-news|read-more|readmore|newsletter|promo|footer|breadcrumb|carousel|slider|also-read|see-also|further|latest|headlines|ticker|menu", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Elsewhere();

    [GeneratedRegex("header|heading|byline|dateline|meta|post-info|entry-info|article-info|article__info|story-info|timestamp|author|published|posted|story-top|article-top", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Header();

    [GeneratedRegex("article|story|post|entry|content", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArticleBody();
}
