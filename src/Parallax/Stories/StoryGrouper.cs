using Parallax.Analysis;

namespace Parallax.Stories;

/// <summary>
/// Online story grouping (after Miranda et al., EMNLP 2018). Each arriving article is compared with the
/// candidate stories that share one of its heaviest terms within the time window; a logistic model over
/// per-feature similarities (<see cref="StorySimilarity"/>) gives the probability it belongs to each, and it
/// joins the likeliest story at or above the threshold, or opens a new one. When the article's story then
/// looks like another candidate story, centroid to centroid, the two merge. Near-duplicates (SimHash) are
/// flagged. The same code groups a batch given to <c>parallax compare</c> and the stream of an ingest.
/// <para>
/// Deterministic: the same articles in the same order give the same stories, so a store can rebuild the state
/// by replaying its articles' <see cref="StoryDocument"/>s in order. Not thread-safe: one grouper per stream.
/// </para>
/// </summary>
internal sealed partial class StoryGrouper(StoryGroupingOptions? options = null)
{
    /// <summary>How often, in days of stream time, postings and stories that fell out of the window are dropped.</summary>
    private const double SweepEveryDays = 1;

    private readonly StoryGroupingOptions _o = options ?? StoryGroupingOptions.Default;
    private readonly CandidateIndex _index = new((options ?? StoryGroupingOptions.Default).MaxPostingsScanned);
    private readonly NearDuplicateIndex _duplicates = new();
    private readonly OutletLags _lags = new();

    // Null for a closed story restored as a checkpoint part and not read yet (LoadStory reads it when an
    // article needs it as a candidate); every open story is here.
    private readonly List<StoryCluster?> _stories = [];
    private readonly List<int> _open = [];
    private readonly List<int> _storyOf = [];
    private readonly DenseVector _body = new();

    // Scratch of the candidate lookup (up to a thousand postings per article), reused rather than regrown each time.
    private readonly List<int> _found = [];
    private readonly List<int> _candidates = [];

    // What candidate lookup reads of each story, in one array: it follows merges, counts shared terms and checks
    // the time window for up to a thousand postings per article, and reading story objects would cost a cache miss each.
    private StoryState[] _state = [];
    private double _latestDay = double.NaN;
    private double _sweptDay = double.NaN;

    public Vocabulary Vocabulary { get; } = new();

    /// <summary>
    /// Every story ever opened, by id (merged ones stay, with <see cref="StoryCluster.MergedInto"/> set); null for
    /// a closed story restored from a checkpoint part and not needed since.
    /// </summary>
    public IReadOnlyList<StoryCluster?> Stories => _stories;

    /// <summary>Articles added so far.</summary>
    public int Articles => _storyOf.Count;

    /// <summary>Stories currently standing on their own (not merged into another).</summary>
    public int StoryCount { get; private set; }

    /// <summary>Adds one analyzed article; see <see cref="Add(StoryDocument)"/>.</summary>
    public StoryAssignment Add(AnalyzedArticle article) => Add(StoryDocument.From(article));

    /// <summary>Adds one article (counted into the vocabulary first, so IDF is the stream's so far) and places it in a story.</summary>
    public StoryAssignment Add(StoryDocument doc) => Assign(Weigh(doc));

    /// <summary>Counts an article into the vocabulary (so IDF is the stream's so far) and weighs its features: the first step of adding it.</summary>
    public ArticleFeatures Weigh(StoryDocument doc)
    {
        var terms = FeatureExtractor.Count(doc, Vocabulary);
        Vocabulary.AddDocument(terms);
        return FeatureExtractor.Weigh(terms, Vocabulary);
    }

    /// <summary>Whole days the outlet's reports are placed earlier than their dates: its learned delay (<see cref="OutletLags"/>).</summary>
    public int LagOf(string outlet) => _o.LearnOutletLags ? _lags.Lag(outlet) : 0;

    /// <summary>The story an article (by ordinal) belongs to now, following merges.</summary>
    public int StoryOf(int article) => Resolve(_storyOf[article]);

    /// <summary>The story a story id stands for now, following merges.</summary>
    public int Resolve(int story)
    {
        while (_state[story].Parent != story)
            story = _state[story].Parent;
        return story;
    }

    /// <summary>Assigns an article whose features are already weighed (the vocabulary already counts it).</summary>
    public StoryAssignment Assign(ArticleFeatures f)
    {
        var placement = Prepare(f);
        foreach (int s in placement.Candidates)
        {
            if (_stories[s] is null)
                throw new InvalidOperationException($"story {s} is held in a checkpoint part: load it before placing the article");
        }
        return Place(placement);
    }

