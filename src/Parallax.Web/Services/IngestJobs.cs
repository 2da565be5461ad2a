using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Parallax.Analysis;
using Parallax.Extraction;
using Parallax.Extraction.Inputs;
using Parallax.Store;

namespace Parallax.Web.Services;

/// <summary>One upload's ingest: how far it got, and what became of each article and each bad input.</summary>
public sealed class IngestJob(string id, int? total)
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

    internal void Advance(int n) => Interlocked.Add(ref _done, n);
    internal void Add(IngestResult r) => _results.Enqueue(r);
    internal void Add(InputError e) => _errors.Enqueue(e);

    internal void Finish(string? failure)
    {
        Failure = failure;
        Finished = true;
    }
}

/// <summary>
/// Ingests uploads into the store, one job at a time (SQLite has one writer): the uploaded files are put
/// in a private folder and read like any input, so every format and every error works as on the command line.
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

    /// <summary>Starts ingesting the files (name, bytes); returns at once with the job to follow.</summary>
    public IngestJob Start(IReadOnlyList<(string Name, byte[] Content)> files)
    {
        var job = Register(files);
        _ = Task.Run(() => RunAsync(job, files));
        return job;
    }

    /// <summary>Ingests the files and returns when they are stored.</summary>
    public async Task<IngestJob> RunNowAsync(IReadOnlyList<(string Name, byte[] Content)> files, CancellationToken cancel = default)
    {
        var job = Register(files);
        await RunAsync(job, files, cancel);
        return job;
    }

    private IngestJob Register(IReadOnlyList<(string Name, byte[] Content)> files)
    {
        var job = new IngestJob(Guid.NewGuid().ToString("N")[..12], CountDocuments(files));
        _jobs[job.Id] = job;
        _order.Enqueue(job.Id);
        while (_order.Count > KeptJobs && _order.TryDequeue(out var old))
            _jobs.TryRemove(old, out _);
        return job;
    }

    private static int CountDocuments(IReadOnlyList<(string Name, byte[] Content)> files) => files.Sum(f =>
        f.Name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) ? Math.Max(1, f.Content.Count(b => b == (byte)'\n')) : 1);

    private async Task RunAsync(IngestJob job, IReadOnlyList<(string Name, byte[] Content)> files, CancellationToken cancel = default)
    {
        var folder = Path.Combine(Path.GetTempPath(), "parallax-upload-" + job.Id);
        try
        {
            Directory.CreateDirectory(folder);
            for (int i = 0; i < files.Count; i++)
            {
                // An uploaded name is reduced to letters, digits, - and _ plus a known extension: it never becomes a
                // path of its own. Each file gets its own subfolder, so equal names do not collide.
                var sub = Directory.CreateDirectory(Path.Combine(folder, i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)));
                await File.WriteAllBytesAsync(Path.Combine(sub.FullName, SafeStem(files[i].Name) + SafeExtension(files[i].Name)), files[i].Content, cancel);
            }
            await _writer.WaitAsync(cancel);
            try
            {
                _store ??= await KnownEngines.Create(_loggers.CreateLogger(KnownEngines.LogCategory)).OpenWriterAsync(options.DbPath, cancel);
                _ingestor ??= await Ingestor.OpenAsync(_store, _pipeline, logger: _loggers.CreateLogger<Ingestor>(), cancel: cancel);
                var reader = new ArticleReader();
                await _ingestor.ResumeAsync(cancel);
                await IngestRun.RunAsync(_ingestor, _pipeline, reader.Read([folder]), null, job.Add, job.Advance, cancel, job.Add,
                    _loggers.CreateLogger(typeof(IngestRun)));
                // Between uploads the store is free for other ingests (parallax ingest from a shell, say).
                await _ingestor.SuspendAsync(CancellationToken.None);
                job.Finish(null);
                WebLog.IngestJobDone(_log, job.Id, job.Results.Count, job.Errors.Count);
            }
            catch (StoreException e)
            {
                // The ingestor's grouping state may be ahead of the store now: start afresh next time.
                _ingestor?.Dispose();
                if (_store is not null)
                    await _store.DisposeAsync();
                (_store, _ingestor) = (null, null);
                WebLog.IngestJobFailed(_log, job.Id, e.Message);
                job.Finish(e.Message);
            }
            finally
            {
                _writer.Release();
            }
        }
        catch (IOException e)
        {
            WebLog.IngestJobFailed(_log, job.Id, e.Message);
            job.Finish("the upload could not be stored for reading: " + e.Message);
        }
        catch (OperationCanceledException)
        {
            WebLog.IngestJobCancelled(_log, job.Id);
            job.Finish("cancelled");
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private static readonly string[] Extensions = [".txt", ".html", ".htm", ".jsonl", ".txt.gz", ".html.gz", ".htm.gz", ".jsonl.gz"];

    private static string SafeExtension(string name)
    {
        var lower = name.ToLowerInvariant();
        return Extensions.OrderByDescending(e => e.Length).FirstOrDefault(lower.EndsWith) ?? ".txt";
    }

    private static string SafeStem(string name)
    {
        var file = Path.GetFileName(name.Replace('\\', '/'));
        var ext = SafeExtension(file);
        var stem = file.EndsWith(ext, StringComparison.OrdinalIgnoreCase) ? file[..^ext.Length] : file;
        var clean = new string(stem.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_').Take(60).ToArray());
        return clean.Length == 0 ? "upload" : clean;
    }

    public async ValueTask DisposeAsync()
    {
        _ingestor?.Dispose();
        if (_store is not null)
            await _store.DisposeAsync();
        _writer.Dispose();
    }
}
