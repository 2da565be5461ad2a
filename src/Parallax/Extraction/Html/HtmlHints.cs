using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Parallax.Extraction.Html;

/// <summary>
/// The named tables main-text extraction reads: which tags never hold article text, which start a new
/// paragraph, and which class/id/role words mark boilerplate (menus, share bars, comments, teasers,
/// captions, ads) or the article body itself.
/// </summary>
internal static partial class HtmlHints
{
    /// <summary>Tags whose whole subtree is never article text (code, media, form controls, captions, asides).</summary>
    public static readonly FrozenSet<string> SkippedTags = FrozenSet.ToFrozenSet(
    [
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed", "video",
        "audio", "picture", "img", "button", "select", "option", "textarea", "input", "label", "nav", "aside",
        "figcaption", "head", "title", "meta", "link", "dialog", "menu", "map",
    ], StringComparer.Ordinal);

    /// <summary>Tags that are page furniture by their name (judged like a furniture class: a big enough one is kept).</summary>
    public static readonly FrozenSet<string> FurnitureTags = FrozenSet.ToFrozenSet(["footer", "header"], StringComparer.Ordinal);

    /// <summary>Tags that end the paragraph before them and start a new one.</summary>
    public static readonly FrozenSet<string> BlockTags = FrozenSet.ToFrozenSet(
    [
        "p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
        "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
        "figure", "form", "fieldset", "address", "hr", "br", "body", "center", "details", "summary",
    ], StringComparer.Ordinal);

    /// <summary>Class/id/role words of page furniture. Matched on the lower-cased "class id role" string.</summary>
    [GeneratedRegex(
        """
        comment|disqus|share|sharing|social|related|recommend|promo|newsletter|subscri|signup|sign-up|sidebar|
        footer|breadcrumb|cookie|consent|gdpr|advert|sponsor|outbrain|taboola|popup|modal|caption|byline|
        pagination|trending|popular|widget|teaser|more-stories|morestories|read-more|readmore|also-read|
        toolbar|masthead|skip-link|visually-hidden|sr-only|screen-reader|author-bio|newsletter|paywall|
        (?<![a-z])(?:nav|navbar|navigation|menu|ad|ads|adv|tags?|header|credit|credits|complementary|banner|meta|rss|photo|image|img|gallery|slideshow|carousel)(?![a-z])
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    public static partial Regex BoilerplateWords();

    /// <summary>
    /// Class tokens that describe a post rather than a part of the page (WordPress's "tag-review",
    /// "category-news" on the article element); they are ignored before the furniture words are matched.
    /// </summary>
    public static readonly string[] PostClassPrefixes = ["tag-", "category-", "post-", "format-", "type-", "status-", "postid-", "has-", "single-"];

    /// <summary>Class/id words of an article body container (these outrank a boilerplate word on the same element).</summary>
    [GeneratedRegex(
        """
        articlebody|article-body|article_body|article__body|articletext|article-text|article-content|
        article__content|articlecontent|story-body|storybody|story-content|story__body|storycontent|entry-content|
        post-content|post-body|postbody|post__content|body-text|bodytext|main-text|rich-text|richtext|
        text-content|content-body|article__text|story-text|news-text|js-article-body
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    public static partial Regex BodyWords();

    /// <summary>
    /// Class words of content that is never shown in the reading flow: hover cards and tooltips (often
    /// nested inline inside a paragraph's link) and screen-reader-only text. Such elements are skipped whole.
    /// </summary>
    [GeneratedRegex("rollover-(?:people-)?block|popover|tooltip|hovercard|sr-only|visually-hidden|screen-reader-text", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex UnshownWords();

    /// <summary>Class/id words of embedded social posts, which the article quotes: never furniture, whatever wraps them.</summary>
    [GeneratedRegex("tweet|instagram", RegexOptions.CultureInvariant)]
    public static partial Regex EmbeddedPostWords();

    /// <summary>
    /// A short line that is only a date stamp ("Updated 9:05 am EST, Friday, March 8, 2024"): a clock
    /// time, a numeric date or a month-day-year date. Only judged on short lines without closing punctuation.
    /// </summary>
    [GeneratedRegex(
        """
        \b\d{1,2}:\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}\b|
        \b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}\b
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex DateStamp();

    /// <summary>
    /// Furniture lines inside the body: calls to subscribe, follow or share, paywall prompts, and agency
    /// credit lines ("Reporting by …; Editing by …", "… contributed to this report").
    /// </summary>
    [GeneratedRegex(
        """
        ^\W*(?:to\s+read\s+the\s+full|like\s+this\s+(?:story|article)|follow\s+(?:us|him|her|them)\b|sign\s+up\b|subscribe\b|
        click\s+here\b|get\s+the\s+latest\b|share\s+this\b|have\s+a\s+tip\b|(?:additional\s+)?(?:reporting|writing|editing)\s+by\b)|
        contributed\s+to\s+this\s+(?:report|story|article)\W*$|
        ^\W*(?:advertisement|story\s+continues\s+below(?:\s+advertisement)?)\W*$
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex FurnitureLine();
}
