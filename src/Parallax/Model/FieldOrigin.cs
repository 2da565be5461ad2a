namespace Parallax.Model;

/// <summary>
/// Where a metadata field's value came from, so a user can tell a JSON-LD date from one guessed out of a URL.
/// Values are short stable strings because they are written into the JSONL output.
/// </summary>
public static class FieldOrigin
{
    /// <summary>A field supplied with the article (a JSONL field).</summary>
    public const string Given = "given";
    /// <summary>The feed or sitemap entry that listed the page (its date, when the page gave none).</summary>
    public const string Feed = "feed";
    /// <summary>schema.org NewsArticle and related JSON-LD.</summary>
    public const string JsonLd = "json-ld";
    /// <summary>OpenGraph <c>og:*</c> and <c>article:*</c> properties.</summary>
    public const string OpenGraph = "opengraph";
    /// <summary>A named meta tag (Dublin Core, parsely, sailthru and the like).</summary>
    public const string MetaTag = "meta";
    /// <summary>A <c>&lt;time datetime&gt;</c> element.</summary>
    public const string TimeElement = "time-element";
    /// <summary>A date path in the URL (<c>/2016/12/23/</c>).</summary>
    public const string Url = "url";
    /// <summary>A visible "By ..." line in the page.</summary>
    public const string VisibleByline = "byline";
    /// <summary>The page's <c>&lt;title&gt;</c>.</summary>
    public const string TitleElement = "title-element";
    /// <summary>The page's <c>&lt;h1&gt;</c>.</summary>
    public const string Heading = "heading";
    /// <summary>The header lines of a plain-text scrape.</summary>
    public const string TextHeader = "text-header";
    /// <summary>A wire dateline ("WASHINGTON (Reuters) -").</summary>
    public const string Dateline = "dateline";
    /// <summary>A heuristic over the body text.</summary>
    public const string TextBody = "text-body";
}
