using System.Collections.Frozen;
using Parallax.Analysis;
using Parallax.Analysis.Quantities;
using Parallax.Model;
using Parallax.Text;

namespace Parallax.Comparison.Figures;

/// <summary>A quantity of one article of a story.</summary>
internal readonly record struct FigureRef(int Article, int Index);

/// <summary>Figures of several articles that count or measure the same thing.</summary>
internal sealed record FigureGroup(IReadOnlyList<FigureRef> Members, string About, bool Agree);

/// <summary>
/// Finds the quantities that different outlets give for the same thing (people evacuated from eastern
/// Aleppo: 119,000 in one, 34,000 in another). Two figures are comparable when their units are the same or
/// synonyms ("people" / "civilians"), the words right around them — what they count or measure, inside
/// their clause ("annual inflation climbed to 9.8%", "the crown rose 1.2% against the euro") — share a word,
/// and their sentences overlap. A unit alone ("%") is never enough. Each pair of articles is solved as a
/// maximum assignment, and groups never hold two figures of one article.
/// </summary>
internal sealed class FigureGrouper
{
    /// <summary>Context similarity two comparable figures need.</summary>
    public const double Threshold = 0.25;

    /// <summary>
    /// Fewest sentence words two counts of the same noun ("people", "militants") must share when the words
    /// right beside them do not match; the noun itself already says what is counted.
    /// </summary>
    public const double MinContextMatches = 2;

    /// <summary>
    /// When two groups merge, every cross pair must reach this share of <see cref="Threshold"/>: chains of
    /// pairwise links (7.25 % ~ 6.5–7.25 % ~ 9.8 %) must not join figures that are not alike themselves.
    /// </summary>
    public const double LinkageShare = 0.6;

    /// <summary>
    /// Added to the score of two figures with the same value: where context alone hesitates between two
    /// figures ("75 basis points" rise, "50 basis points" favoured by dissenters), equal values break the tie.
    /// </summary>
    public const double SameValueBonus = 0.1;

    /// <summary>Factor on the score of units that are synonyms rather than the same ("civilians" / "people"): the same unit is the likelier pair.</summary>
    public const double SynonymUnitCredit = ContentWords.SynonymCredit;

    /// <summary>Values this many times apart are rarely two outlets' counts of one thing; their score is halved.</summary>
    public const double ImplausibleRatio = 20;

    /// <summary>Relative difference still taken as the same value (rounding: 34,000 vs 34,200).</summary>
    public const double AgreeTolerance = 0.01;

    /// <summary>Content words of the shared context named in <see cref="FigureGroup.About"/>.</summary>
    public const int AboutWords = 4;

    /// <summary>Content words before a figure, in its clause, that may say what it measures ("annual inflation climbed to").</summary>
    public const int LocalWordsBefore = 5;

    /// <summary>Content words after a figure, in its clause ("of Castavian mortgages", "against the euro").</summary>
    public const int LocalWordsAfter = 3;

    /// <summary>
    /// Two figures measure the same thing when words near each match: their ranks (0 for the nearest content
    /// word on its side, 1 for the next, ...) add up to at most this ("inflation at 9.3%" / "inflation climbed to
    /// 9.8%": 0 + 0; "nine days of rain" / "nine days of almost continuous rain": 0 + 2).
    /// Words further off are often the sentence's actor ("the bank raised its forecast to 7.4%"), not what is measured.
    /// </summary>
    public const int MaxNearRanks = 2;

    /// <summary>Weight of the clause words' overlap (Dice), added to the sentence's overlap in a pair's score.</summary>
    public const double LocalWeight = 0.5;

    /// <summary>Punctuation that closes a clause: what a figure measures is not read across it.</summary>
    private const string ClauseBreaks = ",;:()[]—–\n";

