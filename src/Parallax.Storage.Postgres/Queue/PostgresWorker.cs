using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Parallax.Acquisition.Following;
using Parallax.Analysis;
using Parallax.Extraction;
using Parallax.Extraction.Inputs;
using Parallax.Ingestion;
using Parallax.Store;

namespace Parallax.Storage.Postgres.Queue;

/// <summary>
/// <c>parallax worker</c> and <c>parallax ingest --enqueue</c> over a PostgreSQL store: enqueueing raw documents as
/// jobs, and a worker process that runs jobs (extraction and analysis, on <see cref="WorkerOptions.Concurrency"/>
/// slots) and, when no other process does, leads story assignment (<see cref="QueueLeader"/>).
/// </summary>
public static class PostgresWorker
{
    /// <summary>Jobs enqueued per transaction.</summary>
    private const int EnqueueBatch = 500;

    /// <summary>
    /// Enqueues the documents of a source as article jobs, in order, and returns how many; an input that could not
    /// be read is told to <paramref name="failed"/> and not enqueued. The store is created or migrated first.
    /// </summary>
    public static async Task<int> EnqueueAsync(string location, IDocumentSource documents, Action<InputError>? failed = null, CancellationToken cancel = default)
    {
        var (source, _) = await OpenAsync(location, NullLogger.Instance, cancel);
        var queue = new JobQueue(source, new QueueOptions(), WorkerId(0));
        var run = Guid.NewGuid().ToString("N");
        var pending = new List<string>(EnqueueBatch);
        int total = 0;
        await foreach (var item in documents.ReadAsync(cancel))
        {
            if (item.Error is { } e)
            {
                failed?.Invoke(e);
                continue;
            }
            pending.Add(QueuedDocument.Encode(item.Document!, run));
            if (pending.Count == EnqueueBatch)
            {
                total += await queue.EnqueueAsync(JobKind.Article, pending, cancel);
                pending.Clear();
            }
        }
        total += await queue.EnqueueAsync(JobKind.Article, pending, cancel);
        return total;
    }

    /// <summary>Enqueues <paramref name="count"/> jobs that do nothing: the queue's own cost per job, measured.</summary>
    public static async Task<int> EnqueueNoOpsAsync(string location, int count, CancellationToken cancel = default)
    {
        var (source, _) = await OpenAsync(location, NullLogger.Instance, cancel);
        var queue = new JobQueue(source, new QueueOptions(), WorkerId(0));
        int total = 0;
        while (total < count)
            total += await queue.EnqueueAsync(JobKind.NoOp, Enumerable.Repeat("{}", Math.Min(EnqueueBatch, count - total)).ToArray(), cancel);
        return total;
    }

    /// <summary>How many jobs are in each state.</summary>
    public static async Task<QueueCounts> CountsAsync(string location, CancellationToken cancel = default)
    {
        var (source, _) = await OpenAsync(location, NullLogger.Instance, cancel);
        return await new JobQueue(source, new QueueOptions(), WorkerId(0)).CountsAsync(cancel);
    }

