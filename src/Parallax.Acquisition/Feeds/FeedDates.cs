using System.Globalization;

namespace Parallax.Acquisition.Feeds;

/// <summary>
/// Reads the dates feeds and sitemaps carry, as they are written in the wild rather than as the specs say:
/// RFC 822 with or without the weekday, seconds, or a numeric zone (named zones such as GMT, EST or PDT, two-digit
/// years, "Sept", full month names, "+0300" or "+03:00"), and W3C/ISO 8601 from a bare year-month-day to a full
/// timestamp. A date without a zone is taken as UTC. Unreadable text gives null, never an exception.
/// </summary>
internal static class FeedDates
{
    private static readonly string[] Rfc822Formats =
    [
        "d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm zzz", "d MMM yy HH:mm:ss zzz", "d MMM yy HH:mm zzz",
        "d MMMM yyyy HH:mm:ss zzz", "d MMMM yyyy HH:mm zzz",
        "d MMM yyyy HH:mm:ss", "d MMM yyyy HH:mm", "d MMMM yyyy HH:mm:ss", "d MMMM yyyy HH:mm", "d MMM yyyy", "d MMMM yyyy",
        "MMM d yyyy HH:mm:ss zzz", "MMM d yyyy HH:mm:ss", "MMMM d yyyy HH:mm:ss zzz",
    ];

    // US and European zone names that feeds write although RFC 822 only knows the US ones.
    private static readonly Dictionary<string, string> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = "+00:00", ["UT"] = "+00:00", ["UTC"] = "+00:00", ["Z"] = "+00:00", ["WET"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
        ["BST"] = "+01:00", ["CET"] = "+01:00", ["CEST"] = "+02:00", ["MET"] = "+01:00", ["MEST"] = "+02:00",
        ["EET"] = "+02:00", ["EEST"] = "+03:00", ["MSK"] = "+03:00", ["WEST"] = "+01:00",
    };

    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var s = text.Trim();
        if (s.Length > 64)
            return null;
        // ISO 8601 / W3C datetime: starts with a four-digit year and a dash.
        if (s.Length >= 7 && char.IsAsciiDigit(s[0]) && char.IsAsciiDigit(s[3]) && s[4] == '-')
            return Iso(s);
        return Rfc822(s);
    }

    private static DateTimeOffset? Iso(string s)
    {
        // "2016-12-23T10:00:00+0300": the zone without its colon.
        if (s.Length > 5 && (s[^5] is '+' or '-') && s[^4..].All(char.IsAsciiDigit) && s.IndexOf('T') > 0)
            s = s[..^2] + ":" + s[^2..];
        return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var d) ? d : null;
    }

    private static DateTimeOffset? Rfc822(string s)
    {
        // Drop a leading weekday ("Fri," or "Friday,"), whatever it says: feeds often get it wrong.
        int comma = s.IndexOf(',');
        if (comma is > 0 and < 10 && s[..comma].All(char.IsAsciiLetter))
            s = s[(comma + 1)..];
        var parts = s.Replace(',', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (parts.Count < 3)
            return null;
        for (int i = 0; i < parts.Count; i++)
        {
            if (parts[i].Equals("Sept", StringComparison.OrdinalIgnoreCase))
                parts[i] = "Sep";
        }
        // The zone: a name, "+0300", "+03:00" or "GMT+0300" become "+03:00".
        var last = parts[^1];
        if (last.StartsWith("GMT", StringComparison.OrdinalIgnoreCase) && last.Length > 3 && last[3] is '+' or '-')
            last = last[3..];
        if (Zones.TryGetValue(last, out var offset))
            parts[^1] = offset;
        else if (last.Length == 5 && last[0] is '+' or '-' && last[1..].All(char.IsAsciiDigit))
            parts[^1] = last[..3] + ":" + last[3..];
        else if (last.Length == 6 && last[0] is '+' or '-' && last[3] == ':')
            parts[^1] = last;
        else if (last.All(char.IsAsciiLetter) && last.Length is >= 1 and <= 5 && parts.Count >= 5)
            parts.RemoveAt(parts.Count - 1); // an unknown zone name: the time is kept, taken as UTC
        var joined = string.Join(' ', parts);
        // Single-digit hours ("9:05:00") are written by some feeds.
        return DateTimeOffset.TryParseExact(joined, Rfc822Formats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var d) ? d
            : DateTimeOffset.TryParse(joined, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out d) ? d : null;
    }
}
