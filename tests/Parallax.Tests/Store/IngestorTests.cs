using Parallax.Analysis;
using Parallax.Model;
using Parallax.Store;
using Parallax.Stories;
using Parallax.Tests.Support;

namespace Parallax.Tests.Store;

/// <summary>
/// The ingest over a store, as every engine must show it: grouping, versions, resuming, the writer lock, the
/// persisted grouper state and stable story ids. Each engine's class says how to open a named store.
/// </summary>
public abstract class IngestorTests : IDisposable
{
    private static readonly AnalysisPipeline Pipeline = AnalysisPipeline.CreateDefault();
    private protected TempDir Dir { get; } = new();

    public virtual void Dispose() => Dir.Dispose();

    /// <summary>Opens the test's store of this name (a second call with the name opens the same store again).</summary>
    protected abstract Task<IStoryWriter> OpenStore(string name = "p.db");

    internal static Article Art(string id, string title, string text, string? url = null, string? outlet = null, string published = "2025-09-14") => new()
    {
        Id = id,
        Source = $"/in/{id}.txt",
        Title = title,
        Text = text,
        Url = url,
        Outlet = outlet,
        Published = PublicationDate.TryParseIso(published, out var d) ? d : null,
    };

    /// <summary>Two invented events, each told by several outlets, and one unrelated item.</summary>
    internal static IReadOnlyList<Article> Stream() =>
    [
        Art("ferry-1", "Ferry runs aground off Marrow Point, 40 passengers rescued",
            "The passenger ferry Kestrel ran aground off Marrow Point on Saturday night. Coastguard crews rescued 40 passengers from the ferry, the Marrow harbour master said. Nobody was hurt in the grounding.",
            "https://bay.example/ferry", "Bay Times"),
        Art("quarry-1", "Quarry expansion approved by Dunholt council",
            "Dunholt council approved the expansion of the Greyfell quarry on Friday after a long debate. Residents fear more lorries on the village roads near the quarry.",
            "https://dun.example/quarry", "Dunholt Echo", "2025-09-13"),
        Art("ferry-2", "Kestrel ferry grounding: coastguard rescues passengers at Marrow Point",
            "Coastguard crews rescued 38 passengers after the ferry Kestrel ran aground off Marrow Point late on Saturday. The harbour master of Marrow said the ferry was towed free at dawn.",
            "https://coast.example/kestrel", "Coast FM"),
        Art("quarry-2", "Greyfell quarry to grow after Dunholt council vote",
            "The Greyfell quarry will expand after Dunholt council approved the plan on Friday. Village residents warned of lorries on narrow roads near the quarry.",
            "https://shire.example/greyfell", "Shire Post", "2025-09-13"),
        Art("ferry-3", "Marrow Point: ferry Kestrel aground, passengers safe",
            "All passengers of the ferry Kestrel are safe after it ran aground off Marrow Point on Saturday, the coastguard said. Crews rescued the passengers in rough seas.",
            null, "Harbour Radio"),
    ];

    private static async Task Ingest(IStoryWriter store, IEnumerable<Article> articles, int batchSize = 2)
    {
        using var ingestor = await Ingestor.OpenAsync(store, Pipeline, batchSize: batchSize);
        foreach (var a in articles)
            await ingestor.AddAsync(a);
        await ingestor.FlushAsync();
    }

    [Fact]
    public async Task Articles_about_one_event_join_one_story_and_others_open_their_own()
    {
        await using var store = await OpenStore();
        await Ingest(store, Stream());
        var storyOf = (await store.ReadAllAsync().ToListAsync()).ToDictionary(a => a.Key, a => a.StoryId);
        Assert.Equal(storyOf["ferry-1"], storyOf["ferry-2"]);
        Assert.Equal(storyOf["ferry-1"], storyOf["ferry-3"]);
        Assert.Equal(storyOf["quarry-1"], storyOf["quarry-2"]);
        Assert.NotEqual(storyOf["ferry-1"], storyOf["quarry-1"]);
        Assert.Equal(2, (await store.CountsAsync()).Stories);
        var ferry = (await store.StoryAsync(storyOf["ferry-1"]))!;
        Assert.Equal((3, 3), (ferry.Articles, ferry.Outlets));
    }

