using Parallax.Comparison.Report;

namespace Parallax.Evaluation.Scoring;

/// <summary>One hand-checked gold member: an exact substring of an article's text.</summary>
internal sealed record GoldMember(string Article, string Text);

/// <summary>A gold figure group: members about the same thing, and whether the outlets agree on it.</summary>
internal sealed record GoldFigure(IReadOnlyList<GoldMember> Members, bool Agree);

/// <summary>One gold story of the cross-outlet comparison gold (datasets/comparison/gold.json).</summary>
internal sealed record GoldStory(string Story, IReadOnlyList<IReadOnlyList<GoldMember>> AlignedQuotes,
    IReadOnlyList<IReadOnlyList<GoldMember>> DistinctQuotes, IReadOnlyList<GoldFigure> Figures);

/// <summary>
/// Counts of <c>score.py compare-gold</c> over one or more stories' reports: aligned quote groups whose members
/// all land in one quote group, distinct pairs that land in different groups, figure groups whose members all
/// land in one figure group and, of those, the ones whose <c>agree</c> matches. A member is located as the item
/// of the report whose span covers most of an occurrence of the member's text (every occurrence is tried).
/// One count is Parallax's own, not score.py's: pairs of gold figure groups of one story whose members land in
/// no common figure group (<see cref="FiguresKeptApart"/>). Recall alone rewards a group that bags every toll of a
/// story; this counts the bags. An item located for members of both ("three deaths and 22 injuries" quoted for the
/// deaths and for the injuries) says nothing about grouping: only items of one side and of the other in one group count.
/// </summary>
internal sealed class CompareGoldScorer
{
    public int Aligned { get; private set; }
    public int AlignedRight { get; private set; }
    public int Distinct { get; private set; }
    public int DistinctRight { get; private set; }
    public int Figures { get; private set; }
    public int FiguresGrouped { get; private set; }
    public int FiguresAgreeRight { get; private set; }

    /// <summary>Of <see cref="Figures"/>, the gold groups whose outlets disagree (<c>agree</c> false).</summary>
    public int FiguresDisputed { get; private set; }

    /// <summary>Of <see cref="FiguresDisputed"/>, those grouped (whatever the verdict).</summary>
    public int FiguresDisputedGrouped { get; private set; }

    /// <summary>Pairs of gold figure groups of one story with a located member each.</summary>
    public int FigurePairs { get; private set; }

    /// <summary>Of <see cref="FigurePairs"/>, those whose located members share no figure group.</summary>
    public int FigurePairsApart { get; private set; }

    public double AlignedRecall => Ratio(AlignedRight, Aligned);
    public double DistinctKeptApart => Ratio(DistinctRight, Distinct);
    public double FigureRecall => Ratio(FiguresGrouped, Figures);
    public double FigureAgreeRight => Ratio(FiguresAgreeRight, Figures);
    public double FiguresKeptApart => Ratio(FigurePairsApart, FigurePairs);

    /// <summary>Figure recall over the gold groups whose outlets agree: the figure recall split by kind, since disputed
    /// groups (different values, often several sources' tolls) are the harder and the rarer kind.</summary>
    public double AgreeingFigureRecall => Ratio(FiguresGrouped - FiguresDisputedGrouped, Figures - FiguresDisputed);

    /// <summary>Figure recall over the gold groups whose outlets disagree.</summary>
    public double DisputedFigureRecall => Ratio(FiguresDisputedGrouped, FiguresDisputed);

