using Parallax.Analysis;
using Parallax.Model;

namespace Parallax.Comparison.Figures;

/// <summary>
/// Finds the quantities that different outlets give for the same thing (people evacuated from eastern
/// Aleppo: 119,000 in one, 34,000 in another). What each figure counts is resolved from its clause
/// (<see cref="WhatItCounts"/>); two figures are comparable when that matches — the same unit for a measure, the
/// same class of counted noun (<see cref="CountedThings"/>) and no different event for a count — and their
/// sentences overlap. Each pair of articles is solved as a maximum assignment; the groups then take every other
/// mention of the same figure in their articles, and <see cref="FigureAgreement"/> says whether they agree.
/// </summary>
internal sealed class FigureGrouper
{
    /// <summary>Score two comparable figures need.</summary>
    public const double Threshold = 0.35;

    /// <summary>
    /// When two groups merge, their cross pairs must reach this share of <see cref="Threshold"/> on average, and each
    /// <see cref="LinkFloor"/> of it: chains of pairwise links (7.25 % ~ 6.5–7.25 % ~ 9.8 %) must not join figures that
    /// are not alike themselves.
    /// </summary>
    public const double LinkageShare = 0.6;

    /// <summary>Share of <see cref="Threshold"/> below which no pair of two groups' members may be for them to merge (<see cref="Linked"/>).</summary>
    public const double LinkFloor = 0.3;

    /// <summary>
    /// Factor on the score of an order of magnitude ("tens of thousands of civilians", "dozens"): it says how big, not
    /// how many, so it pairs only where no firmer figure does.
    /// </summary>
    public const double OrderOfMagnitudeCredit = 0.5;

    /// <summary>
    /// Most times apart two figures of one article may be to share a group: two sources' tolls of one event ("85" /
    /// "56"; "nine children" in the lead, "at least 20 children" by the hospital's count) are within it; a toll far off is
    /// another event ("killed six" / "a bombing days earlier killed more than 120").
    /// </summary>
    public const double SameArticleRatio = 2.5;

    /// <summary>
    /// Most taken off a pair's score for values far apart, in choosing each figure's partner in the other article: where two
    /// tolls of one article read alike against another's ("50 killed in the raids" against "26 people" and "fifteen
    /// others"), the nearer value is likelier the same count. Small, so it only breaks near ties; a pair that reaches
    /// <see cref="Threshold"/> still does.
    /// </summary>
    public const double NearerValueTieBreak = 0.05;

    /// <summary>How much above <see cref="Threshold"/> a link must score to put a second figure of one article in a group.</summary>
    public const double SameArticleMargin = 0.1;

    /// <summary>How many times an earlier report of a toll may have grown by the time of writing ("one person" to "at least nine").</summary>
    public const double RevisionRatio = 10;

    /// <summary>Added when the values are the same: where context hesitates between two figures, equal values break the tie.</summary>
    public const double SameValueBonus = 0.15;

    /// <summary>
    /// Added besides <see cref="SameValueBonus"/> when the value is distinctive (<see cref="FigureSimilarity.SameDistinctiveValue"/>):
    /// "62,500" in two reports of one story is one figure even when one names what it counts and the other does not.
    /// </summary>
    public const double DistinctiveValueBonus = 0.15;

    /// <summary>Added when the two figures' wordings agree ("more than 30" / 32).</summary>
    public const double AgreeBonus = 0.05;

    /// <summary>Factor when one figure is a forecast and the other is not ("expecting 870,000 jobs" / "added 943,000 jobs").</summary>
    public const double ForecastMismatchCredit = 0.5;

    /// <summary>Added when both sentences attribute the figures to one source ("the Observatory said").</summary>
    public const double SourceBonus = 0.15;

    /// <summary>Added when both clauses name the same event ("killed" / "death toll").</summary>
    public const double EventBonus = 0.2;

    /// <summary>Added when both name the same class of counted noun ("jobs" / "positions").</summary>
    public const double NounBonus = 0.15;

    /// <summary>Factor when only one of two counts names its noun or its event: the pair is likelier wrong.</summary>
    public const double HalfKnownCredit = 0.75;

    /// <summary>
    /// Factor on a pair of a part named with its whole ("including 58 civilians") and a count of another kind that is no
    /// such part: where the other article's whole reads alike, that whole is the count's partner.
    /// </summary>
    public const double IncludedPartCredit = 0.75;

    /// <summary>Least overlap of sentence and clause (before bonuses) two figures need: what they count must be said around them alike.</summary>
    public const double MinContext = 0.1;

    /// <summary>Fewest sentence words two figures that name neither noun nor event must share.</summary>
    public const double MinBareMatches = 3;

