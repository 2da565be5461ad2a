using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Parallax.Extraction.Boilerplate;

/// <summary>
/// One-line boilerplate families: share buttons, subscribe and follow prompts, copyright and cookie
/// notices, "Click here", advertisement markers, social handles, photo credits. Each rule matches a
/// whole line (or a short line's start) so that prose mentioning the same words ("copyright law",
/// "follow the money") is left alone.
/// </summary>
internal static partial class JunkLineRules
{
    /// <summary>Longer lines are prose, whatever words they start with.</summary>
    public const int MaxJunkLineLength = 300;

    /// <summary>Share lines ("Facebook Twitter WhatsApp Email") are short lists.</summary>
    public const int MaxShareTokens = 14;

    /// <summary>Words a share-button row is made of; at least one must be a network or a share verb.</summary>
    private static readonly FrozenSet<string> ShareNetworks = FrozenSet.ToFrozenSet(
    [
        "share", "shares", "tweet", "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "pinterest", "reddit",
        "email", "e-mail", "mail", "print", "messenger", "vk", "viber", "tumblr", "flipboard", "sms", "instagram",
        "youtube", "tiktok", "threads", "bluesky", "mastodon", "google+", "pocket", "copy", "link", "comment", "comments",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Filler words allowed in a share row ("Share this article on Facebook").</summary>
    private static readonly FrozenSet<string> ShareFiller = FrozenSet.ToFrozenSet(
        ["this", "the", "on", "via", "article", "story", "post", "page", "it", "now", "with", "friends", "by", "to", "and", "or", "us"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly char[] ShareSeparators = [' ', '\t', '|', ',', '•', '·', '/', ':', '\u00A0'];

    [GeneratedRegex(@"^(?:subscribe|sign\s*up|register|join|get)\b.{0,160}?\b(?:newsletters?|inbox|updates|alerts|channel|briefing|digest|podcast|subscription)\b|^(?:subscribe|newsletters?)(?:\s+(?:now|today|here))?\s*[.!:]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubscribeRegex();

    [GeneratedRegex(@"^(?:(?i:follow)\s+(?:(?i:us)|@\w+|\p{Lu}[\p{L}.']*(?:\s+\p{Lu}[\p{L}.']*){0,3}\s+(?i:on))|(?i:(?:like|find|join)\s+us\s+on|connect\s+with\s+us))\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex FollowRegex();

    [GeneratedRegex(@"^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}|by\b)|\d{4}\s*©)|all\s+rights\s+reserved|may\s+not\s+be\s+(?:published|reproduced|republished|redistributed)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CopyrightRegex();

    [GeneratedRegex(@"\b(?:we|this\s+(?:web)?site|our\s+(?:web)?site)\s+uses?\s+cookies\b|^accept(?:\s+all)?\s+cookies|^cookie\s+(?:policy|settings|preferences|consent)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CookieRegex();

    [GeneratedRegex(@"^[(\[]?\s*(?:click|tap)\s+(?:here|the\s+link|on\s+the\s+link|below)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClickHereRegex();

    [GeneratedRegex(@"^[\[(\-–—\s]*(?:advertisements?|advert|ads?|sponsored(?:\s+(?:content|links?|stories|by\s+.{1,40}))?|promoted(?:\s+(?:content|stories|links))?|paid\s+(?:content|post|partner(?:\s+content)?)|(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?(?:ad|advertisement|video))?|continue\s+reading(?:\s+(?:below|the\s+main\s+story|main\s+story))?|scroll\s+(?:down\s+)?to\s+continue(?:\s+(?:reading|with\s+content))?)\s*[\])\-–—:.]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AdvertisementRegex();

    [GeneratedRegex(@"^(?:(?:@\w{1,30}|#\w{1,60}|https?://\S{1,300}|www\.\S{1,200})[\s,;|•·]*){1,20}$",
        RegexOptions.CultureInvariant)]
    private static partial Regex SocialHandlesRegex();

    [GeneratedRegex(@"^[(\[]?\s*(?:(?:(?:file|main|top)\s+)?(?:photo|image|picture|photograph|video|graphic)s?(?:\s+credit)?|credits?|caption)\s*[:/]\s*[^.!?]{0,80}[)\]]?$|^[(\[]?\s*(?:photo|photograph|image|picture)s?\s+(?:by|courtesy\s+of)\s+[^.!?]{1,80}$|^image\s+(?:caption|copyright|source)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MediaCreditRegex();

    [GeneratedRegex(@"^(?:\d{1,3}\s*(?:-\s*)?min(?:ute)?s?\s+read|listen\s+to\s+(?:this\s+)?(?:article|story)(?:\s+\d{1,2}:\d{2})?|loading(?:\.{3}|…)?|(?:image|photo|slide)\s+\d{1,3}\s+of\s+\d{1,3}|comments?\s*\(\d{1,6}\)|\d{1,6}\s+comments?|leave\s+a\s+(?:comment|reply)|print(?:\s+this\s+(?:article|page|story))?|back\s+to\s+top|skip\s+to\s+(?:main\s+)?content)\s*[.!]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageChromeRegex();

    /// <summary>The family of a one-line junk line, or <see cref="BoilerplateKind.None"/>.</summary>
    public static BoilerplateKind Classify(string line)
    {
        if (line.Length > MaxJunkLineLength)
            return BoilerplateKind.None;
        if (IsShareRow(line))
            return BoilerplateKind.Share;
        if (SocialHandlesRegex().IsMatch(line))
            return BoilerplateKind.SocialHandles;
        if (CopyrightRegex().IsMatch(line))
            return BoilerplateKind.Copyright;
        if (CookieRegex().IsMatch(line))
            return BoilerplateKind.Cookie;
        if (SubscribeRegex().IsMatch(line))
            return BoilerplateKind.Subscribe;
        if (FollowRegex().IsMatch(line))
            return BoilerplateKind.Follow;
        if (ClickHereRegex().IsMatch(line))
            return BoilerplateKind.ClickHere;
        if (AdvertisementRegex().IsMatch(line))
            return BoilerplateKind.Advertisement;
        if (MediaCreditRegex().IsMatch(line))
            return BoilerplateKind.MediaCredit;
        if (PageChromeRegex().IsMatch(line))
            return BoilerplateKind.PageChrome;
        return BoilerplateKind.None;
    }

    private static bool IsShareRow(string line)
    {
        var tokens = line.Split(ShareSeparators, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0 || tokens.Length > MaxShareTokens)
            return false;
        bool network = false;
        foreach (var token in tokens)
        {
            if (ShareNetworks.Contains(token))
                network = true;
            else if (!ShareFiller.Contains(token))
                return false;
        }
        return network;
    }
}
