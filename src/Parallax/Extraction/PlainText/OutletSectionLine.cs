using System.Text.RegularExpressions;

namespace Parallax.Extraction.PlainText;

/// <summary>What an outlet / section line names.</summary>
internal sealed record OutletSection(string Outlet, string? Section, bool Known);

/// <summary>
/// Short header lines naming the publisher and its section: "Alalam - Russia", "Daily Courier | World",
/// "Reuters". Recognised by shape: a line standing alone, of one or two short capitalised names joined by
/// a spaced separator, with no sentence punctuation. A name in <see cref="KnownOutlets"/> is strong
/// evidence and counts anywhere; otherwise the line must sit in the article's header zone (the caller decides).
/// </summary>
internal static partial class OutletSectionLine
{
    public const int MaxLength = 70;

    /// <summary>Words per side of the line.</summary>
    public const int MaxWordsPerSide = 4;

    // A capitalised name: words starting with a capital or digit, joined by spaces, with "of", "the", "&", "and" between.
    internal const string NamePart = @"(?:\p{Lu}|\d)[\p{L}\p{N}'’.&\-]*(?:\s+(?:(?:of|the|and|&|de|al|el)\s+)?(?:\p{Lu}|\d)[\p{L}\p{N}'’.&\-]*){0,3}";

    [GeneratedRegex(@"^(?<outlet>" + NamePart + @")(?:\s+[\-–—|›»:]{1,2}\s+(?<section>" + NamePart + @"))?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex LineRegex();

    public static bool TryParse(string line, out OutletSection result)
    {
        result = null!;
        if (line.Length > MaxLength)
            return false;
        var m = LineRegex().Match(line);
        if (!m.Success)
            return false;
        var outlet = m.Groups["outlet"].Value;
        var section = m.Groups["section"].Success ? m.Groups["section"].Value : null;
        bool known = KnownOutlets.TryGet(outlet, out var canonical);
        // A lone name is an outlet only when we know it; "Name - Section" may be unknown.
        if (section is null && !known)
            return false;
        // "Jane Doe - Staff Writer" is a byline, not an outlet.
        if (section is not null && PersonNames.IsJobTitle(section))
            return false;
        result = new OutletSection(known ? canonical : outlet, section, known);
        return true;
    }
}
