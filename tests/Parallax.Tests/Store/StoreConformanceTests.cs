using Parallax.Analysis;
using Parallax.Model;
using Parallax.Store;

namespace Parallax.Tests.Store;

/// <summary>
/// The store's behaviour, as every engine must show it. An engine's tests derive from this class and say
/// how to open a store; the same facts then run against each (SQLite and PostgreSQL).
/// </summary>
public abstract partial class StoreConformanceTests
{
    /// <summary>Opens the test's store; a second call opens the same store again (to see what persisted).</summary>
    protected abstract ValueTask<IStoryWriter> OpenAsync();

    internal static NewArticle Item(string name, string text, long story, string? url = null, int version = 1, string? title = null,
        string? outlet = null, string? published = null, Func<AnalyzedArticle, AnalyzedArticle>? layers = null)
    {
        var article = new Article
        {
            Id = name,
            Source = $"/in/{name}.txt",
            Text = text,
            Url = url,
            Title = title ?? $"Title of {name}",
            Outlet = outlet,
            Published = PublicationDate.TryParseIso(published, out var d) ? d : null,
        };
        var analyzed = new AnalyzedArticle(article);
        if (layers is not null)
            analyzed = layers(analyzed);
        return new NewArticle(analyzed, ArticleIdentity.Of(article), version, story, null);
    }

    [Fact]
    public async Task An_empty_store_holds_nothing()
    {
        await using var s = await OpenAsync();
        Assert.Equal(0, (await s.CountsAsync()).Articles);
        Assert.Empty(await s.StoriesAsync(new StoreFilter(), StoryOrder.Newest, 10));
        Assert.Empty(await s.SearchAsync("anything", new StoreFilter(), 10));
        Assert.Null(await s.ArticleAsync("missing"));
        Assert.Null(await s.StoryAsync(1));
        Assert.Null(await s.LatestAsync("url:example.com/x"));
    }

    [Fact]
    public async Task An_article_and_its_analysis_read_back_as_written()
    {
        const string text = "Mayor Ilse Varga said: \"We will rebuild the bridge.\" About 1,200 people crossed it on Monday, Radio Tarn reports.";
        var item = Item("bridge", text, 1, url: "https://news.example/bridge", outlet: "Tarn Herald", published: "2025-02-03T08:15:00+01:00",
            layers: a => a
                .With(Layers.Sentences, [new TextSpan(0, 53)])
                .With(Layers.Entities, [new EntityMention(new TextSpan(6, 16), "Ilse Varga", "Ilse Varga", EntityType.Person) { Role = "mayor" }])
                .With(Layers.Quotes, [new Quote(new TextSpan(24, 51), "We will rebuild the bridge.", true)
                {
                    Speaker = "Ilse Varga", SpeakerSpan = new TextSpan(6, 16), CueSpan = new TextSpan(17, 21),
                }])
                .With(Layers.Quantities, [new Quantity(new TextSpan(53, 71), "About 1,200 people", 1200) { Unit = "people", Approximation = "about" }])
                .With(Layers.Dates, [new TimeExpression(new TextSpan(87, 96), "on Monday", TimexType.Date, "2025-02-03")])
                .With(Layers.Citations, [new Citation(new TextSpan(98, 108), "Radio Tarn")]));
        var article = item.Article with { Authors = ["Ada Lind", "Bo Kers"], Dateline = "TARN", Section = "Local" };
        var analysis = item.Analysis.WithArticle(article);
        await using (var s = await OpenAsync())
            await s.WriteAsync([item with { Analysis = analysis }]);

        await using var store = await OpenAsync();
        var back = await store.ArticleAsync("bridge");
        Assert.NotNull(back);
        var a = back.Article;
        Assert.Equal(text, a.Text);
        Assert.Equal("https://news.example/bridge", a.Url);
        Assert.Equal("Tarn Herald", a.Outlet);
        Assert.Equal("2025-02-03T08:15:00+01:00", a.Published?.ToIso());
        Assert.Equal(["Ada Lind", "Bo Kers"], a.Authors);
        Assert.Equal("TARN", a.Dateline);
        Assert.Equal("Local", a.Section);
        Assert.Equal(1, back.StoryId);
        Assert.Equal(1, back.Version);
        Assert.Null(back.SupersededBy);
        var x = back.Analysis;
        Assert.Equal([new TextSpan(0, 53)], x.Sentences);
        Assert.Equal("mayor", Assert.Single(x.Entities).Role);
        var q = Assert.Single(x.Quotes);
        Assert.Equal(("Ilse Varga", new TextSpan(6, 16), new TextSpan(17, 21), true), (q.Speaker, q.SpeakerSpan, q.CueSpan, q.Direct));
        var n = Assert.Single(x.Quantities);
        Assert.Equal((1200.0, (double?)null, "people", "about"), (n.Value, n.High, n.Unit, n.Approximation));
        Assert.Equal(new TimeExpression(new TextSpan(87, 96), "on Monday", TimexType.Date, "2025-02-03"), Assert.Single(x.Dates));
        Assert.Equal("Radio Tarn", Assert.Single(x.Citations).Outlet);
        Assert.Equal("2025-02-03T08:15:00+01:00", x.ReferenceDate?.ToIso());
    }

