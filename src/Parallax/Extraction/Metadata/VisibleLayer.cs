using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Parallax.Model;

namespace Parallax.Extraction.Metadata;

/// <summary>
/// The last layers, read from what a reader sees: bylines (elements marked as author or byline, then a
/// "By X and Y" line near the headline) and dates (elements whose class or id says date, then the first
/// date written near the headline). Elements in related-article lists and page furniture are skipped.
/// </summary>
internal static partial class VisibleLayer
{
    /// <summary>A byline or date line longer than this is a paragraph, not a line.</summary>
    private const int MaxLineLength = 160;

    /// <summary>A line this short that holds a date is a date line, not a sentence that mentions a date.</summary>
    private const int MaxDateLineLength = 80;

    public static void ReadByline(PageScan scan, IElement? headline, string aroundHeadline, MetadataDraft draft)
    {
        var fields = draft.Fields;
        if (fields.Has(nameof(ExtractedFields.Authors)))
            return;
        foreach (var (e, score, _) in scan.Bylines)
        {
            if (score <= PageRegions.ElsewherePenalty)
                continue;
            // The marked name inside a byline box, not the box's other lines ("By <a rel=author>X</a><br>Desk").
            var nameElement = e.QuerySelector("[itemprop=name]") ?? e.QuerySelector("[rel~=author]") ?? e;
            var text = TextNormalizer.Collapse(nameElement.GetAttribute("content") ?? nameElement.TextContent);
            if (text.Length == 0 || text.Length > MaxLineLength)
                continue;
            text = CutAtDate(text);
            if (fields.TrySetAuthors(AuthorNames.Split(text), FieldOrigin.VisibleByline))
                return;
        }
        if (headline is not null)
        {
            var m = ByLine().Match(aroundHeadline);
            if (m.Success && fields.TrySetAuthors(AuthorNames.Split(CutAtDate(m.Groups["names"].Value)), FieldOrigin.VisibleByline))
                return;
        }
        ReadMarkedAuthorElsewhere(scan, fields);
    }

    /// <summary>
    /// Last resort: an element marked up as the author (itemprop=author, rel=author) in an aside or footer
    /// (a blog's "about the author" box) names the author when every such element on the page names the same one.
    /// </summary>
    private static void ReadMarkedAuthorElsewhere(PageScan scan, ExtractedFields fields)
    {
        List<string>? names = null;
        foreach (var (e, score, _) in scan.Bylines)
        {
            if (score > PageRegions.ElsewherePenalty
                || !string.Equals(e.GetAttribute("itemprop"), "author", StringComparison.OrdinalIgnoreCase)
                && !string.Equals(e.GetAttribute("rel"), "author", StringComparison.OrdinalIgnoreCase))
                continue;
            var nameElement = e.QuerySelector("[itemprop=name]") ?? e;
            var text = TextNormalizer.Collapse(nameElement.GetAttribute("content") ?? nameElement.TextContent);
            if (text.Length == 0 || text.Length > MaxLineLength)
                continue;
            var these = AuthorNames.Split(CutAtDate(text));
            if (these.Count == 0)
                continue;
            if (names is not null && !names.SequenceEqual(these, StringComparer.OrdinalIgnoreCase))
                return;
            names = these;
        }
        if (names is not null)
            fields.TrySetAuthors(names, FieldOrigin.VisibleByline);
    }

    public static void ReadDate(PageScan scan, string aroundHeadline, MetadataDraft draft)
    {
        if (!draft.HasPublished && TryFindDate(scan, aroundHeadline, draft.Latest, NumericDateOrder.Of(aroundHeadline, draft.Fields.Language), out var date, out var origin))
            draft.Fields.TrySetPublished(date, origin);
    }

    /// <summary>
    /// The visible publication date: the best-placed element whose class or id says date, else the first
    /// date on a short line near the headline, else the first date near it at all.
    /// </summary>
    public static bool TryFindDate(PageScan scan, string aroundHeadline, DateTime latest, NumericOrder order, out PublicationDate date, out string origin)
    {
        date = default;
        origin = FieldOrigin.VisibleByline;
        int bestScore = int.MinValue;
        PublicationDate? updated = null;
        foreach (var (e, score, classAndId) in scan.DateLines)
        {
            if (score <= PageRegions.ElsewherePenalty || NotPublication().IsMatch(classAndId) || PageRegions.SiteClock().IsMatch(classAndId))
                continue;
            var text = TextNormalizer.Collapse(e.TextContent);
            if (text.Length == 0 || text.Length > MaxLineLength || !UpdateLabels.TryFindPublished(text, latest, order, out var found, out bool updateOnly))
                continue;
            if (updateOnly)
            {
                updated ??= found;
                continue;
            }
            if (score > bestScore)
            {
                bestScore = score;
                date = found;
            }
        }
        if (bestScore > int.MinValue)
            return true;
        origin = FieldOrigin.TextBody;
        PublicationDate? updatedLine = null;
        foreach (var line in aroundHeadline.Split('\n'))
        {
            if (line.Length > MaxDateLineLength || !UpdateLabels.TryFindPublished(line, latest, order, out date, out bool updateOnly))
                continue;
            if (!updateOnly)
                return true;
            updatedLine ??= date;
        }
        // Only an update's date is written: better than none, and where the page's own date elements gave it, theirs.
        if ((updated ?? updatedLine) is { } fallback)
        {
            date = fallback;
            origin = updated is null ? FieldOrigin.TextBody : FieldOrigin.VisibleByline;
            return true;
        }
        return DateParser.TryFindInText(aroundHeadline, latest, order, out date);
    }

    /// <summary>A dateline is a place name or two: longer text in a dateline element is something else.</summary>
    private const int MaxDatelineLength = 40;

    /// <summary>
    /// The dateline, only when the page marks it as one (class or id "dateline") and it reads as a place:
    /// short, no digits (a date-only "dateline" element is a date line, read by <see cref="ReadDate"/>).
    /// </summary>
    public static void ReadDateline(PageScan scan, MetadataDraft draft)
    {
        foreach (var (e, score, _) in scan.Datelines)
        {
            if (score <= PageRegions.ElsewherePenalty)
                continue;
            var text = TextNormalizer.Collapse(e.TextContent).TrimEnd('-', '–', '—', ':', ',', ' ');
            if (text.Length > 0 && text.Length <= MaxDatelineLength && !text.Any(char.IsDigit)
                && draft.Fields.TrySetDateline(text, FieldOrigin.Dateline))
                return;
        }
    }

    /// <summary>"Jane Doe, March 3, 2020" and "Jane Doe | 12.03.2020": the byline ends where a date starts.</summary>
    private static string CutAtDate(string text)
    {
        var m = DateStart().Match(text);
        return m.Success && m.Index > 0 ? text[..m.Index] : text;
    }

    /// <summary>Dates that are not the article's publication: events, calendars, copyright lines, updates.</summary>
    [GeneratedRegex("event|calendar|copyright|update|modif", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotPublication();

    /// <summary>A line that starts with "By" followed by a capitalised name.</summary>
    [GeneratedRegex(@"(?:^|\n)[ \t]*(?:By|BY|Von|Por|Par)[ \t:]+(?<names>\p{Lu}[^\n]{1,120})", RegexOptions.CultureInvariant)]
    private static partial Regex ByLine();

    [GeneratedRegex(@"\s[|·•–—-]\s|\s(?:on|am|el|le|il)?\s?\d{1,4}[./\- ]|\s(?:Updated|Published|Posted)\b|\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex DateStart();
}
