using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Parallax.Acquisition.Fetching;
using Parallax.Acquisition.Following;
using Parallax.Ingestion;

namespace Parallax.Storage.Postgres.Queue;

/// <summary>
/// A worker process's fetch jobs (<c>follow --enqueue</c>): takes the page's host through its lease row
/// (<see cref="HostLease"/>), fetches as the follow monitor does (robots.txt, the size and time limits), leaves the
/// host for its interval, and hands the page on as an article job, so the leader assigns its story as it does for
/// <c>ingest --enqueue</c>. A fetch that fails throws: the job is retried after the queue's backoff, and dead with
/// the error once its attempts are spent. One fetcher per user agent and interval the monitors ask for, shared by
/// the process's slots (its own per-host gate is then a second, in-process guard).
/// </summary>
internal sealed class FetchJobRunner(ILogger logger) : IDisposable
{
    private readonly ConcurrentDictionary<(string UserAgent, double IntervalMs), PageFetcher> _fetchers = new();

    /// <summary>What became of a fetch job.</summary>
    public enum Outcome
    {
        /// <summary>Fetched and handed on as an article job; the fetch job is done.</summary>
        Done,

        /// <summary>The host was taken; the job waits in the queue for it (not an attempt).</summary>
        Deferred,

        /// <summary>This worker's lease on the job ran out meanwhile; another has it.</summary>
        Lost,
    }

    /// <summary>Runs one fetch job claimed from <paramref name="queue"/>, whose slot leases hosts as <paramref name="hosts"/>.</summary>
    public async Task<Outcome> RunAsync(JobQueue queue, HostLease hosts, Job job, CancellationToken stop)
    {
        var fetch = QueuedFetch.Decode(job.Payload);
        if (!Uri.TryCreate(fetch.Url, UriKind.Absolute, out var url) || fetch.Host is not { } host)
            throw new FetchFailedException($"{fetch.Url}: not an absolute URL");
        var fetcher = _fetchers.GetOrAdd((fetch.UserAgent, fetch.HostIntervalMs), k => new PageFetcher(new FetchOptions
        {
            UserAgent = k.UserAgent,
            MinHostInterval = TimeSpan.FromMilliseconds(k.IntervalMs),
            // The queue retries a failed fetch (after its backoff, under the host's lease again); the fetcher does not.
            MaxRetries = 0,
        }, logger));
        var interval = fetcher.IntervalFor(url);
        if (await hosts.TryTakeAsync(host, interval, stop) is { } wait)
            return await queue.DeferAsync(job, wait, CancellationToken.None) ? Outcome.Deferred : Outcome.Lost;
        Extraction.Inputs.InputItem item;
        try
        {
            item = await fetcher.FetchAsync(fetch.Url, stop);
        }
        finally
        {
            // The interval after this fetch: a robots.txt Crawl-delay read during it counts.
            await hosts.LeaveAsync(host, fetcher.IntervalFor(url), CancellationToken.None);
        }
        if (item.Error is { } error)
            throw new FetchFailedException(error.Reason);
        var doc = item.Document!;
        var page = new FollowedPage
        {
            Key = fetch.Url,
            Source = fetch.Source,
            FinalUrl = doc.Given?.Url ?? fetch.Url,
            Listed = fetch.Listed,
            Published = fetch.Published,
            Attempts = job.Attempts,
        };
        var payload = QueuedDocument.Encode(FollowedArticle.AsSources(doc, fetch.Source), fetch.Run, page);
        return await queue.CompleteWithAsync(job.Id, JobKind.Article, payload, CancellationToken.None) ? Outcome.Done : Outcome.Lost;
    }

    public void Dispose()
    {
        foreach (var f in _fetchers.Values)
            f.Dispose();
    }
}

/// <summary>A page that could not be fetched (its one-line reason): the fetch job's attempt failed.</summary>
internal sealed class FetchFailedException(string message) : Exception(message);
