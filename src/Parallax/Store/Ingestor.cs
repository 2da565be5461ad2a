using Parallax.Analysis;
using Parallax.Model;
using Parallax.Stories;

namespace Parallax.Store;

/// <summary>What became of one article handed to the store.</summary>
public enum IngestOutcome
{
    /// <summary>Stored as a new article.</summary>
    Added,

    /// <summary>Stored as a new version of an article already stored under the same URL.</summary>
    NewVersion,

    /// <summary>Already stored with the same content: nothing written.</summary>
    Unchanged,
}

/// <summary>What became of one article: its outcome, its story, and its id in the store.</summary>
public readonly record struct IngestResult(IngestOutcome Outcome, long StoryId, string ArticleId)
{
    public string Story => StoreIds.Story(StoryId);
}

/// <summary>An article with its identity and, when it was worth doing ahead, its analysis.</summary>
public sealed record PreparedArticle(Article Article, ArticleIdentity Identity, AnalyzedArticle? Analysis, int? Line);

/// <summary>
/// Feeds articles into a store: identity and version, analysis, story assignment, and writes in batches
/// (one transaction each). Story grouping is online and deterministic: on start the grouper replays the
/// stored articles in ingest order, so an interrupted run, started again, ends as an uninterrupted one would.
/// </summary>
public sealed class Ingestor : IDisposable
{
    public const int DefaultBatchSize = 200;

    /// <summary>How long an ingest waits for another one to finish writing before it gives up.</summary>
    public static readonly TimeSpan WriterWait = TimeSpan.FromSeconds(10);

