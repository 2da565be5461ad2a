using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Parallax.Acquisition.Feeds;
using Parallax.Acquisition.Fetching;
using Parallax.Acquisition.Sources;
using Parallax.Acquisition.Urls;
using Parallax.Extraction;
using Parallax.Extraction.Inputs;
using Parallax.Ingestion;
using Parallax.Model;
using Parallax.Store;

namespace Parallax.Acquisition.Following;

/// <summary>
/// The long-running monitor behind <c>parallax follow</c>. Each round polls the feeds and sitemaps that are due
/// (conditionally, with the validators of the last answer), normalises the article URLs they list, fetches those
/// it has not stored (and those whose entry says they changed), ingests them into stories, and then records, in
/// this order, the articles, the URLs' states and the feeds' states. A crash at any point therefore loses
/// nothing: a URL is marked stored only once its article is committed, and a feed's validators move on only once
/// its URLs are marked; what was fetched but not marked is fetched again and found unchanged. With a
/// <see cref="Queue"/> (<c>follow --enqueue</c>) it fetches no article itself: the URLs to fetch go to the job queue,
/// each once, for the workers, which fetch, ingest and record them; the feeds' states move on once they are enqueued.
/// </summary>
internal sealed class FollowMonitor
{
    private readonly PageFetcher _fetcher;
    private readonly IReadOnlyList<Source> _sources;
    private readonly Ingestor? _ingestor;
    private readonly ICrawlState _state;
    private readonly FollowOptions _options;
    private readonly ILogger _log;
    private readonly TimeProvider _clock;
    private readonly ArticleReader _reader = new();
    private readonly string _run = Guid.NewGuid().ToString("N");
    private IProgress<InputError>? _errors;

