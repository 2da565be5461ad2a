using System.Text;

namespace Parallax.Extraction.Html;

/// <summary>Writes the kept blocks of the chosen container(s) as "\n\n"-separated paragraphs.</summary>
internal static class BodyWriter
{
    public static string Write(PageBlocks page, ContentScores scores, List<int> containers)
    {
        var sb = new StringBuilder();
        foreach (var block in page.Blocks)
        {
            if (!InsideAny(page, scores, block.Element, containers) || !Keep(block))
                continue;
            Append(sb, block.Text);
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

    /// <summary>Whether the element lies inside one of the containers with no furniture between.</summary>
    private static bool InsideAny(PageBlocks page, ContentScores scores, int element, List<int> containers)
    {
        var elements = page.Elements;
        for (int e = element; e >= 0; e = elements[e].Parent)
        {
            if (containers.Contains(e))
                return true;
            if (scores.Furniture[e])
                return false;
        }
        return false;
    }

    private static void Append(StringBuilder sb, string text)
    {
        if (sb.Length > 0)
            sb.Append("\n\n");
        sb.Append(text);
    }
}
