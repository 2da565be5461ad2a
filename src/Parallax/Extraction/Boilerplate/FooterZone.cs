namespace Parallax.Extraction.Boilerplate;

/// <summary>
/// The page's tail after the last body paragraph. There, and only there, the <see cref="FooterFamilies.FooterOnly"/>
/// families (postal addresses, contact lines, site links, tag headings with their tags) count, and a short heading
/// standing over boilerplate ("The Morning Briefing" over a newsletter box, an outlet's name over its address)
/// goes with it. A comment thread (a comment heading with "Reply" or "X says" lines below it) goes to the end.
/// </summary>
internal static class FooterZone
{
    /// <summary>A body paragraph ending a sentence has at least this many words (or <see cref="MinLongParagraphWords"/> without the full stop).</summary>
    public const int MinBodySentenceWords = 6;

    public const int MinLongParagraphWords = 20;

    /// <summary>A box's heading is at most this many words and does not end a sentence.</summary>
    public const int MaxBoxTitleWords = 6;

    /// <summary>
    /// Marks footer lines in <paramref name="kinds"/>. <paramref name="isMetadata"/> says which lines the caller reads
    /// as metadata (bylines, credits, timestamps): those are never taken as box headings.
    /// </summary>
    public static void Mark(IReadOnlyList<string> lines, BoilerplateKind[] kinds, Func<string, bool> isMetadata)
    {
        MarkCommentThread(lines, kinds);
        int lastBody = -1;
        for (int i = lines.Count - 1; i >= 0; i--)
        {
            var line = lines[i];
            if (line.Length == 0 || kinds[i] != BoilerplateKind.None || !IsBodyParagraph(line))
                continue;
            if (FooterFamilies.Classify(line, FooterFamilies.FooterOnly) != BoilerplateKind.None)
                continue;
            lastBody = i;
            break;
        }
        for (int i = lastBody + 1; i < lines.Count; i++)
        {
            if (lines[i].Length > 0 && kinds[i] == BoilerplateKind.None)
                kinds[i] = FooterFamilies.Classify(lines[i], FooterFamilies.FooterOnly);
        }
        // "Topics" over "Lifeboats" / "Harbourside": the tags under a tag heading, one a line.
        for (int i = lastBody + 1; i < lines.Count; i++)
        {
            if (kinds[i] != BoilerplateKind.TagLine || FooterFamilies.Classify(lines[i], FooterFamilies.FooterOnly) != BoilerplateKind.TagLine)
                continue;
            for (int j = i + 1; j < lines.Count && (lines[j].Length == 0 || (kinds[j] == BoilerplateKind.None && IsTag(lines[j]))); j++)
            {
                if (lines[j].Length > 0)
                    kinds[j] = BoilerplateKind.TagLine;
            }
        }
        // Headings: from the end, so that a heading over a heading over a box goes too.
        var next = BoilerplateKind.None;
        for (int i = lines.Count - 1; i > lastBody; i--)
        {
            var line = lines[i];
            if (line.Length == 0)
                continue;
            if (kinds[i] == BoilerplateKind.None && next != BoilerplateKind.None && IsBoxTitle(line) && !isMetadata(line))
                kinds[i] = BoilerplateKind.BoxTitle;
            next = kinds[i];
        }
    }

    /// <summary>A tag under a tag heading has at most this many words.</summary>
    public const int MaxTagWords = 4;

    /// <summary>
    /// A comment heading ("Comments", "5 Comments", "Reader Interactions") with a thread's furniture somewhere
    /// below it ("Reply", "Marta says", "Leave a Reply") opens the comment thread: it runs to the end.
    /// </summary>
    private static void MarkCommentThread(IReadOnlyList<string> lines, BoilerplateKind[] kinds)
    {
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length == 0 || !FooterFamilies.IsCommentHeading(lines[i]))
                continue;
            bool thread = false;
            for (int j = i + 1; j < lines.Count && !thread; j++)
                thread = lines[j].Length > 0 && FooterFamilies.IsThreadLine(lines[j]);
            if (!thread)
                continue;
            for (int j = i; j < lines.Count; j++)
            {
                if (lines[j].Length > 0 && kinds[j] == BoilerplateKind.None)
                    kinds[j] = BoilerplateKind.CommentForm;
            }
            return;
        }
    }

    private static bool IsTag(string line) => TeaserBlocks.WordCount(line) <= MaxTagWords && !TeaserBlocks.EndsSentence(line);

    private static bool IsBodyParagraph(string line)
    {
        int words = TeaserBlocks.WordCount(line);
        return words >= MinLongParagraphWords || (words >= MinBodySentenceWords && TeaserBlocks.EndsSentence(line));
    }

    private static bool IsBoxTitle(string line) =>
        !TeaserBlocks.EndsSentence(line) && TeaserBlocks.WordCount(line) <= MaxBoxTitleWords && char.IsUpper(line[0]);
}
