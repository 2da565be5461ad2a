namespace Parallax.Extraction.Boilerplate;

/// <summary>
/// What a teaser header introduces. Teasers are headlines (short, no closing punctuation) and snippets
/// (often cut off with "…"); body paragraphs are long sentences. When nothing after a header looks like
/// a body paragraph, the header starts the page's tail and everything after it goes; otherwise the block
/// ends at the first line that reads as a finished sentence.
/// </summary>
internal static class TeaserBlocks
{
    /// <summary>A line of at least this many words, ending a sentence and not cut off, is body text.</summary>
    public const int MinBodyParagraphWords = 40;

    /// <summary>Two finished sentences of at least this many words on consecutive lines read as body text too.</summary>
    public const int MinBodySentenceWords = 12;

    /// <summary>A teaser headline has at most this many words.</summary>
    public const int MaxHeadlineWords = 25;

    private static readonly string[] TruncationMarks = ["…", "...", "[…]", "(…)", "[...]"];

    /// <summary>Whether the line reads as a body paragraph that a teaser list would not contain.</summary>
    public static bool IsBodyParagraph(string line) =>
        !IsTruncated(line) && EndsSentence(line) && WordCount(line) >= MinBodyParagraphWords;

    /// <summary>
    /// Whether body text resumes somewhere from <paramref name="start"/> on: a long paragraph, or two
    /// consecutive finished sentences (teaser lists alternate headline and snippet, or are all headlines).
    /// </summary>
    public static bool BodyFollows(IReadOnlyList<string> lines, int start)
    {
        bool previousSentence = false;
        for (int i = start; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
                continue;
            if (IsBodyParagraph(line))
                return true;
            bool sentence = !IsTruncated(line) && EndsSentence(line) && WordCount(line) >= MinBodySentenceWords;
            if (sentence && previousSentence)
                return true;
            previousSentence = sentence;
        }
        return false;
    }

    /// <summary>Whether the line could be a teaser's headline or snippet.</summary>
    public static bool IsTeaserLike(string line) =>
        IsTruncated(line) || (!EndsSentence(line) && WordCount(line) <= MaxHeadlineWords);

    public static bool IsTruncated(string line)
    {
        var t = line.AsSpan().TrimEnd();
        foreach (var mark in TruncationMarks)
        {
            if (t.EndsWith(mark, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    public static bool EndsSentence(string line)
    {
        var t = line.AsSpan().TrimEnd();
        while (t.Length > 0 && t[^1] is '"' or '\'' or '”' or '’' or ')' or '»')
            t = t[..^1];
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or ':' or ';';
    }

    public static int WordCount(string line)
    {
        int count = 0;
        bool inWord = false;
        foreach (char c in line)
        {
            bool space = char.IsWhiteSpace(c);
            if (!space && !inWord)
                count++;
            inWord = !space;
        }
        return count;
    }
}
