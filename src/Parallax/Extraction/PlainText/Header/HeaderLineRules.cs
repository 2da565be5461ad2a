using System.Text.RegularExpressions;

namespace Parallax.Extraction.PlainText.Header;

/// <summary>One named family of header-zone lines and the whole-line rule that recognises it.</summary>
internal sealed record HeaderFamily(string Name, HeaderLineKind Kind, Func<string, bool> Matches);

/// <summary>
/// The page-chrome families a scrape carries above its text and that only count there (in the body
/// "Search", "OK" or "Text size" would be words of a sentence): skip links, navigation words, consent
/// banners and buttons, accessibility widgets, comment counters. Every rule is anchored and matches a
/// whole short line. Breadcrumbs and section menus are in <see cref="NavigationLines"/>.
/// </summary>
internal static partial class HeaderLineRules
{
    /// <summary>Chrome lines are short; a consent banner's sentence may run to this length.</summary>
    public const int MaxLength = 400;

    public static readonly IReadOnlyList<HeaderFamily> Families =
    [
        new("skip links", HeaderLineKind.SkipLink, l => SkipLinkRegex().IsMatch(l)),
        new("navigation words", HeaderLineKind.Navigation, l => NavigationRegex().IsMatch(l)),
        new("cookie and consent banners", HeaderLineKind.Consent, l => ConsentButtonRegex().IsMatch(l) || ConsentBannerRegex().IsMatch(l)),
        new("accessibility and font-size widgets", HeaderLineKind.Accessibility, l => AccessibilityRegex().IsMatch(l)),
        new("comment counters", HeaderLineKind.CommentCounter, l => CommentCounterRegex().IsMatch(l)),
        new("social-follow prompts", HeaderLineKind.SocialFollow, l => FollowRegex().IsMatch(l)),
    ];

    /// <summary>The chrome family of a line, or null.</summary>
    public static HeaderLineKind? Classify(string line)
    {
        if (line.Length > MaxLength)
            return null;
        foreach (var family in Families)
        {
            if (family.Matches(line))
                return family.Kind;
        }
        return null;
    }

    [GeneratedRegex(@"^(?:skip|jump|go)\s+to\s+(?:the\s+)?(?:main\s+|primary\s+)?(?:content|navigation|nav|menu|search|footer|article|story|main)\b[^.!?]{0,20}$|^accessibility\s+(?:links|help)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SkipLinkRegex();

    [GeneratedRegex(@"^(?:menu|main\s+menu|open\s+(?:menu|navigation)|close\s+menu|toggle\s+(?:navigation|menu)|navigation|search|search\s+for|sign\s+in|log\s*in|sign\s+out|log\s*out|register|my\s+account|account|profile|e-?paper|today['’]?s\s+paper|(?:select|change|choose)\s+(?:your\s+)?edition|edition\s*:?\s*\p{L}[\p{L} ]{0,20}|homepage|donate|support\s+us|become\s+a\s+(?:member|subscriber)|(?:sign|log)\s+in\s*/\s*(?:register|sign\s+up)|subscribe(?:\s+now)?|newsletters?|more|sections|all\s+sections|topics|trending\s+topics)\s*[:.]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NavigationRegex();

    [GeneratedRegex(@"^(?:we\s+value\s+your\s+privacy|your\s+privacy(?:\s+(?:choices|matters|settings|options))?|privacy\s+(?:settings|preferences|choices|options)|manage\s+(?:preferences|options|cookies|settings|consent|my\s+(?:choices|preferences))|(?:accept|reject|decline|allow|refuse|deny)(?:\s+all)?(?:\s+cookies)?|(?:accept|agree)\s+(?:and|&)\s+(?:close|continue)|i\s+(?:agree|accept|consent|understand)|agree|got\s+it|ok(?:ay)?|dismiss|continue|more\s+options|customi[sz]e(?:\s+settings)?|consent|learn\s+more|cookie\s+(?:policy|settings|preferences|notice))\s*[.!]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConsentButtonRegex();

    [GeneratedRegex(@"\b(?:we|partners|site|website|service)\s+(?:and\s+our\s+(?:\d+\s+)?partners\s+)?(?:use|uses|using)\s+cookies\b|^by\s+(?:continuing|using|browsing|clicking)\b.{0,160}\b(?:agree|consent|accept)|\bstore\s+and(?:/or)?\s+access\s+information\s+on\s+(?:a|your)\s+device\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConsentBannerRegex();

    [GeneratedRegex(@"^(?:(?:text|font)\s+size\s*:?(?:\s*[a-z][\-+−]?){0,5}|(?:increase|decrease|reset|larger|smaller|bigger)\s+(?:the\s+)?(?:text|font)(?:\s+size)?|a\s*[\-−]?\s+a\s+a\s*\+?|aa|(?:switch\s+to\s+)?(?:dark|light|reader|reading|night)\s+mode|high\s+contrast|read\s+aloud|listen(?:\s+to\s+(?:this\s+)?(?:article|story|page))?(?:\s+\d{1,2}:\d{2}|\s+\(?\d{1,2}\s+min(?:s|utes)?\)?)?|audio\s+version|zoom(?:\s+(?:in|out))?|print\s+friendly|accessibility)\s*[.!]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AccessibilityRegex();

    [GeneratedRegex(@"^(?:\d{1,6}\s+(?:comments?|responses?|replies|reactions)|comments?\s*[:(]?\s*\d{1,6}\)?|(?:view|show|read|see)\s+(?:all\s+)?(?:\d{1,6}\s+)?comments|💬\s*\d{1,6}|comments?|join\s+the\s+(?:conversation|discussion))\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentCounterRegex();

    // "Add us on Google News", "Follow us on Google News", "Get our alerts on Telegram" ("Join our ... channel" is a subscribe line already).
    [GeneratedRegex(@"^(?:add|follow|find|get)\s+(?:us|our\s+[\p{L} ]{1,30}?)\s+(?:on|to|via|as\s+a)\s+[^.!?]{2,50}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FollowRegex();
}
