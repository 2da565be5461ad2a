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

    /// <summary>The element is or lies inside an item of a roundup (<see cref="TeaserItems"/>): its linked heading is the item's title, kept.</summary>
    public bool[] InRoundup { get; }

    /// <summary>The page is a listing (a product grid, an event list): a long run of teaser items and little prose besides.</summary>
    public bool IsListing { get; private set; }

    /// <param name="page">The page's blocks.</param>
    /// <param name="trustWeakWords">Whether a page-builder word (widget, read-more) alone makes furniture, as
    /// on hand-made pages; when false, a block so named that reads as prose is kept (the second look when
    /// the first found no article).</param>
    public ContentScores(PageBlocks page, bool trustWeakWords = true)
    {
        int n = page.Elements.Count;
        TextChars = new int[n];
        LinkChars = new int[n];
        GoodAll = new int[n];
        GoodClean = new int[n];
        Furniture = new bool[n];
        InFurniture = new bool[n];
        InRoundup = new bool[n];
        var goodCount = new int[n];
        var firstBlock = new int[n];
        Array.Fill(firstBlock, -1);
        _truncated = new bool[n];
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
            // A cut-off excerpt ("… esperando mais à frente por …") marks the few elements around it as a teaser.
            if (block.Text.EndsWith('…') || block.Text.EndsWith("...", StringComparison.Ordinal))
            {
                int up = 0;
                for (int e = block.Element; e >= 0 && up < TruncatedLevels; e = elements[e].Parent, up++)
                    _truncated[e] = true;
            }
        }

        // The headline (the first <h1>) and the elements that hold it.
        int titleBlock = blocks.FindIndex(b => b.Kind == BlockKind.Title);
        var holdsTitle = new bool[n];
        if (titleBlock >= 0)
        {
            for (int e = blocks[titleBlock].Element; e >= 0; e = elements[e].Parent)
                holdsTitle[e] = true;
        }

        int total = n > 0 ? GoodAll[0] : 0;
        var teasers = TeaserItems(page, firstBlock, titleBlock, total);
        for (int e = 0; e < n; e++)
        {
            var info = elements[e];
            bool named = info.Boilerplate || teasers[e];
            bool holdsArticle = GoodAll[e] >= ExtractionThresholds.MaxBoilerplateShare * total
                                && goodCount[e] >= ExtractionThresholds.MinProtectedParagraphs;
            // A comment thread heavier than the post still is no article: only a page-wide wrapper that also
            // holds the headline ("comments-open" on the page body) is protected by its size.
            bool thread = info.Comments && titleBlock >= 0 && !holdsTitle[e];
            // ...and a comment-named element that holds the headline and most of the prose is that wrapper,
            // however short the post (its thread's items, list items, are no prose to count).
            bool wrapper = info.Comments && titleBlock >= 0 && holdsTitle[e] && GoodAll[e] >= ExtractionThresholds.MaxBoilerplateShare * total;
            // A page-builder word (widget, read-more) alone condemns a block only when it does not read as prose.
            bool weak = info.WeakFurniture && !holdsArticle && (trustWeakWords || !ReadsAsProse(e));
            Furniture[e] = (named && (!(holdsArticle || wrapper) || thread)) || weak;
            InFurniture[e] = Furniture[e] || (info.Parent >= 0 && InFurniture[info.Parent]);
            InRoundup[e] |= info.Parent >= 0 && InRoundup[info.Parent];
        }

        foreach (var block in blocks)
        {
            if (!IsGood(block) || InFurniture[block.Element])
                continue;
            for (int e = block.Element; e >= 0; e = elements[e].Parent)
                GoodClean[e] += block.Text.Length;
        }
    }

    /// <summary>How many levels above a cut-off excerpt count as holding it (an excerpt sits a few levels inside its teaser).</summary>
    private const int TruncatedLevels = 3;

    /// <summary>The element holds, a few levels down, an excerpt cut off with an ellipsis.</summary>
    private readonly bool[] _truncated;

    /// <summary>Mostly prose paragraphs and few links: a block of the article, whatever its class says.</summary>
    private bool ReadsAsProse(int e) =>
        GoodAll[e] > 0
        && GoodAll[e] >= ExtractionThresholds.MinProseShare * TextChars[e]
        && LinkChars[e] <= ExtractionThresholds.MaxGoodLinkDensity * TextChars[e];

    public static bool IsGood(TextBlock block) =>
        block.Kind is BlockKind.Paragraph or BlockKind.Text or BlockKind.Quote or BlockKind.Preformatted
        && block.Text.Length >= ExtractionThresholds.MinGoodParagraphChars
        && block.LinkDensity <= ExtractionThresholds.MaxGoodLinkDensity;

    /// <summary>
    /// Teaser lists ("you may also like", more-stories rails): at least <see cref="ExtractionThresholds.MinTeaserGroup"/>
    /// sibling elements of the same tag and first class word, each short and opening with a linked headline.
    /// A group that comes after the page's <c>&lt;h1&gt;</c> and holds most of its prose is the page's main
    /// sequence, a roundup ("Five suppers for a cold week": dish, blurb, "Get the recipe"): its items are the
    /// article (<see cref="InRoundup"/>), not teasers. A long group on a page with little prose makes it a listing.
    /// </summary>
    private bool[] TeaserItems(PageBlocks page, int[] firstBlock, int titleBlock, int totalGood)
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
        // Per group: its prose, its text, and whether all its items follow the headline.
        var groupGood = new Dictionary<(int, string, string), (int Good, int Text, bool AfterTitle)>();
        for (int e = 1; e < elements.Count; e++)
        {
            if (!LooksLikeTeaser(page, e, firstBlock[e]))
                continue;
            var key = (elements[e].Parent, elements[e].Tag, FirstClassWord(elements[e]));
            if (groups[key] < ExtractionThresholds.MinTeaserGroup)
                continue;
            var g = groupGood.TryGetValue(key, out var sum) ? sum : (Good: 0, Text: 0, AfterTitle: true);
            // Cut-off excerpts are teasers of other pages, never a roundup's own blurbs.
            groupGood[key] = (g.Good + GoodAll[e], g.Text + TextChars[e], g.AfterTitle && titleBlock >= 0 && titleBlock < firstBlock[e] && !_truncated[e]);
        }
        int pageText = TextChars.Length > 0 ? TextChars[0] : 0;
        for (int e = 1; e < elements.Count; e++)
        {
            if (!LooksLikeTeaser(page, e, firstBlock[e]))
                continue;
            var key = (elements[e].Parent, elements[e].Tag, FirstClassWord(elements[e]));
            if (!groupGood.TryGetValue(key, out var g))
                continue;
            if (g.AfterTitle && g.Good > 0 && g.Good >= ExtractionThresholds.MinRoundupShare * totalGood)
            {
                InRoundup[e] = true;
                continue;
            }
            teaser[e] = true;
            if (groups[key] >= ExtractionThresholds.MinListingItems && totalGood - g.Good < ExtractionThresholds.MinPrimaryChars
                && 2 * g.Text >= pageText)
                IsListing = true;
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
