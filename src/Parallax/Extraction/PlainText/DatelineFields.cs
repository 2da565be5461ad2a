using Parallax.Model;

namespace Parallax.Extraction.PlainText;

/// <summary>
/// Where a dateline's parts go, for plain text and HTML alike: the city is the dateline, the region or country
/// after it the dateline's region (only with its own city), the credited agency the agency and, when no
/// earlier layer named the publisher, the outlet. The agency is not made a citation: citations are spans of
/// the clean text, and the dateline leaves the text.
/// </summary>
internal static class DatelineFields
{
    public static void Apply(ExtractedFields fields, Dateline dateline)
    {
        if (fields.TrySetDateline(dateline.Place, FieldOrigin.Dateline))
            fields.TrySetDatelineRegion(dateline.Region, FieldOrigin.Dateline);
        fields.TrySetAgency(dateline.Agency, FieldOrigin.Dateline);
        fields.TrySetOutlet(dateline.Agency, FieldOrigin.Dateline);
    }
}
