using Parallax.Analysis;
using Parallax.Model;

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
            // Pairing is quadratic in quotes: an article's quotes past the budget are not aligned.
            for (int q = 0; q < Math.Min(articles[a].Quotes.Count, Budgets.MaxComparedQuotes); q++)
            {
                refs.Add(new QuoteRef(a, q));
                words.Add(ContentWords.Of(QuoteWording.Normalize(articles[a].Quotes[q].Text)));
                quotes.Add(articles[a].Quotes[q]);
            }
        }
        first[articles.Count] = refs.Count;
        var pairs = new Pairs(this, quotes, words);

        var edges = new List<(double Score, int A, int B)>();
        // An article that quotes the same words twice (a fragment and its whole) holds one statement.
        for (int a = 0; a < articles.Count; a++)
        {
            for (int i = first[a]; i < first[a + 1]; i++)
            {
                for (int j = i + 1; j < first[a + 1]; j++)
                {
                    if (pairs.Verbatim(i, j) && pairs.Similarity(i, j) > 0)
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
                        score[i, j] = pairs.Similarity(first[a] + i, first[b] + j);
                }
                var assignment = Hungarian.MaximumAssignment(score, _o.Threshold);
                for (int i = 0; i < na; i++)
                {
                    for (int j = 0; j < nb; j++)
                    {
                        // Beside the one-to-one assignment, every verbatim pair is a link: an outlet that quotes a
                        // statement in two pieces has both pieces inside the other outlet's whole quote.
                        if (assignment[i] == j || (score[i, j] >= _o.Threshold && pairs.Verbatim(first[a] + i, first[b] + j)))
                            edges.Add((score[i, j], first[a] + i, first[b] + j));
                    }
                }
            }
        }
        return Merge(refs, pairs, edges);
    }

    /// <summary>
    /// How alike two quotes are, 0 to 1. The speaker is evidence, not a veto: known speakers that differ
    /// (often an attribution error of one outlet: a sentence-initial word, another person of the sentence)
    /// cost <see cref="QuoteAlignmentOptions.UnknownSpeakerFactor"/> when the wording is the same (a shared run,
    /// a partial quote inside a fuller one, a loosely edited piece, near-identical letters) or the content words
    /// match strongly (<see cref="QuoteAlignmentOptions.StrongWording"/>); otherwise they keep the quotes apart.
    /// </summary>
    public double Similarity(Quote qa, ContentWords a, Quote qb, ContentWords b) =>
        new Pairs(this, [qa, qb], [a, b]).Similarity(0, 1);

    /// <summary>The quotes of one story with their wording, and the pair tests over them (stems cached per quote).</summary>
    private sealed class Pairs(QuoteAligner aligner, IReadOnlyList<Quote> quotes, IReadOnlyList<ContentWords> words)
    {
        private readonly QuoteAlignmentOptions _o = aligner._o;
        private readonly string[]?[] _stems = new string[]?[words.Count];

        private string[] Stems(int i) => _stems[i] ??= LooseFragment.StemsOf(words[i]);

        private bool BothDirect(int i, int j) => quotes[i].Direct && quotes[j].Direct;

        /// <summary>Both speakers known and the same person (or one descriptor's head).</summary>
        private bool SameKnownSpeaker(int i, int j) =>
            quotes[i].Speaker is { } x && quotes[j].Speaker is { } y && SameSpeaker(x, y);

        /// <summary>Both speakers known and written as different names.</summary>
        private bool DifferentNames(int i, int j) =>
            quotes[i].Speaker is { } x && quotes[j].Speaker is { } y && !SameSpeaker(x, y) && IsName(x) && IsName(y);

        private readonly Dictionary<(int, int), bool> _loose = [];

        /// <summary>A loosely edited piece of the other quote (<see cref="LooseFragment"/>), both direct; computed once per pair.</summary>
        private bool Loose(int i, int j)
        {
            if (!BothDirect(i, j))
                return false;
            var key = i < j ? (i, j) : (j, i);
            if (!_loose.TryGetValue(key, out bool holds))
                _loose[key] = holds = LooseFragment.Holds(words[i], words[j], Stems(i), Stems(j));
            return holds;
        }

        /// <summary>
        /// The same words: a shared run of words (a run of the least length only when both are said the same way: "we are
        /// not going to raise taxes on the middle class" / "we are going to raise taxes on the wealthy" share six words and
        /// are two statements; a longer run outweighs a negation said another way, "fails to" / "does not"), a partial
        /// quote lying whole inside the other, or a loosely
        /// edited piece of it (between direct quotes; an indirect quote is the outlet's own wording). With
        /// <paramref name="bySpeaker"/> false the speakers are not consulted: the test of two quotes of one
        /// article that another outlet's quote already joins.
        /// </summary>
        public bool Verbatim(int i, int j, bool bySpeaker = true) =>
            ContentWords.ShareRun(words[i], words[j], _o.VerbatimRun)
                && (words[i].Negated == words[j].Negated || ContentWords.ShareRun(words[i], words[j], _o.VerbatimRun + 1))
            || (BothDirect(i, j) && aligner.IsQuotedFragment(words[i], words[j],
                bySpeaker && SameKnownSpeaker(i, j), bySpeaker && DifferentNames(i, j)))
            || Loose(i, j);

        /// <summary>True when quote <paramref name="inner"/> lies inside quote <paramref name="outer"/>.</summary>
        public bool Inside(int inner, int outer) =>
            ContentWords.ShareRun(words[inner], words[outer], _o.VerbatimRun)
            || (words[inner].Tokens.Length <= words[outer].Tokens.Length && BothDirect(inner, outer)
                && (aligner.IsQuotedFragment(words[inner], words[outer], SameKnownSpeaker(inner, outer), DifferentNames(inner, outer))
                    || Loose(inner, outer)));

        /// <summary>The shorter quote says enough to be told from a stock phrase (<see cref="IsDistinctive"/>).</summary>
        private bool Distinctive(int i, int j) =>
            aligner.IsDistinctive(words[i].Tokens.Length <= words[j].Tokens.Length ? words[i] : words[j]);

        public double Similarity(int i, int j)
        {
            var (qa, a, qb, b) = (quotes[i], words[i], quotes[j], words[j]);
            bool verbatim = Verbatim(i, j);
            double trigram = ContentWords.TrigramJaccard(a, b);
            double factor = 1;
            bool differ = false;
            if (qa.Speaker is not null && qb.Speaker is not null)
            {
                if (!SameSpeaker(qa.Speaker, qb.Speaker))
                {
                    differ = true;
                    factor = _o.UnknownSpeakerFactor;
                }
            }
            else if (qa.Speaker is not null || qb.Speaker is not null)
            {
                factor = _o.UnknownSpeakerFactor;
            }
            // Two different names: the same few stock words ("We will not give up") are no evidence, and near-equal
            // letters must be nearly all of both quotes, not a piece of one.
            bool names = differ && DifferentNames(i, j);
            if (names && !Distinctive(i, j))
                return ContentWords.ShareRun(a, b, _o.VerbatimRun) ? factor * VerbatimScore : 0;
            // Much the same letters said one way and the other ("will close the library" / "will not close the library")
            // are two statements, or one misquoted: the overlap below decides, with the negation's penalty.
            if ((trigram >= _o.SameWording && !(names && !verbatim && trigram < _o.StrongTrigram) && a.Negated == b.Negated) || verbatim)
                return factor * Math.Max(trigram, VerbatimScore);
            // A quoted name ("Key to NYC Pass", a programme, a show) is not a statement: only its own words match it.
            if (a.Count == 0 || b.Count == 0 || a.IsName || b.IsName)
                return 0;
            double matches = ContentWords.Matches(a, b);
            if (matches < _o.MinMatches)
                return 0;
            double dice = 2 * matches / (a.Count + b.Count);
            double containment = matches / Math.Min(a.Count, b.Count);
            double score = Math.Max(dice, _o.ContainmentWeight * containment * Math.Min(1, Math.Min(a.Count, b.Count) / 4.0));
            // Different speakers: only a strong match of other words says it is one statement misattributed.
            if (differ && (score < _o.StrongWording || matches < _o.MinStrongMatches))
                return 0;
            score *= factor;
            // "They're killing people" is not "Facebook isn't killing people": a negation on one side only.
            return a.Negated != b.Negated ? score * _o.NegationMismatchFactor : score;
        }
    }

    /// <summary>
    /// A passage that can be told from a stock phrase ("We will not give up", "the American people"):
    /// <see cref="QuoteAlignmentOptions.MinDistinctiveWords"/> content words of
    /// <see cref="QuoteAlignmentOptions.MinDistinctiveLength"/> letters or more ("integrity", "investigation").
    /// </summary>
    private bool IsDistinctive(ContentWords w) =>
        w.Lower.Count(l => l.Length >= _o.MinDistinctiveLength) >= _o.MinDistinctiveWords;

    /// <summary>
    /// The shorter quote lies word for word inside the longer and is long enough to be more than a stock word:
    /// <see cref="QuoteAlignmentOptions.MinFragmentWords"/> words, or two content words ("premature push"); with
    /// the same speaker on both sides, two words holding a content word ("an insult"); with two different names
    /// as speakers, <see cref="QuoteAlignmentOptions.MinFragmentWords"/> + 1 words that are distinctive, so
    /// a stock phrase ("the American people") does not join two people's words. A quoted name ("Operation
    /// Allies Refuge") inside a statement is not a piece of it.
    /// </summary>
    private bool IsQuotedFragment(ContentWords a, ContentWords b, bool sameSpeaker, bool differentNames)
    {
        var shorter = a.Tokens.Length <= b.Tokens.Length ? a : b;
        if (shorter.IsName)
            return false;
        int needed;
        if (differentNames)
        {
            if (!IsDistinctive(shorter))
                return false;
            needed = _o.MinFragmentWords + 1;
        }
        else if (shorter.Count >= _o.MinFragmentContentWords)
        {
            needed = 1;
        }
        else
        {
            needed = sameSpeaker && shorter.Count > 0 ? _o.MinSameSpeakerFragmentWords : _o.MinFragmentWords;
        }
        return ContentWords.IsFragmentOf(a, b, needed);
    }

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
    private static List<IReadOnlyList<QuoteRef>> Merge(List<QuoteRef> refs, Pairs pairs, List<(double Score, int A, int B)> edges)
    {
        var parent = Enumerable.Range(0, refs.Count).ToArray();
        var membersOf = Enumerable.Range(0, refs.Count).Select(i => new List<int> { i }).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        foreach (var (_, a, b) in edges.OrderByDescending(e => e.Score))
        {
            int ra = Find(a), rb = Find(b);
            if (ra == rb)
                continue;
            if (!Compatible(refs, pairs, membersOf[ra], membersOf[rb]))
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

    private static bool Compatible(List<QuoteRef> refs, Pairs pairs, List<int> x, List<int> y)
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
            pairs.Verbatim(i, j, bySpeaker: false)
            || x.Concat(y).Any(k => refs[k].Article != refs[i].Article && pairs.Inside(i, k) && pairs.Inside(j, k));
    }
}
