namespace Parallax.Extraction.Html;

/// <summary>Chooses the element(s) holding the article: body-named elements when they hold most prose, else the dominant subtree.</summary>
internal static class ContainerFinder
{
    public static List<int> Find(PageBlocks page, ContentScores scores)
    {
        var elements = page.Elements;
        int total = scores.TotalGood;

        // Outermost body-named elements outside furniture.
        var hinted = new List<int>();
        int hintedGood = 0;
        for (int e = 0; e < elements.Count; e++)
        {
            if (!elements[e].BodyHint || scores.InFurniture[e] || scores.GoodClean[e] == 0 || HasHintedAncestor(elements, e))
                continue;
            hinted.Add(e);
            hintedGood += scores.GoodClean[e];
        }
        if (total > 0 && hintedGood >= ExtractionThresholds.MinBodyHintShare * total)
        {
            // Body-named siblings (every <p class="bodytext">) are one body: their parent holds it, with
            // any unnamed lead paragraph beside them.
            int parent = elements[hinted[0]].Parent;
            return hinted.Count > 1 && parent > 0 && hinted.TrueForAll(h => elements[h].Parent == parent) ? [parent] : hinted;
        }

        // Descend from the root while one child holds nearly all of its parent's prose.
        var bestChild = new int[elements.Count];
        Array.Fill(bestChild, -1);
        for (int e = 1; e < elements.Count; e++)
        {
            int p = elements[e].Parent;
            if (p >= 0 && (bestChild[p] < 0 || scores.GoodClean[e] > scores.GoodClean[bestChild[p]]))
                bestChild[p] = e;
        }
        int current = 0;
        while (bestChild[current] >= 0
               && scores.GoodClean[current] > 0
               && scores.GoodClean[bestChild[current]] >= ExtractionThresholds.DescendShare * scores.GoodClean[current])
            current = bestChild[current];
        return [current];
    }

    private static bool HasHintedAncestor(List<ElementInfo> elements, int e)
    {
        for (int p = elements[e].Parent; p >= 0; p = elements[p].Parent)
        {
            if (elements[p].BodyHint)
                return true;
        }
        return false;
    }
}
