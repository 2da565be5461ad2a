using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Parallax.Extraction.PlainText;

/// <summary>
/// A dateline found at the start of a paragraph: the city (<see cref="Place"/>), the region or country written
/// after it (<see cref="Region"/>), the agency it credits (<see cref="Agency"/>, canonical name); <see cref="Length"/>
/// is how much of the paragraph it takes.
/// </summary>
/// <remarks><see cref="Strong"/>: unmistakable (a place in capitals before a dash, or an agency in brackets);
/// "NAME:" is weak because transcripts label speakers the same way.</remarks>
internal sealed record Dateline(string? Place, string? Region, string? Agency, int Length, bool Strong);

/// <summary>
/// Datelines that open a story's first paragraph: "WASHINGTON (Reuters) -", "BEIRUT, Dec 23 (AFP) —",
/// "LONDON —", "KYIV, Ukraine (AP) —", "Moscow, SANA –", "Damascus, (SANA)-", "NEW DELHI:".
/// The prefix is place [, region] [, date] [, agency | (agency)] then a dash. A place in capitals stands
/// alone; a place in title case needs an agency or a date beside it, or must stand alone before an em
/// or en dash ("Kyiv –"), so that a sentence such as "Earlier, Putin — ..." is not a dateline.
/// </summary>
internal static partial class DatelineParser
{
    /// <summary>How far into the paragraph the dateline's dash may be.</summary>
    public const int MaxPrefixLength = 80;

    /// <summary>Unbracketed agency credits in capitals ("SANA", "IRNA") have at most this many letters.</summary>
    public const int MaxAcronymLength = 6;

    /// <summary>Title-case words that open sentences, never datelines.</summary>
    private static readonly FrozenSet<string> SentenceOpeners = FrozenSet.ToFrozenSet(
        ["Meanwhile", "However", "Yesterday", "Today", "Tomorrow", "Earlier", "Later", "Also", "Still", "Now", "Then", "But", "And",
         "Separately", "Elsewhere", "Moreover", "Instead", "Indeed", "Finally", "First", "Second", "Again", "So", "Yet", "Officials", "He", "She", "They", "It", "We"],
        StringComparer.Ordinal);