    /// <summary>Words that join two clauses ("... to 9.8% in May and the crown slid ..."); relative pronouns are not among them, since "people who were injured" still describes the people.</summary>
    private static readonly FrozenSet<string> ClauseJoiners =
        new[] { "and", "but", "while", "whereas", "as", "or", "though", "although", "because", "after", "before", "since", "when" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Verbs of change ("rose", "raised", "climbed to", "fell by") say how a figure moved, not what it measures:
    /// they are left out of the clause words (compared by Porter stem).
    /// </summary>
    private static readonly FrozenSet<string> ChangeVerbs = new[]
    {
        "rise", "rose", "risen", "raise", "lift", "increase", "climb", "jump", "gain", "grow", "grew", "grown", "surge", "soar",
        "fall", "fell", "fallen", "drop", "decline", "decrease", "slide", "slid", "slip", "cut", "reduce", "lower", "plunge", "sink", "sank",
        "reach", "hit", "stand", "stood", "put", "firm", "ease", "edge", "hike", "add", "bring", "brought", "take", "took", "taken",
    }.Select(PorterStemmer.Stem).ToFrozenSet(StringComparer.Ordinal);

    private sealed record Figure(FigureRef Ref, Quantity Quantity, string UnitKey, string[] UnitWords, ContentWords Context, ContentWords Local, int[] Ranks, bool Measure);

    public IReadOnlyList<FigureGroup> Group(IReadOnlyList<AnalyzedArticle> articles)
    {
        var perArticle = articles.Select((a, i) => a.Quantities
            .Select((q, k) => (q, k))
            .Where(x => !string.IsNullOrWhiteSpace(x.q.Unit))
            .Select(x => Describe(a, i, x.k, x.q))
            .ToList()).ToList();

        var all = perArticle.SelectMany(f => f).ToList();
        var index = all.Select((f, i) => (f, i)).ToDictionary(x => x.f.Ref, x => x.i);
        var edges = new List<(double Score, int A, int B)>();
        for (int a = 0; a < perArticle.Count; a++)
        {
            for (int b = a + 1; b < perArticle.Count; b++)
            {
                var fa = perArticle[a];
                var fb = perArticle[b];
                if (fa.Count == 0 || fb.Count == 0)
                    continue;
                var score = new double[fa.Count, fb.Count];
                for (int i = 0; i < fa.Count; i++)
                    for (int j = 0; j < fb.Count; j++)
                        score[i, j] = Similarity(fa[i], fb[j]);
                var assignment = Hungarian.MaximumAssignment(score, Threshold);
                for (int i = 0; i < fa.Count; i++)
                {
                    if (assignment[i] >= 0)
                        edges.Add((score[i, assignment[i]], index[fa[i].Ref], index[fb[assignment[i]].Ref]));
                }
            }
        }

        var parent = Enumerable.Range(0, all.Count).ToArray();
        var articlesOf = all.Select(f => new HashSet<int> { f.Ref.Article }).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        var membersOf = Enumerable.Range(0, all.Count).Select(i => new List<int> { i }).ToArray();
        foreach (var (_, x, y) in edges.OrderByDescending(e => e.Score))
        {
            int rx = Find(x), ry = Find(y);
            if (rx == ry || articlesOf[rx].Overlaps(articlesOf[ry]))
                continue;
            if (!membersOf[rx].All(i => membersOf[ry].All(j => Similarity(all[i], all[j]) >= LinkageShare * Threshold)))
                continue;
            parent[ry] = rx;
            articlesOf[rx].UnionWith(articlesOf[ry]);
            membersOf[rx].AddRange(membersOf[ry]);
        }
        return Enumerable.Range(0, all.Count)
            .GroupBy(Find)
            .Where(g => g.Count() > 1)
            .OrderBy(g => g.Min())
            .Select(g => Describe(g.Select(i => all[i]).ToList()))
            .ToList();
    }

    private static double Similarity(Figure a, Figure b)
    {
        bool sameUnit = a.UnitKey == b.UnitKey;
        if (!sameUnit && !a.UnitWords.Any(x => b.UnitWords.Any(y => Synonyms.AreSynonyms(x, y))))
            return 0;
        if (a.Context.Count == 0 || b.Context.Count == 0)
            return 0;
        // What the figures measure must match: words right next to each of them. A count of a noun says what it
        // counts; a measure ("%", "basis points", "km", a currency) does not, and its neighbours must match.
        double local = LocalMatches(a, b, out int nearest);
        double matches = ContentWords.Matches(a.Context, b.Context);
        bool near = nearest <= MaxNearRanks;
        if (a.Measure || b.Measure ? !near : !near && matches < MinContextMatches)
            return 0;
        double containment = matches / Math.Min(a.Context.Count, b.Context.Count);
        double dice = 2 * matches / (a.Context.Count + b.Context.Count);
        double sentence = Math.Max(dice, 0.6 * containment);
        double clause = local == 0 ? 0 : 2 * local / (a.Local.Count + b.Local.Count);
        double score = Math.Min(1, sentence + LocalWeight * clause);
        double low = Math.Min(Math.Abs(a.Quantity.Value), Math.Abs(b.Quantity.Value));
        double high = Math.Max(Math.Abs(a.Quantity.Value), Math.Abs(b.Quantity.Value));
        if (low > 0 && high / low > ImplausibleRatio)
            score /= 2;
        if (a.Quantity.Value == b.Quantity.Value && a.Quantity.High == b.Quantity.High)
            score = Math.Min(1, score + SameValueBonus);
        return sameUnit ? score : score * SynonymUnitCredit;
    }

    private static FigureGroup Describe(List<Figure> members)
    {
        var values = members.Select(m => m.Quantity.Value).ToList();
        double min = values.Min(), max = values.Max();
        bool agree = max == min || (min > 0 && (max - min) / max <= AgreeTolerance);
        // Name what they measure first (the clause words all share), then the rest of the sentence.
        var sharedWords = new List<string>();
        foreach (var words in new[] { members[0].Local, members[0].Context })
        {
            for (int i = 0; i < words.Count && sharedWords.Count < AboutWords; i++)
            {
                var stem = words.Stems[i];
                var word = words.Capitalised[i] ? Capitalise(words.Lower[i]) : words.Lower[i];
                if (members.Skip(1).All(m => m.Context.Stems.Contains(stem)) && !sharedWords.Contains(word, StringComparer.OrdinalIgnoreCase))
                    sharedWords.Add(word);
            }
        }
        var unit = members[0].Quantity.Unit!;
        var about = sharedWords.Count > 0 ? $"{unit}: {string.Join(", ", sharedWords)}" : unit;
        return new FigureGroup(members.Select(m => m.Ref).ToList(), about, agree);
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static Figure Describe(AnalyzedArticle article, int articleIndex, int index, Quantity q)
    {
        var (sentence, local, ranks) = Context(article, q);
        var words = ContentWords.Of(local);
        // The clause words were picked with ContentWords' own filter, so the ranks line up with its words.
        if (ranks.Length != words.Count)
            ranks = new int[words.Count];
        // The unit's canonical word ("resident") and the word as written ("residents"): synonym tables list either.
        string[] unitWords = [LastWord(q.Unit!), LastWord(q.Text).Trim('.', ',', ';', ':', ')', '(')];
        return new Figure(new FigureRef(articleIndex, index), q, UnitKey(q.Unit!), unitWords, ContentWords.Of(sentence), words, ranks, IsMeasure(q.Unit!));
    }

    /// <summary>
    /// The sentence around a quantity and the words of its clause next to it, both without the quantity itself
    /// or any other figure of the sentence ("by 75 basis points to 7.25%": the basis points are not what 7.25% measures).
    /// </summary>
    private static (string Sentence, string Local, int[] Ranks) Context(AnalyzedArticle article, Quantity q)
    {
        var text = article.Text;
        var sentences = article.Get(Layers.Sentences);
        var sentence = sentences.FirstOrDefault(s => s.Contains(q.Span));
        if (sentence == default)
            sentence = q.Span;
        var chars = text.ToCharArray(sentence.Start, sentence.End - sentence.Start);
        foreach (var other in article.Quantities)
        {
            int from = Math.Max(other.Span.Start, sentence.Start), to = Math.Min(other.Span.End, sentence.End);
            for (int c = from; c < to; c++)
                chars[c - sentence.Start] = ' ';
        }
        var masked = new string(chars);
        int at = q.Span.Start - sentence.Start, end = q.Span.End - sentence.Start;
        var words = new List<(int Start, int End)>();
        foreach (var w in WordTokenizer.Words(masked))
            words.Add((w.Start, w.End));
        var before = new List<string>();
        int gapEnd = at;
        for (int k = words.Count - 1; k >= 0 && before.Count < LocalWordsBefore; k--)
        {
            var (ws, we) = words[k];
            if (we > at)
                continue;
            if (!Continues(masked, we, gapEnd, ws, we))
                break;
            AddContentWord(before, masked[ws..we]);
            gapEnd = ws;
        }
        var after = new List<string>();
        int gapStart = end;
        foreach (var (ws, we) in words)
        {
            if (after.Count >= LocalWordsAfter)
                break;
            if (ws < end)
                continue;
            if (!Continues(masked, gapStart, ws, ws, we))
                break;
            AddContentWord(after, masked[ws..we]);
            gapStart = we;
        }
        // "before" runs from the figure outwards; each side's words are ranked by distance, the unit's stuff is at 0.
        var stuff = UnitStuff(q.Unit ?? "");
        var ranks = Enumerable.Range(0, before.Count).Reverse()
            .Concat(Enumerable.Range(0, after.Count))
            .Concat(Enumerable.Repeat(0, ContentWords.Of(stuff).Count)).ToArray();
        before.Reverse();
        return (masked, string.Join(' ', before.Concat(after).Append(stuff)), ranks);
    }

    /// <summary>False when a clause break lies in the gap [gapStart, gapEnd) or the word [ws, we) joins clauses.</summary>
    private static bool Continues(string s, int gapStart, int gapEnd, int ws, int we)
    {
        for (int c = gapStart; c < gapEnd; c++)
        {
            if (ClauseBreaks.Contains(s[c], StringComparison.Ordinal))
                return false;
        }
        return !ClauseJoiners.Contains(s[ws..we]);
    }

    private static void AddContentWord(List<string> words, string word)
    {
        var lower = word.ToLowerInvariant();
        if (char.IsLetter(word[0]) && (!StopWords.Contains(lower) || StopWords.IsMeaningful(lower)) && !ChangeVerbs.Contains(PorterStemmer.Stem(lower)))
            words.Add(word);
    }

    /// <summary>
    /// Words the two clause neighbourhoods share, each used once: by stem or synonym, but not a name against a
    /// name ("Bank", "Castavia": the story's names sit beside every figure). <paramref name="nearest"/> is the
    /// least sum of the two words' ranks (distance from their figure) over the matches, or int.MaxValue.
    /// </summary>
    private static int LocalMatches(Figure fa, Figure fb, out int nearest)
    {
        ContentWords a = fa.Local, b = fb.Local;
        var used = new bool[b.Count];
        int matches = 0;
        nearest = int.MaxValue;
        for (int i = 0; i < a.Count; i++)
        {
            for (int j = 0; j < b.Count; j++)
            {
                if (used[j] || (a.Capitalised[i] && b.Capitalised[j]))
                    continue;
                if (Alike(i, j))
                {
                    used[j] = true;
                    matches++;
                    break;
                }
            }
        }
        // The nearest pair is sought over all pairs: the one-to-one use above may pair a word with a far twin.
        for (int i = 0; i < a.Count; i++)
        {
            for (int j = 0; j < b.Count; j++)
            {
                if (fa.Ranks[i] + fb.Ranks[j] < nearest && !(a.Capitalised[i] && b.Capitalised[j]) && Alike(i, j))
                    nearest = fa.Ranks[i] + fb.Ranks[j];
            }
        }
        return matches;

        bool Alike(int i, int j) => a.Stems[i] == b.Stems[j] || Synonyms.ShareKey(a.Keys[i], b.Keys[j]);
    }

    /// <summary>A unit of the analysis' lexicon (percent, basis point, kilometer, a currency, a span of time), not a counted noun.</summary>
    private static bool IsMeasure(string unit) => UnitLexicon.Match(unit, 0, attached: false, out _) is not null;

    /// <summary>The words after "of" in a unit name the stuff measured ("cubic metres of water"): they belong to the clause words.</summary>
    private static string UnitStuff(string unit)
    {
        int of = unit.IndexOf(" of ", StringComparison.OrdinalIgnoreCase);
        return of < 0 ? "" : unit[(of + 4)..];
    }

    private static string UnitKey(string unit) => PorterStemmer.Stem(LastWord(unit));

    private static string LastWord(string unit)
    {
        var trimmed = unit.Trim().ToLowerInvariant();
        int space = trimmed.LastIndexOf(' ');
        return space < 0 ? trimmed : trimmed[(space + 1)..];
    }
}