    [Fact]
    public async Task A_new_version_supersedes_the_old_one_in_its_story()
    {
        await using var s = await OpenAsync();
        var v1 = Item("page", "The council met on Tuesday and voted on the budget.", 1, url: "https://a.example/page", published: "2025-01-07");
        await s.WriteAsync([v1]);
        var v2 = Item("page", "The council met on Tuesday and rejected the budget.", 1, url: "https://a.example/page", version: 2, published: "2025-01-08");
        await s.WriteAsync([v2]);

        Assert.Equal(1, (await s.FindAsync(v1.Identity.Key, v1.Identity.ContentHash))?.Version);
        Assert.Equal(2, (await s.FindAsync(v2.Identity.Key, v2.Identity.ContentHash))?.Version);
        Assert.Null(await s.FindAsync(v2.Identity.Key, "0000"));
        var latest = await s.LatestAsync(v2.Identity.Key);
        Assert.NotNull(latest);
        Assert.Equal((2, v2.Identity.ContentHash), (latest.Version, latest.ContentHash));
        Assert.Contains("rejected", (await s.ArticleAsync("page"))!.Article.Text, StringComparison.Ordinal);
        var members = await s.StoryArticlesAsync(1);
        Assert.Equal(2, Assert.Single(members).Version);
        Assert.Equal(new StoreCounts(2, 1, 1, (await s.CountsAsync()).SchemaVersion), await s.CountsAsync());
        var story = (await s.StoryAsync(1))!;
        Assert.Equal((1, "2025-01-08", "2025-01-08"), (story.Articles, story.FirstPublished, story.LastPublished));
        Assert.Empty(await s.SearchAsync("voted", new StoreFilter(), 10));
        Assert.Single(await s.SearchAsync("rejected", new StoreFilter(), 10));
        var all = await s.ReadAllAsync().ToListAsync();
        Assert.Equal([1, 2], all.Select(a => a.Version));
        Assert.NotNull(all[0].SupersededBy);
        // Every version of the article, oldest first, with its own text.
        var versions = await s.VersionsAsync("page");
        Assert.Equal([1, 2], versions.Select(a => a.Version));
        Assert.Contains("voted", versions[0].Article.Text, StringComparison.Ordinal);
        Assert.Contains("rejected", versions[1].Article.Text, StringComparison.Ordinal);
        Assert.Empty(await s.VersionsAsync("no-such-article"));
    }

    [Fact]
    public async Task A_story_sums_up_its_articles_outlets_and_days()
    {
        await using var s = await OpenAsync();
        await s.WriteAsync([
            Item("b", "Later report on the flood.", 4, title: "Flood: later", outlet: "Ember Post", published: "2025-03-12T10:00:00Z"),
            Item("a", "First report on the flood.", 4, title: "Flood: first", outlet: "Ember Post", published: "2025-03-11T09:00:00Z"),
            Item("c", "A third report on the flood.", 4, title: "Flood: third", outlet: "ember post", published: "2025-03-13"),
            Item("d", "Another outlet on the flood.", 4, title: "Flood elsewhere", outlet: "Coastline Radio", published: "2025-03-12"),
        ]);
        var story = (await s.StoryAsync(4))!;
        Assert.Equal("s4", story.Key);
        Assert.Equal(4, story.Articles);
        Assert.Equal(2, story.Outlets);
        Assert.Equal("2025-03-11T09:00:00Z", story.FirstPublished);
        Assert.Equal("2025-03-13", story.LastPublished);
        Assert.Equal("Flood: first", story.Title);
        Assert.Equal(["a", "d", "b", "c"], (await s.StoryArticlesAsync(4)).Select(a => a.Key));
        Assert.Equal(["a", "d", "b", "c"], (await s.StoryMembersAsync(4)).Select(a => a.Id));
    }

