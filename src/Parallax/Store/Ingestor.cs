using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
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
    /// <summary>The user-facing id of the article's story (<c>s7</c>).</summary>
    public string Story => StoreIds.Story(StoryId);
}

/// <summary>An article with its identity and, when it was worth doing ahead, its analysis.</summary>
public sealed record PreparedArticle(Article Article, ArticleIdentity Identity, AnalyzedArticle? Analysis, int? Line);

/// <summary>
/// Feeds articles into a store: identity and version, analysis, story assignment, and writes in batches
/// (one transaction each). Story grouping is online and deterministic: on start the ingestor restores the
/// grouping state saved with the latest checkpoint and replays the articles stored after it, in ingest
/// order, so an interrupted run, started again, ends as an uninterrupted one would.
/// </summary>
public sealed class Ingestor : IDisposable
{
    /// <summary>Articles written per transaction unless the caller says otherwise.</summary>
    public const int DefaultBatchSize = 200;

    /// <summary>How long an ingest waits for another one to finish writing before it gives up.</summary>
    public static readonly TimeSpan WriterWait = TimeSpan.FromSeconds(10);

    private readonly IStoryWriter _store;
    private readonly AnalysisPipeline _pipeline;
    private readonly StoryGroupingOptions? _grouping;
    private StoryGrouper _grouper;
    private readonly int _checkpointEvery;
    private bool _started;
    private int _checkpointed;
    private readonly int _batchSize;
    private readonly List<NewArticle> _pending = [];
    private readonly Dictionary<string, NewArticle> _pendingByIdentity = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Identity, string Hash), (long Story, string Name)> _pendingContent = [];

    // The store's answers fetched ahead for articles about to be added (PrefetchAsync), with the id each was asked
    // about; dropped whenever this ingestor writes or lets the writer lock go, since the answers may change then.
    private readonly Dictionary<(string Identity, string Hash), (ArticleLookup Lookup, string Name)> _looked = [];
    private readonly Dictionary<string, string> _pendingNames = new(StringComparer.Ordinal);
    private readonly TimeSpan _writerWait;
    private readonly ILogger _logger;
    private IDisposable? _writer;
    private long _lastSeen;

    // Per article in grouper order (its ordinal): the id it is stored under and the story the store holds
    // for it, so that merges and replays can be written back; and pending merges, written with the batch.
    private readonly List<string> _nameOf = [];
    private readonly List<long> _rowOf = [];
    private readonly List<long> _storedStory = [];
    private readonly List<(long From, long Into)> _pendingMerges = [];

    // The store's id of each grouper story (by grouper index; 0 for a story merged away before it was
    // mapped), the ids mapped so far, and the next id to hand out.
    private readonly List<long> _storyIdOf = [];
    private readonly HashSet<long> _mapped = [];
    private long _nextStoryId = 1;

    /// <summary>
    /// Fewest articles between two checkpoints; a large store saves its state once it grew by a quarter, so
    /// the cost of saving stays a fixed share of the ingest and a crash replays at most that quarter.
    /// </summary>
    public const int DefaultCheckpointEvery = 2000;

    private Ingestor(IStoryWriter store, AnalysisPipeline pipeline, StoryGroupingOptions? grouping, int batchSize, TimeSpan? writerWait,
        int checkpointEvery, ILogger? logger)
    {
        _writerWait = writerWait ?? WriterWait;
        _logger = logger ?? NullLogger.Instance;
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(checkpointEvery, 1);
        _store = store;
        _pipeline = pipeline;
        _batchSize = batchSize;
        _grouping = grouping;
        _grouper = new StoryGrouper(grouping);
        _checkpointEvery = checkpointEvery;
    }

    /// <summary>
    /// Takes the store's writer lock, restores the grouping state saved with the latest checkpoint (when it
    /// was saved by this version under these options) and replays the articles stored after it.
    /// </summary>
    public static async Task<Ingestor> OpenAsync(IStoryWriter store, AnalysisPipeline pipeline, StoryGroupingOptions? grouping = null,
        int batchSize = DefaultBatchSize, TimeSpan? writerWait = null, int checkpointEvery = DefaultCheckpointEvery, ILogger? logger = null,
        CancellationToken cancel = default)
    {
        var ingestor = new Ingestor(store, pipeline, grouping, batchSize, writerWait, checkpointEvery, logger);
        try
        {
            await ingestor.ResumeAsync(cancel);
        }
        catch
        {
            ingestor.Dispose();
            throw;
        }
        ingestor.Replayed = (int)Math.Min(int.MaxValue, ingestor._replayed);
        IngestLog.Replayed(ingestor._logger, ingestor._replayed);
        return ingestor;
    }

    private long _replayed;

    /// <summary>How many stored articles the grouper replayed on start (those after the checkpoint).</summary>
    public int Replayed { get; private set; }

    /// <summary>How many stored articles the checkpoint restored on start, without replaying them.</summary>
    public int Restored { get; private set; }

    /// <summary>How many closed stories were read from the checkpoint's parts, for the articles that reached them.</summary>
    public int StoriesRead { get; private set; }

    /// <summary>How many stored articles the replay moved to another story (the grouping changed since they were stored).</summary>
    public int Regrouped { get; private set; }

    /// <summary>Articles written so far by this ingestor.</summary>
    public int Written { get; private set; }

    /// <summary>Articles assigned but not yet written.</summary>
    public int Pending => _pending.Count;

    /// <summary>
    /// Takes the writer lock again after <see cref="SuspendAsync"/>, and replays what other ingests stored
    /// meanwhile, so the grouper holds the store's state before this ingestor writes.
    /// </summary>
    public async ValueTask ResumeAsync(CancellationToken cancel = default)
    {
        if (_writer is not null)
            return;
        _writer = await _store.AcquireWriterAsync(_writerWait, cancel);
        _nextStoryId = Math.Max(_nextStoryId, await _store.LastStoryIdAsync(cancel) + 1);
        var token = (await _store.LoadCheckpointPartsAsync([TokenKey], cancel)).GetValueOrDefault(TokenKey);
        // Another ingest saved a checkpoint meanwhile: its parts may have replaced ones this grouper reads
        // later, so it starts again from that checkpoint, as a new process would.
        if (_started && !(token ?? []).AsSpan().SequenceEqual(_token ?? []))
            Reset();
        if (!_started)
        {
            _started = true;
            if (await _store.LoadCheckpointAsync(cancel) is { } saved)
                Restore(saved);
            _token = token;
        }
        await CatchUpAsync(cancel);
    }

    /// <summary>Writes what is pending, with a checkpoint, and lets other ingests write (the web server between uploads).</summary>
    public async ValueTask SuspendAsync(CancellationToken cancel = default)
    {
        await FlushAsync(checkpoint: true, cancel);
        _looked.Clear();
        _writer?.Dispose();
        _writer = null;
    }

    /// <summary>Lets go of the writer lock; what is pending and not flushed is not written.</summary>
    public void Dispose()
    {
        _writer?.Dispose();
        _writer = null;
    }

    /// <summary>Forgets the grouping state, to start again from the store's checkpoint.</summary>
    private void Reset()
    {
        _grouper = new StoryGrouper(_grouping);
        (_started, _lastSeen, _checkpointed, _token) = (false, 0, 0, null);
        _nameOf.Clear();
        _rowOf.Clear();
        _storedStory.Clear();
        _storyIdOf.Clear();
        _mapped.Clear();
    }

    /// <summary>
    /// Places an article in the grouper, first reading from the store the closed stories among its candidates
    /// that the grouper does not hold (an undated or late article can reach stories long out of the window).
    /// </summary>
    private async ValueTask<StoryAssignment> GroupAsync(AnalyzedArticle analysis)
    {
        var placement = _grouper.Prepare(_grouper.Weigh(StoryDocument.From(analysis)));
        var missing = _grouper.Unloaded(placement);
        if (missing.Count > 0)
        {
            // Not cancellable: the article is half placed (counted, stream time moved on), and must be placed.
            var parts = await _store.LoadCheckpointPartsAsync(missing, CancellationToken.None);
            StoriesRead += missing.Count;
            foreach (int story in missing)
            {
                _grouper.LoadStory(story, parts.TryGetValue(story, out var part) ? part
                    : throw new StoreException($"the store's grouping state misses the part of story {story}; remove the checkpoint to rebuild it"));
            }
        }
        return _grouper.Place(placement);
    }

    private async ValueTask CatchUpAsync(CancellationToken cancel)
    {
        bool any = false;
        await foreach (var stored in _store.ReadAllAsync(_lastSeen, cancel))
        {
            await GroupAsync(stored.Analysis);
            _nameOf.Add(stored.Key);
            _rowOf.Add(stored.Id);
            _storedStory.Add(stored.StoryId);
            _lastSeen = stored.Id;
            _replayed++;
            any = true;
        }
        if (!any)
            return;
        MapReplayedStories();
        int regrouped = await WriteBackStoriesAsync(cancel);
        Regrouped += regrouped;
        if (regrouped > 0)
            IngestLog.Regrouped(_logger, regrouped);
    }

    /// <summary>
    /// Compares each article's story in the grouper (merges followed) with the store's, and moves the stored
    /// articles that differ to the grouper's. Returns how many differed.
    /// </summary>
    private async ValueTask<int> WriteBackStoriesAsync(CancellationToken cancel)
    {
        var moved = new Dictionary<long, long>();
        for (int k = 0; k < _storedStory.Count; k++)
        {
            long now = StoryId(_grouper.StoryOf(k));
            if (now == _storedStory[k])
                continue;
            if (_rowOf[k] > 0)
                moved[_rowOf[k]] = now;
            _storedStory[k] = now;
        }
        if (moved.Count > 0)
            await _store.ReassignAsync(moved, cancel);
        return moved.Count;
    }

    /// <summary>
    /// Gives each story the replay opened the store id most of its articles hold (ties: the earliest
    /// article's), unless an earlier story took that id; else a new id. A replay that groups as the stored
    /// run did thus finds every id again, and one that groups differently keeps each id on the story that
    /// holds most of its articles: ids never come to mean another story.
    /// </summary>
    private void MapReplayedStories()
    {
        var votes = new Dictionary<long, (int Count, int First)>();
        for (int s = _storyIdOf.Count; s < _grouper.Stories.Count; s++)
        {
            // Opened since the checkpoint, so held.
            var story = _grouper.Stories[s]!;
            if (story.MergedInto is not null)
            {
                _storyIdOf.Add(0);
                continue;
            }
            votes.Clear();
            foreach (int article in story.Members)
            {
                long held = _storedStory[article];
                votes[held] = votes.TryGetValue(held, out var v) ? (v.Count + 1, Math.Min(v.First, article)) : (1, article);
            }
            long best = 0;
            (int Count, int First) bestVote = (0, int.MaxValue);
            foreach (var (held, vote) in votes)
            {
                if (held > 0 && !_mapped.Contains(held) && (vote.Count > bestVote.Count || (vote.Count == bestVote.Count && vote.First < bestVote.First)))
                    (best, bestVote) = (held, vote);
            }
            _storyIdOf.Add(best > 0 ? best : _nextStoryId++);
            _mapped.Add(_storyIdOf[s]);
        }
    }

    private long StoryId(int grouperIndex) => _storyIdOf[grouperIndex];

    /// <summary>The store id of a story the grouper just opened: the next one the store has not handed out.</summary>
    private void Open(int grouperIndex)
    {
        System.Diagnostics.Debug.Assert(_storyIdOf.Count == grouperIndex, "every earlier story is mapped");
        _storyIdOf.Add(_nextStoryId++);
        _mapped.Add(_storyIdOf[grouperIndex]);
    }

    /// <summary>Adds one extracted article; writes a batch when enough are pending. Returns what became of it.</summary>
    public async ValueTask<IngestResult> AddAsync(Article article, int? line = null, CancellationToken cancel = default) =>
        await AddPreparedAsync(await PrepareAsync(_pipeline, article, line, null, cancel), cancel);

    /// <summary>
    /// The part of adding an article that needs no store state and may run on another thread: its identity,
    /// and its analysis unless <paramref name="probe"/> (a reader of the same store) already holds its content.
    /// </summary>
    public static async ValueTask<PreparedArticle> PrepareAsync(AnalysisPipeline pipeline, Article article, int? line, IStoryReader? probe,
        CancellationToken cancel = default)
    {
        var identity = ArticleIdentity.Of(article);
        bool held = probe is not null && await probe.FindAsync(identity.Key, identity.ContentHash, cancel) is not null;
        var analysis = held ? null : pipeline.Analyze(article, cancel);
        return new PreparedArticle(article, identity, analysis, line);
    }

    /// <summary>
    /// Asks the store, in one go, what adding these articles will ask of it article by article (its content seen
    /// before, its identity's latest version, its id taken): a server engine then answers a batch in one round trip
    /// instead of three per article. Call it right before adding them; the answers hold until the next write.
    /// </summary>
    public async ValueTask PrefetchAsync(IReadOnlyList<PreparedArticle> articles, CancellationToken cancel = default)
    {
        if (articles.Count == 0)
            return;
        await ResumeAsync(cancel);
        var probes = articles.Select(a => new ArticleProbe(a.Identity.Key, a.Identity.ContentHash, a.Article.Id)).ToArray();
        var answers = await _store.LookupAsync(probes, cancel);
        for (int i = 0; i < probes.Length; i++)
            _looked[(probes[i].IdentityKey, probes[i].ContentHash)] = (answers[i], probes[i].Name);
    }

    /// <summary>Adds a prepared article, in the order articles arrive (grouping depends on it).</summary>
    public async ValueTask<IngestResult> AddPreparedAsync(PreparedArticle prepared, CancellationToken cancel = default)
    {
        await ResumeAsync(cancel);
        var (article, identity, line) = (prepared.Article, prepared.Identity, prepared.Line);
        int version = 1;
        string? name = null;
        // Content seen before under this identity, in any version, is not news: re-ingesting an older
        // snapshot of a page must not flip the stored article back and forth.
        if (_pendingContent.TryGetValue((identity.Key, identity.ContentHash), out var pendingSeen))
            return new IngestResult(IngestOutcome.Unchanged, pendingSeen.Story, pendingSeen.Name);
        bool looked = _looked.TryGetValue((identity.Key, identity.ContentHash), out var ahead);
        if ((looked ? ahead.Lookup.Seen : await _store.FindAsync(identity.Key, identity.ContentHash, cancel)) is { } seen)
            return new IngestResult(IngestOutcome.Unchanged, seen.StoryId, seen.Name);
        if (_pendingByIdentity.TryGetValue(identity.Key, out var pending))
            (version, name) = (pending.Version + 1, pending.Article.Id);
        else if ((looked ? ahead.Lookup.Latest : await _store.LatestAsync(identity.Key, cancel)) is { } latest)
            (version, name) = (latest.Version + 1, latest.Name);
        // A new version keeps its article's id; a new article keeps its own unless another article has it.
        name ??= await FreeNameAsync(article.Id, identity.Key, looked && ahead.Name == article.Id ? ahead.Lookup.NameTaken : null, cancel);
        // Analysed before the name is claimed: a cancelled analysis leaves no pending name behind.
        var analysis = prepared.Analysis is { } done && name == article.Id ? done : _pipeline.Analyze(article with { Id = name }, cancel);
        _pendingNames[name] = identity.Key;
        var assignment = await GroupAsync(analysis);
        if (assignment.Opened)
            Open(_grouper.Stories.Count - 1);
        long story = StoryId(assignment.Story);
        // A merge is into the story its side now follows: the article's own, or (a late report folded back once its
        // outlet's delay is known) the story the folded report's text matched.
        foreach (int merged in assignment.Merged)
            _pendingMerges.Add((StoryId(merged), StoryId(_grouper.Resolve(merged))));
        _nameOf.Add(name);
        _rowOf.Add(0);
        _storedStory.Add(story);
        var item = new NewArticle(analysis, identity, version, story, line)
        {
            DuplicateOf = assignment.DuplicateOf is { } d ? _nameOf[d] : null,
        };
        _pending.Add(item);
        _pendingByIdentity[identity.Key] = item;
        _pendingContent[(identity.Key, identity.ContentHash)] = (story, name);
        if (_pending.Count >= _batchSize)
            await FlushAsync(cancel: cancel);
        return new IngestResult(version == 1 ? IngestOutcome.Added : IngestOutcome.NewVersion, story, name);
    }

    /// <summary>
    /// Writes the pending batch in one transaction, with a checkpoint of the grouping state when one is due
    /// or <paramref name="checkpoint"/> asks for it (the end of an ingest). On failure nothing of it is
    /// written and the ingestor cannot go on.
    /// </summary>
    public async ValueTask FlushAsync(bool checkpoint = false, CancellationToken cancel = default)
    {
        int since = _grouper.Articles - _checkpointed;
        bool save = since > 0 && (checkpoint || since >= Math.Max(_checkpointEvery, _grouper.Articles / 4));
        if (_pending.Count == 0 && _pendingMerges.Count == 0 && !save)
            return;
        long last;
        var token = _token;
        try
        {
            last = await _store.WriteAsync(_pending, _pendingMerges, save ? Checkpoint : null, cancel);
        }
        catch when (_saving is { } parts)
        {
            // The checkpoint was not written: its parts are not saved after all.
            _grouper.Unsaved(parts.Select(p => p.Key));
            _token = token;
            throw;
        }
        finally
        {
            _saving = null;
        }
        IngestLog.BatchWritten(_logger, _pending.Count, _pendingMerges.Count, last);
        Committed(last);
        if (save)
        {
            _checkpointed = _grouper.Articles;
            // Saved in their parts now: the store holds them, so memory need not.
            _grouper.UnloadSaved();
        }
        _pendingMerges.Clear();
        Written += _pending.Count;
        _pending.Clear();
        _pendingByIdentity.Clear();
        _pendingNames.Clear();
        _pendingContent.Clear();
        _looked.Clear();
    }

    /// <summary>
    /// Records what the store now holds after a batch ending at row <paramref name="last"/>: the batch's row
    /// ids (under the writer lock a batch's rows are numbered one after another) and, after merges, each
    /// article's story. Runs twice for a batch with a checkpoint (inside the transaction, then after); the second time changes nothing.
    /// </summary>
    private void Committed(long last)
    {
        if (_pending.Count > 0 && last > 0)
        {
            for (int i = 0; i < _pending.Count; i++)
                _rowOf[_rowOf.Count - _pending.Count + i] = last - _pending.Count + 1 + i;
            _lastSeen = last;
        }
        if (_pendingMerges.Count > 0)
        {
            for (int k = 0; k < _storedStory.Count; k++)
                _storedStory[k] = StoryId(_grouper.StoryOf(k));
        }
    }

    /// <summary>The state whole, closed stories in it (written by earlier versions; still read).</summary>
    private const string WholeFormat = "parallax-ingest-state/1";

    /// <summary>Closed stories in parts of their own (key: the grouper's story index), each written when it changed.</summary>
    private const string PartsFormat = "parallax-ingest-state/2";

    /// <summary>The part holding a token new with every checkpoint: an ingest resuming sees whether another one saved since.</summary>
    private const int TokenKey = -1;

    private byte[]? _token;

    // The parts of the checkpoint being written, until the write returns.
    private List<KeyValuePair<int, byte[]>>? _saving;

    /// <summary>Writes checkpoints as earlier versions did (all in one state, no parts), so tests can check that those still load.</summary>
    internal bool WritesWholeCheckpoints { get; set; }

    /// <summary>The ingest's state as of the batch being written: per article its id and row, the store id of each story, then the grouper's state.</summary>
    private Checkpoint Checkpoint(long last)
    {
        Committed(last);
        var parts = WritesWholeCheckpoints ? null : new List<KeyValuePair<int, byte[]>>();
        _saving = parts;
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            w.Write(parts is null ? WholeFormat : PartsFormat);
            w.Write(_lastSeen);
            w.Write(_nameOf.Count);
            for (int k = 0; k < _nameOf.Count; k++)
            {
                w.Write(_nameOf[k]);
                w.Write(_rowOf[k]);
            }
            w.Write(_storyIdOf.Count);
            foreach (long id in _storyIdOf)
                w.Write(id);
            _grouper.SaveState(w, parts);
        }
        if (parts is null)
            return new Checkpoint(buffer.ToArray());
        _token = Guid.NewGuid().ToByteArray();
        parts.Add(new(TokenKey, _token));
        return new Checkpoint(buffer.ToArray()) { Parts = parts };
    }

    /// <summary>Restores a checkpoint into this fresh ingestor; one of another format, version or options is ignored (the articles are replayed).</summary>
    private void Restore(byte[] saved)
    {
        using var r = new BinaryReader(new MemoryStream(saved, writable: false), System.Text.Encoding.UTF8);
        var format = r.ReadString();
        if (format != WholeFormat && format != PartsFormat)
            return;
        long lastSeen = r.ReadInt64();
        int articles = r.ReadInt32();
        var names = new List<string>(articles);
        var rows = new List<long>(articles);
        for (int k = 0; k < articles; k++)
        {
            names.Add(r.ReadString());
            rows.Add(r.ReadInt64());
        }
        int stories = r.ReadInt32();
        var storyIds = new List<long>(stories);
        for (int s = 0; s < stories; s++)
            storyIds.Add(r.ReadInt64());
        if (StoryGrouper.LoadState(r, _grouping, withParts: format == PartsFormat) is not { } grouper)
            return;
        (_grouper, _lastSeen) = (grouper, lastSeen);
        _nameOf.AddRange(names);
        _rowOf.AddRange(rows);
        _storyIdOf.AddRange(storyIds);
        foreach (long id in storyIds)
        {
            if (id > 0)
                _mapped.Add(id);
        }
        // At a checkpoint the store holds each article where the grouper has it.
        for (int k = 0; k < articles; k++)
            _storedStory.Add(StoryId(_grouper.StoryOf(k)));
        _checkpointed = articles;
        Restored = articles;
    }

    // wantedTaken: whether the store has the wanted id under another identity, when a prefetch already asked.
    private async ValueTask<string> FreeNameAsync(string wanted, string identityKey, bool? wantedTaken, CancellationToken cancel)
    {
        for (int i = 1; ; i++)
        {
            var name = i == 1 ? wanted : $"{wanted}-{i}";
            bool takenHere = _pendingNames.TryGetValue(name, out var other) && other != identityKey;
            if (!takenHere && !(i == 1 && wantedTaken is { } known ? known : await _store.NameTakenAsync(name, identityKey, cancel)))
                return name;
        }
    }
}