    /// <summary>
    /// Runs jobs until <paramref name="stop"/> is cancelled (or, with <see cref="WorkerOptions.ExitWhenDrained"/>,
    /// until nothing is left to do), leading story assignment whenever no other process does.
    /// </summary>
    public static async Task<WorkerSummary> RunAsync(string location, WorkerOptions options, ILogger? logger = null, CancellationToken stop = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Concurrency, 1);
        logger ??= NullLogger.Instance;
        var (source, store) = await OpenAsync(location, logger, stop);
        await using var opened = store;
        var pipeline = AnalysisPipeline.CreateDefault();
        await using var signal = await JobSignal.StartAsync(source.ConnectionString, stop);
        var shown = PostgresLocation.Redact(location);
        var process = options.Name ?? ProcessName;
        QueueLog.Started(logger, process, options.Concurrency, shown);
        var counters = new Counters();
        using var fetches = new FetchJobRunner(logger);
        // A slot or the leader that fails for a reason of its own (a bug, not a job's failure) stops the whole worker.
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var slots = Enumerable.Range(1, options.Concurrency)
            .Select(slot => Task.Run(() => RunSlotAsync(new Slot(new JobQueue(source, options.Queue, WorkerId(process, slot)), new HostLease(source, WorkerId(process, slot)),
                store, fetches), pipeline, signal, options, counters, logger, failed.Token), CancellationToken.None))
            .ToList();
        var lead = options.MayLead ? Task.Run(() => LeadAsync(source, store, pipeline, options, process, logger, failed.Token), CancellationToken.None) : Task.FromResult<QueueLeader?>(null);
        var all = slots.Append<Task>(lead).ToList();
        foreach (var t in all)
            _ = t.ContinueWith(_ => failed.Cancel(), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        try
        {
            await Task.WhenAll(all);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (OperationCanceledException) when (all.Any(t => t.IsFaulted))
        {
        }
        if (all.FirstOrDefault(t => t.IsFaulted) is { } fault)
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(fault.Exception!.InnerException!).Throw();
        var leader = lead.IsCompletedSuccessfully ? lead.Result : null;
        return new WorkerSummary(counters.Jobs, counters.Failures, leader is not null, leader?.Added ?? 0, leader?.NewVersions ?? 0, leader?.Unchanged ?? 0, leader?.Failed ?? 0);
    }

    private sealed class Counters
    {
        public long Jobs;
        public long Failures;
    }

    /// <summary>One job slot: its name in the queue and in the host leases, the store (for crawl states), the process's fetchers.</summary>
    private sealed record Slot(JobQueue Queue, HostLease Hosts, PostgresStoryStore Store, FetchJobRunner Fetches);

    /// <summary>This process's name in the queue (host and process id), with the slot: a lease belongs to one slot.</summary>
    private static string WorkerId(int slot) => WorkerId(ProcessName, slot);

    private static string WorkerId(string process, int slot) => $"{process}/{slot}";

    /// <summary>This process in the queue's <c>worker</c> column and in messages: host and process id.</summary>
    private static readonly string ProcessName = $"{Environment.MachineName}/{Environment.ProcessId}";

    /// <summary>The data source of the PostgreSQL store at <paramref name="location"/>, its schema created or migrated.</summary>
    internal static async Task<NpgsqlDataSource> OpenSourceAsync(string location, CancellationToken cancel)
    {
        var (source, store) = await OpenAsync(location, NullLogger.Instance, cancel);
        await store.DisposeAsync();
        return source;
    }

    private static async Task<(NpgsqlDataSource Source, PostgresStoryStore Store)> OpenAsync(string location, ILogger logger, CancellationToken cancel)
    {
        if (!PostgresLocation.IsPostgres(location))
            throw new StoreException($"{location}: the job queue needs a PostgreSQL store (--db postgresql://…)");
        var source = PostgresEngine.Source(location);
        // Opening a writer migrates the schema, the queue's table included.
        var store = await PostgresStoryStore.OpenAsync(location, source, readOnly: false, logger, cancel);
        return (source, store);
    }

    private static async Task RunSlotAsync(Slot slot, AnalysisPipeline pipeline, JobSignal signal, WorkerOptions options, Counters counters,
        ILogger logger, CancellationToken stop)
    {
        var queue = slot.Queue;
        var reader = new ArticleReader();
        while (!stop.IsCancellationRequested)
        {
            var next = signal.Next;
            IReadOnlyList<Job> jobs;
            try
            {
                jobs = await queue.ClaimAsync(1, stop);
                if (jobs.Count == 0)
                {
                    if (options.ExitWhenDrained && await queue.DrainedAsync(stop))
                        return;
                    // A retry or a host's rest that ends before the poll interval: wake for it (bounded by the poll).
                    var wait = await queue.NextDueAsync(stop) is { } due && due < options.Poll ? due : options.Poll;
                    await JobSignal.WaitAsync(next, wait, stop);
                    continue;
                }
            }
            catch (NpgsqlException e)
            {
                QueueLog.StoreTrouble(logger, queue.Worker, PostgresStoryStore.Describe(e));
                await Task.Delay(options.Poll, stop);
                continue;
            }
            foreach (var job in jobs)
                await RunJobAsync(slot, job, reader, pipeline, counters, logger, stop);
        }
    }

    private static async Task RunJobAsync(Slot slot, Job job, ArticleReader reader, AnalysisPipeline pipeline, Counters counters, ILogger logger, CancellationToken stop)
    {
        var queue = slot.Queue;
        string? result;
        try
        {
            if (job.Kind == JobKind.Fetch)
            {
                // Done or lost: completed (with its article job) or dropped in the one step; deferred: back in the queue.
                var outcome = await slot.Fetches.RunAsync(queue, slot.Hosts, job, stop);
                if (outcome == FetchJobRunner.Outcome.Done)
                    Interlocked.Increment(ref counters.Jobs);
                else if (outcome == FetchJobRunner.Outcome.Lost)
                    QueueLog.LeaseLost(logger, job.Id);
                return;
            }
            result = job.Kind switch
            {
                JobKind.Article => QueuedDocument.Process(job.Payload, reader, pipeline, DateTime.UtcNow, stop, FollowedArticle.Finish),
                JobKind.NoOp => null,
                _ => throw new InvalidOperationException($"unknown job kind '{job.Kind}' (written by a newer Parallax?)"),
            };
        }
        catch (Exception e) when (e is not OutOfMemoryException && !(e is OperationCanceledException && stop.IsCancellationRequested))
        {
            Interlocked.Increment(ref counters.Failures);
            var error = e is FetchFailedException ? e.Message : $"{e.GetType().Name}: {e.Message}";
            var state = await queue.FailAsync(job, error, CancellationToken.None);
            QueueLog.JobFailed(logger, job.Id, job.Kind, job.Attempts, state ?? "taken by another worker", e.Message);
            if (state == JobState.Dead && job.Kind == JobKind.Fetch)
                await FetchDeadAsync(slot.Store, job, error, queue.Worker, logger);
            return;
        }
        if (await queue.CompleteAsync(job.Id, result, CancellationToken.None))
            Interlocked.Increment(ref counters.Jobs);
        else
            QueueLog.LeaseLost(logger, job.Id);
    }

    /// <summary>A fetch job that died: its URL is recorded as failed in the crawl state, as the follow monitor records a failed fetch.</summary>
    private static async Task FetchDeadAsync(PostgresStoryStore store, Job job, string error, string worker, ILogger logger)
    {
        QueuedFetch fetch;
        try
        {
            fetch = QueuedFetch.Decode(job.Payload);
        }
        catch (System.Text.Json.JsonException)
        {
            return;
        }
        try
        {
            await store.SaveUrlStatesAsync([new UrlState(fetch.Url, fetch.Source, UrlStatus.Failed, DateTimeOffset.UtcNow, fetch.Listed, null, null, error,
                job.Attempts, false, false)], CancellationToken.None);
        }
        catch (StoreException e)
        {
            // The dead job keeps the error; only the follow state's note of it is missing.
            QueueLog.StoreTrouble(logger, worker, e.Message);
        }
    }

    /// <summary>
    /// Tries for the leader's part until it gets it (another process holds it meanwhile), then stores results until
    /// stopped or drained. Returns the leader, or null when this process never led.
    /// </summary>
    private static async Task<QueueLeader?> LeadAsync(NpgsqlDataSource source, PostgresStoryStore store, AnalysisPipeline pipeline, WorkerOptions options,
        string process, ILogger logger, CancellationToken stop)
    {
        var queue = new JobQueue(source, options.Queue, WorkerId(process, 0));
        QueueLeader? leader = null;
        while (!stop.IsCancellationRequested)
        {
            Ingestor ingestor;
            try
            {
                // The writer lock is the leader's: a short wait, so a worker that finds it held looks at the queue again soon.
                ingestor = await Ingestor.OpenAsync(store, pipeline, writerWait: TimeSpan.FromSeconds(1), logger: logger, cancel: stop);
            }
            catch (Exception e) when (e is StoreException or NpgsqlException)
            {
                if (options.ExitWhenDrained && await queue.DrainedAsync(stop))
                    return leader;
                await Task.Delay(options.Poll, stop);
                continue;
            }
            using (ingestor)
            {
                QueueLog.Leading(logger, process, ingestor.Restored, ingestor.Replayed);
                leader ??= new QueueLeader(source, store, logger);
                try
                {
                    while (!stop.IsCancellationRequested)
                    {
                        if (await leader.RunRoundAsync(ingestor, stop) > 0)
                            continue;
                        if (options.ExitWhenDrained && await queue.DrainedAsync(stop))
                            break;
                        // Results arrive as workers finish jobs; a short poll keeps the wait after the last one small.
                        await Task.Delay(TimeSpan.FromMilliseconds(50), stop).ContinueWith(_ => { }, TaskScheduler.Default);
                    }
                    await ingestor.FlushAsync(checkpoint: true, CancellationToken.None);
                    return leader;
                }
                catch (Exception e) when (e is StoreException or NpgsqlException)
                {
                    // Lead no more (the lock goes with the ingestor); this worker, or another, leads again from what was committed.
                    QueueLog.StoreTrouble(logger, process, e.Message);
                }
            }
            await Task.Delay(options.Poll, stop);
        }
        return leader;
    }
}