    /// <summary>Values more than this many times apart are seldom two outlets' figures for one thing: the score is multiplied by this ratio over theirs.</summary>
    public const double ImplausibleRatio = 4;

    /// <summary>
    /// Two measures measure the same thing when words near each match: their ranks (0 for the nearest content
    /// word on its side, 1 for the next, ...) add up to at most this ("inflation at 9.3%" / "inflation climbed to 9.8%": 0 + 0).
    /// </summary>
    public const int MaxNearRanks = 2;

    /// <summary>Weight of the clause words' overlap (Dice), added to the sentence's overlap in a pair's score.</summary>
    public const double LocalWeight = 0.5;

    /// <summary>Content words of the shared context named in <see cref="FigureGroup.About"/>.</summary>
    public const int AboutWords = 4;

    /// <summary>
    /// Whether two groups may merge, from the scores of their members' pairs across articles: on average
    /// <see cref="LinkageShare"/> of the threshold, and none below <see cref="LinkFloor"/> of it. Every pair at the
    /// average's level would hold a fourth outlet out of a group of three for one pair whose sentences share less
    /// ("about 200,000 arrests" against "212,672 migrants were encountered", where the other two say "apprehended").
    /// </summary>
    internal static bool Linked(IEnumerable<double> cross)
    {
        // Stops at the first pair under the floor: a failed merge need not score every pair of two large groups.
        double sum = 0;
        int count = 0;
        foreach (var score in cross)
        {
            if (score < LinkFloor * Threshold)
                return false;
            sum += score;
            count++;
        }
        return count == 0 || sum / count >= LinkageShare * Threshold;
    }

