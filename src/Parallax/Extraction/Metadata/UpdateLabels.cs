using System.Text.RegularExpressions;
using Parallax.Model;

namespace Parallax.Extraction.Metadata;

/// <summary>
/// Visible date lines often carry two dates, "Published 12 March · Updated 14 March", or put an update line first.
/// The publication date is the one not introduced by an update word; a date that only an update word introduces is
/// used when the page gives no other.
/// </summary>
internal static partial class UpdateLabels
{
    /// <summary>
    /// The first date in <paramref name="text"/> outside the stretches an update word opens (each runs to the next
    /// publication word, or to the end); <paramref name="updateOnly"/> when the only date there is an update's.
    /// </summary>
    public static bool TryFindPublished(string text, DateTime latest, NumericOrder order, out PublicationDate date, out bool updateOnly)
    {
        updateOnly = false;
        if (!Update().IsMatch(text))
            return DateParser.TryFindInText(text, latest, order, out date);
        var kept = new char[text.Length];
        text.CopyTo(0, kept, 0, text.Length);
        foreach (Match u in Update().Matches(text))
        {
            var next = Publish().Match(text, u.Index + u.Length);
            int end = next.Success ? next.Index : text.Length;
            for (int i = u.Index; i < end; i++)
                kept[i] = ' ';
        }
        if (DateParser.TryFindInText(new string(kept), latest, order, out date))
            return true;
        updateOnly = DateParser.TryFindInText(text, latest, order, out date);
        return updateOnly;
    }

    [GeneratedRegex(@"\b(?:(?:last\s+)?updated|(?:last\s+)?modified|edited|revised|amended|aktualisiert|ge[äa]ndert|mis\s+[àa]\s+jour|actualizad[oa]|aggiornat[oa])\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Update();

    [GeneratedRegex(@"\b(?:(?:first\s+|originally\s+)?published|posted|publi[ée]e?|ver[öo]ffentlicht|publicad[oa]|pubblicat[oa]|erschienen)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Publish();
}
