using System.Text;

namespace Parallax.Extraction.Html;

/// <summary>Writes the kept blocks of the chosen container(s) as "\n\n"-separated paragraphs.</summary>
internal static class BodyWriter
{
    public static string Write(PageBlocks page, ContentScores scores, List<int> containers)
    {
        var kept = new List<(string Text, bool Heading, bool DroppedAfter)>();
        foreach (var block in page.Blocks)
        {
            var place = PlaceOf(page, scores, block.Element, containers);
            if (place == Place.Outside)
                continue;
            // A roundup item's linked heading is the item's title, not a teaser link.
            bool roundupTitle = block.Kind == BlockKind.Heading && scores.InRoundup[block.Element];
            if (place == Place.InFurniture || !(roundupTitle || Keep(block)))
            {
                if (kept.Count > 0)
                    kept[^1] = kept[^1] with { DroppedAfter = true };
                continue;
            }
            kept.Add((block.Text, block.Kind == BlockKind.Heading, false));
        }
        var sb = new StringBuilder();
        for (int i = 0; i < kept.Count; i++)
        {
            // A heading whose section was all dropped ("More from Science" over a link list, "Get our
            // newsletter" over a sign-up form) labelled furniture: it goes with it.
            if (kept[i].Heading && kept[i].DroppedAfter && (i == kept.Count - 1 || kept[i + 1].Heading))
                continue;
            Append(sb, kept[i].Text);
        }
        return sb.ToString();
    }

    /// <summary>The last resort: every good paragraph of the page outside furniture.</summary>
    public static string WriteGoodParagraphs(PageBlocks page, ContentScores scores)
    {
        var sb = new StringBuilder();
        foreach (var block in page.Blocks)
        {
            if (ContentScores.IsGood(block) && !scores.InFurniture[block.Element] && Keep(block))
                Append(sb, block.Text);
        }
        return sb.ToString();
    }

    private static bool Keep(TextBlock block) =>
        block.Kind != BlockKind.Title
        && (block.LinkDensity <= ExtractionThresholds.MaxBlockLinkDensity
            || (block.Text.Length >= ExtractionThresholds.MinLinkedProseChars && block.LinkDensity <= ExtractionThresholds.MaxLinkedProseDensity))
        && !IsDateStamp(block.Text)
        && !(block.Kind != BlockKind.ListItem
             && block.Text.Length <= ExtractionThresholds.MaxFurnitureLineChars
             && HtmlHints.FurnitureLine().IsMatch(block.Text));

    /// <summary>A short undated-sentence line that is only a time stamp; an embedded post's signature ("— Name (@handle) date") is not one.</summary>
    private static bool IsDateStamp(string text) =>
        text.Length <= ExtractionThresholds.MaxDateLineChars
        && !text.Contains("(@", StringComparison.Ordinal)
        && text[^1] is not ('.' or '!' or '?' or '"' or '”' or '\'' or '’')
        && HtmlHints.DateStamp().IsMatch(text);

    private enum Place
    {
        Outside,
        InFurniture,
        Inside,
    }

    /// <summary>Whether the element lies inside one of the containers, and whether furniture stands between.</summary>
    private static Place PlaceOf(PageBlocks page, ContentScores scores, int element, List<int> containers)
    {
        var elements = page.Elements;
        bool furniture = false;
        for (int e = element; e >= 0; e = elements[e].Parent)
        {
            if (containers.Contains(e))
                return furniture ? Place.InFurniture : Place.Inside;
            furniture |= scores.Furniture[e];
        }
        return Place.Outside;
    }

    private static void Append(StringBuilder sb, string text)
    {
        if (sb.Length > 0)
            sb.Append("\n\n");
        sb.Append(text);
    }
}
