using Parallax.Analysis;

namespace Parallax.Comparison.Quotes;

/// <summary>A quote of one article of a story: the article's index in the story and the quote's index in it.</summary>
public readonly record struct QuoteRef(int Article, int Index);

/// <summary>
/// Groups a story's quotes so that the same statement in other words or another translation is one group,
/// and different statements stay apart. Evidence: content-word overlap after stemming, synonyms, name /
/// demonym matches, character trigrams, and the speaker. Each pair of articles is solved as a maximum
/// assignment (Hungarian), then pairs are merged strongest first, never putting two quotes of one article
/// in one group. Every quote ends in exactly one group.
/// </summary>
public sealed class QuoteAligner(QuoteAlignmentOptions? options = null)
{
    private readonly QuoteAlignmentOptions _o = options ?? QuoteAlignmentOptions.Default;

    /// <summary>The score of two quotes that share a verbatim run or most of their letters: the same words.</summary>
    private const double VerbatimScore = 0.9;

    public IReadOnlyList<IReadOnlyList<QuoteRef>> Align(IReadOnlyList<AnalyzedArticle> articles)
    {
        var refs = new List<QuoteRef>();
        var words = new List<ContentWords>();
        var first = new int[articles.Count + 1];
        for (int a = 0; a < articles.Count; a++)
        {
            first[a] = refs.Count;
            for (int q = 0; q < articles[a].Quotes.Count; q++)
            {
                refs.Add(new QuoteRef(a, q));
                words.Add(ContentWords.Of(articles[a].Quotes[q].Text));
            }
        }
        first[articles.Count] = refs.Count;

        var edges = new List<(double Score, int A, int B)>();
        // An article that quotes the same words twice (a fragment and its whole) holds one statement.
        for (int a = 0; a < articles.Count; a++)
            for (int i = first[a]; i < first[a + 1]; i++)
                for (int j = i + 1; j < first[a + 1]; j++)
                    if (ContentWords.ShareRun(words[i], words[j], _o.VerbatimRun))
                        edges.Add((1, i, j));
        for (int a = 0; a < articles.Count; a++)
        {
            for (int b = a + 1; b < articles.Count; b++)
            {
                int na = first[a + 1] - first[a], nb = first[b + 1] - first[b];
                if (na == 0 || nb == 0)
                    continue;
                var score = new double[na, nb];
                for (int i = 0; i < na; i++)
                {
                    for (int j = 0; j < nb; j++)
                    {
                        score[i, j] = Similarity(
                            articles[a].Quotes[i], words[first[a] + i],
                            articles[b].Quotes[j], words[first[b] + j]);
                    }
                }
                var assignment = Hungarian.MaximumAssignment(score, _o.Threshold);
                for (int i = 0; i < na; i++)
                {
                    if (assignment[i] >= 0)
                        edges.Add((score[i, assignment[i]], first[a] + i, first[b] + assignment[i]));
                }
            }
        }
        return Merge(refs, words, edges);
    }

    /// <summary>How alike two quotes are, 0 to 1; 0 when their speakers are known and differ, unless the words are verbatim the same.</summary>
    public double Similarity(Quote qa, ContentWords a, Quote qb, ContentWords b)
    {
        double factor = 1;
        if (qa.Speaker is not null && qb.Speaker is not null)
        {
            if (!SameSpeaker(qa.Speaker, qb.Speaker))
            {
                if (!ContentWords.ShareRun(a, b, _o.VerbatimRun))
                    return 0;
                factor = _o.UnknownSpeakerFactor;
            }
        }
        else if (qa.Speaker is not null || qb.Speaker is not null)
        {
            factor = _o.UnknownSpeakerFactor;
        }
        double trigram = ContentWords.TrigramJaccard(a, b);
        if (trigram >= _o.SameWording || ContentWords.ShareRun(a, b, _o.VerbatimRun))
            return factor * Math.Max(trigram, VerbatimScore);
        if (a.Count == 0 || b.Count == 0)
            return 0;
        double matches = ContentWords.Matches(a, b);
        if (matches < _o.MinMatches)
            return 0;
        double dice = 2 * matches / (a.Count + b.Count);
        double containment = matches / Math.Min(a.Count, b.Count);
        return factor * Math.Max(dice, _o.ContainmentWeight * containment * Math.Min(1, Math.Min(a.Count, b.Count) / 4.0));
    }

    /// <summary>
    /// Canonical names compare equal, or they end in the same word: a surname and the full name ("Putin" /
    /// "Vladimir Putin"), titles around one name ("Miami-Dade Mayor Daniella Levine Cava" / "Mayor Daniella
    /// Levine Cava"), one descriptor's head ("the executive order" / "the order").
    /// </summary>
    private static bool SameSpeaker(string x, string y)
    {
        if (string.Equals(x, y, StringComparison.OrdinalIgnoreCase))
            return true;
        return string.Equals(LastWord(x), LastWord(y), StringComparison.OrdinalIgnoreCase);
    }

    private static string LastWord(string name)
    {
        var trimmed = name.TrimEnd('.', ' ');
        int space = trimmed.LastIndexOf(' ');
        return space < 0 ? trimmed : trimmed[(space + 1)..];
    }

    /// <summary>
    /// Merges the chosen pairs strongest first. Two quotes of one article share a group only when they repeat
    /// one statement verbatim (an article quoting the same words twice, or a fragment and its whole).
    /// </summary>
    private List<IReadOnlyList<QuoteRef>> Merge(List<QuoteRef> refs, List<ContentWords> words, List<(double Score, int A, int B)> edges)
    {
        var parent = Enumerable.Range(0, refs.Count).ToArray();
        var membersOf = Enumerable.Range(0, refs.Count).Select(i => new List<int> { i }).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        foreach (var (_, a, b) in edges.OrderByDescending(e => e.Score))
        {
            int ra = Find(a), rb = Find(b);
            if (ra == rb)
                continue;
            bool compatible = membersOf[ra].All(i => membersOf[rb].All(j =>
                refs[i].Article != refs[j].Article || ContentWords.ShareRun(words[i], words[j], _o.VerbatimRun)));
            if (!compatible)
                continue;
            parent[rb] = ra;
            membersOf[ra].AddRange(membersOf[rb]);
        }
        return Enumerable.Range(0, refs.Count)
            .GroupBy(Find)
            .OrderBy(g => g.Min())
            .Select(g => (IReadOnlyList<QuoteRef>)g.Select(i => refs[i]).ToList())
            .ToList();
    }
}