    /// <summary>
    /// The monitor. <paramref name="ingestor"/> stores what it fetches; it may be null only when a <see cref="Queue"/>
    /// takes the URLs to fetch instead.
    /// </summary>
    public FollowMonitor(PageFetcher fetcher, IReadOnlyList<Source> sources, Ingestor? ingestor, ICrawlState state,
        FollowOptions? options = null, ILogger? logger = null, TimeProvider? clock = null)
    {
        _fetcher = fetcher;
        _sources = sources;
        _ingestor = ingestor;
        _state = state;
        _options = options ?? new FollowOptions();
        _log = logger ?? NullLogger.Instance;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>Where the article URLs to fetch go instead of being fetched here (<c>follow --enqueue</c>); null: fetched and ingested here.</summary>
    public IFetchQueue? Queue { get; init; }

    /// <summary>One feed or sitemap and its source, with its state as the monitor keeps it.</summary>
    private sealed class Listing(Source source, string url, FeedState state)
    {
        public Source Source { get; } = source;
        public string Url { get; } = url;
        public FeedState State { get; set; } = state;
    }

    /// <summary>An article URL a listing gave this round.</summary>
    private sealed record Candidate(string Key, FeedEntry Entry, Listing Listing, UrlState? Known);

    /// <summary>
    /// Runs rounds until stopped (or once, or for the time the options give); each round is reported to
    /// <paramref name="progress"/>, and each feed or page that failed (one line) to <paramref name="errors"/>.
    /// </summary>
    public async Task RunAsync(IProgress<RoundReport>? progress, IProgress<InputError>? errors, CancellationToken stop)
    {
        if (_ingestor is null && Queue is null)
            throw new InvalidOperationException("the follow monitor needs an ingestor or a queue");
        _errors = errors;
        var stored = (await _state.FeedStatesAsync(CancellationToken.None)).ToDictionary(s => s.Url, StringComparer.Ordinal);
        var listings = new List<Listing>();
        foreach (var source in _sources)
        {
            if (!source.Listings.Any())
                FollowLog.NothingToPoll(_log, source.Name);
            foreach (var url in source.Listings.Distinct(StringComparer.Ordinal))
            {
                var state = stored.TryGetValue(url, out var s) && s.Source == source.Name
                    ? s
                    : new FeedState(url, source.Name, null, null, null, null, source.Poll, null, null, 0);
                listings.Add(new Listing(source, url, state));
            }
        }
        var deadline = _options.RunFor is { } span ? _clock.GetUtcNow() + span : (DateTimeOffset?)null;
        bool first = true;
        while (!stop.IsCancellationRequested)
        {
            var now = _clock.GetUtcNow();
            if (deadline is { } end && now >= end)
                break;
            var due = _options.Once && first ? listings : listings.Where(l => l.State.NextPoll is not { } next || next <= now).ToList();
            first = false;
            if (due.Count == 0)
            {
                if (_options.Once || listings.Count == 0)
                    break;
                var wake = listings.Min(l => l.State.NextPoll!.Value);
                if (deadline is { } d && d < wake)
                    wake = d;
                try
                {
                    await Task.Delay(wake - now, _clock, stop);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
                continue;
            }
            var report = await RoundAsync(due, stop);
            progress?.Report(report);
            if (_options.Once || report.Stopped)
                break;
        }
        if (_ingestor is not null)
            await _ingestor.FlushAsync(checkpoint: true, CancellationToken.None);
    }

    private async Task<RoundReport> RoundAsync(List<Listing> due, CancellationToken stop)
    {
        // 1. Poll the due listings (each host takes its turn in the fetcher; different hosts at once).
        var polls = await Task.WhenAll(due.Select(l => PollAsync(l, stop)));
        var now = _clock.GetUtcNow();

        // 2. The article URLs they list, normalised, each once (the first listing to name it claims it).
        var candidates = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        foreach (var poll in polls)
        {
            foreach (var entry in poll.Entries)
            {
                if (UrlNormalizer.Normalize(entry.Url) is { } key && !candidates.ContainsKey(key.AbsoluteUri))
                    candidates[key.AbsoluteUri] = new Candidate(key.AbsoluteUri, entry, poll.Listing, null);
            }
        }
        var known = candidates.Count == 0 ? new Dictionary<string, UrlState>() : await _state.UrlStatesAsync(candidates.Keys, CancellationToken.None);
        var toFetch = new List<Candidate>();
        var perListing = new Dictionary<Listing, int>();
        var capped = new HashSet<Listing>();
        foreach (var c in candidates.Values)
        {
            known.TryGetValue(c.Key, out var k);
            if (!Wanted(c.Entry, k, now))
                continue;
            int n = perListing.GetValueOrDefault(c.Listing);
            if (n >= _options.MaxNewPerFeed)
            {
                capped.Add(c.Listing);
                continue;
            }
            perListing[c.Listing] = n + 1;
            toFetch.Add(c with { Known = k });
        }

        // Oldest first: articles are ingested in the order they were published (online grouping reads the news as
        // it came), a round cut short has done the entries closest to scrolling out of their listings, and the
        // listings' entries interleave, so the fetch window spans hosts instead of queueing on one.
        var rank = new Dictionary<Listing, int>();
        var order = toFetch.Select((c, i) =>
        {
            int r = rank.GetValueOrDefault(c.Listing);
            rank[c.Listing] = r + 1;
            return (c, Date: Dated(c.Entry) ?? DateTimeOffset.MaxValue, Rank: r, Index: i);
        }).OrderBy(x => x.Date).ThenBy(x => x.Rank).ThenBy(x => x.Index).Select(x => x.c).ToList();
        toFetch = order;

        // 3. Fetch them (a window across hosts), extract and ingest; progress is committed as it goes, so a long
        // round (catching up after a stop) that is killed keeps what it did. Or hand them to the queue's workers.
        var states = new List<UrlState>();
        int added = 0, versions = 0, same = 0, failed = 0, fetched = 0, enqueued = 0;
        bool stopped = false;
        if (Queue is not null)
        {
            var fetches = toFetch.Select(c => new QueuedFetch
            {
                Url = c.Key,
                Source = c.Listing.Source.Name,
                Listed = Dated(c.Entry),
                Published = c.Entry.Published,
                Update = c.Known?.Status == UrlStatus.Stored,
                UserAgent = _fetcher.Options.UserAgent,
                HostIntervalMs = _fetcher.Options.MinHostInterval.TotalMilliseconds,
                Run = _run,
            }).ToList();
            enqueued = fetches.Count == 0 ? 0 : await Queue.EnqueueAsync(fetches, CancellationToken.None);
            toFetch = [];
        }
        int window = Math.Max(1, _fetcher.Options.MaxParallelHosts) * 4;
        var pending = new Queue<(Candidate C, Task<InputItem> Fetch)>();
        int next = 0;
        while (next < toFetch.Count || pending.Count > 0)
        {
            while (!stop.IsCancellationRequested && next < toFetch.Count && pending.Count < window)
            {
                var c = toFetch[next++];
                pending.Enqueue((c, _fetcher.FetchAsync(c.Key, stop)));
            }
            if (pending.Count == 0)
                break;
            var (cand, task) = pending.Dequeue();
            InputItem item;
            try
            {
                item = await task;
            }
            catch (OperationCanceledException)
            {
                continue; // stopped mid-fetch: not recorded, so fetched again next time
            }
            if (stop.IsCancellationRequested && item.Error is not null)
                continue;
            fetched++;
            var state = await StoreAsync(cand, item, now);
            states.AddRange(state.States);
            if (states.Count >= _options.CommitEvery)
            {
                await _ingestor!.FlushAsync(checkpoint: false, CancellationToken.None);
                await _state.SaveUrlStatesAsync(states, CancellationToken.None);
                states.Clear();
            }
            switch (state.Outcome)
            {
                case IngestOutcome.Added: added++; break;
                case IngestOutcome.NewVersion: versions++; break;
                case IngestOutcome.Unchanged: same++; break;
                default: failed++; break;
            }
        }
        stopped = stop.IsCancellationRequested;

        // 4. Commit, in the order that makes a crash harmless: articles, then URLs, then feeds.
        if (_ingestor is not null)
            await _ingestor.FlushAsync(checkpoint: false, CancellationToken.None);
        await _state.SaveUrlStatesAsync(states, CancellationToken.None);
        int unchanged = 0, feedsFailed = 0;
        foreach (var poll in polls)
        {
            if (poll.Outcome == PollSchedule.Outcome.Unchanged)
                unchanged++;
            else if (poll.Outcome == PollSchedule.Outcome.Failed)
                feedsFailed++;
            if (stopped)
                continue; // validators unmoved: the next start reads these listings again
            var l = poll.Listing;
            var outcome = poll.Outcome == PollSchedule.Outcome.Failed ? poll.Outcome
                : perListing.ContainsKey(l) ? PollSchedule.Outcome.New : PollSchedule.Outcome.Unchanged;
            var interval = PollSchedule.Next(l.State.Interval, l.Source.Poll, outcome);
            bool ok = poll.Outcome != PollSchedule.Outcome.Failed;
            l.State = l.State with
            {
                LastPoll = now,
                NextPoll = now + interval,
                Interval = interval,
                // A listing cut short keeps no validators, so its next poll reads it whole again.
                ETag = ok ? (capped.Contains(l) ? null : poll.ETag) : l.State.ETag,
                LastModified = ok ? (capped.Contains(l) ? null : poll.LastModified) : l.State.LastModified,
                LastSuccess = ok ? now : l.State.LastSuccess,
                LastError = ok ? null : poll.Error,
                Failures = ok ? 0 : l.State.Failures + 1,
            };
            await _state.SaveFeedStateAsync(l.State, CancellationToken.None);
            var said = poll.Error ?? (outcome == PollSchedule.Outcome.New ? "new" : outcome == PollSchedule.Outcome.Unchanged ? "unchanged" : "failed");
            int fresh = perListing.GetValueOrDefault(l);
            FollowLog.Polled(_log, l.Url, said, poll.Entries.Count, fresh, interval);
        }
        return new RoundReport(polls.Length, unchanged, feedsFailed, fetched, added, versions, same, failed, stopped) { Enqueued = Queue is null ? null : enqueued };
    }

    /// <summary>Whether an entry's article should be fetched: never stored, failed and due for another try, or changed since stored.</summary>
    private bool Wanted(FeedEntry entry, UrlState? known, DateTimeOffset now)
    {
        if (known is null)
            return true;
        if (known.Status == UrlStatus.Failed)
            return known.Attempts < _options.MaxAttempts
                && known.FetchedAt + _options.RetryAfter * Math.Pow(2, Math.Max(0, known.Attempts - 1)) <= now;
        // The listing dates the entry later than when it was stored: an update.
        return Dated(entry) is { } listed && known.Listed is { } before && listed > before + TimeSpan.FromMinutes(1);
    }

    /// <summary>The entry's date as a listing gives it: when it last changed, else when it was published.</summary>
    private static DateTimeOffset? Dated(FeedEntry entry) => entry.Updated ?? entry.Published;

    private sealed record Poll(Listing Listing, PollSchedule.Outcome Outcome, IReadOnlyList<FeedEntry> Entries, string? ETag, string? LastModified, string? Error);

    /// <summary>One listing read: conditionally, and a sitemap index through its children.</summary>
    private async Task<Poll> PollAsync(Listing listing, CancellationToken stop)
    {
        var s = listing.State;
        var validators = s.ETag is null && s.LastModified is null ? null : new Validators(s.ETag, s.LastModified);
        var got = await _fetcher.FetchFeedAsync(listing.Url, validators, stop);
        if (got.Error is { } error)
        {
            FeedError(listing.Url, error);
            return new Poll(listing, PollSchedule.Outcome.Failed, [], null, null, error);
        }
        if (got.NotModified)
            return new Poll(listing, PollSchedule.Outcome.Unchanged, [], got.ETag, got.LastModified, null);
        var doc = FeedParser.Parse(got.Body, got.FinalUrl, got.ContentType);
        // Unreadable, or broken before its first entry: a failed poll.
        if (doc.Format == FeedFormat.Unknown || (doc.Entries.Count == 0 && doc.ChildSitemaps.Count == 0 && doc.Problems.Count > 0))
        {
            var reason = doc.Problems.Count > 0 ? $"not a feed or sitemap ({doc.Problems[0]})" : "not a feed or sitemap";
            FeedError(listing.Url, reason);
            return new Poll(listing, PollSchedule.Outcome.Failed, [], null, null, reason);
        }
        // A feed read in part (broken XML after some entries, bad dates) is used; its problems are said once each.
        foreach (var problem in doc.Problems)
            FeedError(listing.Url, problem);
        var entries = new List<FeedEntry>(doc.Entries);
        foreach (var child in doc.ChildSitemaps.Take(_options.MaxChildSitemaps))
        {
            if (stop.IsCancellationRequested)
                break;
            var sub = await _fetcher.FetchFeedAsync(child.AbsoluteUri, null, stop);
            if (sub.Error is { } subError)
            {
                FeedError(child.AbsoluteUri, subError);
                continue;
            }
            var subDoc = FeedParser.Parse(sub.Body, sub.FinalUrl, sub.ContentType);
            foreach (var problem in subDoc.Problems)
                FeedError(child.AbsoluteUri, problem);
            entries.AddRange(subDoc.Entries);
        }
        return new Poll(listing, PollSchedule.Outcome.New, entries, got.ETag, got.LastModified, null);
    }

    private void FeedError(string url, string reason)
    {
        FollowLog.FeedFailed(_log, url, reason);
        _errors?.Report(new InputError(url, reason));
    }

    private sealed record Stored(IngestOutcome? Outcome, List<UrlState> States);

    /// <summary>Extracts and ingests one fetched page; the URL states to record for it.</summary>
    private async Task<Stored> StoreAsync(Candidate c, InputItem item, DateTimeOffset now)
    {
        int attempts = (c.Known?.Status == UrlStatus.Failed ? c.Known.Attempts : 0) + 1;
        UrlState Failed(string reason)
        {
            FollowLog.ArticleFailed(_log, c.Key, reason);
            _errors?.Report(new InputError(c.Key, reason));
            return new UrlState(c.Key, c.Listing.Source.Name, UrlStatus.Failed, now, Dated(c.Entry), null, null, reason, attempts, false, false);
        }
        if (item.Error is { } fetchError)
            return new Stored(null, [Failed(fetchError.Reason)]);
        var doc = item.Document!;
        var finalUrl = doc.Given?.Url ?? c.Key;
        doc = FollowedArticle.AsSources(doc, c.Listing.Source.Name);
        var read = _reader.ExtractOne(doc);
        if (read.Error is { } extractError)
            return new Stored(null, [Failed(extractError.Reason)]);
        var article = FollowedArticle.Finish(read.Article!, c.Key, finalUrl, c.Entry.Published);
        var canonical = article.Url!;
        article = IngestRun.WithoutFutureDate(article, now.UtcDateTime, out _);
        var result = await _ingestor!.AddAsync(article, cancel: CancellationToken.None);
        if (_log.IsEnabled(LogLevel.Information))
        {
            string outcome = OutcomeText(result.Outcome), story = result.Story;
            FollowLog.ArticleStored(_log, c.Key, outcome, result.ArticleId, story);
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(doc.Content)));
        bool noText = WordCount.Of(article.Text) < WordCount.NoTextWords;
        var state = new UrlState(c.Key, c.Listing.Source.Name, UrlStatus.Stored, now, Dated(c.Entry), hash, result.ArticleId, null, 1,
            article.Published is null, noText);
        var states = new List<UrlState> { state };
        // Another listing naming the canonical URL is then known too.
        if (!string.Equals(canonical, c.Key, StringComparison.Ordinal))
            states.Add(state with { Url = canonical });
        return new Stored(result.Outcome, states);
    }

    private static string OutcomeText(IngestOutcome o) => o switch
    {
        IngestOutcome.Added => "added",
        IngestOutcome.NewVersion => "new version",
        _ => "unchanged",
    };

}
