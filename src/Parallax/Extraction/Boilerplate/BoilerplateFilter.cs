namespace Parallax.Extraction.Boilerplate;

/// <summary>
/// Marks the boilerplate in a sequence of lines (or paragraphs): each line's own family
/// (<see cref="BoilerplateLineClassifier"/>), plus what spans lines: the teasers a header introduces
/// (<see cref="TeaserBlocks"/>) and dumps or script blocks that run over several lines.
/// Empty lines are left as <see cref="BoilerplateKind.None"/>.
/// </summary>
internal static class BoilerplateFilter
{
    public static BoilerplateKind[] Classify(IReadOnlyList<string> lines)
    {
        var kinds = new BoilerplateKind[lines.Count];
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
                continue;
            var kind = BoilerplateLineClassifier.Classify(line);
            kinds[i] = kind;
            switch (kind)
            {
                case BoilerplateKind.WidgetDump or BoilerplateKind.Markup:
                    int end = WidgetDumps.BlockEnd(lines, i);
                    for (int j = i + 1; j <= end; j++)
                        kinds[j] = kind;
                    i = end;
                    break;
                case BoilerplateKind.TeaserHeader:
                    i = MarkTeasers(lines, kinds, i);
                    break;
            }
        }
        return kinds;
    }

    /// <summary>Marks the teasers after the header at <paramref name="header"/>; returns the last index handled.</summary>
    private static int MarkTeasers(IReadOnlyList<string> lines, BoilerplateKind[] kinds, int header)
    {
        bool bodyFollows = TeaserBlocks.BodyFollows(lines, header + 1);
        int i = header + 1;
        for (; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
                continue;
            var own = BoilerplateLineClassifier.Classify(line);
            if (own != BoilerplateKind.None)
            {
                if (bodyFollows)
                    return i - 1; // let the main loop handle it and the block it may open
                kinds[i] = own;   // in the page's tail everything goes anyway
                continue;
            }
            if (bodyFollows && !TeaserBlocks.IsTeaserLike(line))
                return i - 1;
            kinds[i] = BoilerplateKind.Teaser;
        }
        return i - 1;
    }
}