    [Fact]
    public async Task Ingesting_the_same_articles_again_adds_nothing()
    {
        await using var store = await OpenStore();
        await Ingest(store, Stream());
        using var ingestor = await Ingestor.OpenAsync(store, Pipeline);
        var outcomes = new List<IngestOutcome>();
        foreach (var a in Stream())
            outcomes.Add((await ingestor.AddAsync(a)).Outcome);
        await ingestor.FlushAsync();
        Assert.All(outcomes, o => Assert.Equal(IngestOutcome.Unchanged, o));
        Assert.Equal(5, (await store.CountsAsync()).Articles);
        Assert.Equal(0, ingestor.Written);
    }

    [Fact]
    public async Task The_same_page_under_a_tracking_url_is_the_same_article()
    {
        await using var store = await OpenStore();
        await Ingest(store, Stream());
        var again = Stream()[0] with { Url = "HTTPS://www.Bay.example/ferry/?utm_source=feed&utm_medium=rss#comments" };
        using var ingestor = await Ingestor.OpenAsync(store, Pipeline);
        Assert.Equal(IngestOutcome.Unchanged, (await ingestor.AddAsync(again)).Outcome);
    }

    [Fact]
    public async Task A_changed_article_at_the_same_url_is_a_new_version_under_the_same_id()
    {
        await using var store = await OpenStore();
        await Ingest(store, Stream());
        var updated = Stream()[0] with { Text = Stream()[0].Text + " Update: the ferry was refloated on Sunday morning." };
        using var ingestor = await Ingestor.OpenAsync(store, Pipeline);
        var (outcome, story, _) = await ingestor.AddAsync(updated);
        await ingestor.FlushAsync();
        Assert.Equal(IngestOutcome.NewVersion, outcome);
        var current = (await store.ArticleAsync("ferry-1"))!;
        Assert.Equal(2, current.Version);
        Assert.Contains("refloated", current.Article.Text, StringComparison.Ordinal);
        Assert.Equal(story, current.StoryId);
        Assert.Equal(6, (await store.CountsAsync()).Articles);
        Assert.Equal(5, (await store.CountsAsync()).CurrentArticles);
        Assert.Equal(3, (await store.StoryAsync(story))!.Articles);
    }

    [Fact]
    public async Task Re_ingesting_an_older_snapshot_of_a_changed_page_adds_nothing()
    {
        await using var store = await OpenStore();
        var v1 = Stream()[0];
        var v2 = v1 with { Text = v1.Text + " The ferry was refloated on Sunday." };
        await Ingest(store, [v1, v2]);
        Assert.Equal(2, (await store.ArticleAsync("ferry-1"))!.Version);
        using var ingestor = await Ingestor.OpenAsync(store, Pipeline);
        Assert.Equal(IngestOutcome.Unchanged, (await ingestor.AddAsync(v1)).Outcome);
        Assert.Equal(IngestOutcome.Unchanged, (await ingestor.AddAsync(v2)).Outcome);
        await ingestor.FlushAsync();
        Assert.Equal(2, (await store.CountsAsync()).Articles);
        Assert.Equal(2, (await store.ArticleAsync("ferry-1"))!.Version);
    }

