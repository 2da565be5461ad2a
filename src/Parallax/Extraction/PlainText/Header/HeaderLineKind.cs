namespace Parallax.Extraction.PlainText.Header;

/// <summary>What a line of a plain-text scrape's header zone (everything before the first body paragraph) is.</summary>
internal enum HeaderLineKind
{
    /// <summary>An empty line.</summary>
    Blank,

    /// <summary>"Skip to main content", "Jump to navigation".</summary>
    SkipLink,

    /// <summary>Site navigation words and selectors: "Menu", "Search", "Sign in", "Edition: International".</summary>
    Navigation,

    /// <summary>A known outlet's name alone on its line ("Al Jazeera"): names the outlet.</summary>
    Masthead,

    /// <summary>"Home / Politics / Elections", "News › World": the last crumb is the section.</summary>
    Breadcrumb,

    /// <summary>"Sport | Business | Culture": a row of section names.</summary>
    SectionMenu,

    /// <summary>Cookie and consent banners and their buttons: "We value your privacy", "Accept all", "Manage preferences".</summary>
    Consent,

    /// <summary>Accessibility and font-size widgets: "Text size", "A- A A+", "High contrast", "Listen to this article".</summary>
    Accessibility,

    /// <summary>Comment counters: "37 comments", "Comments: 12".</summary>
    CommentCounter,

    /// <summary>Social-follow and subscribe prompts: "Join our WhatsApp channel ...", "Follow us on Google News".</summary>
    SocialFollow,

    /// <summary>Print / email / share rows.</summary>
    ShareRow,

    /// <summary>A content label alone ("VIDEO", "Opinion"): gives the kind.</summary>
    Label,

    /// <summary>A timestamp line, with its label, zone or byline ("Updated: 5 May 2023 · 14:20 CET", "Posted on 2021-03-04 by Jane Roe").</summary>
    Timestamp,

    /// <summary>A byline, with a role ("By Jane Roe, Science Editor", "Jane Roe | Political Reporter").</summary>
    Byline,

    /// <summary>A person's name alone, a byline when a job title follows on the next line.</summary>
    NameOnly,

    /// <summary>A job title alone ("Columnist") under a <see cref="NameOnly"/> line.</summary>
    Role,

    /// <summary>A photo caption ending in a credit, or a credit line.</summary>
    Caption,

    /// <summary>Other boilerplate (<see cref="Boilerplate.BoilerplateLineClassifier"/>): advertisement markers, teaser headers, markup.</summary>
    Boilerplate,

    /// <summary>A line that may be the title (or, after it, a standfirst).</summary>
    Candidate,

    /// <summary>A body paragraph: the header zone ends here.</summary>
    Body,
}
