using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Parallax.Analysis;
using Parallax.Ingestion;
using Parallax.Extraction.Inputs;
using Parallax.Store;

namespace Parallax.Web.Services;

/// <summary>One upload's ingest: how far it got, and what became of each article and each bad input.</summary>
public sealed class IngestJob(string id, int? total) : IProgress<IngestProgress>
{
    private readonly ConcurrentQueue<IngestResult> _results = new();
    private readonly ConcurrentQueue<InputError> _errors = new();
    private int _done;

    public string Id { get; } = id;
    public int? Total { get; } = total;
    public int Done => Volatile.Read(ref _done);
    public bool Finished { get; private set; }
    public string? Failure { get; private set; }

    /// <summary>Why the job failed, for the status an API answer takes; None when it did not fail.</summary>
    public IngestFailure FailureKind { get; private set; }
    public IReadOnlyCollection<IngestResult> Results => _results;
    public IReadOnlyCollection<InputError> Errors => _errors;

    /// <summary>Told by the ingest of each input handled, in order, on the ingest's flow.</summary>
    void IProgress<IngestProgress>.Report(IngestProgress value)
    {
        if (value.Result is { } r)
            _results.Enqueue(r);
        if (value.Error is { } e)
            _errors.Enqueue(e);
        Volatile.Write(ref _done, value.Handled);
    }

    internal void Finish(string? failure, IngestFailure kind = IngestFailure.None)
    {
        Failure = failure;
        FailureKind = failure is null ? IngestFailure.None : kind;
        Finished = true;
    }
}

/// <summary>What stopped an ingest job.</summary>
public enum IngestFailure
{
    None,

    /// <summary>It waited too long for the store's writer (another upload or ingest held it).</summary>
    Busy,

    /// <summary>The request it ran for timed out or went away; what was read before is stored.</summary>
    Stopped,

    /// <summary>The store could not be opened or written (the message names it).</summary>
    Store,

    /// <summary>Anything else: a bug, or out of memory; logged with its exception.</summary>
    Error,
}

/// <summary>
/// Ingests uploads into the store, one job at a time (SQLite has one writer): the uploaded files are read in
/// memory through an <see cref="UploadSource"/>, like any input, so every format and every error works as on
/// the command line, and nothing is written to a scratch folder.
/// </summary>
public sealed class IngestJobs(ServeOptions options, ILoggerFactory? loggers = null) : IAsyncDisposable
{
    private readonly ILoggerFactory _loggers = loggers ?? NullLoggerFactory.Instance;
    private readonly ILogger _log = (loggers ?? NullLoggerFactory.Instance).CreateLogger<IngestJobs>();
    private const int KeptJobs = 100;
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly ConcurrentDictionary<string, IngestJob> _jobs = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();
    private readonly AnalysisPipeline _pipeline = AnalysisPipeline.CreateDefault();
    private IStoryWriter? _store;
    private Ingestor? _ingestor;

    public IngestJob? Find(string id) => _jobs.TryGetValue(id, out var job) ? job : null;

    /// <summary>Starts ingesting the uploads; returns at once with the job to follow.</summary>
    public IngestJob Start(IReadOnlyList<Upload> files)
    {
        var source = new UploadSource(files);
        var job = Register(source);
        _ = Task.Run(() => RunAsync(job, source));
        return job;
    }

    /// <summary>Ingests the uploads and returns when they are stored.</summary>
    public async Task<IngestJob> RunNowAsync(IReadOnlyList<Upload> files, CancellationToken cancel = default)
    {
        var source = new UploadSource(files);
        var job = Register(source);
        await RunAsync(job, source, cancel);
        return job;
    }

    private IngestJob Register(UploadSource source)
    {
        var job = new IngestJob(Guid.NewGuid().ToString("N")[..12], source.CountHint);
        _jobs[job.Id] = job;
        _order.Enqueue(job.Id);
        while (_order.Count > KeptJobs && _order.TryDequeue(out var old))
            _jobs.TryRemove(old, out _);
        return job;
    }

    /// <summary>
    /// Runs the job to its end: whatever happens, it finishes done or failed with its reason, and a failure
    /// is logged (a job left unfinished would keep its page reloading forever).
    /// </summary>
    private async Task RunAsync(IngestJob job, UploadSource source, CancellationToken cancel = default)
    {
        try
        {
            await RunLockedAsync(job, source, cancel);
        }
        catch (Exception e)
        {
            WebLog.IngestJobError(_log, e, job.Id);
            if (!job.Finished)
                job.Finish($"the ingest failed ({e.GetType().Name}: {e.Message})", IngestFailure.Error);
        }
    }

    private async Task RunLockedAsync(IngestJob job, UploadSource source, CancellationToken cancel)
    {
        try
        {
            await _writer.WaitAsync(cancel);
        }
        catch (OperationCanceledException)
        {
            WebLog.IngestJobCancelled(_log, job.Id);
            job.Finish("waited too long for the store's writer: another upload is being ingested; try again when it has finished", IngestFailure.Busy);
            return;
        }
        try
        {
            _store ??= await KnownEngines.Create(_loggers.CreateLogger(KnownEngines.LogCategory)).OpenWriterAsync(options.DbPath, cancel);
            _ingestor ??= await Ingestor.OpenAsync(_store, _pipeline, logger: _loggers.CreateLogger<Ingestor>(), cancel: cancel);
            await _ingestor.ResumeAsync(cancel);
            var summary = await IngestRun.RunAsync(_ingestor, _pipeline, source, null, job, cancel, _loggers.CreateLogger(typeof(IngestRun)));
            // Between uploads the store is free for other ingests (parallax ingest from a shell, say).
            await _ingestor.SuspendAsync(CancellationToken.None);
            if (summary.Stopped)
            {
                WebLog.IngestJobCancelled(_log, job.Id);
                job.Finish($"stopped before the end: the request took too long or went away ({job.Results.Count} read before are stored)", IngestFailure.Stopped);
            }
            else
            {
                job.Finish(null);
                WebLog.IngestJobDone(_log, job.Id, job.Results.Count, job.Errors.Count);
            }
        }
        catch (OperationCanceledException)
        {
            await ResetAsync();
            WebLog.IngestJobCancelled(_log, job.Id);
            job.Finish($"stopped before the end: the request took too long or went away ({job.Results.Count} read before are stored)", IngestFailure.Stopped);
        }
        catch (StoreException e)
        {
            await ResetAsync();
            WebLog.IngestJobFailed(_log, job.Id, e.Message);
            job.Finish(e.Message, e.Message.Contains("another ingest is writing", StringComparison.Ordinal) ? IngestFailure.Busy : IngestFailure.Store);
        }
        catch (Exception e)
        {
            await ResetAsync();
            WebLog.IngestJobError(_log, e, job.Id);
            job.Finish($"the ingest failed ({e.GetType().Name}: {e.Message})", IngestFailure.Error);
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>After a failure the ingestor's grouping state may be ahead of the store: start afresh next time.</summary>
    private async Task ResetAsync()
    {
        try
        {
            _ingestor?.Dispose();
            if (_store is not null)
                await _store.DisposeAsync();
        }
        finally
        {
            (_store, _ingestor) = (null, null);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _ingestor?.Dispose();
        if (_store is not null)
            await _store.DisposeAsync();
        _writer.Dispose();
    }
}
