using Parallax.Analysis;

namespace Parallax.Stories;

/// <summary>
/// Online story grouping (after Miranda et al., EMNLP 2018): each arriving article is compared with the
/// candidate stories that share one of its heaviest terms and lie within the time window, and joins the
/// best one scoring above the threshold, or opens a new story. The same code groups a batch given to
/// <c>parallax compare</c> and the stream of <c>parallax ingest</c>.
/// </summary>
public sealed class StoryGrouper(StoryGroupingOptions? options = null)
{
    private readonly StoryGroupingOptions _o = options ?? StoryGroupingOptions.Default;
    private readonly Dictionary<int, List<int>> _index = [];
    private readonly List<StoryCluster> _stories = [];
    private int _articles;

    public Vocabulary Vocabulary { get; } = new();

    public IReadOnlyList<StoryCluster> Stories => _stories;

    /// <summary>Adds one article (counted into the vocabulary first) and returns the index of its story.</summary>
    public int Add(AnalyzedArticle article)
    {
        var terms = FeatureExtractor.Count(article, Vocabulary);
        Vocabulary.AddDocument(terms.Distinct());
        return Assign(FeatureExtractor.Weigh(terms, Vocabulary));
    }

    /// <summary>Assigns an article whose features are already weighed (the vocabulary already counts it).</summary>
    public int Assign(ArticleFeatures f)
    {
        int article = _articles++;
        int best = -1;
        double bestScore = _o.Threshold;
        foreach (var s in Candidates(f))
        {
            double score = Score(f, _stories[s]);
            if (score >= bestScore)
            {
                bestScore = score;
                best = s;
            }
        }
        if (best < 0)
        {
            best = _stories.Count;
            _stories.Add(new StoryCluster(best));
        }
        _stories[best].Add(article, f);
        IndexTerms(f, best);
        return best;
    }

    public double Score(ArticleFeatures f, StoryCluster s)
    {
        double score = _o.WeightTitle * s.Title.Cosine(f.Title)
            + _o.WeightLead * s.Lead.Cosine(f.Lead)
            + _o.WeightBody * s.Body.Cosine(f.Body)
            + _o.WeightNames * s.Names.Cosine(f.Names);
        if (s.DaysFrom(f.Time) is { } days)
        {
            if (days > _o.TimeWindowDays)
                return 0;
            score *= 1 - _o.TimeWeight + _o.TimeWeight * Math.Pow(0.5, days / _o.TimeHalfLifeDays);
        }
        return score;
    }

    private HashSet<int> Candidates(ArticleFeatures f)
    {
        var result = new HashSet<int>();
        foreach (var term in HeaviestTerms(f))
        {
            if (_index.TryGetValue(term, out var stories))
                result.UnionWith(stories);
        }
        return result;
    }

    private void IndexTerms(ArticleFeatures f, int story)
    {
        foreach (var term in HeaviestTerms(f))
        {
            if (!_index.TryGetValue(term, out var stories))
                _index[term] = stories = [];
            if (stories.Count == 0 || stories[^1] != story)
                stories.Add(story);
        }
    }

    private IEnumerable<int> HeaviestTerms(ArticleFeatures f)
    {
        static IEnumerable<(int Id, float W)> Pairs(SparseVector v) => v.Ids.Zip(v.Weights);
        return Pairs(f.Body).Concat(Pairs(f.Names)).Concat(Pairs(f.Title))
            .OrderByDescending(p => p.W).Select(p => p.Id).Distinct().Take(_o.IndexedTerms);
    }

    /// <summary>
    /// Groups a batch: every article is counted into the vocabulary first (so IDF knows the whole batch),
    /// then articles are assigned in publication order (undated ones after, in input order).
    /// Returns the stories as lists of indexes into <paramref name="articles"/>.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<int>> GroupBatch(IReadOnlyList<AnalyzedArticle> articles, StoryGroupingOptions? options = null)
    {
        var grouper = new StoryGrouper(options);
        var terms = articles.Select(a => FeatureExtractor.Count(a, grouper.Vocabulary)).ToList();
        foreach (var t in terms)
            grouper.Vocabulary.AddDocument(t.Distinct());
        var order = Enumerable.Range(0, articles.Count)
            .OrderBy(i => articles[i].Article.Published is null)
            .ThenBy(i => articles[i].Article.Published?.Value ?? DateTime.MaxValue)
            .ThenBy(i => i)
            .ToList();
        var storyOf = new int[articles.Count];
        foreach (int i in order)
            storyOf[i] = grouper.Assign(FeatureExtractor.Weigh(terms[i], grouper.Vocabulary));
        // Report members by input index; stories in order of their first member in the input.
        return Enumerable.Range(0, articles.Count).GroupBy(i => storyOf[i]).OrderBy(g => g.Min())
            .Select(g => (IReadOnlyList<int>)g.ToList()).ToList();
    }
}
