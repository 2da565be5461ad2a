using System.Globalization;
using System.Text.RegularExpressions;
using Parallax.Model;

namespace Parallax.Extraction.PlainText;

/// <summary>
/// Reads a line that is ONLY a timestamp, perhaps after a "Posted", "Published" or "Updated" label:
/// "Fri Dec 23, 2016 15:00:22", "December 23, 2016", "23 December 2016 14:05 GMT",
/// "2016-12-23T15:00:22Z", "Updated: 12/23/2016 3:00 PM", "Published 23.12.2016",
/// "Dec. 23, 2016 at 3:00 p.m. ET". Several stamps joined by "|" are one line
/// ("Published ... | Updated ..."): the published one wins.
/// </summary>
internal static partial class TimestampLine
{
    /// <summary>Longer lines are prose.</summary>
    public const int MaxLength = 120;

    private const string Label =
        @"^(?<label>(?:last\s+|first\s+)?(?:posted|published|updated|modified|released|created|date|dated|issued)(?:\s+(?:on|at))?\s*[:\-–—]?\s*)?";

    private const string Weekday =
        @"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s+)?";

    private const string Month =
        @"(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

    // "15:00:22", "3:00 PM", "3 p.m.", "14.05" (with a zone or am/pm only, so "23.12" is never a time).
    private const string Time =
        @"(?:(?:,|\s+at|\s*[\-–—|/@·•])?\s*(?<h>\d{1,2})(?::(?<mi>\d{2})(?::(?<s>\d{2}))?|\.(?<mi>\d{2})(?=\s*(?:[ap]\.?\s?m|[a-z]{2,5}\b|[+\-]\d)))?(?:\s*(?<ampm>[ap])\.?\s?m\.?)?" +
        @"(?:\s*\(?(?<tz>(?:utc|gmt)?[+\-]\d{1,2}(?::?\d{2})?|[a-z]{1,2}\.?[a-z]{1,3}\.?)\)?)?)?";

    private const string End = @"\s*$";

    [GeneratedRegex(Label + Weekday + Month + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})" + Time + End,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MonthDayYearRegex();