    /// <summary>
    /// An article on its way into a story: what placing it reads, found before any story is read. Its features'
    /// time is where grouping places it (its outlet's usual delay taken off, <see cref="OutletLags"/>);
    /// <paramref name="Published"/> is its own.
    /// </summary>
    internal sealed record Placement(ArticleFeatures Features, int Article, double Day, int? Duplicate, List<int> Heaviest, List<int> Candidates, DateTime? Published);

    /// <summary>
    /// The first half of <see cref="Assign"/>: moves stream time on and finds the article's candidate stories,
    /// from the index and the stories' spans alone. The caller loads the candidates that are not held
    /// (<see cref="Unloaded"/>, <see cref="LoadStory"/>), then calls <see cref="Place"/>, before anything else.
    /// </summary>
    public Placement Prepare(ArticleFeatures f)
    {
        int article = _storyOf.Count;
        var published = f.Time;
        if (_o.LearnOutletLags && _lags.Lag(f.Outlet) is > 0 and var lag && published is { } time)
            f = f with { Time = time.AddDays(-lag) };
        double day = Day(f.Time);
        Advance(day);
        int? duplicate = _duplicates.Find(f.Fingerprint, day, _o.TimeWindowDays);
        var heaviest = HeaviestTerms(f);
        return new Placement(f, article, day, duplicate, heaviest, [.. Candidates(heaviest, f, day, article)], published);
    }

    /// <summary>The placement's candidate stories that are held in checkpoint parts, not here.</summary>
    public List<int> Unloaded(Placement placement) => placement.Candidates.Where(s => _stories[s] is null).ToList();

    /// <summary>Puts back a closed story read from its checkpoint part.</summary>
    public void LoadStory(int story, byte[] part)
    {
        var loaded = StoryCluster.FromPart(part);
        if (loaded.Id != story || _stories[story] is not null)
            throw new InvalidDataException($"the checkpoint part of story {story} does not belong to this state");
        _stories[story] = loaded;
    }

    /// <summary>A story this grouper holds (open, or closed and loaded).</summary>
    private StoryCluster Held(int story) => _stories[story] ?? throw new InvalidOperationException($"story {story} is not loaded");

    /// <summary>The second half of <see cref="Assign"/>: scores the candidates, joins or opens a story, merges.</summary>
    public StoryAssignment Place(Placement placement)
    {
        var (f, article, day, duplicate, heaviest, candidates, published) = placement;
        if (article != _storyOf.Count)
            throw new InvalidOperationException("a placement must be placed before the next article is prepared");
        Span<double> x = stackalloc double[StorySimilarity.Count];
        int best = -1;
        double bestP = _o.Threshold;
        var likely = new List<int>();
        // With delays not learned the witness has no outlet and scores nothing.
        var delay = new DelayWitness(_o.LearnOutletLags ? f.Outlet : null, published, _o.Model.Undated);
        _body.Load(f.Body);
        foreach (int s in candidates)
        {
            if (StorySimilarity.ComputeBody(f, Held(s), x, _body) < _o.MinBodySimilarity
                && !StorySimilarity.NamesOneEvent(f, Held(s), _o))
                continue;
            StorySimilarity.ComputeRest(f, Held(s), x, _o.Time);
            delay.Offer(Held(s), x);
            double p = _o.Model.Probability(x);
            if (p < _o.Threshold)
                continue;
            likely.Add(s);
            // Candidates come in id order: a tie keeps the older story.
            if (best < 0 || p > bestP)
            {
                bestP = p;
                best = s;
            }
        }
        _body.Clear();
        bool opened = best < 0;
        if (opened)
        {
            best = _stories.Count;
            _stories.Add(new StoryCluster(best));
            _open.Add(best);
            StoryCount++;
            EnsureState(_stories.Count);
            _state[best] = new StoryState { Parent = best, First = StoryState.NoTime, Last = StoryState.NoTime };
        }
        if (Held(best).Compacted)
            _open.Add(best);
        Held(best).Add(article, f);
        _state[best].Span(Held(best));
        _storyOf.Add(best);
        foreach (var term in heaviest)
            _index.Add(term, best, day);
        _duplicates.Add(article, f.Fingerprint, day);
        var merged = opened ? [] : MergeInto(best, likely);
        if (delay.Observed(_o.OutletLagEvidence) is { } seen)
        {
            _lags.Observe(f.Outlet!, seen.Days, Resolve(best), seen.Story);
            FoldLateReports(f.Outlet!, merged);
        }
        // After a merge the article's story is the surviving (older) one.
        return new StoryAssignment(article, Resolve(best), opened, duplicate, merged);
    }

