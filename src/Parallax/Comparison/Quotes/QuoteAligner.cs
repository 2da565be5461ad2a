using Parallax.Analysis;

namespace Parallax.Comparison.Quotes;

/// <summary>A quote of one article of a story: the article's index in the story and the quote's index in it.</summary>
internal readonly record struct QuoteRef(int Article, int Index);

/// <summary>
/// Groups a story's quotes so that the same statement in other words or another translation is one group,
/// and different statements stay apart. Evidence: content-word overlap after stemming, synonyms, name /
/// demonym matches, character trigrams, verbatim wording (a shared run of words, or a partial quote lying
/// inside a fuller one), and the speaker. Each pair of articles is solved as a maximum assignment
/// (Hungarian); verbatim pairs are linked besides it, since one outlet may quote in two pieces what another
/// quotes whole. Links are merged strongest first, never putting two different statements of one article
/// in one group. Every quote ends in exactly one group.
/// </summary>
internal sealed class QuoteAligner(QuoteAlignmentOptions? options = null)
{
    private readonly QuoteAlignmentOptions _o = options ?? QuoteAlignmentOptions.Default;

    /// <summary>The score of two quotes that share a verbatim run or most of their letters: the same words.</summary>
    private const double VerbatimScore = 0.9;

    public IReadOnlyList<IReadOnlyList<QuoteRef>> Align(IReadOnlyList<AnalyzedArticle> articles)
    {
        var refs = new List<QuoteRef>();
        var words = new List<ContentWords>();
        var quotes = new List<Quote>();
        var first = new int[articles.Count + 1];
        for (int a = 0; a < articles.Count; a++)
        {
            first[a] = refs.Count;
            for (int q = 0; q < articles[a].Quotes.Count; q++)
            {
                refs.Add(new QuoteRef(a, q));
                words.Add(ContentWords.Of(articles[a].Quotes[q].Text));
                quotes.Add(articles[a].Quotes[q]);
            }
        }
        first[articles.Count] = refs.Count;

        var edges = new List<(double Score, int A, int B)>();
        // An article that quotes the same words twice (a fragment and its whole) holds one statement.
        for (int a = 0; a < articles.Count; a++)
        {
            for (int i = first[a]; i < first[a + 1]; i++)
            {
                for (int j = i + 1; j < first[a + 1]; j++)
                {
                    if (Verbatim(words[i], words[j]) && Similarity(quotes[i], words[i], quotes[j], words[j]) > 0)
                        edges.Add((1, i, j));
                }
            }
        }
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
                        score[i, j] = Similarity(quotes[first[a] + i], words[first[a] + i], quotes[first[b] + j], words[first[b] + j]);
                }
                var assignment = Hungarian.MaximumAssignment(score, _o.Threshold);
                for (int i = 0; i < na; i++)
                {
                    for (int j = 0; j < nb; j++)
                    {
                        // Beside the one-to-one assignment, every verbatim pair is a link: an outlet that quotes a
                        // statement in two pieces has both pieces inside the other outlet's whole quote.
                        if (assignment[i] == j || (score[i, j] >= _o.Threshold && Verbatim(words[first[a] + i], words[first[b] + j])))
                            edges.Add((score[i, j], first[a] + i, first[b] + j));
                    }
                }
            }
        }
        return Merge(refs, words, edges);
    }

    /// <summary>
    /// How alike two quotes are, 0 to 1. Known speakers that differ keep two quotes apart unless their words
    /// are verbatim the same: a shared run of <see cref="QuoteAlignmentOptions.VerbatimRun"/> words whoever
    /// the speakers, or a partial quote inside a fuller one when a speaker is only a description ("the
    /// agency", often a mis-attribution) rather than a name.
    /// </summary>
    public double Similarity(Quote qa, ContentWords a, Quote qb, ContentWords b)
    {
        bool run = ContentWords.ShareRun(a, b, _o.VerbatimRun);
        bool fragment = !run && qa.Direct && qb.Direct && IsQuotedFragment(a, b);
        double factor = 1;
        if (qa.Speaker is not null && qb.Speaker is not null)
        {
            if (!SameSpeaker(qa.Speaker, qb.Speaker))
            {
                bool named = IsName(qa.Speaker) && IsName(qb.Speaker);
                if (!run && !(fragment && !named))
                    return 0;
                factor = _o.UnknownSpeakerFactor;
            }
        }
        else if (qa.Speaker is not null || qb.Speaker is not null)
        {
            factor = _o.UnknownSpeakerFactor;
        }
        double trigram = ContentWords.TrigramJaccard(a, b);
        if (trigram >= _o.SameWording || run || fragment)
            return factor * Math.Max(trigram, VerbatimScore);
        // A quoted name ("Key to NYC Pass", a programme, a show) is not a statement: only its own words match it.
        if (a.Count == 0 || b.Count == 0 || a.IsName || b.IsName)
            return 0;
        double matches = ContentWords.Matches(a, b);
        if (matches < _o.MinMatches)
            return 0;
        double dice = 2 * matches / (a.Count + b.Count);
        double containment = matches / Math.Min(a.Count, b.Count);
        double score = factor * Math.Max(dice, _o.ContainmentWeight * containment * Math.Min(1, Math.Min(a.Count, b.Count) / 4.0));
        // "They're killing people" is not "Facebook isn't killing people": a negation on one side only.
        return a.Negated != b.Negated ? score * _o.NegationMismatchFactor : score;
    }

    /// <summary>The same words: a shared run of words, or a partial quote lying whole inside the other.</summary>
    private bool Verbatim(ContentWords a, ContentWords b) =>
        ContentWords.ShareRun(a, b, _o.VerbatimRun) || IsQuotedFragment(a, b);

    /// <summary>
    /// The shorter quote lies word for word inside the longer and is long enough to be more than a stock word:
    /// <see cref="QuoteAlignmentOptions.MinFragmentWords"/> words, or two content words ("premature push").
    /// A quoted name ("Operation Allies Refuge") inside a statement is not a piece of it. Used between
    /// direct quotes only: an indirect quote is the outlet's own wording, which may echo any phrase.
    /// </summary>
    private bool IsQuotedFragment(ContentWords a, ContentWords b)
    {
        var shorter = a.Tokens.Length <= b.Tokens.Length ? a : b;
        if (shorter.IsName)
            return false;
        int needed = shorter.Count >= _o.MinFragmentContentWords ? 1 : _o.MinFragmentWords;
        return ContentWords.IsFragmentOf(a, b, needed);
    }

    /// <summary>
    /// True when <paramref name="inner"/> lies inside <paramref name="outer"/>: a shared run of words, or
    /// <paramref name="inner"/> a partial quote of the longer <paramref name="outer"/>.
    /// </summary>
    private bool Inside(ContentWords inner, ContentWords outer) =>
        ContentWords.ShareRun(inner, outer, _o.VerbatimRun)
        || (inner.Tokens.Length <= outer.Tokens.Length && IsQuotedFragment(inner, outer));

    /// <summary>A speaker written as a name ("Fauci", "U.S. Treasury") rather than a description ("the agency", "officials").</summary>
    private static bool IsName(string speaker) => speaker.Length > 0 && char.IsUpper(speaker[0]);

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
    /// Merges the chosen pairs strongest first. Two quotes of one article share a group only when they are one
    /// statement verbatim: the same words twice, a fragment and its whole, or two pieces that both lie inside
    /// one quote of another article of the group.
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
            if (!Compatible(refs, words, membersOf[ra], membersOf[rb]))
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

    private bool Compatible(List<QuoteRef> refs, List<ContentWords> words, List<int> x, List<int> y)
    {
        foreach (int i in x)
        {
            foreach (int j in y)
            {
                if (refs[i].Article != refs[j].Article || OneStatement(i, j))
                    continue;
                return false;
            }
        }
        return true;

        bool OneStatement(int i, int j) =>
            Verbatim(words[i], words[j])
            || x.Concat(y).Any(k => refs[k].Article != refs[i].Article && Inside(words[i], words[k]) && Inside(words[j], words[k]));
    }
}
