using System.Text.RegularExpressions;
using Parallax.Model;

namespace Parallax.Extraction.Metadata;

/// <summary>
/// The fourth layer: a full date written in the URL's path — <c>/2016/12/23/</c>, <c>/20161223/</c>,
/// <c>-2016-12-23</c>, <c>/2016-12-23/</c>, <c>_2016_12_23</c>. A year and month alone are not a day and are ignored.
/// </summary>
internal static partial class UrlDateLayer
{
    public static void Read(MetadataDraft draft)
    {
        if (draft.HasPublished || draft.Url is null)
            return;
        if (TryFind(draft.Url, draft.Latest, out var date))
            draft.Fields.TrySetPublished(date, FieldOrigin.Url);
    }

    public static bool TryFind(string url, DateTime latest, out PublicationDate date)
    {
        date = default;
        var path = url;
        if (Uri.TryCreate(url, UriKind.Absolute, out var u))
            path = u.AbsolutePath + u.Query;
        foreach (var pattern in Patterns)
        {
            foreach (Match m in pattern().Matches(path))
            {
                if (TryDay(m, out var day) && DatePlausibility.IsPlausible(PublicationDate.FromDay(day), latest))
                {
                    date = PublicationDate.FromDay(day);
                    return true;
                }
            }
        }
        return false;
    }

    private static readonly Func<Regex>[] Patterns = [Separated, Compact];

    private static bool TryDay(Match m, out DateOnly day)
    {
        day = default;
        int y = int.Parse(m.Groups["y"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        int mo = int.Parse(m.Groups["m"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        int d = int.Parse(m.Groups["d"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        if (mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo))
            return false;
        day = new DateOnly(y, mo, d);
        return true;
    }

    /// <summary><c>/2016/12/23/</c>, <c>-2016-12-23</c>, <c>_2016_12_23</c>, <c>/2016.12.23</c>.</summary>
    [GeneratedRegex(@"(?<=[/_\-=.])(?<y>(?:19|20)\d{2})(?<sep>[/_\-.])(?<m>[01]?\d)\k<sep>(?<d>[0-3]?\d)(?=[/_\-.?&#]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Separated();

    /// <summary><c>/20161223/</c>, <c>-20161223-</c>, <c>/20161223123456</c> is not taken (an id, not a date).</summary>
    [GeneratedRegex(@"(?<=[/_\-=])(?<y>(?:19|20)\d{2})(?<m>[01]\d)(?<d>[0-3]\d)(?=[/_\-.?&#]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Compact();
}
