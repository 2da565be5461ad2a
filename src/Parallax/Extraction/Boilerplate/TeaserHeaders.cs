using System.Text.RegularExpressions;

namespace Parallax.Extraction.Boilerplate;

/// <summary>
/// Headers that introduce related-article teasers ("Check also", "Read more", "Related articles",
/// "You may also like", "More from X", "Most read", "Trending" ...). A header alone on its line
/// introduces a block of teasers; a header followed by a colon and a title is a one-line teaser.
/// A line that merely starts with one of these words ("Related to the case, ...", "Read more books")
/// is neither.
/// </summary>
internal static partial class TeaserHeaders
{
    /// <summary>The longest line that can be a teaser header on its own.</summary>
    public const int MaxHeaderLength = 60;

    /// <summary>The longest line that can be a one-line "Header: title" teaser.</summary>
    public const int MaxInlineTeaserLength = 220;

    // The phrases, as one alternation. "More from X", "Also on X" and "More in X" take a short name.
    private const string Phrases =
        @"check\s+(?:it\s+)?(?:also|out)|also\s+(?:read|see|check|watch)|read\s+(?:more|also|next|this)|" +
        @"(?:see|watch|listen)\s+also|see\s+more|related(?:\s+(?:articles?|stories|story|news|posts?|content|coverage|topics|links|reading|videos?|items))?|" +
        @"(?:you|we\s+think\s+you)\s+(?:may|might|will|could)\s+also\s+(?:like|enjoy|be\s+interested\s+in)|" +
        @"(?:more|also|latest)\s+(?:from|on|in)\s+[\p{L}\p{N}'’.&\- ]{1,40}|more\s+(?:stories|news|articles|headlines|to\s+read|like\s+this)|" +
        @"recommended(?:\s+(?:for\s+you|stories|articles|reading|videos?))?|further\s+reading|" +
        @"most\s+(?:read|popular|viewed|shared|commented|emailed|watched)|trending(?:\s+(?:now|stories|news|topics))?|" +
        @"popular(?:\s+(?:now|stories|posts|articles))?|top\s+(?:stories|news|headlines)|latest\s+(?:news|stories|headlines|articles)|" +
        @"don['’]t\s+miss|editor['’]?s\s+(?:picks?|choice)|what\s+to\s+read\s+next|up\s+next|in\s+case\s+you\s+missed\s+it|" +
        @"(?:other|similar|previous|next)\s+(?:stories|articles|posts|news)|keep\s+reading|more\s+on\s+this\s+(?:story|topic)|" +
        @"(?:previous|prev|next|older|newer)(?:\s+(?:article|post|story|entry|page|item)s?)?";

    [GeneratedRegex(@"^[\[(«»<>‹›←•·*\-–—\s]*(?:" + Phrases + @")\s*(?:\.{2,3}|[:…»>›→\])\-–—])*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderRegex();

    // "Read also: Title ..." / "RELATED | Title" / "Most read 1. Title 2. ...". The separator (or the list's
    // "1.") is required, so prose never matches.
    [GeneratedRegex(@"^[\[(«»<>‹›←•·*\s]*(?:" + Phrases + @")\s*(?::|»|>>|\||\s1[.)]\s)\s*\S",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineRegex();

    public static bool IsHeader(string line) => line.Length <= MaxHeaderLength && HeaderRegex().IsMatch(line);

    public static bool IsInlineTeaser(string line) => line.Length <= MaxInlineTeaserLength && InlineRegex().IsMatch(line);
}