    /// <summary>Words opening a letter or a note, never a place: "DEAR ABBY:", "NOTE TO READERS —".</summary>
    private static readonly FrozenSet<string> LetterOpeners = FrozenSet.ToFrozenSet(
        ["Dear", "Note", "Attention", "Warning", "Correction", "Clarification", "Editor's", "Editor’s", "Reader", "Readers"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Country codes of three letters written after a city ("Dubai, UAE –"); two-letter codes ("NY", "UK") need no list.</summary>
    private static readonly FrozenSet<string> RegionCodes = FrozenSet.ToFrozenSet(["UAE", "USA", "DRC", "PRC"], StringComparer.Ordinal);

    // The dash that ends the prefix: an em or en dash, "--", a spaced hyphen, or a hyphen right after ")".
    [GeneratedRegex(@"\s*(?:[–—]|--|(?<=\))-|\s-(?=\s))\s*|(?<=^[\p{Lu}\s.,'’\-]{2,40}):\s+", RegexOptions.CultureInvariant)]
    private static partial Regex DashRegex();

    [GeneratedRegex(@"^\p{Lu}[\p{Lu}'’.\-]+(?:\s+\p{Lu}[\p{Lu}'’.\-]*){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalsPlaceRegex();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}[\p{L}'’.\-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’.\-]*){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex TitlePlaceRegex();

    [GeneratedRegex(@"^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)(?:\s*,?\s*\d{4})?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateRegex();

    [GeneratedRegex(@"^\p{Lu}[\p{Lu}\-]{1,9}$", RegexOptions.CultureInvariant)]
    private static partial Regex AcronymRegex();

    [GeneratedRegex(@"\(\s*(?<agency>[^()]{2,40}?)\s*\)\s*,?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TrailingAgencyRegex();

    public static bool TryParse(string paragraph, out Dateline dateline)
    {
        dateline = null!;
        var dash = DashRegex().Match(paragraph, 0, Math.Min(paragraph.Length, MaxPrefixLength));
        if (!dash.Success || dash.Index == 0)
            return false;
        int bodyStart = dash.Index + dash.Length;
        if (bodyStart >= paragraph.Length || !StartsSentence(paragraph[bodyStart]))
            return false;

        var prefix = paragraph[..dash.Index].Trim().TrimEnd(',').Trim();
        string? agency = null;
        var paren = TrailingAgencyRegex().Match(prefix);
        if (paren.Success)
        {
            agency = paren.Groups["agency"].Value;
            if (!IsAgency(agency, bracketed: true))
                return false;
            prefix = prefix[..paren.Index].Trim().TrimEnd(',').Trim();
        }

        if (prefix.Length == 0)
        {
            if (agency is null)
                return false;
            dateline = new Dateline(null, null, Canonical(agency), bodyStart, Strong: true);
            return true;
        }

        var parts = prefix.Split(',', StringSplitOptions.TrimEntries);
        var place = parts[0];
        bool capitals = CapitalsPlaceRegex().IsMatch(place) && place.Any(char.IsLetter);
        if (!capitals && (!TitlePlaceRegex().IsMatch(place) || SentenceOpeners.Contains(place.Split(' ')[0])))
            return false;
        if (LetterOpeners.Contains(place.Split(' ')[0]))
            return false;
        // "BREAKING -" or "REUTERS -" opening a paragraph are labels and credits, not places.
        if (ContentLabels.KindOf(place) is not null || KnownOutlets.Contains(place))
            return false;

        string? region = null;
        bool hasDate = false, agencyPart = false, regionCode = false;
        for (int i = 1; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part.Length == 0)
                continue;
            if (DateRegex().IsMatch(part) || (hasDate && part.Length == 4 && part.All(char.IsAsciiDigit)))
                hasDate = true;
            // "New York, NY –": a state or country code after the city is its region, not an agency.
            else if (region is null && !hasDate && !agencyPart && IsRegionCode(part))
                (region, regionCode) = (part, true);
            else if (agency is null && IsAgency(part, bracketed: false))
                (agency, agencyPart) = (part, true);
            else if (region is null && !hasDate && !agencyPart && TitlePlaceRegex().IsMatch(part))
                region = part;
            else
                return false;
        }
        // "Kyiv – Power was restored ...": a place in title case may stand alone (or with a region code) before an em or en dash.
        if (!capitals && agency is null && !hasDate && ((parts.Length > 1 && !regionCode) || !IsLongDash(dash.Value)))
            return false;

        var placeName = capitals ? TitleCase(place) : place;
        dateline = new Dateline(placeName, region, agency is null ? null : Canonical(agency), bodyStart,
            Strong: (capitals && !dash.Value.Contains(':')) || paren.Success);
        return true;
    }

    private static bool IsRegionCode(string part) =>
        !KnownOutlets.Contains(part) && (RegionCodes.Contains(part) || (part.Length == 2 && char.IsAsciiLetterUpper(part[0]) && char.IsAsciiLetterUpper(part[1])));

    private static bool IsLongDash(string dash) => dash.Trim() is "–" or "—";

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '«';

    private static bool IsAgency(string text, bool bracketed)
    {
        if (KnownOutlets.Contains(text))
            return true;
        if (AcronymRegex().IsMatch(text) && text.Count(char.IsLetter) <= MaxAcronymLength)
            return true;
        // In brackets any short capitalised name is a credit: "(Daily Courier)".
        return bracketed && TitlePlaceRegex().IsMatch(text);
    }

    private static string Canonical(string agency) => KnownOutlets.TryGet(agency, out var name) ? name : agency;

    private static string TitleCase(string place) =>
        CultureInfo.InvariantCulture.TextInfo.ToTitleCase(place.ToLowerInvariant());
}