    [Fact]
    public async Task Two_articles_with_one_file_name_keep_apart_under_distinct_ids()
    {
        await using var store = await OpenStore();
        var a = Art("report", "Library reopens in Tessel", "The Tessel library reopened on Monday after repairs to its roof.");
        var b = Art("report", "Bus fares rise in Ormby", "Bus fares in Ormby rise by ten pence from October, the operator said.");
        await Ingest(store, [a, b, a with { Source = "/elsewhere/report.txt" }]);
        Assert.Equal(["report", "report-2"], (await store.ReadAllAsync().ToListAsync()).Select(x => x.Key));
        Assert.Contains("Ormby", (await store.ArticleAsync("report-2"))!.Article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(2)] // a batch written midway through the prefetched articles: what was looked up before it is asked again
    public async Task Looking_up_a_run_ahead_changes_nothing_it_stores(int batchSize)
    {
        // A second run mixing what the store answers: unchanged, a new version, an id another article holds, a
        // duplicate within the run, a new version of an article added earlier in the same run, and new articles.
        var first = Stream();
        var ferry = first[0] with { Text = first[0].Text + " The ferry was refloated on Sunday morning." };
        var clash = Art("quarry-1", "Tessel library reopens", "The Tessel library reopened on Monday after repairs to its roof.", "https://tessel.example/library");
        var fresh = Art("bridge-1", "Ormby bridge closes for repairs", "The Ormby bridge closes on Monday for four weeks of repairs, the county said.", "https://ormby.example/bridge");
        var freshAgain = fresh with { Text = fresh.Text + " Buses will divert through Tessel." };
        IReadOnlyList<Article> second = [first[1], ferry, clash, fresh, fresh, freshAgain, first[3]];

        async Task<List<IngestResult>> Run(string name, bool ahead)
        {
            await using var store = await OpenStore(name);
            await Ingest(store, first);
            using var ingestor = await Ingestor.OpenAsync(store, Pipeline, batchSize: batchSize);
            var prepared = new List<PreparedArticle>();
            foreach (var a in second)
                prepared.Add(await Ingestor.PrepareAsync(Pipeline, a, null, null));
            if (ahead)
                await ingestor.PrefetchAsync(prepared);
            var results = new List<IngestResult>();
            foreach (var p in prepared)
                results.Add(await ingestor.AddPreparedAsync(p));
            await ingestor.FlushAsync();
            return results;
        }

        var plain = await Run($"plain-{batchSize}.db", ahead: false);
        var looked = await Run($"ahead-{batchSize}.db", ahead: true);
        Assert.Equal(plain, looked);
        Assert.Equal(
            [IngestOutcome.Unchanged, IngestOutcome.NewVersion, IngestOutcome.Added, IngestOutcome.Added, IngestOutcome.Unchanged, IngestOutcome.NewVersion, IngestOutcome.Unchanged],
            looked.Select(r => r.Outcome));
        Assert.Equal(["quarry-1", "ferry-1", "quarry-1-2", "bridge-1", "bridge-1", "bridge-1", "quarry-2"], looked.Select(r => r.ArticleId));
    }

    [Fact]
    public async Task An_ingest_split_over_runs_ends_as_one_run_would()
    {
        await using var whole = await OpenStore("whole.db");
        await Ingest(whole, Stream(), batchSize: 100);
        await using (var first = await OpenStore("split.db"))
            await Ingest(first, Stream().Take(2));
        await using var split = await OpenStore("split.db");
        using var ingestor = await Ingestor.OpenAsync(split, Pipeline, batchSize: 1);
        Assert.Equal(2, ingestor.Replayed);
        Assert.Equal(0, ingestor.Regrouped);
        foreach (var a in Stream())
            await ingestor.AddAsync(a);
        await ingestor.FlushAsync();
        Assert.Equal(await Snapshot(whole), await Snapshot(split));
    }

    [Fact]
    public async Task A_batch_lost_to_a_crash_is_redone_by_the_next_run()
    {
        await using (var crashed = await OpenStore("crash.db"))
        {
            using var ingestor = await Ingestor.OpenAsync(crashed, Pipeline, batchSize: 2);
            foreach (var a in Stream())
                await ingestor.AddAsync(a);
            // No final flush: the fifth article's batch dies with the process.
            Assert.Equal(4, (await crashed.CountsAsync()).Articles);
        }
        await using var store = await OpenStore("crash.db");
        await Ingest(store, Stream());
        await using var whole = await OpenStore("whole.db");
        await Ingest(whole, Stream());
        Assert.Equal(await Snapshot(whole), await Snapshot(store));
    }

    [Fact]
    public async Task One_ingest_writes_at_a_time_and_the_next_one_is_told_why_it_cannot()
    {
        await using var store = await OpenStore();
        using var first = await Ingestor.OpenAsync(store, Pipeline);
        await using var other = await OpenStore();
        var e = await Assert.ThrowsAsync<StoreException>(() => Ingestor.OpenAsync(other, Pipeline, writerWait: TimeSpan.FromMilliseconds(200)));
        Assert.EndsWith("another ingest is writing to this store; run this one when it has finished", e.Message, StringComparison.Ordinal);
        await first.SuspendAsync();
        using var second = await Ingestor.OpenAsync(other, Pipeline, writerWait: TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public async Task An_ingestor_resuming_after_another_wrote_catches_up_and_hands_out_no_taken_story()
    {
        var stream = Stream();
        await using var whole = await OpenStore("whole.db");
        await Ingest(whole, stream, batchSize: 100);

        await using var store = await OpenStore("shared.db");
        using var server = await Ingestor.OpenAsync(store, Pipeline);
        await server.AddAsync(stream[0]);
        await server.AddAsync(stream[1]);
        await server.SuspendAsync();
        await using (var shell = await OpenStore("shared.db"))
        {
            using var cli = await Ingestor.OpenAsync(shell, Pipeline);
            await cli.AddAsync(stream[2]);
            await cli.AddAsync(stream[3]);
            await cli.FlushAsync();
        }
        await server.AddAsync(stream[4]);
        await server.FlushAsync();
        Assert.Equal(await Snapshot(whole), await Snapshot(store));
    }

    /// <summary>The generated stream's articles, in order.</summary>
    private List<Article> Generated(int count)
    {
        var path = StoreStreamGenerator.Write(Dir.Combine("stream.jsonl"), count);
        return new Parallax.Extraction.ArticleReader().Read([path]).Select(r => r.Article!).ToList();
    }

    private static async Task IngestWith(IStoryWriter store, IEnumerable<Article> articles, int checkpointEvery, bool finish)
    {
        using var ingestor = await Ingestor.OpenAsync(store, Pipeline, batchSize: 50, checkpointEvery: checkpointEvery);
        foreach (var a in articles)
            await ingestor.AddAsync(a);
        if (finish)
            await ingestor.FlushAsync(checkpoint: true);
    }

    [Fact]
    public async Task Grouping_after_a_restart_from_a_checkpoint_equals_grouping_without_one()
    {
        var stream = Generated(600);
        await using var whole = await OpenStore("whole.db");
        await Ingest(whole, stream, batchSize: 50);

        await using var split = await OpenStore("split.db");
        await IngestWith(split, stream.Take(400), Ingestor.DefaultCheckpointEvery, finish: true);
        using (var again = await Ingestor.OpenAsync(split, Pipeline, batchSize: 50))
        {
            Assert.Equal((400, 0), (again.Restored, again.Replayed));
            foreach (var a in stream)
                await again.AddAsync(a);
            await again.FlushAsync();
        }
        Assert.Equal(await Snapshot(whole), await Snapshot(split));
    }

    [Fact]
    public async Task A_crash_after_a_checkpoint_replays_only_the_batches_stored_after_it()
    {
        var stream = Generated(600);
        await using var whole = await OpenStore("whole.db");
        await Ingest(whole, stream, batchSize: 50);

        await using var crashed = await OpenStore("crash.db");
        // Checkpoints with the batches ending at 150 and 300; batches to 400 stored; the last 30 die with the process.
        await IngestWith(crashed, stream.Take(430), checkpointEvery: 150, finish: false);
        using (var again = await Ingestor.OpenAsync(crashed, Pipeline, batchSize: 50))
        {
            Assert.Equal((300, 100), (again.Restored, again.Replayed));
            foreach (var a in stream)
                await again.AddAsync(a);
            await again.FlushAsync();
        }
        Assert.Equal(await Snapshot(whole), await Snapshot(crashed));
    }

    [Fact]
    public async Task A_late_outlets_reports_join_their_events_in_the_store()
    {
        // Two outlets report each invented event on its day, a weekly two days later: the store's grouping learns
        // the weekly's delay and files its reports with their events, the first ones too (folded back into their
        // events' stories, not into the story of the report that taught the delay).
        var events = Parallax.Tests.Stories.LateOutletEvents.Events(16);
        var stream = Parallax.Tests.Stories.LateOutletEvents.Stream(events, ("Harbour Herald", 0), ("Evening Courier", 0), ("Valley Weekly", 2));
        var articles = stream.Select((r, n) => new Article
        {
            Id = $"r{n}",
            Source = $"/in/r{n}.txt",
            Title = r.Doc.Title,
            Text = r.Doc.Text,
            Outlet = r.Doc.Outlet,
            Published = new PublicationDate(r.Doc.Time!.Value, false),
        }).ToList();

        async Task<(int Whole, int Stories)> EventsWhole(string name, StoryGroupingOptions? grouping)
        {
            await using var store = await OpenStore(name);
            using (var ingestor = await Ingestor.OpenAsync(store, Pipeline, grouping, batchSize: 8))
            {
                foreach (var a in articles)
                    await ingestor.AddAsync(a);
                await ingestor.FlushAsync();
            }
            var storyOf = (await store.ReadAllAsync().ToListAsync()).ToDictionary(a => a.Key, a => a.StoryId);
            int whole = stream.Select((r, n) => (r.Event, Story: storyOf[$"r{n}"])).GroupBy(r => r.Event).Count(e => e.Select(r => r.Story).Distinct().Count() == 1);
            return (whole, storyOf.Values.Distinct().Count());
        }

        Assert.Equal((events.Count, events.Count), await EventsWhole("late.db", null));
        var (apart, _) = await EventsWhole("plain.db", StoryGroupingOptions.Default with { LearnOutletLags = false });
        Assert.True(apart <= events.Count / 2, $"{apart} of {events.Count} events whole without the learned delay");
    }

    /// <summary>The generated stream with, after its first 500, undated copies of early articles (their stories long closed by then).</summary>
    private List<Article> WithLateUndatedCopies(int count)
    {
        var stream = Parallax.Tests.Stories.InventedEvents.Articles(count);
        var copies = stream.Take(40).Where((_, i) => i % 8 == 0)
            .Select(a => a with { Id = a.Id + "-undated", Url = a.Url + "?undated", Published = null, Text = a.Text + " Filed without a date." });
        return [.. stream.Take(500), .. copies, .. stream.Skip(500)];
    }

    [Fact]
    public async Task After_a_restart_an_undated_article_reaches_a_closed_story_held_in_the_checkpoints_parts()
    {
        var stream = WithLateUndatedCopies(600);
        await using var whole = await OpenStore("whole.db");
        await Ingest(whole, stream, batchSize: 50);

        await using var split = await OpenStore("split.db");
        await IngestWith(split, stream.Take(450), Ingestor.DefaultCheckpointEvery, finish: true);
        using (var again = await Ingestor.OpenAsync(split, Pipeline, batchSize: 50))
        {
            Assert.Equal((450, 0, 0), (again.Restored, again.Replayed, again.StoriesRead));
            foreach (var a in stream)
                await again.AddAsync(a);
            await again.FlushAsync(checkpoint: true);
            Assert.True(again.StoriesRead > 0, "the undated copies read closed stories from the parts");
        }
        var snapshot = await Snapshot(whole);
        Assert.Equal(snapshot, await Snapshot(split));
        // Each undated copy is in the story of the article it copies.
        var storyOf = (await whole.ReadAllAsync().ToListAsync()).ToDictionary(a => a.Key, a => a.StoryId);
        Assert.All(stream.Where(a => a.Published is null), a => Assert.Equal(storyOf[a.Id[..^"-undated".Length]], storyOf[a.Id]));
    }

    [Fact]
    public async Task A_crash_replays_undated_articles_into_closed_stories_read_from_the_parts()
    {
        var stream = WithLateUndatedCopies(600);
        await using var whole = await OpenStore("whole.db");
        await Ingest(whole, stream, batchSize: 50);

        await using var crashed = await OpenStore("crash.db");
        // Checkpoints with the batches ending at 150, 300 and 450; batches to 550 stored (the undated copies
        // among them); the last 10 die with the process.
        await IngestWith(crashed, stream.Take(560), checkpointEvery: 150, finish: false);
        using (var again = await Ingestor.OpenAsync(crashed, Pipeline, batchSize: 50))
        {
            Assert.Equal((450, 100), (again.Restored, again.Replayed));
            Assert.True(again.StoriesRead > 0, "the replayed undated copies read closed stories from the parts");
            foreach (var a in stream)
                await again.AddAsync(a);
            await again.FlushAsync();
        }
        Assert.Equal(await Snapshot(whole), await Snapshot(crashed));
    }

    [Fact]
    public async Task A_checkpoint_written_whole_by_an_earlier_version_still_loads_and_is_split_into_parts_by_the_next()
    {
        var stream = WithLateUndatedCopies(600);
        await using var whole = await OpenStore("whole.db");
        await Ingest(whole, stream, batchSize: 50);

        await using var store = await OpenStore("legacy.db");
        using (var earlier = await Ingestor.OpenAsync(store, Pipeline, batchSize: 50))
        {
            earlier.WritesWholeCheckpoints = true;
            foreach (var a in stream.Take(300))
                await earlier.AddAsync(a);
            await earlier.FlushAsync(checkpoint: true);
        }
        Assert.Empty(await store.LoadCheckpointPartsAsync(Enumerable.Range(-1, 400).ToList()));
        using (var next = await Ingestor.OpenAsync(store, Pipeline, batchSize: 50))
        {
            Assert.Equal((300, 0), (next.Restored, next.Replayed));
            foreach (var a in stream.Take(450))
                await next.AddAsync(a);
            await next.FlushAsync(checkpoint: true);
        }
        Assert.NotEmpty(await store.LoadCheckpointPartsAsync(Enumerable.Range(0, 50).ToList()));
        using (var last = await Ingestor.OpenAsync(store, Pipeline, batchSize: 50))
        {
            Assert.Equal((450, 0), (last.Restored, last.Replayed));
            foreach (var a in stream)
                await last.AddAsync(a);
            await last.FlushAsync();
        }
        Assert.Equal(await Snapshot(whole), await Snapshot(store));
    }

    [Fact]
    public async Task An_ingestor_resuming_after_another_saved_a_checkpoint_starts_again_from_it()
    {
        var stream = WithLateUndatedCopies(600);
        await using var whole = await OpenStore("whole.db");
        await Ingest(whole, stream, batchSize: 50);

        await using var store = await OpenStore("shared.db");
        using var server = await Ingestor.OpenAsync(store, Pipeline, batchSize: 50);
        foreach (var a in stream.Take(450))
            await server.AddAsync(a);
        await server.SuspendAsync();
        // Another ingest places the undated copies in closed stories and saves their parts anew.
        await using (var shell = await OpenStore("shared.db"))
        {
            using var cli = await Ingestor.OpenAsync(shell, Pipeline, batchSize: 50);
            foreach (var a in stream.Take(520))
                await cli.AddAsync(a);
            await cli.FlushAsync(checkpoint: true);
            Assert.True(cli.StoriesRead > 0);
        }
        foreach (var a in stream)
            await server.AddAsync(a);
        await server.FlushAsync();
        Assert.Equal(await Snapshot(whole), await Snapshot(store));
    }

    [Fact]
    public async Task Story_ids_keep_their_meaning_when_a_later_version_groups_differently()
    {
        await using var store = await OpenStore();
        await Ingest(store, Stream());
        var before = (await store.ReadAllAsync().ToListAsync()).ToDictionary(a => a.Key, a => a.StoryId);
        long last = await store.LastStoryIdAsync();
        // A grouping that joins nothing: every article is a story of its own now.
        var apart = StoryGroupingOptions.Default with { Threshold = 1.01 };
        using (var ingestor = await Ingestor.OpenAsync(store, Pipeline, apart))
            Assert.Equal(3, ingestor.Regrouped);
        var after = (await store.ReadAllAsync().ToListAsync()).ToDictionary(a => a.Key, a => a.StoryId);
        // The first article of each story keeps the story's id; the others get ids never handed out before.
        Assert.Equal(before["ferry-1"], after["ferry-1"]);
        Assert.Equal(before["quarry-1"], after["quarry-1"]);
        Assert.All(["ferry-2", "ferry-3", "quarry-2"], k => Assert.True(after[k] > last, k));
        Assert.Equal(5, after.Values.Distinct().Count());
        Assert.Equal(last + 3, await store.LastStoryIdAsync());
    }

    [Fact]
    public async Task A_wire_copy_is_flagged_as_a_near_duplicate_of_the_first_one()
    {
        await using var store = await OpenStore();
        const string text = "Rescue teams in Serrat reached the flooded lower gallery of the Holm colliery on Tuesday, where eleven miners " +
            "have been trapped since a rockfall on Sunday night blocked the main shaft. Relatives gathered at the pithead through the " +
            "night as engineers pumped water from the gallery and drilled a second access tunnel. The mine operator said air was " +
            "reaching the trapped men through a ventilation borehole and that a camera lowered into the gallery showed them moving.";
        var wire = Art("wire", "Miners trapped in Serrat rockfall", text, "https://wire.example/serrat");
        // A wire story republished under another headline, its body unchanged.
        var copy = Art("copy", "Serrat: rescue under way for trapped miners", text,
            "https://paper.example/serrat", "Other Paper");
        await Ingest(store, [wire, Stream()[1], copy]);
        Assert.Equal("wire", (await store.ArticleAsync("copy"))!.DuplicateOf);
        Assert.Null((await store.ArticleAsync("quarry-1"))!.DuplicateOf);
        Assert.Equal((await store.ArticleAsync("wire"))!.StoryId, (await store.ArticleAsync("copy"))!.StoryId);
    }

    private static async Task<List<string>> Snapshot(IStoryReader s) =>
        (await s.ReadAllAsync().ToListAsync()).Select(a => $"{a.Key} v{a.Version} s{a.StoryId} {a.ContentHash}").ToList();
}
