using Parallax.Analysis;
using Parallax.Analysis.Sentences;
using Parallax.Model;
using Parallax.Text;

namespace Parallax.Comparison.Figures;

/// <summary>A quantity of one article of a story.</summary>
public readonly record struct FigureRef(int Article, int Index);

/// <summary>Figures of several articles that count or measure the same thing.</summary>
public sealed record FigureGroup(IReadOnlyList<FigureRef> Members, string About, bool Agree);

/// <summary>
/// Finds the quantities that different outlets give for the same thing (people evacuated from eastern
/// Aleppo: 119,000 in one, 34,000 in another). Two figures are comparable when their units are the same or
/// synonyms ("people" / "civilians") and the words around them overlap; each pair of articles is solved as
/// a maximum assignment, and groups never hold two figures of one article.
/// </summary>
public sealed class FigureGrouper
{
    /// <summary>Context similarity two comparable figures need.</summary>
    public const double Threshold = 0.25;

    /// <summary>Fewest context words two figures must share (stems, names or synonyms).</summary>
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

    /// <summary>Values this many times apart are rarely two outlets' counts of one thing; their score is halved.</summary>
    public const double ImplausibleRatio = 20;

    /// <summary>Relative difference still taken as the same value (rounding: 34,000 vs 34,200).</summary>
    public const double AgreeTolerance = 0.01;

    /// <summary>Content words of the shared context named in <see cref="FigureGroup.About"/>.</summary>
    public const int AboutWords = 4;

    private sealed record Figure(FigureRef Ref, Quantity Quantity, string UnitKey, string UnitWord, ContentWords Context);

    public IReadOnlyList<FigureGroup> Group(IReadOnlyList<AnalyzedArticle> articles)
    {
        var perArticle = articles.Select((a, i) => a.Quantities
            .Select((q, k) => (q, k))
            .Where(x => !string.IsNullOrWhiteSpace(x.q.Unit))
            .Select(x => new Figure(new FigureRef(i, x.k), x.q, UnitKey(x.q.Unit!), LastWord(x.q.Unit!), ContentWords.Of(Context(a, x.q))))
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
        if (a.UnitKey != b.UnitKey && !Synonyms.AreSynonyms(a.UnitWord, b.UnitWord))
            return 0;
        if (a.Context.Count == 0 || b.Context.Count == 0)
            return 0;
        double matches = ContentWords.Matches(a.Context, b.Context);
        if (matches < MinContextMatches)
            return 0;
        double containment = matches / Math.Min(a.Context.Count, b.Context.Count);
        double dice = 2 * matches / (a.Context.Count + b.Context.Count);
        double score = Math.Max(dice, 0.6 * containment);
        double low = Math.Min(Math.Abs(a.Quantity.Value), Math.Abs(b.Quantity.Value));
        double high = Math.Max(Math.Abs(a.Quantity.Value), Math.Abs(b.Quantity.Value));
        if (low > 0 && high / low > ImplausibleRatio)
            score /= 2;
        if (a.Quantity.Value == b.Quantity.Value && a.Quantity.High == b.Quantity.High)
            score = Math.Min(1, score + SameValueBonus);
        return score;
    }

    private static FigureGroup Describe(List<Figure> members)
    {
        var values = members.Select(m => m.Quantity.Value).ToList();
        double min = values.Min(), max = values.Max();
        bool agree = max == min || (min > 0 && (max - min) / max <= AgreeTolerance);
        var shared = members[0].Context;
        var sharedWords = new List<string>();
        for (int i = 0; i < shared.Count && sharedWords.Count < AboutWords; i++)
        {
            var stem = shared.Stems[i];
            if (members.Skip(1).All(m => m.Context.Stems.Contains(stem)) && !sharedWords.Contains(shared.Lower[i]))
                sharedWords.Add(shared.Capitalised[i] ? Capitalise(shared.Lower[i]) : shared.Lower[i]);
        }
        var unit = members[0].Quantity.Unit!;
        var about = sharedWords.Count > 0 ? $"{unit}: {string.Join(", ", sharedWords)}" : unit;
        return new FigureGroup(members.Select(m => m.Ref).ToList(), about, agree);
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    /// <summary>The sentence around a quantity, without the quantity itself.</summary>
    private static string Context(AnalyzedArticle article, Quantity q)
    {
        var text = article.Text;
        // Articles analysed without the sentence layer (hand-built ones) are split here by the same splitter.
        var sentences = article.Sentences.Count > 0 ? article.Sentences : SentenceSplitter.Split(text);
        var sentence = sentences.FirstOrDefault(s => s.Contains(q.Span));
        if (sentence == default)
            sentence = q.Span;
        return string.Concat(text.AsSpan(sentence.Start, q.Span.Start - sentence.Start), " ", text.AsSpan(q.Span.End, sentence.End - q.Span.End));
    }

    private static string UnitKey(string unit) => PorterStemmer.Stem(LastWord(unit));

    private static string LastWord(string unit)
    {
        var trimmed = unit.Trim().ToLowerInvariant();
        int space = trimmed.LastIndexOf(' ');
        return space < 0 ? trimmed : trimmed[(space + 1)..];
    }
}
