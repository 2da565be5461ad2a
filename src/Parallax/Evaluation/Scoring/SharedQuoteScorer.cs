using System.Globalization;
using Parallax.Comparison.Report;

namespace Parallax.Evaluation.Scoring;

/// <summary>
/// Counts of <c>score.py alignment</c> over one or more gold stories' reports: the direct quotes (quote marks
/// paired in order in the raw text, contents of 20+ characters) that two different articles share a run of
/// <see cref="Run"/>+ identical words with must land in one quote group, found as the first quote item of the
/// report whose span overlaps the marked span; and a gold story is kept whole when one report story holds all
/// its articles.
/// </summary>
internal sealed class SharedQuoteScorer
{
    /// <summary>Consecutive identical words that make two quotes the same wording.</summary>
    public const int Run = 6;

    private const int MinQuoteLength = 20;

    public int Stories { get; private set; }
    public int StoriesWhole { get; private set; }
    public int Pairs { get; private set; }
    public int PairsFound { get; private set; }
    public int PairsAligned { get; private set; }

    public double StoriesKeptWhole => Stories == 0 ? 0 : (double)StoriesWhole / Stories;
    public double AlignmentRecall => Pairs == 0 ? 0 : (double)PairsAligned / Pairs;

    /// <summary>Adds one gold story: its articles' ids and texts (the gold's, used when the report lacks the article).</summary>
    public void Add(IReadOnlyList<(string Id, string Text)> gold, ComparisonReport? report)
    {
        Stories++;
        var storyArticles = report?.Stories ?? [];
        var ids = gold.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        if (storyArticles.Any(s => ids.IsSubsetOf(s.Articles)))
            StoriesWhole++;
        var texts = new Dictionary<string, ReportArticle>(StringComparer.Ordinal);
        foreach (var a in report?.Articles ?? [])
            texts.TryAdd(a.Id, a);
        var group = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        foreach (var s in storyArticles)
            for (int k = 0; k < s.Quotes.Count; k++)
                foreach (var m in s.Quotes[k].Members)
                    group[m] = (s.Id, k);

        (string, int)? Find(string article, (int Start, int End) span)
        {
            if (!texts.TryGetValue(article, out var a))
                return null;
            foreach (var q in a.Quotes ?? [])
            {
                if (q.Span is { Length: 2 } sp && Math.Min(sp[1], span.End) > Math.Max(sp[0], span.Start))
                    return group.TryGetValue(q.Id, out var g) ? g : null;
            }
            return null;
        }

        var quotes = new List<(string Article, (int, int) Span, HashSet<string> Grams)>();
        foreach (var (id, goldText) in gold)
        {
            string text = texts.TryGetValue(id, out var a) ? a.Text : goldText;
            foreach (var span in QuoteSpans(text))
            {
                var grams = Grams(Words(text.AsSpan(span.Start, span.End - span.Start)));
                if (grams.Count > 0)
                    quotes.Add((id, span, grams));
            }
        }
        for (int i = 0; i < quotes.Count; i++)
        {
            for (int j = i + 1; j < quotes.Count; j++)
            {
                if (quotes[i].Article == quotes[j].Article || !quotes[i].Grams.Overlaps(quotes[j].Grams))
                    continue;
                Pairs++;
                var gi = Find(quotes[i].Article, quotes[i].Span);
                var gj = Find(quotes[j].Article, quotes[j].Span);
                if (gi is not null && gj is not null)
                    PairsFound++;
                if (gi is not null && gi == gj)
                    PairsAligned++;
            }
        }
    }

    /// <summary>Quote marks paired in order (a curly opener restarts an open quote), contents of 20+ characters.</summary>
    internal static List<(int Start, int End)> QuoteSpans(string text)
    {
        var spans = new List<(int, int)>();
        int start = -1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is not ('\u201C' or '\u201D' or '"'))
                continue;
            if (start < 0)
            {
                if (c != '\u201D')
                    start = i + 1;
            }
            else if (c == '\u201C')
                start = i + 1;
            else
            {
                if (i - start >= MinQuoteLength)
                    spans.Add((start, i));
                start = -1;
            }
        }
        return spans;
    }

    /// <summary>Lower-cased words: runs of word characters and apostrophes (a curly apostrophe read as straight).</summary>
    internal static List<string> Words(ReadOnlySpan<char> text)
    {
        var words = new List<string>();
        int i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }
            int start = i;
            while (i < text.Length && IsWordChar(text[i]))
                i++;
            words.Add(text[start..i].ToString().ToLowerInvariant().Replace('\u2019', '\''));
        }
        return words;
    }

    private static HashSet<string> Grams(List<string> words)
    {
        var grams = new HashSet<string>(StringComparer.Ordinal);
        string[] array = [.. words];
        for (int i = 0; i + Run <= array.Length; i++)
            grams.Add(string.Join('\u0001', array, i, Run));
        return grams;
    }

    /// <summary>Python's <c>[\w'\u2019]</c>: letters, digits and other numbers, the underscore, apostrophes.</summary>
    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || c is '_' or '\'' or '\u2019'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
}
