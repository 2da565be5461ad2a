using System.CommandLine;
using System.Runtime.InteropServices;
using Parallax.Ingestion;
using Parallax.Analysis;
using Parallax.Cli.Console;
using Parallax.Extraction;
using Parallax.Rendering;
using Parallax.Store;
using Parallax.Web.Services;

namespace Parallax.Cli.Commands;

/// <summary>
/// <c>parallax ingest PATH... [--db DB]</c>: extraction, analysis and story assignment into the store, in
/// batches of one transaction each. Re-ingesting adds nothing; Ctrl-C writes the batch in hand and stops,
/// and a kill loses only the batch in hand: running the same command again carries on.
/// </summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var db = StoreOptions.Db();
        var inputFormat = CommonOptions.InputFormat();
        var batch = new Option<int>("--batch-size")
        {
            Description = $"Articles per transaction (default {Ingestor.DefaultBatchSize})",
            DefaultValueFactory = _ => Ingestor.DefaultBatchSize,
        };
        var enqueue = new Option<bool>("--enqueue")
        {
            Description = "Put the documents on a PostgreSQL store's job queue for parallax worker processes instead of ingesting them here",
        };
        var command = new Command("ingest", "Add articles to the store and assign each to a story; re-ingesting the same article adds nothing")
        {
            paths, db, inputFormat, batch, enqueue,
        };
        command.SetAction((parse, cancel) => RunAsync(parse.GetValue(paths)!, parse.GetValue(db), parse.GetValue(inputFormat)!, parse.GetValue(batch), parse.GetValue(enqueue), cancel));
        return command;
    }

    private static Task<int> RunAsync(string[] paths, string? dbOption, string inputFormat, int batchSize, bool enqueue, CancellationToken cancel)
    {
        var source = new PathSource(paths, CommonOptions.Reader(inputFormat));
        return enqueue ? WorkerCommand.EnqueueAsync(source, dbOption, cancel) : IngestAsync(source, dbOption, batchSize, cancel);
    }

    /// <summary>Ingests the documents of any source (files, fetched pages) into the store, as <c>ingest</c> does.</summary>
    internal static async Task<int> IngestAsync(IDocumentSource source, string? dbOption, int batchSize, CancellationToken cancel)
    {
        if (batchSize < 1)
            return ErrorReporter.Fatal("--batch-size must be at least 1");
        await using var store = await StoreOptions.OpenWriterAsync(dbOption, cancel);
        if (store is null)
            return ExitCodes.StoreFailed;

        // Ctrl-C and SIGTERM end the run between articles, after the batch in hand is written.
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        void Stop(PosixSignalContext c)
        {
            c.Cancel = true;
            interrupt.Cancel();
        }

        var errors = new ErrorReporter();
        var pipeline = AnalysisPipeline.CreateDefault();
        Ingestor ingestor;
        try
        {
            ingestor = await Ingestor.OpenAsync(store, pipeline, batchSize: batchSize, logger: CliLogging.For<Ingestor>(), cancel: cancel);
        }
        catch (StoreException e)
        {
            System.Console.Error.WriteLine($"parallax: {e.Message}");
            return ExitCodes.StoreFailed;
        }
        using var _ = ingestor;
        if (ingestor.Regrouped > 0)
            System.Console.Error.WriteLine($"parallax: {StoreLocation.Display(store.Location)}: {ingestor.Regrouped} stored articles regrouped by this version's story grouping");

        // The reading thread looks up what the store already holds through its own read-only handle.
        await using var probe = await KnownEngines.Create().OpenReaderAsync(store.Location, cancel);
        IngestRun.Summary? summary = null;
        string? failure = await ProgressDisplay.RunAsync("ingest", "articles", source.CountHint, async advance =>
        {
            try
            {
                // Reports come in order on the writing flow: the bar moves and each bad input gets its line as it is met.
                var progress = new InlineProgress<IngestProgress>(p =>
                {
                    advance(1);
                    if (p.Error is { } e)
                        errors.Report(e);
                });
                summary = await IngestRun.RunAsync(ingestor, pipeline, source, probe, progress, interrupt.Token, CliLogging.For(typeof(IngestRun)));
                return (string?)null;
            }
            catch (StoreException e)
            {
                return e.Message;
            }
        });

        if (failure is not null || summary is null)
        {
            System.Console.Error.WriteLine($"parallax: {failure}");
            System.Console.Error.WriteLine($"parallax: stopped; {ingestor.Written} articles of this run are stored, the store is intact");
            return ExitCodes.StoreFailed;
        }
        var held = await store.CountsAsync(CancellationToken.None);
        System.Console.Out.WriteLine(
            $"ingested {summary.Added} new, {summary.NewVersions} new versions, {summary.Unchanged} unchanged, {summary.Failed} failed; " +
            $"the store holds {StoreText.Plural(held.CurrentArticles, "article")} in {StoreText.Plural(held.Stories, "story", "stories")} ({StoreLocation.Display(store.Location)})");
        if (summary.Stopped)
        {
            System.Console.Error.WriteLine("parallax: interrupted; everything read so far is stored: run the same command again to carry on");
            return ExitCodes.Interrupted;
        }
        return errors.ExitCode;
    }
}