    [Fact]
    public async Task Stories_list_newest_or_busiest_first_with_paging()
    {
        await using var s = await OpenAsync();
        await s.WriteAsync([
            Item("old1", "Old story one.", 1, published: "2024-05-01"),
            Item("old2", "Old story two.", 1, published: "2024-05-02"),
            Item("old3", "Old story three.", 1, published: "2024-05-02"),
            Item("new1", "New story.", 2, published: "2025-05-01"),
            Item("mid1", "Middle story.", 3, published: "2024-12-01"),
            Item("mid2", "Middle story again.", 3, published: "2024-12-02"),
        ]);
        Assert.Equal([2, 3, 1], (await s.StoriesAsync(new StoreFilter(), StoryOrder.Newest, 10)).Select(x => x.Id));
        Assert.Equal([1, 3, 2], (await s.StoriesAsync(new StoreFilter(), StoryOrder.Busiest, 10)).Select(x => x.Id));
        Assert.Equal([3], (await s.StoriesAsync(new StoreFilter(), StoryOrder.Busiest, 1, offset: 1)).Select(x => x.Id));
    }

    [Fact]
    public async Task Stories_filter_by_outlet_days_and_entity()
    {
        await using var s = await OpenAsync();
        await s.WriteAsync([
            Item("x1", "Talks resumed in Velmora.", 1, outlet: "North Wire", published: "2025-01-10",
                layers: a => a.With(Layers.Entities, [new EntityMention(new TextSpan(17, 24), "Velmora", "Velmora", EntityType.Place)])),
            Item("x2", "Strike at the port.", 2, outlet: "South Desk", published: "2025-02-20"),
            Item("x3", "The port strike goes on.", 2, outlet: "North Wire", published: "2025-02-22"),
        ]);
        Assert.Equal([2, 1], await Ids(s, new StoreFilter { Outlet = "north wire" }));
        Assert.Equal([2], await Ids(s, new StoreFilter { Outlet = "South Desk" }));
        Assert.Equal([2], await Ids(s, new StoreFilter { From = new DateOnly(2025, 2, 1) }));
        Assert.Equal([1], await Ids(s, new StoreFilter { To = new DateOnly(2025, 1, 10) }));
        Assert.Equal([2], await Ids(s, new StoreFilter { From = new DateOnly(2025, 2, 22), To = new DateOnly(2025, 2, 22) }));
        Assert.Equal([1], await Ids(s, new StoreFilter { Entity = "velmora" }));
        Assert.Empty(await Ids(s, new StoreFilter { Entity = "Nowhere" }));
        Assert.Empty(await Ids(s, new StoreFilter { Outlet = "South Desk", To = new DateOnly(2025, 1, 31) }));
    }

    private static async Task<List<long>> Ids(IStoryReader s, StoreFilter f) => (await s.StoriesAsync(f, StoryOrder.Newest, 10)).Select(x => x.Id).ToList();