    /// <summary>Adds one gold story scored against its report (null: no report, every member unlocated).</summary>
    public void Add(GoldStory gold, ComparisonReport? report)
    {
        var articles = new Dictionary<string, ReportArticle>(StringComparer.Ordinal);
        var quoteGroup = new Dictionary<string, (string Story, int Group)>(StringComparer.Ordinal);
        var figureGroup = new Dictionary<string, (string Story, int Group)>(StringComparer.Ordinal);
        var figureAgree = new Dictionary<(string, int), bool>();
        if (report is not null)
        {
            foreach (var a in report.Articles)
                articles.TryAdd(a.Id, a);
            foreach (var s in report.Stories)
            {
                for (int k = 0; k < s.Quotes.Count; k++)
                    foreach (var m in s.Quotes[k].Members)
                        quoteGroup[m] = (s.Id, k);
                for (int k = 0; k < s.Figures.Count; k++)
                {
                    foreach (var m in s.Figures[k].Members)
                        figureGroup[m] = (s.Id, k);
                    figureAgree[(s.Id, k)] = s.Figures[k].Agree;
                }
            }
        }

        (string, int)? Quote(GoldMember m) =>
            Locate(articles, m, a => a.Quotes?.Select(q => (q.Id, q.Span)), quoteGroup);
        (string Item, (string, int) Group)? FigureItem(GoldMember m) =>
            LocateItem(articles, m, a => a.Quantities?.Select(q => (q.Id, q.Span)), figureGroup);

        foreach (var members in gold.AlignedQuotes)
        {
            Aligned++;
            var groups = members.Select(Quote).ToList();
            if (groups.All(g => g is not null) && groups.Distinct().Count() == 1)
                AlignedRight++;
        }
        foreach (var members in gold.DistinctQuotes)
        {
            Distinct++;
            var groups = members.Select(Quote).ToList();
            if (groups.All(g => g is not null) && groups.Distinct().Count() == groups.Count)
                DistinctRight++;
        }
        var located = new List<List<(string Item, (string, int) Group)>>();
        foreach (var figure in gold.Figures)
        {
            Figures++;
            if (!figure.Agree)
                FiguresDisputed++;
            var items = figure.Members.Select(FigureItem).ToList();
            located.Add(items.OfType<(string, (string, int))>().ToList());
            var groups = items.Select(x => x?.Group).ToList();
            if (groups.Count == 0 || groups.Any(g => g is null) || groups.Distinct().Count() != 1)
                continue;
            FiguresGrouped++;
            if (!figure.Agree)
                FiguresDisputedGrouped++;
            if (figureAgree.TryGetValue(groups[0]!.Value, out bool agree) && agree == figure.Agree)
                FiguresAgreeRight++;
        }
        for (int i = 0; i < located.Count; i++)
        {
            for (int j = i + 1; j < located.Count; j++)
            {
                if (located[i].Count == 0 || located[j].Count == 0)
                    continue;
                FigurePairs++;
                // An item located for both (one quantity quoted as a member of each) is the labels' overlap, not a bag:
                // only the groups of each side's own items are compared.
                var groupsOfI = OwnGroups(located[i], located[j]);
                if (!groupsOfI.Overlaps(OwnGroups(located[j], located[i])))
                    FigurePairsApart++;
            }
        }
    }

    /// <summary>The groups of the items located for one gold figure and not for the other.</summary>
    private static HashSet<(string, int)> OwnGroups(List<(string Item, (string, int) Group)> one, List<(string Item, (string, int) Group)> other) =>
        one.Where(x => !other.Exists(y => y.Item == x.Item)).Select(x => x.Group).ToHashSet();

    /// <summary>The group of the item whose span covers most of an occurrence of the member's text.</summary>
    private static (string, int)? Locate(Dictionary<string, ReportArticle> articles, GoldMember member,
        Func<ReportArticle, IEnumerable<(string Id, int[] Span)>?> items, Dictionary<string, (string, int)> groups) =>
        LocateItem(articles, member, items, groups)?.Group;

    /// <summary>The item whose span covers most of an occurrence of the member's text, and its group.</summary>
    private static (string Item, (string, int) Group)? LocateItem(Dictionary<string, ReportArticle> articles, GoldMember member,
        Func<ReportArticle, IEnumerable<(string Id, int[] Span)>?> items, Dictionary<string, (string, int)> groups)
    {
        if (!articles.TryGetValue(member.Article, out var article) || member.Text.Length == 0)
            return null;
        var layer = items(article)?.ToList() ?? [];
        (string Item, (string, int) Group)? best = null;
        int bestCover = 0;
        for (int start = article.Text.IndexOf(member.Text, StringComparison.Ordinal); start >= 0;
             start = article.Text.IndexOf(member.Text, start + 1, StringComparison.Ordinal))
        {
            int end = start + member.Text.Length;
            foreach (var (id, span) in layer)
            {
                if (span is not { Length: 2 })
                    continue;
                int cover = Math.Min(span[1], end) - Math.Max(span[0], start);
                if (cover > bestCover && groups.TryGetValue(id, out var g))
                {
                    best = (id, g);
                    bestCover = cover;
                }
            }
        }
        return best;
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
