namespace Parallax.Extraction.Html;

/// <summary>
/// Per-element text sums, computed bottom-up once: all text, link text, prose ("good" paragraphs), and
/// prose outside furniture. Furniture is an element named as such that holds a minor share of the prose,
/// so a layout wrapper that happens to be called "with-sidebar" cannot swallow the article.
/// </summary>
internal sealed class ContentScores
{
    public int[] TextChars { get; }
    public int[] LinkChars { get; }
    public int[] GoodAll { get; }
    public int[] GoodClean { get; }

    /// <summary>The element itself is furniture (not inherited).</summary>
    public bool[] Furniture { get; }

    /// <summary>The element is furniture or inside furniture.</summary>
    public bool[] InFurniture { get; }

    public int TotalGood => GoodClean.Length > 0 ? GoodClean[0] : 0;

    public ContentScores(PageBlocks page)
    {
        int n = page.Elements.Count;
        TextChars = new int[n];
        LinkChars = new int[n];
        GoodAll = new int[n];
        GoodClean = new int[n];
        Furniture = new bool[n];
        InFurniture = new bool[n];
        var elements = page.Elements;

        foreach (var block in page.Blocks)
        {
            int good = IsGood(block) ? block.Text.Length : 0;
            for (int e = block.Element; e >= 0; e = elements[e].Parent)
            {
                TextChars[e] += block.Text.Length;
                LinkChars[e] += block.LinkChars;
                GoodAll[e] += good;
            }
        }

        double limit = ExtractionThresholds.MaxBoilerplateShare * (n > 0 ? GoodAll[0] : 0);
        for (int e = 0; e < n; e++)
        {
            var info = elements[e];
            Furniture[e] = info.Boilerplate && GoodAll[e] < limit;
            InFurniture[e] = Furniture[e] || (info.Parent >= 0 && InFurniture[info.Parent]);
        }

        foreach (var block in page.Blocks)
        {
            if (!IsGood(block) || InFurniture[block.Element])
                continue;
            for (int e = block.Element; e >= 0; e = elements[e].Parent)
                GoodClean[e] += block.Text.Length;
        }
    }

    public static bool IsGood(TextBlock block) =>
        block.Kind is BlockKind.Paragraph or BlockKind.Text or BlockKind.Quote or BlockKind.Preformatted
        && block.Text.Length >= ExtractionThresholds.MinGoodParagraphChars
        && block.LinkDensity <= ExtractionThresholds.MaxGoodLinkDensity;
}
