using System.Globalization;
using System.Text.RegularExpressions;
using Parallax.Model;

namespace Parallax.Extraction.Metadata;

/// <summary>
/// Reads publication dates in the many forms pages write them: machine values (ISO 8601 with or
/// without offset, RFC 1123, compact <c>20161223</c>, unix seconds or milliseconds) and visible text
/// ("December 23, 2016", "23 Dec 2016", "23.12.2016", "2016/12/23", "2016年12月23日"). Dates outside
/// <see cref="DatePlausibility"/> are refused. Stateless and thread-safe.
/// </summary>
internal static partial class DateParser
{
    /// <summary>A machine-readable value (attribute, JSON-LD, meta content); falls back to the text forms.</summary>
    public static bool TryParseValue(string? value, DateTime latest, out PublicationDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value))
            return false;
        var s = value.Trim();
        if (s.Length > MaxValueLength)
            s = s[..MaxValueLength];
        if (TryUnixOrCompact(s, out date) || TryIso(s, out date))
            return DatePlausibility.IsPlausible(date, latest);
        return TryFindInText(s, latest, out date);
    }

    /// <summary>The first plausible date written in free text (an all-numeric "03/02/2024" read day first).</summary>
    public static bool TryFindInText(string text, DateTime latest, out PublicationDate date) =>
        TryFindInText(text, latest, NumericOrder.DayFirst, out date);

    /// <summary>The first plausible date written in free text, an all-numeric one read in <paramref name="order"/> unless its numbers rule that out.</summary>
    public static bool TryFindInText(string text, DateTime latest, NumericOrder order, out PublicationDate date)
    {
        date = default;
        if (string.IsNullOrEmpty(text))
            return false;
        PublicationDate best = default;
        int bestIndex = int.MaxValue;
        foreach (var find in TextFinders)
        {
            if (find(text, latest, order, out var found, out int index) && index < bestIndex)
            {
                best = found;
                bestIndex = index;
            }
        }
        if (bestIndex == int.MaxValue)
            return false;
        date = best;
        return true;
    }

    /// <summary>Values longer than this are cut before parsing (a date is never this long).</summary>
    private const int MaxValueLength = 120;

    /// <summary>Unix timestamps: 10 digits are seconds, 13 are milliseconds (both span 2001..2286).</summary>
    private const int UnixSecondsDigits = 10;
    private const int UnixMillisecondsDigits = 13;

    private delegate bool TextFinder(string text, DateTime latest, NumericOrder order, out PublicationDate date, out int index);

    private static readonly TextFinder[] TextFinders = [FindIsoLike, FindCjk, FindNumeric, FindDayMonthName, FindMonthNameDay, FindYearMonthNameDay];

    private static bool TryUnixOrCompact(string s, out PublicationDate date)
    {
        date = default;
        if (!s.All(char.IsAsciiDigit))
            return false;
        if (s.Length == UnixSecondsDigits || s.Length == UnixMillisecondsDigits)
        {
            long n = long.Parse(s, CultureInfo.InvariantCulture);
            var dto = s.Length == UnixSecondsDigits ? DateTimeOffset.FromUnixTimeSeconds(n) : DateTimeOffset.FromUnixTimeMilliseconds(n);
            date = new PublicationDate(dto.UtcDateTime, true, TimeSpan.Zero);
            return true;
        }
        if (s.Length is 8 or 12 or 14)
        {
            string format = s.Length switch { 8 => "yyyyMMdd", 12 => "yyyyMMddHHmm", _ => "yyyyMMddHHmmss" };
            if (DateTime.TryParseExact(s, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt))
            {
                date = new PublicationDate(dt, s.Length > 8);
                return true;
            }
        }
        return false;
    }

    /// <summary>ISO 8601 and its loose variants at the start of a value: <c>2016-12-23T15:00:22.000+0300</c>, <c>2016/12/23 15:00</c>.</summary>
    private static bool TryIso(string s, out PublicationDate date)
    {
        date = default;
        var m = IsoValue().Match(s);
        if (!m.Success || !TryDay(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out var day))
            return false;
        if (!m.Groups["h"].Success)
        {
            date = PublicationDate.FromDay(day);
            return true;
        }
        int hour = int.Parse(m.Groups["h"].ValueSpan, CultureInfo.InvariantCulture);
        int minute = int.Parse(m.Groups["mi"].ValueSpan, CultureInfo.InvariantCulture);
        int second = m.Groups["s"].Success ? int.Parse(m.Groups["s"].ValueSpan, CultureInfo.InvariantCulture) : 0;
        if (hour > 23 || minute > 59 || second > 59)
        {
            date = PublicationDate.FromDay(day);
            return true;
        }
        var value = day.ToDateTime(new TimeOnly(hour, minute, second));
        date = new PublicationDate(value, true, ParseOffset(m.Groups["z"].Value));
        return true;
    }

    private static TimeSpan? ParseOffset(string z)
    {
        if (z.Length == 0)
            return null;
        if (z is "Z" or "z" or "UTC" or "GMT")
            return TimeSpan.Zero;
        int sign = z[0] == '-' ? -1 : 1;
        var digits = z[1..].Replace(":", "", StringComparison.Ordinal);
        if (digits.Length == 2)
            digits += "00";
        if (digits.Length != 4)
            return null;
        int h = int.Parse(digits.AsSpan(0, 2), CultureInfo.InvariantCulture);
        int mi = int.Parse(digits.AsSpan(2, 2), CultureInfo.InvariantCulture);
        return h > 14 || mi > 59 ? null : sign * new TimeSpan(h, mi, 0);
    }

    private static bool FindIsoLike(string text, DateTime latest, NumericOrder order, out PublicationDate date, out int index)
    {
        foreach (Match m in IsoInText().Matches(text))
        {
            if (TryDay(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out var day)
                && Accept(PublicationDate.FromDay(day), latest, m.Index, out date, out index))
                return true;
        }
        return Fail(out date, out index);
    }

    private static bool FindCjk(string text, DateTime latest, NumericOrder order, out PublicationDate date, out int index)
    {
        foreach (Match m in CjkDate().Matches(text))
        {
            if (TryDay(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out var day)
                && Accept(PublicationDate.FromDay(day), latest, m.Index, out date, out index))
                return true;
        }
        return Fail(out date, out index);
    }

    /// <summary>
    /// <c>23.12.2016</c>, <c>23/12/2016</c>, <c>12/23/2016</c>, <c>23-12-2016</c>: day first unless only a
    /// month-first reading is a valid date (the second number is above 12).
    /// </summary>
    private static bool FindNumeric(string text, DateTime latest, NumericOrder order, out PublicationDate date, out int index)
    {
        foreach (Match m in NumericDate().Matches(text))
        {
            string a = m.Groups["a"].Value, b = m.Groups["b"].Value, y = m.Groups["y"].Value;
            if (y.Length == 2)
                y = "20" + y;
            int first = int.Parse(a, CultureInfo.InvariantCulture), second = int.Parse(b, CultureInfo.InvariantCulture);
            bool monthFirst = second > MonthsInYear || (order == NumericOrder.MonthFirst && first <= MonthsInYear);
            bool ok = monthFirst ? TryDay(y, a, b, out var day) : TryDay(y, b, a, out day);
            if (ok && Accept(PublicationDate.FromDay(day), latest, m.Index, out date, out index))
                return true;
        }
        return Fail(out date, out index);
    }

    private static bool FindDayMonthName(string text, DateTime latest, NumericOrder order, out PublicationDate date, out int index)
    {
        foreach (Match m in DayMonthName().Matches(text))
        {
            int month = MonthNames.Lookup(m.Groups["mon"].ValueSpan);
            if (month > 0 && TryDay(m.Groups["y"].Value, month, m.Groups["d"].Value, out var day)
                && Accept(PublicationDate.FromDay(day), latest, m.Index, out date, out index))
                return true;
        }
        return Fail(out date, out index);
    }

    private static bool FindMonthNameDay(string text, DateTime latest, NumericOrder order, out PublicationDate date, out int index)
    {
        foreach (Match m in MonthNameDay().Matches(text))
        {
            int month = MonthNames.Lookup(m.Groups["mon"].ValueSpan);
            if (month > 0 && TryDay(m.Groups["y"].Value, month, m.Groups["d"].Value, out var day)
                && Accept(PublicationDate.FromDay(day), latest, m.Index, out date, out index))
                return true;
        }
        return Fail(out date, out index);
    }

    /// <summary>Year first, as Hungarian and Lithuanian write it: <c>2020. október 7.</c></summary>
    private static bool FindYearMonthNameDay(string text, DateTime latest, NumericOrder order, out PublicationDate date, out int index)
    {
        foreach (Match m in YearMonthNameDay().Matches(text))
        {
            int month = MonthNames.Lookup(m.Groups["mon"].ValueSpan);
            if (month > 0 && TryDay(m.Groups["y"].Value, month, m.Groups["d"].Value, out var day)
                && Accept(PublicationDate.FromDay(day), latest, m.Index, out date, out index))
                return true;
        }
        return Fail(out date, out index);
    }

    private const int MonthsInYear = 12;

    private static bool Accept(PublicationDate candidate, DateTime latest, int at, out PublicationDate date, out int index)
    {
        if (DatePlausibility.IsPlausible(candidate, latest))
        {
            date = candidate;
            index = at;
            return true;
        }
        return Fail(out date, out index);
    }

    private static bool Fail(out PublicationDate date, out int index)
    {
        date = default;
        index = int.MaxValue;
        return false;
    }

    private static bool TryDay(string y, string m, string d, out DateOnly day) =>
        TryDay(y, int.TryParse(m, NumberStyles.None, CultureInfo.InvariantCulture, out int month) ? month : 0, d, out day);

    private static bool TryDay(string y, int month, string d, out DateOnly day)
    {
        day = default;
        if (!int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out int year)
            || !int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out int dayOfMonth)
            || year < 1 || month is < 1 or > MonthsInYear || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month))
            return false;
        day = new DateOnly(year, month, dayOfMonth);
        return true;
    }

    [GeneratedRegex(@"^(?<y>\d{4})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})(?:[T ]\s?(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:[.,]\d{1,9})?)?\s?(?<z>Z|[+-]\d{2}:?(?:\d{2})?|UTC|GMT)?)?", RegexOptions.CultureInvariant)]
    private static partial Regex IsoValue();

    [GeneratedRegex(@"(?<![\d/.-])(?<y>(?:19|20)\d{2})(?<sep>[-/.])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoInText();

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})\s?[年년]\s?(?<m>\d{1,2})\s?[月월]\s?(?<d>\d{1,2})\s?[日일]", RegexOptions.CultureInvariant)]
    private static partial Regex CjkDate();

    [GeneratedRegex(@"(?<![\d/.:-])(?<a>\d{1,2})(?<sep>[./-])(?<b>\d{1,2})\k<sep>(?<y>(?:19|20)\d{2}|\d{2}(?![\d:]))(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<d>\d{1,2})(?:st|nd|rd|th|er)?\.?\s{0,3}(?:de\s)?(?<mon>\p{L}{3,12}\.?),?\s{0,3}(?:de\s|del\s)?(?<y>(?:19|20)\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthName();

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d{2})\.?\s(?:m\.\s)?(?<mon>\p{L}{3,12}\.?)\s{1,3}(?<d>\d{1,2})(?:\.|\s?d\.)", RegexOptions.CultureInvariant)]
    private static partial Regex YearMonthNameDay();

    [GeneratedRegex(@"(?<![\p{L}])(?<mon>\p{L}{3,12}\.?)\s{1,3}(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(?<y>(?:19|20)\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex MonthNameDay();
}

/// <summary>The span of dates a news page can really carry.</summary>
internal static class DatePlausibility
{
    /// <summary>No news page in the wild predates this year; earlier "dates" are copyright lines or birthdays.</summary>
    public const int MinYear = 1990;

    /// <summary>How far past the reference moment a date may lie (time zones, scheduled posts).</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromDays(1);

    public static bool IsPlausible(PublicationDate date, DateTime latest) =>
        date.Value.Year >= MinYear && date.Value <= latest + FutureTolerance;
}

/// <summary>Which number comes first in an all-numeric date such as "03/02/2024".</summary>
internal enum NumericOrder : byte
{
    DayFirst,
    MonthFirst,
}
