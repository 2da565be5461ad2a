namespace Parallax.Model;

/// <summary>
/// Where a metadata field's value came from, so a user can tell a JSON-LD date from one guessed out of a URL.
/// Values are short stable strings because they are written into the JSONL output.
/// </summary>
public static class FieldOrigin
{
    public const string Given = "given";              // a JSONL field supplied with the article
    public const string JsonLd = "json-ld";           // schema.org NewsArticle and friends
    public const string OpenGraph = "opengraph";      // og:* and article:* properties
    public const string MetaTag = "meta";             // <meta name=...> (Dublin Core, parsely, sailthru, ...)
    public const string TimeElement = "time-element"; // <time datetime=...>
    public const string Url = "url";                  // a /2016/12/23/ path
    public const string VisibleByline = "byline";     // "By ..." text in the page
    public const string TitleElement = "title-element";
    public const string Heading = "heading";          // <h1>
    public const string TextHeader = "text-header";   // header lines of a plain-text scrape
    public const string Dateline = "dateline";        // "WASHINGTON (Reuters) -"
    public const string TextBody = "text-body";       // a heuristic over the body text
}