    private readonly IStoryStore _store;
    private readonly AnalysisPipeline _pipeline;
    private readonly StoryGrouper _grouper;
    private readonly int _batchSize;
    private readonly List<NewArticle> _pending = [];
    private readonly Dictionary<string, NewArticle> _pendingByIdentity = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Identity, string Hash), (long Story, string Name)> _pendingContent = [];
    private readonly Dictionary<string, string> _pendingNames = new(StringComparer.Ordinal);
    private readonly TimeSpan _writerWait;
    private IDisposable? _writer;
    private long _lastSeen;

    /// <summary>Takes the store's writer lock and replays the stored articles into the grouper.</summary>
    public Ingestor(IStoryStore store, AnalysisPipeline pipeline, StoryGroupingOptions? grouping = null, int batchSize = DefaultBatchSize,
        TimeSpan? writerWait = null)
    {
        _writerWait = writerWait ?? WriterWait;
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        _store = store;
        _pipeline = pipeline;
        _batchSize = batchSize;
        _grouper = new StoryGrouper(grouping);
        Resume();
        Replayed = (int)Math.Min(int.MaxValue, _replayed);
    }

    private long _replayed;

    /// <summary>How many stored articles the grouper replayed on start.</summary>
    public int Replayed { get; }

    /// <summary>How many stored articles the replay moved to another story (the grouping changed since they were stored).</summary>
    public int Regrouped { get; private set; }

    /// <summary>Articles written so far by this ingestor.</summary>
    public int Written { get; private set; }

    public int Pending => _pending.Count;

    /// <summary>
    /// Takes the writer lock again after <see cref="Suspend"/>, and replays what other ingests stored
    /// meanwhile, so the grouper holds the store's state before this ingestor writes.
    /// </summary>
    public void Resume()
    {
        if (_writer is not null)
            return;
        _writer = _store.AcquireWriter(_writerWait);
        CatchUp();
    }

    /// <summary>Writes what is pending and lets other ingests write (the web server between uploads).</summary>
    public void Suspend()
    {
        Flush();
        _writer?.Dispose();
        _writer = null;
    }

    public void Dispose()
    {
        _writer?.Dispose();
        _writer = null;
    }

    private void CatchUp()
    {
        var moved = new Dictionary<long, long>();
        foreach (var stored in _store.ReadAll(_lastSeen))
        {
            long story = StoryId(_grouper.Add(stored.Analysis));
            if (story != stored.StoryId)
                moved[stored.Id] = story;
            _lastSeen = stored.Id;
            _replayed++;
        }
        if (moved.Count > 0)
        {
            _store.Reassign(moved);
            Regrouped += moved.Count;
        }
    }

    /// <summary>Store ids of stories are the grouper's indexes plus one, so a replay rebuilds them exactly.</summary>
    private static long StoryId(int grouperIndex) => grouperIndex + 1L;

    /// <summary>Adds one extracted article; writes a batch when enough are pending. Returns what became of it.</summary>
    public IngestResult Add(Article article, int? line = null) => Add(Prepare(_pipeline, article, line, null));

    /// <summary>
    /// The part of adding an article that needs no store state and may run on another thread: its identity,
    /// and its analysis unless <paramref name="probe"/> (a reader of the same store) already holds its content.
    /// </summary>
    public static PreparedArticle Prepare(AnalysisPipeline pipeline, Article article, int? line, IStoryStore? probe)
    {
        var identity = ArticleIdentity.Of(article);
        var analysis = probe?.Find(identity.Key, identity.ContentHash) is null ? pipeline.Analyze(article) : null;
        return new PreparedArticle(article, identity, analysis, line);
    }

    /// <summary>Adds a prepared article, in the order articles arrive (grouping depends on it).</summary>
    public IngestResult Add(PreparedArticle prepared)
    {
        Resume();
        var (article, identity, line) = (prepared.Article, prepared.Identity, prepared.Line);
        int version = 1;
        string? name = null;
        // Content seen before under this identity, in any version, is not news: re-ingesting an older
        // snapshot of a page must not flip the stored article back and forth.
        if (_pendingContent.TryGetValue((identity.Key, identity.ContentHash), out var pendingSeen))
            return new IngestResult(IngestOutcome.Unchanged, pendingSeen.Story, pendingSeen.Name);
        if (_store.Find(identity.Key, identity.ContentHash) is { } seen)
            return new IngestResult(IngestOutcome.Unchanged, seen.StoryId, seen.Name);
        if (_pendingByIdentity.TryGetValue(identity.Key, out var pending))
            (version, name) = (pending.Version + 1, pending.Article.Id);
        else if (_store.Latest(identity.Key) is { } latest)
            (version, name) = (latest.Version + 1, latest.Name);
        // A new version keeps its article's id; a new article keeps its own unless another article has it.
        name ??= FreeName(article.Id, identity.Key);
        _pendingNames[name] = identity.Key;
        var analysis = prepared.Analysis is { } done && name == article.Id ? done : _pipeline.Analyze(article with { Id = name });
        long story = StoryId(_grouper.Add(analysis));
        var item = new NewArticle(analysis, identity, version, story, line);
        _pending.Add(item);
        _pendingByIdentity[identity.Key] = item;
        _pendingContent[(identity.Key, identity.ContentHash)] = (story, name);
        if (_pending.Count >= _batchSize)
            Flush();
        return new IngestResult(version == 1 ? IngestOutcome.Added : IngestOutcome.NewVersion, story, name);
    }

    /// <summary>Writes the pending batch in one transaction. On failure nothing of it is written and the ingestor cannot go on.</summary>
    public void Flush()
    {
        if (_pending.Count == 0)
            return;
        _lastSeen = _store.Write(_pending);
        Written += _pending.Count;
        _pending.Clear();
        _pendingByIdentity.Clear();
        _pendingNames.Clear();
        _pendingContent.Clear();
    }

    private string FreeName(string wanted, string identityKey)
    {
        for (int i = 1; ; i++)
        {
            var name = i == 1 ? wanted : $"{wanted}-{i}";
            bool takenHere = _pendingNames.TryGetValue(name, out var other) && other != identityKey;
            if (!takenHere && !_store.NameTaken(name, identityKey))
                return name;
        }
    }
}