    public IReadOnlyList<FigureGroup> Group(IReadOnlyList<AnalyzedArticle> articles)
    {
        // One node per figure of an article, its repeated mentions folded in ("killed at least 58" in the lead, "the 58
        // dead" further down): a group then holds every mention, and two mentions never compete for one pairing.
        var perArticle = articles.Select((a, i) => Mentions(a.Quantities
            .Select((q, k) => (q, k))
            .Take(Budgets.MaxComparedFigures) // folding mentions and pairing figures are quadratic in an article's figures
            .Select(x => WhatItCounts.Resolve(a, i, x.k, x.q))
            .ToList())).ToList();

        // Each article's figure nodes by value, so "does the other article give this value too" is one lookup.
        var byValue = perArticle.Select(nodes => nodes.ToLookup(n => (n[0].Quantity.Value, n[0].Quantity.High))).ToList();
        var all = perArticle.SelectMany(f => f).ToList();
        var index = new Dictionary<List<Figure>, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < all.Count; i++)
            index[all[i]] = i;
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
                {
                    for (int j = 0; j < fb.Count; j++)
                    {
                        score[i, j] = PairScore(fa[i], fb[j], perArticle);
                        if (score[i, j] > 0 && (BothGiveBoth(fa[i][0], fb[j][0], byValue[a], byValue[b])
                                || OtherSizesTheThing(fa[i][0], fb[j][0], fb) || OtherSizesTheThing(fb[j][0], fa[i][0], fa)))
                            score[i, j] = 0;
                        else if (score[i, j] >= Threshold)
                            score[i, j] = Math.Max(Threshold, score[i, j] - NearerValueTieBreak * Distance(fa[i][0], fb[j][0]));
                    }
                }
                var assignment = Hungarian.MaximumAssignment(score, Threshold);
                for (int i = 0; i < fa.Count; i++)
                {
                    if (assignment[i] >= 0)
                        edges.Add((score[i, assignment[i]], index[fa[i]], index[fb[assignment[i]]]));
                }
            }
        }

        var parent = Enumerable.Range(0, all.Count).ToArray();
        var articlesOf = all.Select(f => new HashSet<int> { f[0].Ref.Article }).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        var membersOf = Enumerable.Range(0, all.Count).Select(i => new List<int> { i }).ToArray();
        foreach (var (score, x, y) in edges.OrderByDescending(e => e.Score))
        {
            int rx = Find(x), ry = Find(y);
            if (rx == ry)
                continue;
            // Two figures of one article join only on a strong link, when they count the same thing and their own
            // sentences are alike: an outlet giving two sources' tolls ("85, the agency said; the Observatory put it at 56").
            bool overlap = articlesOf[rx].Overlaps(articlesOf[ry]);
            if (overlap && score < Threshold + SameArticleMargin)
                continue;
            if (!membersOf[rx].All(i => membersOf[ry].All(j => all[i][0].Ref.Article != all[j][0].Ref.Article || SameThing(all[i], all[j]))))
                continue;
            if (!Linked(membersOf[rx].SelectMany(i => membersOf[ry].Where(j => all[i][0].Ref.Article != all[j][0].Ref.Article)
                    .Select(j => OneAmountRounded(all[i][0], all[j][0]) ? Threshold : PairScore(all[i], all[j], perArticle)))))
                continue;
            parent[ry] = rx;
            articlesOf[rx].UnionWith(articlesOf[ry]);
            membersOf[rx].AddRange(membersOf[ry]);
        }
        var groups = Enumerable.Range(0, all.Count).GroupBy(Find).Where(g => g.Count() > 1).Select(g => g.ToList()).ToList();
        AddOtherMentions(groups, all, perArticle, index);
        return groups
            .Select(g => g.SelectMany(i => all[i]).OrderBy(f => f.Ref.Article).ThenBy(f => f.Ref.Index).ToList())
            .OrderBy(g => g[0].Ref.Article).ThenBy(g => g[0].Ref.Index)
            .Select(Describe)
            .ToList();
    }

    /// <summary>
    /// Puts in each group the other mentions of its figure that its articles give in other words: "over 50 were injured"
    /// in the lead and "the hospital recorded 55 injuries" further down, when another outlet's "55 people were injured"
    /// paired with the first. The pairing of two articles is one to one, so such a mention is left out of it. A figure
    /// of no group joins when it counts what the article's member counts (the same event and noun), the two values agree
    /// as written, and it pairs with a member of another article in the group as strongly as a second figure of one
    /// article must (<see cref="SameArticleMargin"/>). Two values that disagree are two figures, or two sources' counts
    /// that the pairing itself must link.
    /// </summary>
    private static void AddOtherMentions(List<List<int>> groups, List<List<Figure>> all, List<List<List<Figure>>> perArticle,
        Dictionary<List<Figure>, int> index)
    {
        if (groups.Count == 0)
            return;
        var grouped = new HashSet<int>(groups.SelectMany(g => g));
        var best = new Dictionary<int, (double Score, int Group)>();
        for (int g = 0; g < groups.Count; g++)
        {
            var members = groups[g];
            foreach (int article in members.Select(i => all[i][0].Ref.Article).Distinct())
            {
                var own = members.Where(i => all[i][0].Ref.Article == article).ToList();
                foreach (var node in perArticle[article])
                {
                    int n = index[node];
                    if (grouped.Contains(n))
                        continue;
                    // An earlier report of the count and the count as it stands ("had earlier reported 12 dead"; "at least
                    // 20 were killed"): one count whatever the two values, when the article's own sentences are alike.
                    double score = own.Where(i => all[i][0].Earlier != node[0].Earlier && SameFigureOtherWords(all[i][0], node[0], revised: true)
                            && Updated(all[i][0].Earlier ? all[i][0] : node[0], all[i][0].Earlier ? node[0] : all[i][0]))
                        .Select(i => Score(node, all[i], revision: true)).DefaultIfEmpty(0).Max();
                    if (score < Threshold + SameArticleMargin)
                    {
                        if (!own.All(i => SameFigureOtherWords(all[i][0], node[0])))
                            continue;
                        score = members.Where(i => all[i][0].Ref.Article != article)
                            .Select(i => FigureSimilarity.Compatible(node[0], all[i][0]) ? Score(node, all[i]) : 0).DefaultIfEmpty(0).Max();
                    }
                    if (score >= Threshold + SameArticleMargin && (!best.TryGetValue(n, out var b) || score > b.Score))
                        best[n] = (score, g);
                }
            }
        }
        foreach (var (n, (_, g)) in best)
            groups[g].Add(n);
    }

    /// <summary>
    /// Whether another figure of one article is the same count in other words: the same event, named by one at least, and the same kind
    /// of counted thing, and values that agree as written ("over 50" / "55 injuries"); never a measure, and never an order of
    /// magnitude ("dozens of people"), which says how big, not how many.
    /// With <paramref name="revised"/>, one of them is an earlier report of the other (<see cref="Figure.Earlier"/>), and
    /// the values need not agree.
    /// </summary>
    private static bool SameFigureOtherWords(Figure member, Figure other, bool revised = false) =>
        !member.Measure && !other.Measure && !FigureSimilarity.IsOrderOfMagnitude(other.Quantity)
        // The event named by one of them at least, and the same when both name one ("212,672 migrants were encountered" /
        // "agents apprehended over 212,000 undocumented migrants").
        && (member.Events.Count > 0 || other.Events.Count > 0)
        && (member.Events.Count == 0 || other.Events.Count == 0 || member.Events.SetEquals(other.Events))
        && member.Persons == other.Persons
        // "over 50 were injured" counts people; "55 injuries" counts them by what happened to them.
        && (member.People == other.People || member.Nouns.Count == 0 && other.Nouns.Count == 0)
        && (member.Nouns.Count == 0 || other.Nouns.Count == 0 || member.Nouns.Overlaps(other.Nouns))
        && (revised || FigureAgreement.Agree(member.Quantity, member.Perpetrators, other.Quantity, other.Perpetrators));

    /// <summary>
    /// Whether a count can be the update of an earlier report of it: a toll grows as the dead are counted, so the earlier
    /// report is not the larger ("213 civilians", said earlier of a week's raids, is no earlier report of a day's 50), and
    /// not by more than <see cref="RevisionRatio"/> times; neither is a running total ("more than 320,000 people dead since
    /// 2011" is the war's, not the day's toll updated).
    /// </summary>
    private static bool Updated(Figure earlier, Figure now)
    {
        double before = earlier.Quantity.High ?? earlier.Quantity.Value, after = now.Quantity.High ?? now.Quantity.Value;
        return !earlier.Running && !now.Running && before > 0 && before <= after && after <= RevisionRatio * before;
    }

    /// <summary>
    /// Two counts of one article that may share a group: the same event and counted noun (its own: "nine children were
    /// killed in the airstrike" and "20 children killed" are both children, the airstrike only beside one), and sentences
    /// alike. Never two measures: a rate's old and new values ("from 6.50% to 7.25%") are two figures.
    /// </summary>
    private static bool SameThing(List<Figure> a, List<Figure> b)
    {
        var (x, y) = (a[0], b[0]);
        var (low, high) = FigureSimilarity.Sizes(x, y);
        if (x.Measure || y.Measure || !x.Events.SetEquals(y.Events) || x.People != y.People || !x.OwnNouns.SetEquals(y.OwnNouns)
            || low <= 0 || high / low > SameArticleRatio || Score(a, b) < Threshold)
            return false;
        // With no event, only a rounded mention of the article's own precise figure: "101,789 names" and, further
        // down, "the removal of the 100,000 names".
        return x.Events.Count > 0
            || (FigureSimilarity.Named(x) && FigureAgreement.Agree(x.Quantity, x.Perpetrators, y.Quantity, y.Perpetrators));
    }

    /// <summary>
    /// Whether two different values are no dispute because one article also gives the other's value for the same kind
    /// of thing: an outlet that reports both the 75-point rise and the dissenters' 50 points cannot contradict another
    /// that reports 50 for the dissenters. The two numbers are about two things, and each pairs with its equal.
    /// </summary>
    private static bool BothGiveBoth(Figure x, Figure y, ILookup<(double, double?), List<Figure>> xs, ILookup<(double, double?), List<Figure>> ys)
    {
        if (x.UnitKey.Length == 0 || y.UnitKey.Length == 0 || SameValue(x, y))
            return false;
        return ys[(x.Quantity.Value, x.Quantity.High)].Any(n => FigureSimilarity.Compatible(n[0], x))
            || xs[(y.Quantity.Value, y.Quantity.High)].Any(n => FigureSimilarity.Compatible(n[0], y));
    }

    /// <summary>
    /// Whether an amount that sizes a named thing ("the $1.2 trillion measure") must not pair with another article's amount
    /// that sizes nothing ("would add $256 billion to the deficit") because that article also gives an amount sizing the
    /// same thing ("a roughly $1 trillion infrastructure bill"): each pairs with its own kind, as in <see cref="BothGiveBoth"/>.
    /// </summary>
    private static bool OtherSizesTheThing(Figure sized, Figure other, List<List<Figure>> othersArticle) =>
        sized.Heads.Length > 0 && other.Heads.Length == 0
        && othersArticle.Exists(n => n[0] != other && FigureSimilarity.SizesOfOneThing(sized, n[0]) && FigureSimilarity.Compatible(sized, n[0]));

    /// <summary>
    /// Two precise amounts in one unit of which one is the other rounded ("9.2 million" / "9.21 million" job openings):
    /// within a group whose other links hold, they are one figure even when their own sentences share little, since
    /// "Openings reached 9.2 million" says nothing else. Only from a thousand up, two significant digits or more.
    /// </summary>
    private static bool OneAmountRounded(Figure a, Figure b) =>
        a.UnitKey == b.UnitKey && a.Quantity.High is null && b.Quantity.High is null && a.Digits >= 2 && b.Digits >= 2
        && Math.Min(Math.Abs(a.Quantity.Value), Math.Abs(b.Quantity.Value)) >= 1000
        && FigureAgreement.Agree(a.Quantity, a.Perpetrators, b.Quantity, b.Perpetrators);

    /// <summary>The score of two figure nodes of two articles, at least the threshold for two sole counts of a kind.</summary>
    private static double PairScore(List<Figure> a, List<Figure> b, List<List<List<Figure>>> perArticle)
    {
        double score = Score(a, b);
        return score < Threshold && SoleFigures.OfAKind(a[0], b[0], perArticle[a[0].Ref.Article], perArticle[b[0].Ref.Article]) ? Threshold : score;
    }

    private static bool SameValue(Figure a, Figure b) => a.Quantity.Value == b.Quantity.Value && a.Quantity.High == b.Quantity.High;

    /// <summary>
    /// The best score of a mention of one figure against a mention of the other, times <see cref="IncludedPartCredit"/>
    /// when one is a part named with its whole in some mention and the other is no part and counts another noun.
    /// </summary>
    private static double Score(List<Figure> a, List<Figure> b, bool revision = false)
    {
        double best = 0;
        foreach (var x in a)
        {
            foreach (var y in b)
                best = Math.Max(best, FigureSimilarity.Score(x, y, revision));
        }
        return best > 0 && PartAgainstOther(a, b) ? best * IncludedPartCredit : best;
    }

    /// <summary>
    /// A part its article names with its whole ("82 people, including 58 civilians", wherever else it repeats the 58)
    /// against a figure of another noun that is no part ("47 people, most of them civilians"), two different values.
    /// </summary>
    private static bool PartAgainstOther(List<Figure> a, List<Figure> b)
    {
        bool partA = a.Exists(f => f.Included), partB = b.Exists(f => f.Included);
        return partA != partB && a[0].UnitKey != b[0].UnitKey && !SameValue(a[0], b[0]);
    }

    /// <summary>
    /// The figures of one article, each with its other mentions: the same value and range, and what it counts
    /// compatible (<see cref="FigureSimilarity.Compatible"/>).
    /// </summary>
    private static List<List<Figure>> Mentions(List<Figure> figures)
    {
        var nodes = new List<List<Figure>>();
        foreach (var f in figures)
        {
            var node = nodes.FirstOrDefault(n => n[0].Quantity.Value == f.Quantity.Value && n[0].Quantity.High == f.Quantity.High
                && n.Take(Budgets.MaxMentionChecks).All(m => FigureSimilarity.SameMention(m, f)));
            if (node is null)
                nodes.Add([f]);
            else
                node.Add(f);
        }
        return nodes;
    }

    private static FigureGroup Describe(List<Figure> members)
    {
        // An earlier report an outlet has since updated is no dispute: the verdict is the counts as they stand.
        var judged = members.Count(m => !m.Earlier) >= 2 ? members.Where(m => !m.Earlier).ToList() : members;
        bool agree = FigureAgreement.Agree(judged.Select(m => (m.Quantity, m.Perpetrators)));
        // Name what they count first, then the clause words all share, then the rest of the sentence.
        var label = members.Select(m => m.Label).FirstOrDefault(l => l.Length > 0) ?? "";
        var sharedWords = new List<string>();
        foreach (var words in new[] { members[0].Local, members[0].Context })
        {
            for (int i = 0; i < words.Count && sharedWords.Count < AboutWords; i++)
            {
                var stem = words.Stems[i];
                var word = words.Capitalised[i] ? Capitalise(words.Lower[i]) : words.Lower[i];
                if (members.Skip(1).All(m => m.Context.Stems.Contains(stem) || m.Local.Stems.Contains(stem))
                    && !sharedWords.Contains(word, StringComparer.OrdinalIgnoreCase) && !label.Contains(word, StringComparison.OrdinalIgnoreCase))
                    sharedWords.Add(word);
            }
        }
        var about = sharedWords.Count > 0 ? $"{label}: {string.Join(", ", sharedWords)}".TrimStart(':', ' ') : label;
        return new FigureGroup(members.Select(m => m.Ref).ToList(), about, agree,
            agree ? null : DisputeReason.Of(judged))
        {
            Earlier = members.Where(m => m.Earlier).Select(m => m.Ref).ToList(),
        };
    }

    /// <summary>
    /// How far apart two values are, from 0 (one value) to 1 (<see cref="ImplausibleRatio"/> times apart or more), on a
    /// log scale: 50 is nearer 26 than 15.
    /// </summary>
    private static double Distance(Figure a, Figure b)
    {
        var (low, high) = FigureSimilarity.Sizes(a, b);
        return low <= 0 ? 1 : Math.Min(1, Math.Log(high / low) / Math.Log(ImplausibleRatio));
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
