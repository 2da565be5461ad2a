using System.Diagnostics;
using Parallax.Acquisition.Sources;
using Parallax.Storage.Sqlite;
using Parallax.Store;
using Parallax.Tests.Support;

namespace Parallax.Tests.Acquisition.Following;

/// <summary>
/// <c>parallax follow</c> as a real process over twenty loopback outlets publishing while it runs, killed with
/// SIGKILL twice and restarted: every published article ends in the store exactly once, grouped into the same
/// stories as ingesting the same pages from files, and no outlet ever had two requests in flight.
/// </summary>
public sealed class FollowProcessTests : IDisposable
{
    private readonly TempDir _dir = new();

    // Past the stream's named places: each event with its own invented place, official and quote.
    private const int FirstEvent = 25;

    public void Dispose() => _dir.Dispose();

    [Fact]
    public Task Four_outlets_killed_once_end_with_every_article_once() => RunAsync(outlets: 4, events: 30, tellers: 2, kills: 1, TimeSpan.FromMinutes(3));

    /// <summary>The run: 20 outlets, 2,000 articles published during it, two kills.</summary>
    [Fact]
    [Trait("Category", "Slow")]
    public Task Twenty_outlets_killed_twice_end_with_every_article_once_in_the_same_stories() =>
        RunAsync(outlets: 20, events: 500, tellers: 4, kills: 2, TimeSpan.FromMinutes(15));

