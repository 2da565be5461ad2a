namespace Parallax.Extraction.Boilerplate;

/// <summary>Why a line of scraped text is not part of the article's body.</summary>
internal enum BoilerplateKind
{
    /// <summary>Not boilerplate: possibly body text.</summary>
    None,

    /// <summary>"Read more", "Related articles", "You may also like": a header introducing teasers.</summary>
    TeaserHeader,

    /// <summary>A teaser header with its teaser on the same line: "Read also: Ministers meet in Oslo".</summary>
    InlineTeaser,

    /// <summary>A teaser title or snippet that a <see cref="TeaserHeader"/> introduced.</summary>
    Teaser,

    /// <summary>Share buttons and social-network name lists.</summary>
    Share,

    /// <summary>Subscribe / sign up / newsletter prompts.</summary>
    Subscribe,

    /// <summary>"Follow us on ..." prompts.</summary>
    Follow,

    /// <summary>"©", "Copyright 2016", "All rights reserved".</summary>
    Copyright,

    /// <summary>Cookie notices.</summary>
    Cookie,

    /// <summary>"Click here ..." prompts.</summary>
    ClickHere,

    /// <summary>"Advertisement", "Sponsored", "Story continues below".</summary>
    Advertisement,

    /// <summary>A line of only @handles, #hashtags and links.</summary>
    SocialHandles,

    /// <summary>"Photo: ...", "Image credit: ..." lines, photo captions ending in a credit ("... (Photo: Jane Roe/AFP)"), agency credits ("REUTERS/Jane Roe").</summary>
    MediaCredit,

    /// <summary>Tag and category lines: "Tags: ...", "Filed under: ...", "Posted in X | Tagged ...".</summary>
    TagLine,

    /// <summary>Comment forms and their legal lines: "Leave a Reply", "Your email address will not be published.", "comments powered by Disqus".</summary>
    CommentForm,

    /// <summary>Newsletter box lines: "Enter your email address", "Sign up", "You can unsubscribe at any time."</summary>
    Newsletter,

    /// <summary>App-store prompts: "Download our app", "Get it on Google Play".</summary>
    AppPrompt,

    /// <summary>Footer-only: postal addresses ("14 Harbour Road, Dunmore DN1 4AB", "P.O. Box 4410").</summary>
    Address,

    /// <summary>Footer-only: contact lines ("Tel: ...", "Email: ...", "Got a story? ...").</summary>
    Contact,

    /// <summary>Footer-only: site links ("About us", "Privacy Policy", "Terms of Use").</summary>
    SiteLinks,

    /// <summary>Footer-only: the short heading of a box whose lines are boilerplate ("The Morning Briefing" over a newsletter box).</summary>
    BoxTitle,

    /// <summary>Reading time, comment counts, "Listen to this article", "Image 2 of 5", "Back to top".</summary>
    PageChrome,

    /// <summary>A serialized widget: PHP var_dump (<c>string(779) "..."</c>, <c>array(3) {</c>) or a JSON array/object of items.</summary>
    WidgetDump,

    /// <summary>Stray HTML tags, &lt;script&gt; or &lt;style&gt; code, or script statements.</summary>
    Markup,
}