    [Fact]
    public async Task Search_requires_every_word_and_phrase_and_honours_exclusions_prefixes_and_filters()
    {
        await using var s = await OpenAsync();
        await s.WriteAsync([
            Item("s1", "The harbour bridge closed after the storm damaged its cables.", 1, title: "Bridge closed", outlet: "Coast FM", published: "2025-04-01"),
            Item("s2", "Storm warnings were lifted on Friday; the ferry runs again.", 2, title: "Ferry back", outlet: "Bay Times", published: "2025-04-04"),
            Item("s3", "Engineers inspect the bridge cables this week.", 1, title: "Cables inspected", outlet: "Bay Times", published: "2025-04-02"),
        ]);
        Assert.Equal(["s1", "s3"], await Hits(s, "bridge cables"));
        Assert.Equal(["s1"], await Hits(s, "\"harbour bridge\""));
        Assert.Equal(["s3"], await Hits(s, "cables -storm"));
        Assert.Equal(["s1", "s2"], await Hits(s, "storm*"));
        Assert.Equal(["s3"], await Hits(s, "bridge", new StoreFilter { Outlet = "bay times" }));
        Assert.Equal(["s2"], await Hits(s, "storm", new StoreFilter { From = new DateOnly(2025, 4, 3) }));
        Assert.Empty(await Hits(s, "bridge ferry"));
        var hit = (await s.SearchAsync("ferry", new StoreFilter(), 10)).Single();
        Assert.Equal(("s2", 2L, "Ferry back", "Bay Times", "2025-04-04"), (hit.ArticleId, hit.StoryId, hit.Title, hit.Outlet, hit.Published));
        Assert.Contains("ferry", hit.Snippet, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bridge AND")]
    [InlineData("NEAR(bridge storm)")]
    [InlineData("\"unclosed phrase")]
    [InlineData("title:bridge")]
    [InlineData("(bridge OR")]
    [InlineData("^bridge")]
    [InlineData("-")]
    [InlineData("\"\"")]
    [InlineData("*")]
    public async Task Search_takes_any_text_as_words_never_as_query_syntax(string query)
    {
        await using var s = await OpenAsync();
        await s.WriteAsync([Item("q1", "The bridge reopened after the storm.", 1)]);
        var hits = await s.SearchAsync(query, new StoreFilter(), 10);
        Assert.True(hits.Count <= 1);
    }

    [Fact]
    public async Task Search_ranks_title_matches_first()
    {
        await using var s = await OpenAsync();
        await s.WriteAsync([
            Item("body", "Officials discussed the tunnel among many other matters, including roads and rail.", 1, title: "Council roundup"),
            Item("head", "The project was approved on Monday.", 2, title: "Tunnel approved"),
        ]);
        Assert.Equal(["head", "body"], (await s.SearchAsync("tunnel", new StoreFilter(), 10)).Select(h => h.ArticleId));
    }

    private static async Task<List<string>> Hits(IStoryReader s, string q, StoreFilter? f = null) =>
        (await s.SearchAsync(q, f ?? new StoreFilter(), 10)).Select(h => h.ArticleId).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task A_failing_batch_writes_nothing()
    {
        await using var s = await OpenAsync();
        await s.WriteAsync([Item("kept", "Kept from an earlier batch.", 1)]);
        var dup = Item("twin", "Same identity twice in one batch.", 2);
        var ex = await Assert.ThrowsAsync<StoreException>(async () => await s.WriteAsync([Item("fresh", "A fresh article.", 2), dup, dup]));
        Assert.Contains("not written", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, (await s.CountsAsync()).Articles);
        Assert.Null(await s.ArticleAsync("fresh"));
        Assert.Null(await s.StoryAsync(2));
        Assert.Empty(await s.SearchAsync("fresh", new StoreFilter(), 10));
        await s.WriteAsync([Item("after", "The store goes on after a failed batch.", 2)]);
        Assert.Equal(2, (await s.CountsAsync()).Articles);
    }

    [Fact]
    public async Task What_was_written_is_there_when_the_store_is_opened_again()
    {
        await using (var s = await OpenAsync())
            await s.WriteAsync([Item("p1", "Persisted text.", 3, url: "https://p.example/1")]);
        await using var again = await OpenAsync();
        Assert.Equal("Persisted text.", (await again.ArticleAsync("p1"))!.Article.Text);
        Assert.NotNull(await again.LatestAsync("url:p.example/1"));
        Assert.Equal(1, (await again.StoryAsync(3))!.Articles);
    }

    [Fact]
    public async Task Reassigning_moves_articles_and_updates_both_stories()
    {
        await using var s = await OpenAsync();
        await s.WriteAsync([Item("m1", "One.", 1, published: "2025-01-01"), Item("m2", "Two.", 1, published: "2025-01-02")]);
        var m2 = (await s.ReadAllAsync().ToListAsync()).Single(a => a.Key == "m2");
        await s.ReassignAsync(new Dictionary<long, long> { [m2.Id] = 5 });
        Assert.Equal(1, (await s.StoryAsync(1))!.Articles);
        Assert.Equal("2025-01-01", (await s.StoryAsync(1))!.LastPublished);
        Assert.Equal(["m2"], (await s.StoryArticlesAsync(5)).Select(a => a.Key));
        await s.ReassignAsync(new Dictionary<long, long> { [(await s.ReadAllAsync().ToListAsync()).Single(a => a.Key == "m1").Id] = 5 });
        Assert.Null(await s.StoryAsync(1));
        Assert.DoesNotContain((await s.StoriesAsync(new StoreFilter(), StoryOrder.Newest, 10)), x => x.Id == 1);
    }

    [Fact]
    public async Task Merges_written_with_a_batch_move_every_article_of_the_merged_story()
    {
        await using var s = await OpenAsync();
        await s.WriteAsync([Item("g1", "One.", 1, published: "2025-01-01"), Item("g2", "Two.", 2, published: "2025-01-02")]);
        await s.WriteAsync([Item("g3", "Three.", 2, published: "2025-01-03")], [(2, 1)]);
        Assert.Null(await s.StoryAsync(2));
        Assert.Equal(["g1", "g2", "g3"], (await s.StoryArticlesAsync(1)).Select(a => a.Key));
        Assert.Equal((3, "2025-01-03"), ((await s.StoryAsync(1))!.Articles, (await s.StoryAsync(1))!.LastPublished));
    }

    [Fact]
    public async Task A_near_duplicate_keeps_the_id_of_the_article_it_repeats()
    {
        await using var s = await OpenAsync();
        await s.WriteAsync([Item("wire", "The original wire text.", 1), Item("copy", "The original wire text, copied.", 1) with { DuplicateOf = "wire" }]);
        Assert.Equal("wire", (await s.ArticleAsync("copy"))!.DuplicateOf);
        Assert.Null((await s.ArticleAsync("wire"))!.DuplicateOf);
    }

    [Fact]
    public async Task An_id_is_taken_only_by_another_identity()
    {
        await using var s = await OpenAsync();
        var item = Item("shared-name", "Text one.", 1, url: "https://n.example/1");
        await s.WriteAsync([item]);
        Assert.False(await s.NameTakenAsync("shared-name", item.Identity.Key));
        Assert.True(await s.NameTakenAsync("shared-name", "url:n.example/2"));
        Assert.False(await s.NameTakenAsync("other-name", "url:n.example/2"));
    }

    [Fact]
    public async Task A_batch_lookup_answers_as_the_single_lookups_do()
    {
        await using var s = await OpenAsync();
        var v1 = Item("ferry", "The ferry sailed at noon with forty passengers.", 1, url: "https://f.example/ferry", published: "2025-03-01");
        await s.WriteAsync([v1]);
        var v2 = Item("ferry", "The ferry sailed at noon with forty-two passengers.", 1, url: "https://f.example/ferry", version: 2, published: "2025-03-01");
        var other = Item("harbour", "The harbour reopened after the storm.", 2, url: "https://f.example/harbour", published: "2025-03-02");
        await s.WriteAsync([v2, other]);

        ArticleProbe[] probes =
        [
            new(v1.Identity.Key, v1.Identity.ContentHash, "ferry"),       // an old version's content: seen
            new(v2.Identity.Key, "0000", "ferry"),                          // new content of a known identity
            new("url:f.example/new", "1111", "harbour"),                    // a new identity wanting a taken id
            new("url:f.example/new", "1111", "quay"),                       // a new identity with a free id
            new(other.Identity.Key, other.Identity.ContentHash, "harbour"), // its own id is not taken from it
        ];
        var answers = await s.LookupAsync(probes);

        Assert.Equal(probes.Length, answers.Count);
        for (int i = 0; i < probes.Length; i++)
        {
            var p = probes[i];
            Assert.Equal(await s.FindAsync(p.IdentityKey, p.ContentHash), answers[i].Seen);
            Assert.Equal(await s.LatestAsync(p.IdentityKey), answers[i].Latest);
            Assert.Equal(await s.NameTakenAsync(p.Name, p.IdentityKey), answers[i].NameTaken);
        }
        Assert.Equal(1, answers[0].Seen?.Version);
        Assert.Equal((null, 2), (answers[1].Seen, answers[1].Latest?.Version));
        Assert.Equal((null, null, true), (answers[2].Seen, answers[2].Latest, answers[2].NameTaken));
        Assert.False(answers[3].NameTaken);
        Assert.False(answers[4].NameTaken);
        Assert.Empty(await s.LookupAsync([]));
    }

    [Fact]
    public async Task The_last_story_id_is_the_highest_ever_handed_out_even_once_its_story_is_empty()
    {
        await using var s = await OpenAsync();
        Assert.Equal(0, await s.LastStoryIdAsync());
        await s.WriteAsync([Item("l1", "One.", 3), Item("l2", "Two.", 7)]);
        Assert.Equal(7, await s.LastStoryIdAsync());
        await s.ReassignAsync(new Dictionary<long, long> { [(await s.ArticleAsync("l2"))!.Id] = 3 });
        Assert.Null(await s.StoryAsync(7));
        Assert.Equal(7, await s.LastStoryIdAsync());
    }

    [Fact]
    public async Task The_grouper_state_saved_with_a_batch_is_there_when_the_store_is_opened_again()
    {
        await using (var s = await OpenAsync())
        {
            Assert.Null(await s.LoadCheckpointAsync());
            long seen = -1;
            long last = await s.WriteAsync([Item("c1", "One.", 1), Item("c2", "Two.", 2)], checkpoint: id => { seen = id; return new Checkpoint([1, 2, 3]); });
            Assert.Equal(last, seen);
            await s.WriteAsync([Item("c3", "Three.", 2)], checkpoint: _ => new Checkpoint([4, 5]));
        }
        await using var again = await OpenAsync();
        Assert.Equal([4, 5], await again.LoadCheckpointAsync());
    }

    [Fact]
    public async Task A_failing_batch_saves_no_grouper_state()
    {
        await using var s = await OpenAsync();
        await s.WriteAsync([Item("k1", "Kept.", 1)], checkpoint: _ => new Checkpoint([7]) { Parts = [new(1, [70])] });
        var dup = Item("k2", "Twice in one batch.", 2);
        await Assert.ThrowsAsync<StoreException>(async () => await s.WriteAsync([dup, dup], checkpoint: _ => new Checkpoint([8]) { Parts = [new(1, [80]), new(2, [81])] }));
        Assert.Equal([7], await s.LoadCheckpointAsync());
        var parts = await s.LoadCheckpointPartsAsync([1, 2]);
        Assert.Equal([1], parts.Keys);
        Assert.Equal([70], parts[1]);
    }

    [Fact]
    public async Task A_checkpoint_part_replaces_the_part_of_its_key_and_the_others_stay()
    {
        await using (var s = await OpenAsync())
        {
            Assert.Empty(await s.LoadCheckpointPartsAsync([-1, 1]));
            await s.WriteAsync([Item("p1", "One.", 1)], checkpoint: _ => new Checkpoint([1]) { Parts = [new(-1, [9]), new(1, [10]), new(2, [20])] });
            await s.WriteAsync([Item("p2", "Two.", 1)], checkpoint: _ => new Checkpoint([2]) { Parts = [new(2, [21, 22]), new(3, [30])] });
            // A batch without a checkpoint leaves the parts alone.
            await s.WriteAsync([Item("p3", "Three.", 1)]);
        }
        await using var again = await OpenAsync();
        var parts = await again.LoadCheckpointPartsAsync([-1, 1, 2, 3, 4]);
        Assert.Equal([-1, 1, 2, 3], parts.Keys.Order());
        Assert.Equal([9], parts[-1]);
        Assert.Equal([10], parts[1]);
        Assert.Equal([21, 22], parts[2]);
        Assert.Equal([30], parts[3]);
        Assert.Equal([2], await again.LoadCheckpointAsync());
    }

    [Fact]
    public async Task One_writer_at_a_time_and_the_next_is_told_why()
    {
        await using var s = await OpenAsync();
        await using var other = await OpenAsync();
        var held = await s.AcquireWriterAsync(TimeSpan.FromSeconds(1));
        var e = await Assert.ThrowsAsync<StoreException>(async () => await other.AcquireWriterAsync(TimeSpan.FromMilliseconds(200)));
        Assert.EndsWith("another ingest is writing to this store; run this one when it has finished", e.Message, StringComparison.Ordinal);
        held.Dispose();
        (await other.AcquireWriterAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task Read_all_follows_ingest_order_and_can_resume_after_an_id()
    {
        await using var s = await OpenAsync();
        await s.WriteAsync([Item("r1", "First.", 1), Item("r2", "Second.", 2)]);
        await s.WriteAsync([Item("r3", "Third.", 1)]);
        var all = await s.ReadAllAsync().ToListAsync();
        Assert.Equal(["r1", "r2", "r3"], all.Select(a => a.Key));
        Assert.Equal(["r3"], (await s.ReadAllAsync(all[1].Id).ToListAsync()).Select(a => a.Key));
    }
}