    /// <summary>
    /// Merges into <paramref name="story"/> the other likely candidates that now look like the same story: every
    /// recent member of the smaller of the two, taken as an article, would join the larger one with at least
    /// <see cref="StoryGroupingOptions.MergeThreshold"/> (the model judges articles, so it judges them here too).
    /// </summary>
    private List<int> MergeInto(int story, List<int> likely)
    {
        var merged = new List<int>();
        Span<double> x = stackalloc double[StorySimilarity.Count];
        foreach (int other in likely)
        {
            if (other == story || Held(other).MergedInto is not null)
                continue;
            var (small, large) = Held(other).Members.Count <= Held(story).Members.Count
                ? (Held(other), Held(story)) : (Held(story), Held(other));
            if (small.Recent.Count == 0 || !AllWouldJoin(small, large, x))
                continue;
            // The older story keeps its id; the younger one is absorbed.
            int keep = Math.Min(story, other);
            merged.Add(Merge(keep, Math.Max(story, other)));
            story = keep;
        }
        return merged;
    }

    /// <summary>
    /// Once an outlet is known to report late, its recent reports that opened a story of their own while the text
    /// matched another outlets' story that much earlier (kept apart by time alone, before the delay was known)
    /// join that story. Each observation folds at most once (its report is then in its witness's story), and a
    /// story held only in a checkpoint part is left as it is. Adds the stories merged away to <paramref name="merged"/>.
    /// </summary>
    private void FoldLateReports(string outlet, List<int> merged)
    {
        int lag = _lags.Lag(outlet);
        if (lag == 0)
            return;
        foreach (var o in _lags.Observations(outlet, lag))
        {
            int own = Resolve(o.Story), witness = Resolve(o.Witness);
            if (own == witness || _stories[own] is not { Members.Count: 1 } || _stories[witness] is null)
                continue;
            merged.Add(Merge(Math.Min(own, witness), Math.Max(own, witness)));
        }
    }

    /// <summary>Merges story <paramref name="gone"/> into the older <paramref name="keep"/>; returns <paramref name="gone"/>.</summary>
    private int Merge(int keep, int gone)
    {
        Held(keep).Absorb(Held(gone));
        // A story already out of the window stays compacted (a late report's fold can reach one).
        if (Held(keep).Compacted)
            Held(keep).Compact(_o.CompactedTerms);
        Held(gone).MergedInto = keep;
        _state[gone].Parent = keep;
        _state[keep].Span(Held(keep));
        Held(gone).Compact(0);
        StoryCount--;
        return gone;
    }

    private bool AllWouldJoin(StoryCluster small, StoryCluster large, Span<double> x)
    {
        foreach (var member in small.Recent)
        {
            StorySimilarity.Compute(member, large, x, _o.Time);
            if (_o.Model.Probability(x) < _o.MergeThreshold)
                return false;
        }
        return true;
    }

    /// <summary>
    /// Stories posted under the article's heaviest terms within the window, the ones sharing the most of those
    /// terms first, at most <see cref="StoryGroupingOptions.MaxCandidates"/> (ties: the newer story first).
    /// The list is the grouper's scratch, valid until the next call.
    /// </summary>
    private List<int> Candidates(List<int> heaviest, ArticleFeatures f, double day, int stamp)
    {
        var found = _found;
        found.Clear();
        foreach (var term in heaviest)
            _index.Lookup(term, day, _o.TimeWindowDays, _o.MaxPostingsScanned, found);
        var result = _candidates;
        result.Clear();
        foreach (int posted in found)
        {
            int s = Resolve(posted);
            ref var state = ref _state[s];
            if (state.Seen == stamp + 1)
            {
                state.Hits++;
                continue;
            }
            state.Seen = stamp + 1;
            state.Hits = 1;
            if (state.DaysFrom(f.Time) is { } days && days > _o.TimeWindowDays)
                continue;
            result.Add(s);
        }
        if (result.Count > _o.MaxCandidates)
        {
            result.Sort((a, b) => _state[a].Hits != _state[b].Hits ? _state[b].Hits.CompareTo(_state[a].Hits) : b.CompareTo(a));
            result.RemoveRange(_o.MaxCandidates, result.Count - _o.MaxCandidates);
        }
        result.Sort();
        return result;
    }

