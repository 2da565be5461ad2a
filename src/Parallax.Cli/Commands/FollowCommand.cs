using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using Parallax.Acquisition.Fetching;
using Parallax.Acquisition.Following;
using Parallax.Acquisition.Sources;
using Parallax.Analysis;
using Parallax.Cli.Console;
using Parallax.Extraction.Inputs;
using Parallax.Ingestion;
using Parallax.Rendering;
using Parallax.Store;
using Parallax.Storage.Postgres;
using Parallax.Storage.Postgres.Queue;
using Npgsql;

namespace Parallax.Cli.Commands;

/// <summary>
/// <c>parallax follow [--sources FILE] [--db DB] --contact ADDRESS [--once | --for DURATION]</c>: the monitor. Polls
/// every source's feeds and sitemaps on an adaptive interval, fetches the new articles politely and ingests them into
/// stories, keeping its state in the store so a stop or a crash loses nothing. With <c>--enqueue</c> (a PostgreSQL
/// store) it fetches no article itself: the pages to fetch go on the store's job queue, each once, for
/// <c>parallax worker</c> processes, which take turns per host through the store (a lease row per host).
/// </summary>
internal static class FollowCommand
{
    public static Command Create()
    {
        var sources = SourcesCommand.SourcesOption();
        var db = StoreOptions.Db();
        var (contact, userAgent) = FetchCommand.ContactOptions();
        var once = new Option<bool>("--once") { Description = "Poll every source once, fetch what is new, and stop (for cron)" };
        var runFor = new Option<string?>("--for") { Description = "Stop after this long (30s, 15m, 2h); default: until interrupted" };
        var hostInterval = new Option<string>("--host-interval")
        {
            Description = "Least time between two requests to one host (a larger robots.txt Crawl-delay wins)",
            DefaultValueFactory = _ => "1s",
        };
        var warc = new Option<string?>("--warc") { Description = "Also write every exchange to this web archive (OUT.warc.gz, rotating)" };
        var enqueue = new Option<bool>("--enqueue")
        {
            Description = "Put the new articles on a PostgreSQL store's job queue for parallax worker processes to fetch and ingest, instead of doing it here",
        };
        var command = new Command("follow", "Follow the sources' feeds and sitemaps: fetch new articles politely and ingest them into stories")
        {
            sources, db, contact, userAgent, once, runFor, hostInterval, warc, enqueue,
        };
        command.SetAction((parse, cancel) => RunAsync(SourcesFile.Resolve(parse.GetValue(sources)), parse.GetValue(db),
            FetchCommand.UserAgent(parse.GetValue(contact), parse.GetValue(userAgent)), parse.GetValue(once), parse.GetValue(runFor),
            parse.GetValue(hostInterval)!, parse.GetValue(warc), parse.GetValue(enqueue), cancel));
        return command;
    }

    private static async Task<int> RunAsync(string sourcesPath, string? dbOption, string? userAgent, bool once, string? runFor, string hostInterval,
        string? warc, bool enqueue, CancellationToken cancel)
    {
        if (userAgent is null)
            return ErrorReporter.Fatal($"follow needs --contact ADDRESS (or ${FetchCommand.ContactVariable}): sites should be able to reach whoever crawls them");
        TimeSpan? duration = null;
        if (runFor is not null)
        {
            if (!SourcesFile.TryParseInterval(runFor, out var d))
                return ErrorReporter.Fatal($"--for '{runFor}' is not a duration such as 30s, 15m or 2h");
            duration = d;
        }
        if (once && duration is not null)
            return ErrorReporter.Fatal("--once and --for do not go together");
        if (!TryParseHostInterval(hostInterval, out var interval))
            return ErrorReporter.Fatal($"--host-interval '{hostInterval}' is not a duration such as 1s or 500ms");
        if (warc is not null && !warc.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase))
            return ErrorReporter.Fatal("--warc takes a file name ending in .warc.gz");
        if (enqueue && warc is not null)
            return ErrorReporter.Fatal("--warc does not go with --enqueue: the workers fetch the articles, not this process");
        if (enqueue && !PostgresLocation.IsPostgres(StoreLocation.Resolve(dbOption)))
            return ErrorReporter.Fatal("--enqueue needs a PostgreSQL store (--db postgresql://…), whose job queue the workers share");
        if (SourcesCommand.Load(sourcesPath) is not { } sources)
            return ExitCodes.Usage;
        if (sources.Count == 0)
            return ErrorReporter.Fatal($"{sourcesPath}: no sources to follow (add one: parallax sources add NAME --feed URL)");

