using System.Globalization;

namespace Parallax.Model;

/// <summary>
/// When an article was published, with the precision the source gave: a day, or a day and a time
/// (with its UTC offset when the source stated one).
/// </summary>
public readonly record struct PublicationDate(DateTime Value, bool HasTime, TimeSpan? Offset = null)
{
    /// <summary>The calendar day.</summary>
    public DateOnly Day => DateOnly.FromDateTime(Value);

    /// <summary>A date known to the day, without a time.</summary>
    public static PublicationDate FromDay(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), false);

    /// <summary>ISO 8601: <c>2016-12-23</c>, <c>2016-12-23T15:00:22</c> or <c>2016-12-23T15:00:22+03:00</c>.</summary>
    public string ToIso()
    {
        if (!HasTime)
            return Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var s = Value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        if (Offset is { } o)
            s += o == TimeSpan.Zero ? "Z" : (o < TimeSpan.Zero ? "-" : "+") + o.Duration().ToString("hh\\:mm", CultureInfo.InvariantCulture);
        return s;
    }

    /// <summary>Parses the ISO 8601 forms <see cref="ToIso"/> writes, and the common variants of them.</summary>
    public static bool TryParseIso(string? text, out PublicationDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
            return false;
        text = text.Trim();
        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            date = FromDay(day);
            return true;
        }
        if (text.EndsWith('Z') || HasExplicitOffset(text))
        {
            if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dto))
                return false;
            date = new PublicationDate(dto.DateTime, true, dto.Offset);
            return true;
        }
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dt))
        {
            date = new PublicationDate(DateTime.SpecifyKind(dt, DateTimeKind.Unspecified), text.Contains(':'));
            return true;
        }
        return false;
    }

    private static bool HasExplicitOffset(string text)
    {
        int t = text.IndexOf('T');
        if (t < 0)
            t = text.IndexOf(' ');
        if (t < 0)
            return false;
        var time = text.AsSpan(t + 1);
        return time.IndexOfAny('+', '-') >= 0;
    }

    /// <summary>The date as <see cref="ToIso"/> writes it.</summary>
    public override string ToString() => ToIso();
}