    /// <summary>
    /// The article's heaviest title, name and body terms, each once at its largest weight, heaviest first (ties:
    /// the lower id first, for determinism). A running top-k: one comparison for most of an article's terms.
    /// </summary>
    private List<int> HeaviestTerms(ArticleFeatures f)
    {
        int k = _o.IndexedTerms;
        var top = new TopTerms(k <= 64 ? stackalloc int[k] : new int[k], k <= 64 ? stackalloc float[k] : new float[k]);
        foreach (var v in (ReadOnlySpan<SparseVector>)[f.Title, f.Names, f.Body])
        {
            for (int i = 0; i < v.Count; i++)
                top.OfferDistinct(v.Ids[i], v.Weights[i]);
        }
        return [.. top.Ids];
    }

    /// <summary>Moves stream time on; once a day of it has passed, drops what fell out of the window.</summary>
    private void Advance(double day)
    {
        if (double.IsNaN(day) || (!double.IsNaN(_latestDay) && day <= _latestDay))
            return;
        _latestDay = day;
        if (!double.IsNaN(_sweptDay) && day - _sweptDay < SweepEveryDays)
            return;
        if (double.IsNaN(_sweptDay))
        {
            _sweptDay = day;
            return;
        }
        _sweptDay = day;
        double oldest = day - _o.TimeWindowDays - SweepEveryDays;
        _duplicates.Prune(oldest);
        _open.RemoveAll(s =>
        {
            var story = Held(s);
            if (story.MergedInto is not null)
                return true;
            if (story.Last is { } last && Day(last) < oldest)
            {
                story.Compact(_o.CompactedTerms);
                return true;
            }
            return false;
        });
    }

    private void EnsureState(int stories)
    {
        if (_state.Length < stories)
            Array.Resize(ref _state, Math.Max(stories, _state.Length * 2));
    }

    /// <summary>A story's merge parent, its time span (ticks) and the scratch counts of the lookup in progress.</summary>
    private struct StoryState
    {
        public const long NoTime = long.MinValue;

        public int Parent;
        public int Seen;
        public int Hits;
        public long First;
        public long Last;

        public void Span(StoryCluster story)
        {
            First = story.First?.Ticks ?? NoTime;
            Last = story.Last?.Ticks ?? NoTime;
        }

        /// <summary>As <see cref="StoryCluster.DaysFrom(DateTime?)"/>, from the copied span.</summary>
        public readonly double? DaysFrom(DateTime? t)
        {
            if (t is not { } time || First == NoTime || Last == NoTime)
                return null;
            long ticks = time.Ticks;
            if (ticks < First) return TimeSpan.FromTicks(First - ticks).TotalDays;
            if (ticks > Last) return TimeSpan.FromTicks(ticks - Last).TotalDays;
            return 0;
        }
    }

    private static double Day(DateTime? t) => t is { } time ? time.Ticks / (double)TimeSpan.TicksPerDay : double.NaN;

    /// <summary>
    /// Groups a batch: every article is counted into the vocabulary first (so IDF knows the whole batch),
    /// then articles are assigned in publication order (undated ones after, in input order).
    /// Returns the stories as lists of indexes into <paramref name="articles"/>.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<int>> GroupBatch(IReadOnlyList<AnalyzedArticle> articles, StoryGroupingOptions? options = null)
    {
        var grouper = new StoryGrouper(options);
        var terms = articles.Select(a => FeatureExtractor.Count(StoryDocument.From(a), grouper.Vocabulary)).ToList();
        foreach (var t in terms)
            grouper.Vocabulary.AddDocument(t);
        var order = Enumerable.Range(0, articles.Count)
            .OrderBy(i => articles[i].Article.Published is null)
            .ThenBy(i => articles[i].Article.Published?.Value ?? DateTime.MaxValue)
            .ThenBy(i => i)
            .ToList();
        var ordinal = new int[articles.Count];
        foreach (int i in order)
            ordinal[i] = grouper.Assign(FeatureExtractor.Weigh(terms[i], grouper.Vocabulary)).Article;
        // Report members by input index; stories in order of their first member in the input.
        return Enumerable.Range(0, articles.Count).GroupBy(i => grouper.StoryOf(ordinal[i])).OrderBy(g => g.Min())
            .Select(g => (IReadOnlyList<int>)g.ToList()).ToList();
    }
}
