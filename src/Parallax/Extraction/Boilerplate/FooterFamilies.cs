using System.Text.RegularExpressions;
using Parallax.Extraction.PlainText;

namespace Parallax.Extraction.Boilerplate;

/// <summary>One named family of boilerplate lines: its kind and the whole-line rule that recognises it.</summary>
internal sealed record LineFamily(string Name, BoilerplateKind Kind, Func<string, bool> Matches);

/// <summary>
/// The families of lines that follow an article's text: tag and category lines, comment forms and their
/// legal lines, photo captions and credits, sponsor labels, newsletter boxes, app-store prompts
/// (<see cref="Anywhere"/>: distinctive enough to go wherever they stand), and postal addresses, contact
/// lines and site links (<see cref="FooterOnly"/>: only after the last body paragraph, where
/// <see cref="FooterZone"/> applies them). Every rule is anchored and matches a whole short line, so prose
/// that starts with the same words ("Leave it to the courts," ...; "Topics discussed included ...") stays.
/// </summary>
internal static partial class FooterFamilies
{
    /// <summary>Footer lines are short; longer ones are prose.</summary>
    public const int MaxLength = 220;

    /// <summary>Families recognised anywhere in the text.</summary>
    public static readonly IReadOnlyList<LineFamily> Anywhere =
    [
        new("tag and category lines", BoilerplateKind.TagLine, l => TagLineRegex().IsMatch(l)),
        new("comment forms and their legal lines", BoilerplateKind.CommentForm, l => CommentFormRegex().IsMatch(l)),
        new("photo captions and credits", BoilerplateKind.MediaCredit, IsCaptionOrCredit),
        new("sponsor labels", BoilerplateKind.Advertisement, l => SponsorRegex().IsMatch(l)),
        new("newsletter boxes", BoilerplateKind.Newsletter, l => NewsletterRegex().IsMatch(l)),
        new("app-store prompts", BoilerplateKind.AppPrompt, l => !l.Contains(',') && AppPromptRegex().IsMatch(l)),
    ];

    /// <summary>Families recognised only after the last body paragraph.</summary>
    public static readonly IReadOnlyList<LineFamily> FooterOnly =
    [
        new("postal addresses", BoilerplateKind.Address, l => AddressRegex().IsMatch(l) && !TeaserBlocks.EndsSentence(l)),
        new("contact lines", BoilerplateKind.Contact, l => ContactRegex().IsMatch(l)),
        new("site links", BoilerplateKind.SiteLinks, l => SiteLinksRegex().IsMatch(l)),
        new("tag headings", BoilerplateKind.TagLine, l => TagHeadingRegex().IsMatch(l)),
    ];

    /// <summary>Whether the line opens a comment thread ("Comments", "5 Comments", "Reader Interactions").</summary>
    public static bool IsCommentHeading(string line) => line.Length <= 40 && CommentHeadingRegex().IsMatch(line);

    /// <summary>Whether the line is a comment thread's furniture ("Reply", "Marta says", "Leave a Reply").</summary>
    public static bool IsThreadLine(string line) =>
        line.Length <= MaxLength && (ThreadLineRegex().IsMatch(line) || CommentFormRegex().IsMatch(line));

    /// <summary>The family of a line among <paramref name="families"/>, or <see cref="BoilerplateKind.None"/>.</summary>
    public static BoilerplateKind Classify(string line, IReadOnlyList<LineFamily> families)
    {
        if (line.Length > MaxLength)
            return BoilerplateKind.None;
        foreach (var family in families)
        {
            if (family.Matches(line))
                return family.Kind;
        }
        return BoilerplateKind.None;
    }

