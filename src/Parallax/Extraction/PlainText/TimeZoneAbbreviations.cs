using System.Collections.Frozen;

namespace Parallax.Extraction.PlainText;

/// <summary>
/// Time-zone abbreviations seen after news timestamps, with their UTC offsets. The US generic zones
/// (ET, CT, MT, PT) follow US daylight-saving rules for the date they qualify. Ambiguous ones
/// (IST, AST, CST as China) are left out: a timestamp with an unknown zone is not read as one.
/// </summary>
internal static class TimeZoneAbbreviations
{
    private static readonly FrozenDictionary<string, TimeSpan> Fixed = new Dictionary<string, TimeSpan>(StringComparer.OrdinalIgnoreCase)
    {
        ["Z"] = TimeSpan.Zero, ["UTC"] = TimeSpan.Zero, ["GMT"] = TimeSpan.Zero, ["UT"] = TimeSpan.Zero,
        ["BST"] = TimeSpan.FromHours(1), ["WET"] = TimeSpan.Zero, ["WEST"] = TimeSpan.FromHours(1),
        ["CET"] = TimeSpan.FromHours(1), ["CEST"] = TimeSpan.FromHours(2),
        ["EET"] = TimeSpan.FromHours(2), ["EEST"] = TimeSpan.FromHours(3), ["MSK"] = TimeSpan.FromHours(3),
        ["EST"] = TimeSpan.FromHours(-5), ["EDT"] = TimeSpan.FromHours(-4),
        ["CST"] = TimeSpan.FromHours(-6), ["CDT"] = TimeSpan.FromHours(-5),
        ["MST"] = TimeSpan.FromHours(-7), ["MDT"] = TimeSpan.FromHours(-6),
        ["PST"] = TimeSpan.FromHours(-8), ["PDT"] = TimeSpan.FromHours(-7),
        ["JST"] = TimeSpan.FromHours(9), ["KST"] = TimeSpan.FromHours(9), ["HKT"] = TimeSpan.FromHours(8), ["SGT"] = TimeSpan.FromHours(8),
        ["AEST"] = TimeSpan.FromHours(10), ["AEDT"] = TimeSpan.FromHours(11),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Standard-time offsets of the US generic zones; daylight time adds an hour.</summary>
    private static readonly FrozenDictionary<string, int> UsGeneric = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["ET"] = -5, ["CT"] = -6, ["MT"] = -7, ["PT"] = -8,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static bool TryGetOffset(string zone, DateTime local, out TimeSpan offset)
    {
        zone = zone.Replace(".", "", StringComparison.Ordinal);
        if (Fixed.TryGetValue(zone, out offset))
            return true;
        if (UsGeneric.TryGetValue(zone, out int hours))
        {
            offset = TimeSpan.FromHours(hours + (IsUsDaylightTime(local) ? 1 : 0));
            return true;
        }
        return TryParseNumeric(zone, out offset);
    }

    /// <summary>"GMT+3", "UTC+03:00", "+0300", "-05:30".</summary>
    private static bool TryParseNumeric(string zone, out TimeSpan offset)
    {
        offset = default;
        var s = zone.AsSpan();
        if (s.StartsWith("GMT", StringComparison.OrdinalIgnoreCase) || s.StartsWith("UTC", StringComparison.OrdinalIgnoreCase))
            s = s[3..];
        if (s.Length < 2 || s[0] is not ('+' or '-'))
            return false;
        int sign = s[0] == '-' ? -1 : 1;
        s = s[1..];
        int colon = s.IndexOf(':');
        int hoursLength = colon >= 0 ? colon : (s.Length > 2 ? s.Length - 2 : s.Length);
        var h = s[..hoursLength];
        var m = colon >= 0 ? s[(colon + 1)..] : (s.Length > 2 ? s[^2..] : "0");
        if (!int.TryParse(h, out int hh) || !int.TryParse(m, out int mm) || hh > 14 || mm > 59)
            return false;
        offset = sign * new TimeSpan(hh, mm, 0);
        return true;
    }

    /// <summary>US daylight time: from the second Sunday of March to the first Sunday of November (2007 rules).</summary>
    private static bool IsUsDaylightTime(DateTime local)
    {
        var start = NthSunday(local.Year, 3, 2).AddHours(2);
        var end = NthSunday(local.Year, 11, 1).AddHours(2);
        return local >= start && local < end;
    }

    private static DateTime NthSunday(int year, int month, int n)
    {
        var first = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified);
        int toSunday = ((int)DayOfWeek.Sunday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(toSunday + (7 * (n - 1)));
    }
}
