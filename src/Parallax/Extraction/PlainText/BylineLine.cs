using System.Text.RegularExpressions;
using Parallax.Model;

namespace Parallax.Extraction.PlainText;

/// <summary>What a byline or credit line says.</summary>
internal sealed record Byline(IReadOnlyList<string> Authors, PublicationDate? Published = null);

/// <summary>
/// Byline and credit lines: "By Jane Doe", "By Jane Doe and John Roe, Staff Writers", "Written by ...",
/// "Author: ...", "(Reporting by X; Additional reporting by Y; Editing by Z)" (reporters and writers are
/// authors, editors are not), "— Jane Doe, Staff Writer" signatures, and "H. Doe / Jane Roe" editor /
/// writer lines (the last name is the writer's; these count only at the end of an article, see
/// <see cref="TryParseSlashCredit"/>).
/// </summary>
internal static partial class BylineLine
{
    public const int MaxLength = 200;

    [GeneratedRegex(@"^(?:(?:written|reported|words|story|text|posted|compiled|report)\s+)?by\s*:?\s+(?<names>\S.*)$|^(?:authors?|writers?|reporters?|byline|written\s+by)\s*:\s*(?<names>\S.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ByRegex();

    [GeneratedRegex(@"^[—–\-]{1,2}\s*(?<names>\p{Lu}[^—–]*)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex SignatureRegex();

    [GeneratedRegex(@"^(?<role>(?:additional\s+)?reporting(?:\s+and\s+writing)?|writing|written|editing|edited|compiled|graphics|translat(?:ed|ion)|fact[\- ]?checking|research|production|produced|photography|photos|video|design|sub-?editing)\s+by\s+(?<names>\S.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex CreditSegmentRegex();

    // " in Beirut", " in New York" after a name in credits.
    [GeneratedRegex(@"\s+in\s+\p{Lu}[\p{L}.\- ]*$", RegexOptions.CultureInvariant)]
    private static partial Regex InPlaceSuffixRegex();

    [GeneratedRegex(@"\s*,\s*|\s*;\s*|\s+and\s+|\s*&\s*", RegexOptions.CultureInvariant)]
    private static partial Regex NameSeparatorRegex();

    [GeneratedRegex(@"\s+[|·•]\s+|\s+[—–\-]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex PartSeparatorRegex();

    // "Posted on May 4, 2021 by Jane Roe": a timestamp, then the byline.
    [GeneratedRegex(@"^(?<stamp>.{6,80}?)\s+by\s+(?<names>\p{Lu}.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex StampThenByRegex();

    [GeneratedRegex(@"\s*[|·•,]\s*|\s+[—–\-]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex NameRoleSeparatorRegex();

    [GeneratedRegex(@"^(?:posted|written|published|submitted)\s+by\s+(?<user>[\w.\-]{1,30}(?:\s+[\w.\-]{1,30}){0,2})\s+(?:on|at|[|·•\-–—])\s+(?<stamp>\S.{5,60})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PostedByUserRegex();

    private static readonly char[] CreditSegmentSeparators = [';'];

    /// <summary>Credit roles whose people are the article's authors.</summary>
    private static readonly string[] AuthorRoles = ["reporting", "additional reporting", "writing", "written", "compiled", "reporting and writing"];

    /// <summary>A "By ..." / "Author: ..." line, a "Reporting by ..." credit or a "— Name" signature.</summary>
    public static bool TryParse(string line, out Byline byline)
    {
        byline = null!;
        if (line.Length > MaxLength)
            return false;
        // "Posted by admin on March 3, 2024": a site user's handle, not a name, then the date.
        var m = PostedByUserRegex().Match(line);
        if (m.Success && TimestampLine.TryParse(m.Groups["stamp"].Value, out var posted))
        {
            byline = new Byline(PersonNames.TryParse(m.Groups["user"].Value, out var user) ? [user] : [], posted);
            return true;
        }
        m = ByRegex().Match(line);
        if (m.Success)
            return TryParseNames(m.Groups["names"].Value, allowParts: true, out byline);
        if (TryParseCredits(line, out byline))
            return true;
        m = StampThenByRegex().Match(line);
        if (m.Success && TimestampLine.TryParse(m.Groups["stamp"].Value, out var stamp)
            && TryParseNames(m.Groups["names"].Value, allowParts: false, out var named) && named.Authors.Count > 0)
        {
            byline = named with { Published = stamp };
            return true;
        }
        m = SignatureRegex().Match(line);
        return m.Success && TryParseNames(m.Groups["names"].Value, allowParts: false, out byline) && byline.Authors.Count > 0;
    }

    /// <summary>
    /// "Jane Roe | Political Reporter", "Jane Roe, Science Editor": a name and a job title with no "By" (header
    /// zone only: the caller decides). Every other part must be a job title, an outlet or a timestamp.
    /// </summary>
    public static bool TryParseNameWithRole(string line, out Byline byline)
    {
        byline = null!;
        if (line.Length > MaxLength)
            return false;
        var parts = NameRoleSeparatorRegex().Split(line.Trim());
        if (parts.Length is < 2 or > 3 || !PersonNames.TryParse(parts[0], out var name))
            return false;
        bool role = false;
        PublicationDate? published = null;
        for (int i = 1; i < parts.Length; i++)
        {
            if (PersonNames.IsJobTitle(parts[i]))
                role = true;
            else if (TimestampLine.TryParse(parts[i], out var date))
                published ??= date;
            else if (!KnownOutlets.Contains(parts[i]))
                return false;
        }
        if (!role)
            return false;
        byline = new Byline([name], published);
        return true;
    }

    /// <summary>"H. Doe / Jane Roe": editor(s) then the writer, who is the author.</summary>
    public static bool TryParseSlashCredit(string line, out Byline byline)
    {
        byline = null!;
        if (line.Length > MaxLength || !line.Contains('/'))
            return false;
        var parts = line.Split('/', StringSplitOptions.TrimEntries);
        if (parts.Length is < 2 or > 3)
            return false;
        string writer = "";
        foreach (var part in parts)
        {
            if (!PersonNames.TryParse(part, out writer))
                return false;
        }
        byline = new Byline([writer]);
        return true;
    }

    private static bool TryParseCredits(string line, out Byline byline)
    {
        byline = null!;
        var body = line.Trim();
        if (body.StartsWith('(') && body.EndsWith(')'))
            body = body[1..^1];
        body = body.TrimEnd('.', ' ');
        var authors = new List<string>();
        bool any = false;
        foreach (var segment in body.Split(CreditSegmentSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var m = CreditSegmentRegex().Match(segment);
            if (!m.Success || !TryParseNames(m.Groups["names"].Value, allowParts: false, out var names))
                return false;
            any = true;
            var role = string.Join(' ', m.Groups["role"].Value.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (AuthorRoles.Contains(role))
                authors.AddRange(names.Authors.Where(a => !authors.Contains(a)));
        }
        if (!any)
            return false;
        byline = new Byline(authors);
        return true;
    }

    /// <summary>
    /// "Jane Doe and John Roe, Staff Writers" -> names; every piece must be a name, a role or an outlet.
    /// With <paramref name="allowParts"/>, "| Dec 23, 2016" style parts may carry the date.
    /// </summary>
    private static bool TryParseNames(string text, bool allowParts, out Byline byline)
    {
        byline = null!;
        text = text.Trim().TrimEnd('.');
        PublicationDate? published = null;
        if (allowParts)
        {
            var parts = PartSeparatorRegex().Split(text);
            text = parts[0];
            for (int i = 1; i < parts.Length; i++)
            {
                if (TimestampLine.TryParse(parts[i], out var date))
                    published ??= date;
                else if (!PersonNames.IsRole(parts[i]) && !KnownOutlets.Contains(parts[i]))
                    return false;
            }
        }
        if (text.EndsWith(')') && text.LastIndexOf('(') is > 0 and var open)
            text = text[..open].TrimEnd();

        var authors = new List<string>();
        foreach (var raw in NameSeparatorRegex().Split(text))
        {
            if (raw.Length == 0)
                continue;
            var piece = InPlaceSuffixRegex().Replace(raw, "");
            if (PersonNames.TryParse(piece, out var name))
            {
                if (!authors.Contains(name))
                    authors.Add(name);
            }
            else if (!PersonNames.IsRole(piece) && !KnownOutlets.Contains(piece))
            {
                return false;
            }
        }
        if (authors.Count == 0 && published is null && !KnownOutlets.Contains(text) && !PersonNames.IsRole(text))
            return false;
        byline = new Byline(authors, published);
        return true;
    }
}
