using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Parallax.Model;

namespace Parallax.Extraction.Metadata;

/// <summary>
/// The third layer: <c>&lt;time datetime&gt;</c>, <c>&lt;time pubdate&gt;</c> and microdata
/// <c>itemprop=datePublished</c> in the body. Each candidate is scored by where it sits
/// (<see cref="PageRegions"/>) and by what it says it is (published vs updated), so the article
/// header's date beats the dates of related-article teasers, which are never taken.
/// </summary>
internal static partial class TimeElementLayer
{
    /// <summary>Bonus for an element that says it is the publication date (pubdate, itemprop, class).</summary>
    private const int PublishedBonus = 3;

    /// <summary>Penalty for one that says it is an update.</summary>
    private const int UpdatedPenalty = -4;

    private static readonly string[] ValueAttributes = ["datetime", "content", "data-datetime", "data-timestamp", "data-time", "title"];

    public static void Read(PageScan scan, MetadataDraft draft)
    {
        PublicationDate best = default;
        int bestScore = int.MinValue;
        foreach (var (e, region, classAndId) in scan.TimeElements)
        {
            if (e is IHtmlMetaElement)
                continue;
            var itemprop = e.GetAttribute("itemprop");
            bool modified = string.Equals(itemprop, "dateModified", StringComparison.OrdinalIgnoreCase);
            if (!TryValue(e, draft.Latest, out var date))
                continue;
            if (modified)
            {
                draft.ModifiedDates.Add((date, FieldOrigin.TimeElement));
                continue;
            }
            int score = region;
            if (score <= PageRegions.ElsewherePenalty)
                continue;
            var names = classAndId + " " + (e.ParentElement is { } p ? PageRegions.ClassAndId(p) : "");
            if (e.HasAttribute("pubdate") || itemprop is not null || Published().IsMatch(names))
                score += PublishedBonus;
            if (Updated().IsMatch(names))
                score += UpdatedPenalty;
            if (score > bestScore)
            {
                bestScore = score;
                best = date;
            }
        }
        if (bestScore > int.MinValue)
            draft.Fields.TrySetPublished(best, FieldOrigin.TimeElement);
    }

    private static bool TryValue(IElement e, DateTime latest, out PublicationDate date)
    {
        foreach (var a in ValueAttributes)
        {
            if (DateParser.TryParseValue(e.GetAttribute(a), latest, out date))
                return true;
        }
        return DateParser.TryFindInText(TextNormalizer.Collapse(e.TextContent), latest, out date);
    }

    [GeneratedRegex("publish|pubdate|posted|entry-date|post-date|created|datepub|date-pub|first", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Published();

    [GeneratedRegex("update|modif|changed|edited", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Updated();
}
