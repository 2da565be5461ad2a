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
        pagination|trending|popular|teaser|more-stories|morestories|also-read|
        toolbar|masthead|skip-link|visually-hidden|sr-only|screen-reader|author-bio|newsletter|paywall|
        (?<![a-z])(?:nav|navbar|navigation|menu|ad|ads|adv|tags?|header|credit|credits|complementary|banner|meta|rss|photo|image|img|gallery|slideshow|carousel)(?![a-z])
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    public static partial Regex BoilerplateWords();

    /// <summary>
    /// Class words that page builders (Elementor, WPBakery, Divi, block editors) put on every block, the
    /// article's paragraphs included, and that hand-made sites use for sidebar boxes and collapsed
    /// "read more" sections. They mark furniture only when the block does not read as prose
    /// (<see cref="ContentScores"/>); a strong furniture word on the same element still decides.
    /// </summary>
    [GeneratedRegex("widget|read-?more", RegexOptions.CultureInvariant)]
    public static partial Regex WeakFurnitureWords();

    /// <summary>
    /// A title or headline of an error page: "Page not found", "Error 404", "404 – …", "We couldn't find
    /// that page", "This page doesn't exist", "Access denied", and the same in a few languages. Only asked
    /// on pages with little prose, so an article headline about something not found does not make one.
    /// </summary>
    [GeneratedRegex(
        """
        \b(?:page|article|story|content|file|url)\s+(?:(?:was\s+)?not|(?:could\s+not|cannot|can'?t)\s+be)\s+found\b|
        ^\W*(?:error\s*)?404\b|\b404\s*(?:error|[-–—:|])|\berror\s+404\b|
        \b(?:couldn['’]?t|could\s+not|can['’]?t|cannot)\s+(?:find|locate)\s+(?:that|the|this)\s+(?:page|article|story)\b|
        \bpage\s+(?:does\s+not|doesn'?t|no\s+longer)\s+exists?\b|\bpage\s+(?:is\s+)?no\s+longer\s+available\b|
        ^\W*(?:access\s+denied|forbidden|not\s+found)\W*$|
        seite\s+nicht\s+gefunden|page\s+introuvable|p[áa]gina\s+no\s+encontrada|pagina\s+non\s+trovata|pagina\s+niet\s+gevonden
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ErrorPageWords();

    /// <summary>Class/id words of a comment thread: it never holds the article unless it wraps the headline too (a page-wide "comments-open" class).</summary>
    [GeneratedRegex("comment|disqus", RegexOptions.CultureInvariant)]
    public static partial Regex CommentWords();

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

    /// <summary>
    /// A streaming page's template-swap call naming the hidden segment it reveals: React's
    /// <c>$RC("B:0","S:0")</c> (complete a boundary) and <c>$RS("S:1","P:1")</c> (complete a segment).
    /// </summary>
    [GeneratedRegex("""\$R[CS]\(\s*["'](?<first>[A-Z]:[0-9a-z]+)["']\s*,\s*["'](?<second>[A-Z]:[0-9a-z]+)["']""", RegexOptions.CultureInvariant)]
    public static partial Regex StreamSwapCall();

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
