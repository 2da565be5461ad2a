using Parallax.Model;

namespace Parallax.Analysis.Quotes;

/// <summary>One top-level quoted stretch of a paragraph. <see cref="Close"/> is -1 when no mark closes it before the paragraph ends.</summary>
internal readonly record struct QuotedSpan(TextSpan Inner, int Open, int Close, bool Single, int Paragraph);

/// <summary>
/// Finds the top-level quoted stretches of each paragraph, in every mark style: “ ” " „ « » ‹ › and the single
/// marks ‘ ’ ' (single marks nested in double ones are part of the quote; top-level single marks quote too,
/// as in headlines and British copy). An apostrophe is never a mark: one between letters ("couldn’t",
/// "Assad’s"), one before a year ("the ’90s") and ’ after a letter when no single quote is open ("Jesus’").
/// A double quote left open runs to the paragraph's end; an unclosed single mark is dropped.
/// </summary>
internal static class QuotedSpanScanner
{
    private const char None = '\0';

    /// <summary>The article's quoted stretches in order, at most <see cref="Budgets.MaxQuotedSpans"/> of them (the ones after are not read as quotes).</summary>
    public static List<QuotedSpan> Scan(string text, List<TextSpan> paragraphs)
    {
        var result = new List<QuotedSpan>();
        for (int p = 0; p < paragraphs.Count && result.Count < Budgets.MaxQuotedSpans; p++)
            ScanParagraph(text, paragraphs[p], p, result);
        if (result.Count > Budgets.MaxQuotedSpans)
            result.RemoveRange(Budgets.MaxQuotedSpans, result.Count - Budgets.MaxQuotedSpans);
        return result;
    }

