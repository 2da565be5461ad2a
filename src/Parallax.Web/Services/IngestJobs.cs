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

    internal void Finish(string? failure)
    {
        Failure = failure;
        Finished = true;
    }
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

    private async Task RunAsync(IngestJob job, UploadSource source, CancellationToken cancel = default)
    {
        try
        {
            await _writer.WaitAsync(cancel);
            try
            {
                _store ??= await KnownEngines.Create(_loggers.CreateLogger(KnownEngines.LogCategory)).OpenWriterAsync(options.DbPath, cancel);
                _ingestor ??= await Ingestor.OpenAsync(_store, _pipeline, logger: _loggers.CreateLogger<Ingestor>(), cancel: cancel);
                await _ingestor.ResumeAsync(cancel);
                await IngestRun.RunAsync(_ingestor, _pipeline, source, null, job, cancel, _loggers.CreateLogger(typeof(IngestRun)));
                // Between uploads the store is free for other ingests (parallax ingest from a shell, say).
                await _ingestor.SuspendAsync(CancellationToken.None);
                job.Finish(null);
                WebLog.IngestJobDone(_log, job.Id, job.Results.Count, job.Errors.Count);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The ingestor's grouping state may be ahead of the store now: start afresh next time.
                _ingestor?.Dispose();
                if (_store is not null)
                    await _store.DisposeAsync();
                (_store, _ingestor) = (null, null);
                WebLog.IngestJobFailed(_log, job.Id, e.Message);
                job.Finish(e is StoreException ? e.Message : $"the ingest failed ({e.GetType().Name}: {e.Message})");
            }
            finally
            {
                _writer.Release();
            }
        }
        catch (OperationCanceledException)
        {
            WebLog.IngestJobCancelled(_log, job.Id);
            job.Finish("cancelled");
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