    [GeneratedRegex(Label + Weekday + @"(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @",?\s+(?<y>\d{4})" + Time + End,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DayMonthYearRegex();

    [GeneratedRegex(Label + Weekday + @"(?<a>\d{1,2})(?<sep>[/.\-])(?<b>\d{1,2})\k<sep>(?<y>\d{4})" + Time + End,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NumericRegex();

    [GeneratedRegex(Label + @"(?<y>\d{4})(?<sep>[/.\-])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?:T(?<h>\d{2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:[.,]\d{1,9})?)?(?<tz>Z|[+\-]\d{2}(?::?\d{2})?)?|" + Time + ")" + End,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex YearFirstRegex();

    // "5 hours ago", "Updated 2 days ago", "Published yesterday".
    [GeneratedRegex(Label + @"(?:(?:\d{1,3}|an?|one|two|few)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)\s+ago|just\s+now|yesterday|today)\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RelativeRegex();

    // "15:00 GMT, 23 December 2016": the time first; it is moved after the date and read again.
    [GeneratedRegex(Label + @"(?<time>\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?(?:\s*\(?(?:[a-z]{1,5}|(?:utc|gmt)?[+\-]\d{1,2}(?::?\d{2})?)\)?)?)\s*[,|\-–—]?\s+(?<date>\S.{5,60})$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TimeFirstRegex();

    private static readonly string[] PartSeparators = [" | ", " · ", " • ", " ; "];

    private static readonly string[] MonthPrefixes = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Whether the line is only a relative time ("3 hours ago"), which names no date by itself.</summary>
    public static bool IsRelative(string line) => line.Length <= MaxLength && RelativeRegex().IsMatch(line);

    /// <summary>The date the line states, when the whole line is timestamps.</summary>
    public static bool TryParse(string line, out PublicationDate date)
    {
        date = default;
        if (line.Length > MaxLength || line.Length < 6)
            return false;
        if (TryParseOne(line, out date, out _))
            return true;
        var timeFirst = TimeFirstRegex().Match(line);
        if (timeFirst.Success && char.IsLetterOrDigit(timeFirst.Groups["date"].Value[0])
            && TryParseOne(timeFirst.Groups["label"].Value + timeFirst.Groups["date"].Value.TrimEnd(',', ' ') + " " + timeFirst.Groups["time"].Value, out date, out _)
            && date.HasTime)
            return true;

        // "Published 23 Dec 2016 | Updated 24 Dec 2016": every part must be a stamp; prefer the non-"updated" one.
        var parts = line.Split(PartSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2)
            return false;
        if (!TryReadParts(parts, slashDayFirst: false, out var monthFirst))
            return false;
        // "11/03/2025 | Updated: 12/03/2025": an ambiguous slash date is read the way that puts the update
        // soonest after the publication (10 hours rather than a month).
        if (TryReadParts(parts, slashDayFirst: true, out var dayFirst) && dayFirst.Published != monthFirst.Published
            && Gap(dayFirst) is { } g1 && (Gap(monthFirst) is not { } g0 || g1 < g0))
            monthFirst = dayFirst;
        date = monthFirst.Published;
        return true;
    }

    private static TimeSpan? Gap((PublicationDate Published, PublicationDate? Updated) r)
    {
        if (r.Updated is not { } u)
            return null;
        var gap = u.Value - r.Published.Value;
        return gap >= TimeSpan.Zero ? gap : null;
    }

    private static bool TryReadParts(string[] parts, bool slashDayFirst, out (PublicationDate Published, PublicationDate? Updated) result)
    {
        result = default;
        PublicationDate? best = null, updated = null;
        bool bestIsUpdate = true;
        foreach (var part in parts)
        {
            if (!TryParseOne(part, out var d, out var label, slashDayFirst))
                return false;
            bool isUpdate = label.Contains("updated", StringComparison.OrdinalIgnoreCase) || label.Contains("modified", StringComparison.OrdinalIgnoreCase);
            if (isUpdate)
                updated ??= d;
            if (best is null || (bestIsUpdate && !isUpdate))
                (best, bestIsUpdate) = (d, isUpdate);
        }
        result = (best!.Value, updated);
        return true;
    }

    private static bool TryParseOne(string text, out PublicationDate date, out string label, bool slashDayFirst = false)
    {
        date = default;
        label = "";
        Match m;
        int year, month, day;
        if ((m = YearFirstRegex().Match(text)).Success)
        {
            year = Int(m, "y");
            month = Int(m, "m");
            day = Int(m, "d");
        }
        else if ((m = MonthDayYearRegex().Match(text)).Success || (m = DayMonthYearRegex().Match(text)).Success)
        {
            year = Int(m, "y");
            month = MonthNumber(m.Groups["mon"].Value);
            day = Int(m, "d");
        }
        else if ((m = NumericRegex().Match(text)).Success)
        {
            year = Int(m, "y");
            (month, day) = NumericMonthDay(Int(m, "a"), Int(m, "b"), m.Groups["sep"].Value, slashDayFirst);
        }
        else
        {
            return false;
        }
        label = m.Groups["label"].Value;
        if (year is < 1900 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;

        if (!m.Groups["h"].Success)
        {
            date = PublicationDate.FromDay(new DateOnly(year, month, day));
            return true;
        }
        int hour = Int(m, "h");
        int minute = m.Groups["mi"].Success ? Int(m, "mi") : 0;
        int second = m.Groups["s"].Success ? Int(m, "s") : 0;
        if (m.Groups["ampm"].Success)
        {
            if (hour is < 1 or > 12)
                return false;
            bool pm = char.ToLowerInvariant(m.Groups["ampm"].Value[0]) == 'p';
            hour = (hour % 12) + (pm ? 12 : 0);
        }
        else if (!m.Groups["mi"].Success)
        {
            return false; // a bare number after the date is not a time
        }
        if (hour > 23 || minute > 59 || second > 59)
            return false;
        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        TimeSpan? offset = null;
        if (m.Groups["tz"].Success)
        {
            if (!TimeZoneAbbreviations.TryGetOffset(m.Groups["tz"].Value, local, out var o))
                return false;
            offset = o;
        }
        date = new PublicationDate(local, true, offset);
        return true;
    }

    /// <summary>Slashes read month first (US) unless that is impossible or the caller asks otherwise; dots and dashes read day first.</summary>
    private static (int Month, int Day) NumericMonthDay(int a, int b, string separator, bool slashDayFirst)
    {
        bool monthFirst = separator == "/" ? a <= 12 && !(slashDayFirst && b <= 12) : b > 12;
        return monthFirst ? (a, b) : (b, a);
    }

    private static int MonthNumber(string name)
    {
        var key = name.AsSpan(0, 3);
        for (int i = 0; i < MonthPrefixes.Length; i++)
        {
            if (key.Equals(MonthPrefixes[i], StringComparison.OrdinalIgnoreCase))
                return i + 1;
        }
        return 0;
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, CultureInfo.InvariantCulture);
}
