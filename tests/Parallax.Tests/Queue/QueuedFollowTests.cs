using Npgsql;
using Parallax.Acquisition.Fetching;
using Parallax.Acquisition.Following;
using Parallax.Acquisition.Sources;
using Parallax.Analysis;
using Parallax.Extraction.Inputs;
using Parallax.Ingestion;
using Parallax.Storage.Postgres;
using Parallax.Storage.Postgres.Queue;
using Parallax.Storage.Sqlite;
using Parallax.Store;
using Parallax.Tests.Acquisition.Following;
using Parallax.Tests.Support;

namespace Parallax.Tests.Queue;

/// <summary>
/// <c>follow --enqueue</c> and fetch jobs, against loopback outlets and the throwaway PostgreSQL cluster: workers store
/// what a plain follow stores, each page once; two workers take turns on one host through its lease row, never
/// closer together than its interval; a page that keeps failing ends dead with its error while the others go through.
/// </summary>
public sealed class QueuedFollowTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Day = new(2026, 5, 4, 6, 0, 0, TimeSpan.Zero);
    private readonly TempDir _dir = new();
    private string _uri = "";

    public async ValueTask InitializeAsync() => _uri = await PostgresCluster.CreateDatabaseAsync();

    public async ValueTask DisposeAsync()
    {
        await PostgresCluster.DropDatabaseAsync(_uri);
        _dir.Dispose();
    }

    private static FetchOptions Polite(TimeSpan interval) => new()
    {
        UserAgent = FetchOptions.UserAgentFor("tests@example.invalid"),
        MinHostInterval = interval,
        RetryDelay = TimeSpan.FromMilliseconds(50),
        MaxRetries = 1,
    };

    private static WorkerOptions Drain(string name, int concurrency = 3) => new()
    {
        Name = name,
        Concurrency = concurrency,
        ExitWhenDrained = true,
        Poll = TimeSpan.FromMilliseconds(200),
        Queue = new QueueOptions { MaxAttempts = 3, Backoff = TimeSpan.FromMilliseconds(100) },
    };

    private static void PublishEvents(IReadOnlyList<OutletSite> sites, int from, int count, DateTimeOffset when)
    {
        for (int e = from; e < from + count; e++)
        {
            for (int o = 0; o < sites.Count; o++)
                sites[o].Publish(NewsStream.Article(e, o, when.AddMinutes(e * 3 + o), "ev"));
        }
    }

    /// <summary>One round of <c>follow --enqueue</c> over the PostgreSQL store.</summary>
    private async Task<RoundReport> EnqueueOnceAsync(IReadOnlyList<Source> sources, TimeSpan interval)
    {
        await using var store = await new PostgresEngine().OpenWriterAsync(_uri);
        using var fetcher = new PageFetcher(Polite(interval));
        var rounds = new List<RoundReport>();
        var monitor = new FollowMonitor(fetcher, sources, null, (ICrawlState)store, new FollowOptions { Once = true })
        {
            Queue = await PostgresFetchQueue.OpenAsync(_uri, TestContext.Current.CancellationToken),
        };
        await monitor.RunAsync(new InlineProgress<RoundReport>(rounds.Add), null, TestContext.Current.CancellationToken);
        return Assert.Single(rounds);
    }

    /// <summary>A plain follow (fetching and ingesting itself) into a SQLite store: the articles it stores.</summary>
    private static async Task<List<string>> PlainFollowAsync(string db, IReadOnlyList<Source> sources)
    {
        using (var store = SqliteStoryStore.Open(db))
        {
            using var ingestor = await Ingestor.OpenAsync(store, AnalysisPipeline.CreateDefault());
            using var fetcher = new PageFetcher(Polite(TimeSpan.FromMilliseconds(40)));
            await new FollowMonitor(fetcher, sources, ingestor, store, new FollowOptions { Once = true })
                .RunAsync(null, null, TestContext.Current.CancellationToken);
        }
        await using var reader = await new SqliteEngine().OpenReaderAsync(db);
        return await ArticlesAsync(reader);
    }

    private static async Task<List<string>> ArticlesAsync(IStoryReader store)
    {
        var all = new List<string>();
        await foreach (var a in store.ReadAllAsync(cancel: TestContext.Current.CancellationToken))
        {
            var x = a.Article;
            all.Add($"{x.Url} | {x.Outlet} | {x.Title} | {x.Published?.Value:O} | v{a.Version} | {a.ContentHash}");
        }
        all.Sort(StringComparer.Ordinal);
        return all;
    }

    private async Task<List<string>> PostgresArticlesAsync()
    {
        await using var store = await new PostgresEngine().OpenReaderAsync(_uri);
        return await ArticlesAsync(store);
    }

    private async Task<List<(string Kind, string State, int Attempts, string? Error, string Payload)>> JobsAsync()
    {
        await using var db = await PostgresEngine.Source(_uri).OpenConnectionAsync(TestContext.Current.CancellationToken);
        await using var cmd = new NpgsqlCommand("SELECT kind, state, attempts, last_error, payload FROM jobs ORDER BY id;", db);
        await using var r = await cmd.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var jobs = new List<(string, string, int, string?, string)>();
        while (await r.ReadAsync(TestContext.Current.CancellationToken))
            jobs.Add((r.GetString(0), r.GetString(1), r.GetInt32(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetString(4)));
        return jobs;
    }

    [Fact]
    public async Task Follow_enqueue_and_workers_store_what_a_plain_follow_stores_each_page_once()
    {
        await using var a = await OutletSite.StartAsync(new OutletSite { Name = "Alpha Courier", TrackingVariants = true, ListsDisallowed = true });
        await using var b = await OutletSite.StartAsync(new OutletSite { Name = "Beta Wire" });
        await using var c = await OutletSite.StartAsync(new OutletSite { Name = "Gamma Post" });
        OutletSite[] sites = [a, b, c];
        PublishEvents(sites, 0, 4, Day);
        Source[] sources =
        [
            new() { Name = a.Name, Feeds = [a.FeedUrl] },
            new() { Name = b.Name, Feeds = [b.FeedUrl], Sitemaps = [b.SitemapUrl] },
            new() { Name = c.Name, Sitemaps = [c.SitemapUrl] },
        ];
        var expected = await PlainFollowAsync(_dir.Combine("plain.db"), sources);
        Assert.Equal(12, expected.Count);
        int pagesBefore = sites.Sum(s => s.Hits.Count(h => h.Path.StartsWith("/news/", StringComparison.Ordinal)));

        var round = await EnqueueOnceAsync(sources, TimeSpan.FromMilliseconds(40));
        // The twelve articles once each (tracking variants and the AMP page are the same URL), and the page robots.txt forbids.
        Assert.Equal(13, round.Enqueued);
        Assert.Equal(0, round.Fetched);
        // Listed again (the feeds' validators forgotten, so they are read whole): nothing is enqueued twice.
        await using (var db = await PostgresEngine.Source(_uri).OpenConnectionAsync(TestContext.Current.CancellationToken))
        {
            await using var forget = new NpgsqlCommand("DELETE FROM crawl_feeds;", db);
            await forget.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }
        Assert.Equal(0, (await EnqueueOnceAsync(sources, TimeSpan.FromMilliseconds(40))).Enqueued);
        // The monitor fetched no article page itself.
        Assert.Equal(pagesBefore, sites.Sum(s => s.Hits.Count(h => h.Path.StartsWith("/news/", StringComparison.Ordinal))));

        var summary = await PostgresWorker.RunAsync(_uri, Drain("w1"), stop: TestContext.Current.CancellationToken);

        Assert.True(summary.Led);
        Assert.Equal((12, 0, 0), (summary.Added, summary.NewVersions, summary.Unchanged));
        Assert.Equal(expected, await PostgresArticlesAsync());
        foreach (var site in sites)
        {
            Assert.DoesNotContain(site.Hits, h => h.Path.StartsWith("/private/", StringComparison.Ordinal));
            Assert.True(site.MaxInFlight <= 1, $"{site.Name}: {site.MaxInFlight} requests at once");
            // Each page fetched once by the workers (once by the plain follow before).
            var pages = site.Hits.Where(h => h.Path.StartsWith("/news/", StringComparison.Ordinal)).Select(h => h.Path).ToList();
            Assert.Equal(8, pages.Count);
            Assert.All(pages.GroupBy(p => p), g => Assert.Equal(2, g.Count()));
        }
        // The forbidden page is dead with robots.txt's refusal; every other job is done.
        var jobs = await JobsAsync();
        var dead = Assert.Single(jobs, j => j.State == "dead");
        Assert.Equal(("fetch", 3, "disallowed by robots.txt"), (dead.Kind, dead.Attempts, dead.Error));
        Assert.Equal(12, jobs.Count(j => j.Kind == "fetch" && j.State == "done"));
        Assert.Equal(12, jobs.Count(j => j.Kind == "article" && j.State == "done"));
        // The crawl state knows every article as stored (and the forbidden page as failed), as after a plain follow.
        await using var store = await new PostgresEngine().OpenWriterAsync(_uri);
        var urls = await ((ICrawlState)store).UrlStatesSinceAsync(DateTimeOffset.UtcNow.AddHours(-1), TestContext.Current.CancellationToken);
        Assert.Equal(12, urls.Count(u => u.Status == UrlStatus.Stored && u.Article is not null && u.ContentHash is not null));
        Assert.Equal(a.BaseUrl + "/private/members", Assert.Single(urls, u => u.Status == UrlStatus.Failed).Url);
        var counts = await PostgresWorker.CountsAsync(_uri, TestContext.Current.CancellationToken);
        Assert.Equal((0L, 0L, 0L), (counts.Queued, counts.Running, counts.Unconsumed));
    }

    [Fact]
    public async Task Two_workers_never_fetch_from_one_host_closer_together_than_its_interval()
    {
        var interval = TimeSpan.FromMilliseconds(250);
        await using var site = await OutletSite.StartAsync(new OutletSite { Name = "Delta News" });
        for (int i = 0; i < 12; i++)
            site.Publish(NewsStream.Article(i, 0, Day.AddMinutes(i * 7), "ev"));
        Source[] sources = [new() { Name = site.Name, Feeds = [site.FeedUrl] }];
        Assert.Equal(12, (await EnqueueOnceAsync(sources, interval)).Enqueued);
        var monitorHits = site.Hits.Count;

        // Two workers, each with its own fetchers (as two machines would have), two slots each.
        var one = PostgresWorker.RunAsync(_uri, Drain("w1", 2), stop: TestContext.Current.CancellationToken);
        var two = PostgresWorker.RunAsync(_uri, Drain("w2", 2), stop: TestContext.Current.CancellationToken);
        var summaries = await Task.WhenAll(one, two);

        Assert.Equal(12, summaries.Sum(s => s.Added));
        var hits = site.Hits.Skip(monitorHits).ToList();
        Assert.Equal(12, hits.Count(h => h.Path.StartsWith("/news/", StringComparison.Ordinal)));
        Assert.True(site.MaxInFlight <= 1, $"{site.MaxInFlight} requests at once");
        // Each start at least the interval after the one before (the lease sets it from the previous one's end);
        // a little slack for the server's and the database's clocks.
        var tolerance = TimeSpan.FromMilliseconds(15);
        for (int i = 1; i < hits.Count; i++)
        {
            var gap = hits[i].Start - hits[i - 1].Start;
            Assert.True(gap >= interval - tolerance, $"{hits[i - 1].Path} then {hits[i].Path} {gap.TotalMilliseconds:F0} ms apart:\n" +
                string.Join("\n", hits.Select(h => $"{h.Start.TotalMilliseconds:F0} {h.Path}")));
        }
        // Both workers took part: each read robots.txt for the host (under its lease too).
        Assert.Equal(2, hits.Count(h => h.Path == "/robots.txt"));
        Assert.All(summaries, s => Assert.True(s.Jobs > 0));
    }

    [Fact]
    public async Task A_page_that_keeps_failing_ends_dead_with_its_error_and_the_others_are_stored()
    {
        await using var site = await OutletSite.StartAsync(new OutletSite { Name = "Epsilon Daily" });
        for (int i = 0; i < 4; i++)
            site.Publish(NewsStream.Article(i, 0, Day.AddMinutes(i * 7), "ev"));
        var queue = await PostgresFetchQueue.OpenAsync(_uri, TestContext.Current.CancellationToken);
        var run = Guid.NewGuid().ToString("N");
        QueuedFetch Fetch(string url) => new()
        {
            Url = url, Source = site.Name, UserAgent = FetchOptions.UserAgentFor("tests@example.invalid"), HostIntervalMs = 20, Run = run,
        };
        string missing = site.BaseUrl + "/news/never-published", failing = site.BaseUrl + "/failing/always";
        var fetches = site.Published.Take(2).Select(s => Fetch(site.ArticleUrl(s.Slug)))
            .Append(Fetch(missing)).Append(Fetch(failing))
            .Concat(site.Published.Skip(2).Select(s => Fetch(site.ArticleUrl(s.Slug)))).ToList();
        Assert.Equal(6, await queue.EnqueueAsync(fetches, TestContext.Current.CancellationToken));
        Assert.Equal(0, await queue.EnqueueAsync(fetches, TestContext.Current.CancellationToken));

        var summary = await PostgresWorker.RunAsync(_uri, Drain("w1", 2), stop: TestContext.Current.CancellationToken);

        Assert.Equal(4, summary.Added);
        Assert.Equal(6, summary.Failures); // three attempts each
        var dead = (await JobsAsync()).Where(j => j.State == "dead").ToList();
        Assert.Equal(2, dead.Count);
        Assert.All(dead, j => Assert.Equal(("fetch", 3), (j.Kind, j.Attempts)));
        Assert.Equal(["gone (404)", "server error (500)"], dead.Select(j => j.Error).Order(StringComparer.Ordinal));
        // One request per attempt (the workers' fetcher leaves retrying to the queue).
        Assert.Equal(3, site.Hits.Count(h => h.Path == "/news/never-published"));
        Assert.Equal(3, site.Hits.Count(h => h.Path == "/failing/always"));
        await using var store = await new PostgresEngine().OpenWriterAsync(_uri);
        Assert.Equal(4, (await store.CountsAsync(TestContext.Current.CancellationToken)).CurrentArticles);
        var failed = (await ((ICrawlState)store).UrlStatesAsync([missing, failing], TestContext.Current.CancellationToken)).Values.ToList();
        Assert.Equal(2, failed.Count);
        Assert.All(failed, u => Assert.Equal((UrlStatus.Failed, 3), (u.Status, u.Attempts)));
    }

    [Fact]
    public async Task The_cli_follow_enqueue_and_a_worker_store_the_articles_and_enqueue_needs_postgresql()
    {
        await using var site = await OutletSite.StartAsync(new OutletSite { Name = "Zeta Herald" });
        for (int i = 0; i < 5; i++)
            site.Publish(NewsStream.Article(i, 0, Day.AddMinutes(i * 7), "ev"));
        var sourcesFile = _dir.Combine("sources.json");
        SourcesFile.Save(sourcesFile, [new Source { Name = site.Name, Feeds = [site.FeedUrl] }]);
        string[] follow = ["follow", "--enqueue", "--once", "--sources", sourcesFile, "--contact", "tests@example.invalid", "--host-interval", "20ms"];

        var enqueued = CliRunner.Run([.. follow, "--db", _uri]);
        Assert.True(enqueued.ExitCode == 0, enqueued.Stderr);
        Assert.Contains("5 pages enqueued for the workers", enqueued.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(site.Hits, h => h.Path.StartsWith("/news/", StringComparison.Ordinal));
        var worker = CliRunner.Run("worker", "--db", _uri, "--until-drained", "--concurrency", "2");
        Assert.True(worker.ExitCode == 0, worker.Stderr);
        Assert.Contains("as leader stored 5 new", worker.Stdout, StringComparison.Ordinal);
        Assert.Equal(5, (await PostgresArticlesAsync()).Count);

        var sqlite = CliRunner.Run([.. follow, "--db", _dir.Combine("local.db")]);
        Assert.Equal(2, sqlite.ExitCode);
        Assert.Contains("--enqueue needs a PostgreSQL store", sqlite.Stderr, StringComparison.Ordinal);
    }
}