    // "Tags: a, b", "Filed under: Economy", "Categories: News | Buses", "Posted in Transport | Tagged fares".
    [GeneratedRegex(@"^(?:tags?|tagged(?:\s+(?:with|as|in))?|topics?|filed\s+(?:under|in)|categor(?:y|ies)|keywords?|labels?|subjects?|related\s+(?:topics|tags)|more\s+about)\s*[:|]\s*\S[^.!?]{0,160}$|^posted\s+in\s+\p{Lu}[^.!?]{0,120}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TagLineRegex();

    // "Topics", "Tags:" alone over a list of tags, one a line.
    [GeneratedRegex(@"^(?:tags?|topics?|categor(?:y|ies)|keywords?|filed\s+under|tagged(?:\s+with)?|subjects?)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TagHeadingRegex();

    [GeneratedRegex(@"^(?:\d{1,6}\s+)?(?:comments?|responses?|replies|reader\s+(?:interactions|comments))\s*(?:\(\d{1,6}\))?:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentHeadingRegex();

    // "Reply", "Report", "Marta says:", "12 likes", "Jane Roe replied" (not "said": a line of prose may end so).
    [GeneratedRegex(@"^(?:reply|report(?:\s+comment)?|like|\d{1,5}\s+likes?|\S.{0,40}\s+(?:says|wrote|replied|commented):?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThreadLineRegex();

    // The wordings of the common blog and comment platforms' forms, whole lines only.
    [GeneratedRegex(@"^(?:leave\s+a\s+(?:reply|comment)(?:\s+cancel\s+reply)?|cancel\s+reply|your\s+e-?mail\s+(?:address\s+)?will\s+not\s+be\s+(?:published|displayed|shared)\.?(?:\s+required\s+fields\s+are\s+marked\s*\*?)?|required\s+fields\s+are\s+marked\s*\*?|(?:comment|name|e-?mail|website|url)\s*\*|" +
        @"save\s+my\s+name,?\s+e-?mail,?\s+and\s+website\s+in\s+this\s+browser\b.{0,60}|(?:post|submit|add|write)\s+(?:a\s+|your\s+)?comment|notify\s+me\s+of\s+(?:follow-?up\s+comments|new\s+(?:posts|comments))\b.{0,30}|" +
        @"this\s+site\s+uses\s+akismet\s+to\s+reduce\s+spam\b.{0,80}|you\s+must\s+be\s+(?:logged|signed)\s+in\s+to\s+(?:post\s+a\s+comment|comment|reply)|comments\s+are\s+(?:closed|disabled)|" +
        @"(?:log|sign)\s+in\s+to\s+(?:comment|reply|join\s+the\s+(?:conversation|discussion))|join\s+the\s+(?:conversation|discussion|debate)|be\s+the\s+first\s+to\s+comment|comments?\s+powered\s+by\s+\w+|" +
        @"please\s+enable\s+javascript\s+to\s+view\s+the\s+comments\b.{0,60}|sort\s+by\s+(?:best|newest|oldest|top|most\s+popular|most\s+liked)|(?:show|view|load|see|read)\s+(?:all\s+)?(?:\d{1,5}\s+)?(?:more\s+)?comments|" +
        @"comments?|discussion|reader\s+(?:interactions|comments)|\d{1,6}\s+(?:comments?|responses?|replies|reactions)|comment\s+(?:policy|guidelines)|community\s+guidelines)\s*[.!:]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentFormRegex();

    // "... (Photo: Jane Roe/AFP)", "(AP Photo/Tom Ash)", "... Photograph: Jane Roe/Getty Images".
    [GeneratedRegex(@"\(\s*(?:(?:\p{Lu}[\p{L}\-]{0,15}\s+)?(?:photo|photograph|picture|image|pic|foto|credit)s?\s*(?:by\b|:|/)|©)[^()]{1,80}\)\s*$|[.!?]\s+(?:photograph|photo|picture|image|credit)s?\s*:\s*[^.!?]{1,80}$|^\(\s*(?:\p{Lu}[\p{L}\-]{0,15}\s+)?photo\s*/[^()]{1,60}\)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionCreditRegex();

    // "REUTERS/Tom Ash", "EPA-EFE/Jane Roe": an agency in capitals, a slash, a name.
    [GeneratedRegex(@"^\p{Lu}{2,10}(?:[\-\s]\p{Lu}{2,10})?\s*/\s*\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex AgencySlashNameRegex();

    // "Jane Roe/AP" alone or after a caption's sentence: a name, a slash, then the agency (checked in code).
    [GeneratedRegex(@"(?:^|[.!?]\s+)\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){1,3}\s*/\s*(?<agency>[\p{L}\- ]{2,30}?)\s*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NameSlashAgencyRegex();

    // "Getty Images", "AFP via Getty Images", "(Shutterstock)".
    [GeneratedRegex(@"^\(?\s*(?:[\p{L}\-. ]{1,30}\s+(?:via|for)\s+)?(?:getty\s+images|shutterstock|alamy(?:\s+stock\s+photo)?|istock(?:photo)?|pa\s+(?:images|wire|media)|ap\s+images|dpa\s+picture-alliance)\s*\)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PictureAgencyRegex();

    [GeneratedRegex(@"^(?:(?:presented|brought\s+to\s+you|supported|paid\s+for|funded|sponsored)\s+by\s+[^.!?]{1,50}|in\s+(?:partnership|association)\s+with\s+[^.!?]{1,50}|advertising|advertorial|partner\s+content|content\s+from\s+our\s+partners|from\s+our\s+partners|commercial\s+content|promotion)\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SponsorRegex();

    [GeneratedRegex(@"^(?:enter\s+(?:your\s+)?e-?mail(?:\s+address)?(?:\s+here)?|(?:your\s+)?e-?mail\s+address\s*\*?|sign\s*up(?:\s+(?:now|here|today|for\s+free))?|subscribe\s+(?:for\s+free|to\s+our\s+newsletters?)|" +
        @"by\s+(?:signing\s+up|subscribing|clicking|registering|submitting)\b.{0,200}\b(?:privacy|terms|agree)\b.{0,120}|you\s+(?:can|may)\s+(?:unsubscribe|opt\s+out)\s+at\s+any\s+time|" +
        @"thank\s+you\s+for\s+(?:signing\s+up|subscribing)|thanks\s+for\s+(?:signing\s+up|subscribing)|we(?:'|’)ll\s+never\s+share\s+your\s+e-?mail.{0,60}|(?:invalid|please\s+enter\s+a\s+valid)\s+e-?mail(?:\s+address)?|" +
        @"this\s+site\s+is\s+protected\s+by\s+recaptcha\b.{0,120})\s*[.!]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NewsletterRegex();

    [GeneratedRegex(@"^(?:(?:download|get|install|try)\s+(?:the\s+|our\s+)?(?:free\s+)?(?:[\p{L}'’&\-]+\s+){0,4}app\b[^.!?]{0,80}|(?:get\s+it\s+on|download\s+on|available\s+on|download\s+from)\s+(?:the\s+)?(?:google\s+play|(?:apple\s+)?app\s+store|itunes)\b[^.!?]{0,40}|(?:read|open|continue)\s+(?:this\s+|it\s+)?in\s+(?:the|our)\s+app)\s*[.!]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AppPromptRegex();

    // "14 Harbour Road, Dunmore DN1 4AB", "Hauptstraße 12, 10115 Berlin", "P.O. Box 4410, Riverton".
    [GeneratedRegex(@"^(?i:p\.?\s?o\.?\s+box|postfach|apartado|box)\s+\d{1,6}\b.{0,80}$|^\d{1,5}[a-z]?\s+(?:\p{Lu}[\p{L}'’\-]*\s+){1,4}(?i:street|st|road|rd|avenue|ave|lane|ln|boulevard|blvd|drive|dr|way|place|pl|square|sq|terrace|court|ct|crescent|highway|hwy|parkway|row|quay|wharf|plaza|close|mews|parade)\.?\s*,\s*[^,]{2,40}(?:,\s*[^,]{2,40}){0,2}$|^\p{Lu}[\p{L}\-]*(?i:straße|strasse|weg|gasse|platz|laan|straat|gade|vej|gatan|katu)\s+\d{1,5}[a-z]?\s*,\s*.{2,60}$",
        RegexOptions.CultureInvariant)]
    private static partial Regex AddressRegex();

    [GeneratedRegex(@"^(?:(?:tel|telephone|phone|fax|mob|mobile|e-?mail|web|website|whatsapp|newsdesk|switchboard)\.?\s*:\s*\S.{0,100}|contact(?:\s+us)?|(?:got|do\s+you\s+have|have\s+you\s+got)\s+a\s+(?:story|tip|news\s+tip)\b.{0,150}|[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,4}|\+?\(?\d[\d ()\-]{6,20}\d)\s*[.!]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContactRegex();

    [GeneratedRegex(@"^(?:about(?:\s+us)?|privacy(?:\s+(?:policy|notice|settings|centre|center))?|terms(?:\s+(?:of\s+(?:use|service)|and\s+conditions|&\s+conditions))?|cookie\s+(?:policy|settings|notice)|careers|jobs|advertise(?:\s+with\s+us)?|help|faq|sitemap|site\s+map|accessibility(?:\s+statement)?|imprint|impressum|corrections|feedback|send\s+us\s+feedback|report\s+an\s+error|rss(?:\s+feeds?)?|archive|editorial\s+(?:policy|standards|guidelines)|code\s+of\s+conduct|complaints|work\s+with\s+us|our\s+team|back\s+to\s+top|top)\s*[.]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SiteLinksRegex();

    private static bool IsCaptionOrCredit(string line)
    {
        if (CaptionCreditRegex().IsMatch(line) || AgencySlashNameRegex().IsMatch(line) || PictureAgencyRegex().IsMatch(line))
            return true;
        var m = NameSlashAgencyRegex().Match(line);
        if (!m.Success)
            return false;
        var agency = m.Groups["agency"].Value;
        return KnownOutlets.Contains(agency) || PictureAgencyRegex().IsMatch(agency) || (agency.Length <= 6 && agency.All(c => char.IsUpper(c) || c == '-'));
    }
}