        await using var store = await StoreOptions.OpenWriterAsync(dbOption, cancel);
        if (store is null)
            return ExitCodes.StoreFailed;
        if (store is not ICrawlState state)
            return ErrorReporter.Fatal($"{StoreLocation.Display(store.Location)}: this store cannot keep follow state");

        // Ctrl-C and SIGTERM end the run after the articles in hand are stored.
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        void Stop(PosixSignalContext c)
        {
            c.Cancel = true;
            interrupt.Cancel();
        }

        // The leader of the workers holds the store's writer lock and stores what they make; an enqueueing monitor takes no part in it.
        Ingestor? ingestor = null;
        IFetchQueue? queue = null;
        try
        {
            if (enqueue)
                queue = await PostgresFetchQueue.OpenAsync(store.Location, cancel);
            else
                ingestor = await Ingestor.OpenAsync(store, AnalysisPipeline.CreateDefault(), logger: CliLogging.For<Ingestor>(), cancel: cancel);
        }
        catch (StoreException e)
        {
            return ErrorReporter.Fatal(e.Message);
        }
        using var _ = ingestor;
        using var fetcher = new PageFetcher(new FetchOptions { UserAgent = userAgent, MinHostInterval = interval, ArchivePath = warc },
            CliLogging.For<PageFetcher>());
        var monitor = new FollowMonitor(fetcher, sources, ingestor, state, new FollowOptions { Once = once, RunFor = duration },
            CliLogging.For<FollowMonitor>()) { Queue = queue };
        var errors = new ErrorReporter();
        int added = 0, versions = 0, enqueued = 0;
        var rounds = new InlineProgress<RoundReport>(r =>
        {
            added += r.Added;
            versions += r.NewVersions;
            enqueued += r.Enqueued ?? 0;
            System.Console.Out.WriteLine($"{DateTime.UtcNow.ToString("HH:mm:ss", CultureInfo.InvariantCulture)} {r}");
        });
        try
        {
            await monitor.RunAsync(rounds, new InlineProgress<InputError>(errors.Report), interrupt.Token);
        }
        catch (StoreException e)
        {
            System.Console.Error.WriteLine($"parallax: {e.Message}");
            System.Console.Error.WriteLine($"parallax: stopped; {ingestor?.Written ?? 0} articles of this run are stored, the store is intact");
            return ExitCodes.StoreFailed;
        }
        catch (NpgsqlException e)
        {
            System.Console.Error.WriteLine($"parallax: {StoreLocation.Display(store.Location)}: {e.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.StoreFailed;
        }
        var held = await store.CountsAsync(CancellationToken.None);
        if (enqueue)
            System.Console.Out.WriteLine($"followed {StoreText.Plural(sources.Count, "source")}: {StoreText.Plural(enqueued, "page")} enqueued for the workers; " +
                $"the store holds {StoreText.Plural(held.CurrentArticles, "article")} in {StoreText.Plural(held.Stories, "story", "stories")} ({StoreLocation.Display(store.Location)})");
        else
            System.Console.Out.WriteLine($"followed {StoreText.Plural(sources.Count, "source")}: {added} new, {versions} new versions; " +
            $"the store holds {StoreText.Plural(held.CurrentArticles, "article")} in {StoreText.Plural(held.Stories, "story", "stories")} ({StoreLocation.Display(store.Location)})");
        if (interrupt.IsCancellationRequested && !cancel.IsCancellationRequested)
            return ExitCodes.Interrupted;
        // A monitor's failed pages are part of following the news, not a failure of the run: they are said, and counted in `sources list --health`.
        return once ? errors.ExitCode : ExitCodes.Ok;
    }

    private static bool TryParseHostInterval(string text, out TimeSpan interval)
    {
        text = text.Trim();
        if (text.EndsWith("ms", StringComparison.OrdinalIgnoreCase)
            && double.TryParse(text[..^2], NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) && ms >= 0)
        {
            interval = TimeSpan.FromMilliseconds(ms);
            return true;
        }
        if (text is "0" or "0s")
        {
            interval = TimeSpan.Zero;
            return true;
        }
        return SourcesFile.TryParseInterval(text, out interval);
    }
}