    private async Task RunAsync(int outlets, int events, int tellers, int kills, TimeSpan limit)
    {
        var sites = new List<OutletSite>();
        try
        {
            for (int i = 0; i < outlets; i++)
                // Each feed lists more than its outlet publishes in the run: a monitor slowed down (a loaded Debug
                // build, the kills) must not lose entries to a feed that moved on, which no monitor can help.
                sites.Add(await OutletSite.StartAsync(new OutletSite { Name = $"Outlet {i:00}", FeedLength = 2 * events * tellers / outlets + 10, TrackingVariants = i % 5 == 0 }));
            // Half the outlets are read through their feed, a quarter through their news sitemap, a quarter through both.
            var sources = sites.Select((s, i) => new Source
            {
                Name = s.Name,
                Feeds = i % 4 == 3 ? [] : [s.FeedUrl],
                Sitemaps = i % 4 is 2 or 3 ? [s.SitemapUrl] : [],
                Poll = TimeSpan.FromSeconds(1),
            }).ToList();
            var sourcesFile = _dir.Combine("sources.json");
            SourcesFile.Save(sourcesFile, sources);
            var db = _dir.Combine("follow.db");

            // The publishing schedule: event e is told by `tellers` outlets, a few minutes apart, an hour apart, dated in the past.
            var start = DateTimeOffset.UtcNow.AddHours(-events - 24);
            var schedule = new List<(OutletSite Site, OutletSite.Story Story)>();
            for (int e = 0; e < events; e++)
            {
                for (int k = 0; k < tellers; k++)
                {
                    int o = (e * 3 + k * (outlets / tellers)) % outlets;
                    schedule.Add((sites[o], NewsStream.Article(FirstEvent + e, o, start.AddMinutes(e * 60 + k * 7), "ev")));
                }
            }
            Assert.Equal(schedule.Count, schedule.Select(x => x.Site.ArticleUrl(x.Story.Slug)).Distinct().Count());

            var follow = Start(sourcesFile, db);
            int published = 0;
            var killAt = Enumerable.Range(1, kills).Select(i => schedule.Count * i / (kills + 1)).ToList();
            try
            {
                // Publish in bursts, as outlets do, and kill the monitor where the schedule says.
                var clock = Stopwatch.StartNew();
                while (published < schedule.Count)
                {
                    int burst = Math.Min(schedule.Count - published, Math.Max(1, schedule.Count / 40));
                    for (int i = 0; i < burst; i++, published++)
                        schedule[published].Site.Publish(schedule[published].Story);
                    if (killAt.Count > 0 && published >= killAt[0])
                    {
                        killAt.RemoveAt(0);
                        // Let it take in some of what is out, then kill it mid-round and start a new one.
                        await WaitForAsync(async () => await CountAsync(db) >= published / 2, limit, "half the published articles stored before the kill");
                        follow.Kill();
                        await follow.WaitForExitAsync();
                        follow.Dispose();
                        follow = Start(sourcesFile, db);
                    }
                    await Task.Delay(TimeSpan.FromMilliseconds(250));
                }
                await WaitForAsync(async () => await CountAsync(db) >= schedule.Count, limit, $"all {schedule.Count} articles stored");
                // A little longer: nothing more may arrive.
                await Task.Delay(TimeSpan.FromSeconds(3));
            }
            finally
            {
                if (!follow.HasExited)
                    follow.Kill();
                await follow.WaitForExitAsync();
                follow.Dispose();
            }

            // Every published article once, under its own URL, no second version.
            await using var actual = await new SqliteEngine().OpenReaderAsync(db);
            var stored = await actual.ReadAllAsync().ToListAsync();
            Assert.Equal(schedule.Count, stored.Count);
            Assert.All(stored, a => Assert.Equal(1, a.Version));
            Assert.Equal(
                schedule.Select(x => x.Site.ArticleUrl(x.Story.Slug)).Order(StringComparer.Ordinal),
                stored.Select(a => a.Article.Url!).Order(StringComparer.Ordinal));

            // The same stories as ingesting the same pages from files in the order the monitor took them in: the
            // kills and restarts, its rounds and batches change nothing. (Online grouping itself depends on the order
            // articles arrive in for close calls; that is the grouper's business, not the monitor's.)
            var pages = Directory.CreateDirectory(_dir.Combine("pages")).FullName;
            var byUrl = schedule.ToDictionary(x => x.Site.ArticleUrl(x.Story.Slug), StringComparer.Ordinal);
            for (int i = 0; i < stored.Count; i++)
            {
                var (site, story) = byUrl[stored[i].Article.Url!];
                File.WriteAllText(Path.Combine(pages, $"{i:00000}.html"), OutletSite.Html(story, site.ArticleUrl(story.Slug)));
            }
            var files = _dir.Combine("files.db");
            Assert.Equal(0, CliRunner.Run("ingest", pages, "--db", files).ExitCode);
            await using var expected = await new SqliteEngine().OpenReaderAsync(files);
            var fromFiles = Partition(await expected.ReadAllAsync().ToListAsync());
            var followed = Partition(stored);
            if (Environment.GetEnvironmentVariable("PARALLAX_FOLLOW_DEBUG") is { } dbg)
            {
                File.WriteAllLines(dbg, ["FILES", .. fromFiles, "FOLLOW", .. followed]);
                foreach (var page in Directory.GetFiles(pages))
                    File.Copy(page, Path.Combine(Directory.CreateDirectory(dbg + ".pages").FullName, Path.GetFileName(page)), overwrite: true);
            }
            Assert.Equal(fromFiles, followed);

            foreach (var site in sites)
            {
                Assert.True(site.MaxInFlight <= 1, $"{site.Name}: {site.MaxInFlight} requests at once");
                Assert.DoesNotContain(site.Hits, h => h.Path.Contains("utm_", StringComparison.Ordinal) || h.Path.EndsWith("/amp", StringComparison.Ordinal));
            }
        }
        finally
        {
            foreach (var s in sites)
                await s.DisposeAsync();
        }
    }

    private Process Start(string sourcesFile, string db)
    {
        var p = CliRunner.Start("follow", "--sources", sourcesFile, "--db", db, "--contact", "tests@example.invalid", "--host-interval", "10ms");
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        p.StandardInput.Close();
        return p;
    }

    private static async Task<int> CountAsync(string db)
    {
        if (!File.Exists(db))
            return 0;
        try
        {
            await using var reader = await new SqliteEngine().OpenReaderAsync(db);
            return (await reader.CountsAsync()).Articles;
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            return 0; // being created by the monitor
        }
    }

    /// <summary>The stories as sets of article URLs, whatever their ids.</summary>
    private static List<string> Partition(IEnumerable<StoredArticle> articles) =>
        [.. articles.GroupBy(a => a.StoryId)
            .Select(g => string.Join(' ', g.Select(a => a.Article.Url).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal)];

    private static async Task WaitForAsync(Func<Task<bool>> done, TimeSpan limit, string what)
    {
        var until = DateTime.UtcNow + limit;
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < until, $"not reached within {limit}: {what}");
            await Task.Delay(200);
        }
    }
}
