using System.CommandLine;
using System.Runtime.InteropServices;
using Npgsql;
using Parallax.Cli.Console;
using Parallax.Ingestion;
using Parallax.Storage.Postgres.Queue;
using Parallax.Store;

namespace Parallax.Cli.Commands;

/// <summary>
/// <c>parallax worker --db postgresql://… [--concurrency N]</c>: runs the jobs of the store's queue (extraction and
/// analysis of documents enqueued by <c>ingest --enqueue</c>; polite fetches of the pages <c>follow --enqueue</c>
/// found, one worker at a time per host through the store's host leases), and leads story assignment while no
/// other worker does. Any number of workers on any number of machines share one queue; Ctrl-C or SIGTERM stops one between jobs.
/// </summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var concurrency = new Option<int>("--concurrency", "-j")
        {
            Description = "Jobs run at once in this process (default: the number of cores)",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var lease = new Option<double>("--lease")
        {
            Description = "Seconds a claimed job belongs to this worker; a worker silent for longer is taken for dead and its jobs run elsewhere (default 30)",
            DefaultValueFactory = _ => 30,
        };
        var attempts = new Option<int>("--max-attempts")
        {
            Description = "Attempts a job gets before it is kept as dead with its error (default 5)",
            DefaultValueFactory = _ => 5,
        };
        var drain = new Option<bool>("--until-drained") { Description = "Stop once nothing is left to do instead of waiting for more jobs" };
        var noLead = new Option<bool>("--no-lead") { Description = "Never take the leader's part (story assignment); run jobs only" };
        // Measures the queue's own cost per job (docs/deploy.md's scaling table): enqueue this many jobs that do nothing, then exit.
        var noops = new Option<int>("--enqueue-noops") { Hidden = true };
        var command = new Command("worker", "Run the jobs of a PostgreSQL store's queue (enqueued by ingest --enqueue or follow --enqueue), with any number of workers on any number of machines")
        {
            db, concurrency, lease, attempts, drain, noLead, noops,
        };
        command.SetAction((parse, cancel) => RunAsync(parse.GetValue(db), new WorkerOptions
        {
            Concurrency = parse.GetValue(concurrency),
            Queue = new QueueOptions { Lease = TimeSpan.FromSeconds(parse.GetValue(lease)), MaxAttempts = parse.GetValue(attempts) },
            ExitWhenDrained = parse.GetValue(drain),
            MayLead = !parse.GetValue(noLead),
        }, parse.GetValue(noops), cancel));
        return command;
    }

    private static async Task<int> RunAsync(string? dbOption, WorkerOptions options, int noops, CancellationToken cancel)
    {
        if (options.Concurrency < 1)
            return ErrorReporter.Fatal("--concurrency must be at least 1");
        if (options.Queue.Lease <= TimeSpan.Zero)
            return ErrorReporter.Fatal("--lease must be more than 0 seconds");
        if (options.Queue.MaxAttempts < 1)
            return ErrorReporter.Fatal("--max-attempts must be at least 1");
        var location = StoreLocation.Resolve(dbOption);
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        void Stop(PosixSignalContext c)
        {
            c.Cancel = true;
            interrupt.Cancel();
        }
        try
        {
            if (noops > 0)
            {
                System.Console.Out.WriteLine($"enqueued {await PostgresWorker.EnqueueNoOpsAsync(location, noops, cancel)} no-op jobs");
                return ExitCodes.Ok;
            }
            var summary = await PostgresWorker.RunAsync(location, options, CliLogging.For(typeof(PostgresWorker)), interrupt.Token);
            System.Console.Out.WriteLine($"worker: {summary.Jobs} jobs run, {summary.Failures} failed attempts" + (summary.Led
                ? $"; as leader stored {summary.Added} new, {summary.NewVersions} new versions, {summary.Unchanged} unchanged, {summary.Failed} failed"
                : ""));
            return interrupt.IsCancellationRequested ? ExitCodes.Interrupted : ExitCodes.Ok;
        }
        catch (StoreException e)
        {
            System.Console.Error.WriteLine($"parallax: {e.Message}");
            return ExitCodes.StoreFailed;
        }
        catch (NpgsqlException e)
        {
            System.Console.Error.WriteLine($"parallax: {StoreLocation.Display(location)}: {e.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.StoreFailed;
        }
    }

    /// <summary>
    /// Enqueues the documents of any source (files, fetched pages) as jobs for the workers instead of ingesting them
    /// here: <c>ingest --enqueue</c> (<c>follow --enqueue</c> enqueues fetch jobs: Storage.Postgres/Queue/PostgresFetchQueue).
    /// </summary>
    internal static async Task<int> EnqueueAsync(IDocumentSource source, string? dbOption, CancellationToken cancel)
    {
        var location = StoreLocation.Resolve(dbOption);
        var errors = new ErrorReporter();
        try
        {
            int n = await PostgresWorker.EnqueueAsync(location, source, errors.Report, cancel);
            System.Console.Out.WriteLine($"enqueued {n} documents for the workers ({StoreLocation.Display(location)}); {errors.Count} could not be read");
            return errors.ExitCode;
        }
        catch (StoreException e)
        {
            System.Console.Error.WriteLine($"parallax: {e.Message}");
            return ExitCodes.StoreFailed;
        }
        catch (NpgsqlException e)
        {
            System.Console.Error.WriteLine($"parallax: {StoreLocation.Display(location)}: {e.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.StoreFailed;
        }
    }
}
