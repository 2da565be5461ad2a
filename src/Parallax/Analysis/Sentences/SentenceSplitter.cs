using Parallax.Model;

namespace Parallax.Analysis.Sentences;

/// <summary>
/// Splits an article into sentences: paragraph breaks always split; within a paragraph a sentence ends at
/// <c>. ! ? …</c> (with any closing quotes or brackets after it) when white space and a capital, digit or
/// opening quote follow, unless the period closes an abbreviation (<see cref="Abbreviations"/>), an initial
/// ("H. W. Bush") or a dotted acronym ("U.S.") that the next word continues.
/// </summary>
public sealed class SentenceSplitter : IAnalysisComponent
{
    /// <inheritdoc />
    public string Name => "sentences";

    /// <inheritdoc />
    public IReadOnlyList<Layer> Requires { get; } = [];

    /// <inheritdoc />
    public IReadOnlyList<Layer> Assigns { get; } = [Layers.Sentences];

    /// <inheritdoc />
    public void Process(AnalysisContext context) => context.Set(Layers.Sentences, Split(context.Text));

    /// <summary>The sentence spans of <paramref name="text"/>, in order, trimmed of white space.</summary>
    public static List<TextSpan> Split(string text)
    {
        var result = new List<TextSpan>();
        foreach (var paragraph in Paragraphs.Split(text))
            SplitParagraph(text, paragraph, result);
        return result;
    }

    private static void SplitParagraph(string text, TextSpan paragraph, List<TextSpan> result)
    {
        int start = paragraph.Start;
        int end = paragraph.End;
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (!IsTerminal(c))
            {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < end && IsTerminal(text[j]))
                j++;
            while (j < end && IsCloser(text[j]))
                j++;
            if (j >= end)
                break;
            if (!char.IsWhiteSpace(text[j]))
            {
                i = j;
                continue;
            }
            int next = j;
            while (next < end && char.IsWhiteSpace(text[next]))
                next++;
            bool singleDot = c == '.' && (i + 1 >= end || !IsTerminal(text[i + 1]));
            if (next < end && StartsSentence(text, next, end) && !(singleDot && IsNonFinalPeriod(text, i, next, end)))
            {
                Add(text, start, j, result);
                start = next;
            }
            i = next;
        }
        Add(text, start, end, result);
    }

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…';

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or '»' or ')' or ']' or '›';

    private static bool StartsSentence(string text, int k, int end)
    {
        char c = text[k];
        if (char.IsUpper(c) || char.IsDigit(c))
            return true;
        if (c is '"' or '“' or '‘' or '\'' or '«' or '„' or '(' or '[' or '—' or '-')
            return k + 1 < end;
        return false;
    }

    /// <summary>True when the period at <paramref name="dot"/> closes an abbreviation the next word continues.</summary>
    private static bool IsNonFinalPeriod(string text, int dot, int next, int end)
    {
        int wordStart = dot;
        while (wordStart > 0 && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] == '.' || text[wordStart - 1] == '-'))
            wordStart--;
        var word = text.AsSpan(wordStart, dot - wordStart);
        if (word.Length == 0)
            return false;
        var nextWord = NextWord(text, next, end);
        bool nextIsNumber = nextWord.Length > 0 && char.IsDigit(nextWord[0]);
        var lookup = Abbreviations.Titles.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(word))
            return true;
        if (nextIsNumber && Abbreviations.BeforeNumber.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            return true;
        // A single capital is an initial: "H. W. Bush", "John F. Kennedy".
        if (word.Length == 1 && char.IsUpper(word[0]))
            return true;
        // Dotted acronyms ("U.S.", "a.m."): continued unless a typical sentence opener follows.
        if (word.Contains('.'))
            return !Abbreviations.SentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>().Contains(nextWord);
        return false;
    }

    private static ReadOnlySpan<char> NextWord(string text, int k, int end)
    {
        int e = k;
        while (e < end && char.IsLetterOrDigit(text[e]))
            e++;
        return text.AsSpan(k, e - k);
    }

    private static void Add(string text, int start, int end, List<TextSpan> result)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        // A stretch with no sentence end (a list without punctuation, junk) is cut into pieces of at most
        // Budgets.MaxSentenceChars, at the last white space when there is one, so that per-sentence work stays bounded.
        while (end - start > Budgets.MaxSentenceChars)
        {
            int limit = start + Budgets.MaxSentenceChars;
            int cut = limit;
            while (cut > start + Budgets.MaxSentenceChars / 2 && !char.IsWhiteSpace(text[cut - 1]))
                cut--;
            if (cut == start + Budgets.MaxSentenceChars / 2)
                cut = char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
            int pieceEnd = cut;
            while (pieceEnd > start && char.IsWhiteSpace(text[pieceEnd - 1]))
                pieceEnd--;
            result.Add(new TextSpan(start, pieceEnd));
            start = cut;
            while (start < end && char.IsWhiteSpace(text[start]))
                start++;
        }
        if (end > start)
            result.Add(new TextSpan(start, end));
    }
}