    /// <summary>
    /// True when <paramref name="span"/> lies inside the marks of one of <paramref name="quoted"/>. The stretches are
    /// top-level, so they do not overlap and are in order: a binary search, not a scan of every quote per token.
    /// </summary>
    public static bool InInner(List<QuotedSpan> quoted, TextSpan span)
    {
        int lo = 0, hi = quoted.Count - 1, last = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (quoted[mid].Open <= span.Start)
            {
                last = mid;
                lo = mid + 1;
            }
            else
                hi = mid - 1;
        }
        // Inner starts after Open; the stretch opened last at or before the span is the only one that can hold it.
        return last >= 0 && quoted[last].Inner.Contains(span);
    }

    private static void ScanParagraph(string text, TextSpan paragraph, int index, List<QuotedSpan> result)
    {
        int dOpen = -1;
        char dCloser = None;
        bool innerDouble = false;
        int sOpen = -1;
        char sCloser = None;
        for (int i = paragraph.Start; i < paragraph.End; i++)
        {
            char c = text[i];
            char prev = i > paragraph.Start ? text[i - 1] : ' ';
            char next = i + 1 < paragraph.End ? text[i + 1] : ' ';
            if (dOpen >= 0)
            {
                // Inside a double quote: only its closer (and nested double marks of the other style) matter.
                if (c == '"' && dCloser != '"')
                {
                    // A straight mark inside a curly quote nests when it opens; one that looks like a closer
                    // with nothing nested open closes the outer quote (mixed styles: “…," he said).
                    if (!innerDouble && LooksLikeCloser(prev, next))
                    {
                        Emit(text, dOpen, i, i, false, index, result);
                        dOpen = -1;
                    }
                    else
                        innerDouble = !innerDouble;
                    continue;
                }
                if (dCloser == '"' && c == '“')
                {
                    innerDouble = true;
                    continue;
                }
                if (dCloser == '"' && c == '"' && OpensNewSentence(text, dOpen, i, prev, next))
                {
                    // `"The policy will not change. "This was not the first …" he added`: a straight mark after a
                    // finished sentence and before a capital opens the next quote; the first was never closed.
                    Emit(text, dOpen, i, -1, false, index, result);
                    dOpen = i;
                    continue;
                }
                if (dCloser == '"' && c == '”' && innerDouble)
                {
                    innerDouble = false;
                    continue;
                }
                bool closes = c == dCloser || (dCloser == '”' && c == '“' && LooksLikeCloser(prev, next))
                    || (dCloser == '“' && c == '”') || (dCloser == '"' && c == '”');
                if (closes)
                {
                    Emit(text, dOpen, i, i, false, index, result);
                    dOpen = -1;
                    innerDouble = false;
                }
                else if (dCloser == '”' && c == '“')
                {
                    // A second opener: the first quote was never closed. It ends here and a new one starts.
                    Emit(text, dOpen, i, -1, false, index, result);
                    dOpen = i;
                }
                continue;
            }
            char closer = DoubleCloser(c, prev);
            if (closer != None)
            {
                dOpen = i;
                dCloser = closer;
                innerDouble = false;
                sOpen = -1;
                continue;
            }
            if (sOpen >= 0)
            {
                if ((c == sCloser || (sCloser == '’' && c == '\'') || (sCloser == '\'' && c == '’')) && !char.IsWhiteSpace(prev) && !char.IsLetterOrDigit(next))
                {
                    Emit(text, sOpen, i, i, true, index, result);
                    sOpen = -1;
                }
                continue;
            }
            char single = SingleCloser(c, prev, next, i + 2 < paragraph.End ? text[i + 2] : ' ');
            if (single != None)
            {
                sOpen = i;
                sCloser = single;
            }
        }
        if (dOpen >= 0)
            Emit(text, dOpen, paragraph.End, -1, false, index, result);
    }

    /// <summary>A mark after a space that follows a sentence's end (". ", "? ", "! ") and before a capital, inside the quote opened at <paramref name="open"/>.</summary>
    private static bool OpensNewSentence(string text, int open, int i, char prev, char next)
    {
        if (!char.IsWhiteSpace(prev) || !char.IsUpper(next))
            return false;
        int k = i - 1;
        while (k > open && char.IsWhiteSpace(text[k]))
            k--;
        return k > open + 1 && text[k] is '.' or '?' or '!';
    }

    private static bool LooksLikeCloser(char prev, char next) =>
        !char.IsWhiteSpace(prev) && (char.IsWhiteSpace(next) || char.IsPunctuation(next));

    /// <summary>The mark that closes a double quote opened by <paramref name="c"/>, or <see cref="None"/>.</summary>
    private static char DoubleCloser(char c, char prev) => c switch
    {
        '“' => '”',
        '„' => '“',
        '«' => '»',
        '"' when !char.IsDigit(prev) => '"', // 5'10" is a measure, not a quote
        '”' when char.IsWhiteSpace(prev) || IsOpeningContext(prev) => '”', // a misprinted opener
        _ => None,
    };

    private static char SingleCloser(char c, char prev, char next, char next2)
    {
        if (!(char.IsWhiteSpace(prev) || IsOpeningContext(prev)))
            return None;
        if (!char.IsLetterOrDigit(next))
            return None;
        return c switch
        {
            '‘' => '’',
            '‹' => '›',
            '‚' => '‘',
            // 'tis / '90s / 'em are elisions, not openers
            '\'' when !(char.IsDigit(next) && char.IsDigit(next2)) => '\'',
            _ => None,
        };
    }

    private static bool IsOpeningContext(char prev) => prev is '(' or '[' or '—' or '–' or '-' or '/' or ':';

    private static void Emit(string text, int open, int end, int close, bool single, int paragraph, List<QuotedSpan> result)
    {
        int s = open + 1;
        int e = end;
        while (s < e && char.IsWhiteSpace(text[s]))
            s++;
        while (e > s && char.IsWhiteSpace(text[e - 1]))
            e--;
        if (e > s)
            result.Add(new QuotedSpan(new TextSpan(s, e), open, close, single, paragraph));
    }
}
