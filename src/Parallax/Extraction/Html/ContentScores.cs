namespace Parallax.Extraction.Html;

/// <summary>
/// Per-element text sums, computed bottom-up once: all text, link text, prose ("good" paragraphs), and
/// prose outside furniture. Furniture is an element named as such (or a member of a teaser group) unless
/// it holds most of the page's prose in several paragraphs, so a layout wrapper that happens to be called
/// "with-sidebar" cannot swallow the article.
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
        var goodCount = new int[n];
        var firstBlock = new int[n];
        Array.Fill(firstBlock, -1);
        var elements = page.Elements;
        var blocks = page.Blocks;

        for (int b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            bool isGood = IsGood(block);
            for (int e = block.Element; e >= 0; e = elements[e].Parent)
            {
                TextChars[e] += block.Text.Length;
                LinkChars[e] += block.LinkChars;
                if (isGood)
                {
                    GoodAll[e] += block.Text.Length;
                    goodCount[e]++;
                }
                if (firstBlock[e] < 0)
                    firstBlock[e] = b;
            }
        }

        var teasers = TeaserItems(page, firstBlock);
        int total = n > 0 ? GoodAll[0] : 0;
        for (int e = 0; e < n; e++)
        {
            var info = elements[e];
            bool named = info.Boilerplate || teasers[e];
            bool holdsArticle = GoodAll[e] >= ExtractionThresholds.MaxBoilerplateShare * total
                                && goodCount[e] >= ExtractionThresholds.MinProtectedParagraphs;
            Furniture[e] = named && !holdsArticle;
            InFurniture[e] = Furniture[e] || (info.Parent >= 0 && InFurniture[info.Parent]);
        }

        foreach (var block in blocks)
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

    /// <summary>
    /// Teaser lists ("you may also like", more-stories rails): at least <see cref="ExtractionThresholds.MinTeaserGroup"/>
    /// sibling elements of the same tag and first class word, each short and opening with a linked headline.
    /// </summary>
    private bool[] TeaserItems(PageBlocks page, int[] firstBlock)
    {
        var elements = page.Elements;
        var teaser = new bool[elements.Count];
        Dictionary<(int Parent, string Tag, string Class), int>? groups = null;
        for (int e = 1; e < elements.Count; e++)
        {
            if (!LooksLikeTeaser(page, e, firstBlock[e]))
                continue;
            groups ??= [];
            var key = (elements[e].Parent, elements[e].Tag, FirstClassWord(elements[e]));
            groups[key] = groups.GetValueOrDefault(key) + 1;
        }
        if (groups is null)
            return teaser;
        for (int e = 1; e < elements.Count; e++)
        {
            if (LooksLikeTeaser(page, e, firstBlock[e])
                && groups.GetValueOrDefault((elements[e].Parent, elements[e].Tag, FirstClassWord(elements[e]))) >= ExtractionThresholds.MinTeaserGroup)
                teaser[e] = true;
        }
        return teaser;
    }

    private bool LooksLikeTeaser(PageBlocks page, int element, int first)
    {
        if (first < 0 || TextChars[element] > ExtractionThresholds.MaxTeaserChars)
            return false;
        var headline = page.Blocks[first];
        return headline.Text.Length >= ExtractionThresholds.MinTeaserHeadlineChars
               && headline.LinkDensity >= ExtractionThresholds.MinTeaserHeadlineLinkDensity
               && headline.Element != element;
    }

    private static string FirstClassWord(ElementInfo info)
    {
        var cls = info.Element.GetAttribute("class");
        if (string.IsNullOrWhiteSpace(cls))
            return "";
        var span = cls.AsSpan().TrimStart();
        int end = span.IndexOfAny(' ', '\t', '\n');
        return (end < 0 ? span : span[..end]).ToString();
    }
}
