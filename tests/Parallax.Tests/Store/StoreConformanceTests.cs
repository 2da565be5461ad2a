using Parallax.Analysis;
using Parallax.Model;
using Parallax.Store;

namespace Parallax.Tests.Store;

/// <summary>
/// The store's behaviour, as every engine must show it. An engine's tests derive from this class and say
/// how to open a store; the same facts then run against each (SQLite now, PostgreSQL to come).
/// </summary>
public abstract class StoreConformanceTests
{
    /// <summary>Opens the test's store; a second call opens the same store again (to see what persisted).</summary>
    protected abstract IStoryStore Open();

    internal static NewArticle Item(string name, string text, long story, string? url = null, int version = 1, string? title = null,
        string? outlet = null, string? published = null, Action<AnalyzedArticle>? layers = null)
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
        layers?.Invoke(analyzed);
        return new NewArticle(analyzed, ArticleIdentity.Of(article), version, story, null);
    }

    [Fact]
    public void An_empty_store_holds_nothing()
    {
        using var s = Open();
        Assert.Equal(0, s.Counts().Articles);
        Assert.Empty(s.Stories(new StoreFilter(), StoryOrder.Newest, 10));
        Assert.Empty(s.Search("anything", new StoreFilter(), 10));
        Assert.Null(s.Article("missing"));
        Assert.Null(s.Story(1));
        Assert.Null(s.Latest("url:example.com/x"));
    }

    [Fact]
    public void An_article_and_its_analysis_read_back_as_written()
    {
        const string text = "Mayor Ilse Varga said: \"We will rebuild the bridge.\" About 1,200 people crossed it on Monday, Radio Tarn reports.";
        var item = Item("bridge", text, 1, url: "https://news.example/bridge", outlet: "Tarn Herald", published: "2025-02-03T08:15:00+01:00",
            layers: a =>
            {
                a.Sentences.Add(new TextSpan(0, 53));
                a.Entities.Add(new EntityMention(new TextSpan(6, 16), "Ilse Varga", "Ilse Varga", EntityType.Person) { Role = "mayor" });
                a.Quotes.Add(new Quote(new TextSpan(24, 51), "We will rebuild the bridge.", true)
                {
                    Speaker = "Ilse Varga", SpeakerSpan = new TextSpan(6, 16), CueSpan = new TextSpan(17, 21),
                });
                a.Quantities.Add(new Quantity(new TextSpan(53, 71), "About 1,200 people", 1200) { Unit = "people", Approximation = "about" });
                a.Dates.Add(new TimeExpression(new TextSpan(87, 96), "on Monday", TimexType.Date, "2025-02-03"));
                a.Citations.Add(new Citation(new TextSpan(98, 108), "Radio Tarn"));
            });
        var article = item.Article with { Authors = ["Ada Lind", "Bo Kers"], Dateline = "TARN", Section = "Local" };
        var analysis = new AnalyzedArticle(article);
        CopyLayers(item.Analysis, analysis);
        using (var s = Open())
            s.Write([item with { Analysis = analysis }]);

        using var store = Open();
        var back = store.Article("bridge");
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

    private static void CopyLayers(AnalyzedArticle from, AnalyzedArticle to)
    {
        to.Sentences.AddRange(from.Sentences);
        to.Entities.AddRange(from.Entities);
        to.Quotes.AddRange(from.Quotes);
        to.Quantities.AddRange(from.Quantities);
        to.Dates.AddRange(from.Dates);
        to.Citations.AddRange(from.Citations);
    }

    [Fact]
    public void A_new_version_supersedes_the_old_one_in_its_story()
    {
        using var s = Open();
        var v1 = Item("page", "The council met on Tuesday and voted on the budget.", 1, url: "https://a.example/page", published: "2025-01-07");
        s.Write([v1]);
        var v2 = Item("page", "The council met on Tuesday and rejected the budget.", 1, url: "https://a.example/page", version: 2, published: "2025-01-08");
        s.Write([v2]);

        Assert.Equal(1, s.Find(v1.Identity.Key, v1.Identity.ContentHash)?.Version);
        Assert.Equal(2, s.Find(v2.Identity.Key, v2.Identity.ContentHash)?.Version);
        Assert.Null(s.Find(v2.Identity.Key, "0000"));
        var latest = s.Latest(v2.Identity.Key);
        Assert.NotNull(latest);
        Assert.Equal((2, v2.Identity.ContentHash), (latest.Version, latest.ContentHash));
        Assert.Contains("rejected", s.Article("page")!.Article.Text, StringComparison.Ordinal);
        var members = s.StoryArticles(1);
        Assert.Equal(2, Assert.Single(members).Version);
        Assert.Equal(new StoreCounts(2, 1, 1, s.Counts().SchemaVersion), s.Counts());
        var story = s.Story(1)!;
        Assert.Equal((1, "2025-01-08", "2025-01-08"), (story.Articles, story.FirstPublished, story.LastPublished));
        Assert.Empty(s.Search("voted", new StoreFilter(), 10));
        Assert.Single(s.Search("rejected", new StoreFilter(), 10));
        var all = s.ReadAll().ToList();
        Assert.Equal([1, 2], all.Select(a => a.Version));
        Assert.NotNull(all[0].SupersededBy);
    }

    [Fact]
    public void A_story_sums_up_its_articles_outlets_and_days()
    {
        using var s = Open();
        s.Write([
            Item("b", "Later report on the flood.", 4, title: "Flood: later", outlet: "Ember Post", published: "2025-03-12T10:00:00Z"),
            Item("a", "First report on the flood.", 4, title: "Flood: first", outlet: "Ember Post", published: "2025-03-11T09:00:00Z"),
            Item("c", "A third report on the flood.", 4, title: "Flood: third", outlet: "ember post", published: "2025-03-13"),
            Item("d", "Another outlet on the flood.", 4, title: "Flood elsewhere", outlet: "Coastline Radio", published: "2025-03-12"),
        ]);
        var story = s.Story(4)!;
        Assert.Equal("s4", story.Key);
        Assert.Equal(4, story.Articles);
        Assert.Equal(2, story.Outlets);
        Assert.Equal("2025-03-11T09:00:00Z", story.FirstPublished);
        Assert.Equal("2025-03-13", story.LastPublished);
        Assert.Equal("Flood: first", story.Title);
        Assert.Equal(["a", "d", "b", "c"], s.StoryArticles(4).Select(a => a.Key));
        Assert.Equal(["a", "d", "b", "c"], s.StoryMembers(4).Select(a => a.Id));
    }

    [Fact]
    public void Stories_list_newest_or_busiest_first_with_paging()
    {
        using var s = Open();
        s.Write([
            Item("old1", "Old story one.", 1, published: "2024-05-01"),
            Item("old2", "Old story two.", 1, published: "2024-05-02"),
            Item("old3", "Old story three.", 1, published: "2024-05-02"),
            Item("new1", "New story.", 2, published: "2025-05-01"),
            Item("mid1", "Middle story.", 3, published: "2024-12-01"),
            Item("mid2", "Middle story again.", 3, published: "2024-12-02"),
        ]);
        Assert.Equal([2, 3, 1], s.Stories(new StoreFilter(), StoryOrder.Newest, 10).Select(x => x.Id));
        Assert.Equal([1, 3, 2], s.Stories(new StoreFilter(), StoryOrder.Busiest, 10).Select(x => x.Id));
        Assert.Equal([3], s.Stories(new StoreFilter(), StoryOrder.Busiest, 1, offset: 1).Select(x => x.Id));
    }

    [Fact]
    public void Stories_filter_by_outlet_days_and_entity()
    {
        using var s = Open();
        s.Write([
            Item("x1", "Talks resumed in Velmora.", 1, outlet: "North Wire", published: "2025-01-10",
                layers: a => a.Entities.Add(new EntityMention(new TextSpan(17, 24), "Velmora", "Velmora", EntityType.Place))),
            Item("x2", "Strike at the port.", 2, outlet: "South Desk", published: "2025-02-20"),
            Item("x3", "The port strike goes on.", 2, outlet: "North Wire", published: "2025-02-22"),
        ]);
        Assert.Equal([2, 1], Ids(s, new StoreFilter { Outlet = "north wire" }));
        Assert.Equal([2], Ids(s, new StoreFilter { Outlet = "South Desk" }));
        Assert.Equal([2], Ids(s, new StoreFilter { From = new DateOnly(2025, 2, 1) }));
        Assert.Equal([1], Ids(s, new StoreFilter { To = new DateOnly(2025, 1, 10) }));
        Assert.Equal([2], Ids(s, new StoreFilter { From = new DateOnly(2025, 2, 22), To = new DateOnly(2025, 2, 22) }));
        Assert.Equal([1], Ids(s, new StoreFilter { Entity = "velmora" }));
        Assert.Empty(Ids(s, new StoreFilter { Entity = "Nowhere" }));
        Assert.Empty(Ids(s, new StoreFilter { Outlet = "South Desk", To = new DateOnly(2025, 1, 31) }));
    }

    private static List<long> Ids(IStoryStore s, StoreFilter f) => s.Stories(f, StoryOrder.Newest, 10).Select(x => x.Id).ToList();

    [Fact]
    public void Search_requires_every_word_and_phrase_and_honours_exclusions_prefixes_and_filters()
    {
        using var s = Open();
        s.Write([
            Item("s1", "The harbour bridge closed after the storm damaged its cables.", 1, title: "Bridge closed", outlet: "Coast FM", published: "2025-04-01"),
            Item("s2", "Storm warnings were lifted on Friday; the ferry runs again.", 2, title: "Ferry back", outlet: "Bay Times", published: "2025-04-04"),
            Item("s3", "Engineers inspect the bridge cables this week.", 1, title: "Cables inspected", outlet: "Bay Times", published: "2025-04-02"),
        ]);
        Assert.Equal(["s1", "s3"], Hits(s, "bridge cables"));
        Assert.Equal(["s1"], Hits(s, "\"harbour bridge\""));
        Assert.Equal(["s3"], Hits(s, "cables -storm"));
        Assert.Equal(["s1", "s2"], Hits(s, "storm*"));
        Assert.Equal(["s3"], Hits(s, "bridge", new StoreFilter { Outlet = "bay times" }));
        Assert.Equal(["s2"], Hits(s, "storm", new StoreFilter { From = new DateOnly(2025, 4, 3) }));
        Assert.Empty(Hits(s, "bridge ferry"));
        var hit = s.Search("ferry", new StoreFilter(), 10).Single();
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
    public void Search_takes_any_text_as_words_never_as_query_syntax(string query)
    {
        using var s = Open();
        s.Write([Item("q1", "The bridge reopened after the storm.", 1)]);
        var hits = s.Search(query, new StoreFilter(), 10);
        Assert.True(hits.Count <= 1);
    }

    [Fact]
    public void Search_ranks_title_matches_first()
    {
        using var s = Open();
        s.Write([
            Item("body", "Officials discussed the tunnel among many other matters, including roads and rail.", 1, title: "Council roundup"),
            Item("head", "The project was approved on Monday.", 2, title: "Tunnel approved"),
        ]);
        Assert.Equal(["head", "body"], s.Search("tunnel", new StoreFilter(), 10).Select(h => h.ArticleId));
    }

    private static List<string> Hits(IStoryStore s, string q, StoreFilter? f = null) =>
        s.Search(q, f ?? new StoreFilter(), 10).Select(h => h.ArticleId).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void A_failing_batch_writes_nothing()
    {
        using var s = Open();
        s.Write([Item("kept", "Kept from an earlier batch.", 1)]);
        var dup = Item("twin", "Same identity twice in one batch.", 2);
        var ex = Assert.Throws<StoreException>(() => s.Write([Item("fresh", "A fresh article.", 2), dup, dup]));
        Assert.Contains("not written", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, s.Counts().Articles);
        Assert.Null(s.Article("fresh"));
        Assert.Null(s.Story(2));
        Assert.Empty(s.Search("fresh", new StoreFilter(), 10));
        s.Write([Item("after", "The store goes on after a failed batch.", 2)]);
        Assert.Equal(2, s.Counts().Articles);
    }

    [Fact]
    public void What_was_written_is_there_when_the_store_is_opened_again()
    {
        using (var s = Open())
            s.Write([Item("p1", "Persisted text.", 3, url: "https://p.example/1")]);
        using var again = Open();
        Assert.Equal("Persisted text.", again.Article("p1")!.Article.Text);
        Assert.NotNull(again.Latest("url:p.example/1"));
        Assert.Equal(1, again.Story(3)!.Articles);
    }

    [Fact]
    public void Reassigning_moves_articles_and_updates_both_stories()
    {
        using var s = Open();
        s.Write([Item("m1", "One.", 1, published: "2025-01-01"), Item("m2", "Two.", 1, published: "2025-01-02")]);
        var m2 = s.ReadAll().Single(a => a.Key == "m2");
        s.Reassign(new Dictionary<long, long> { [m2.Id] = 5 });
        Assert.Equal(1, s.Story(1)!.Articles);
        Assert.Equal("2025-01-01", s.Story(1)!.LastPublished);
        Assert.Equal(["m2"], s.StoryArticles(5).Select(a => a.Key));
        s.Reassign(new Dictionary<long, long> { [s.ReadAll().Single(a => a.Key == "m1").Id] = 5 });
        Assert.Null(s.Story(1));
        Assert.DoesNotContain(s.Stories(new StoreFilter(), StoryOrder.Newest, 10), x => x.Id == 1);
    }

    [Fact]
    public void Merges_written_with_a_batch_move_every_article_of_the_merged_story()
    {
        using var s = Open();
        s.Write([Item("g1", "One.", 1, published: "2025-01-01"), Item("g2", "Two.", 2, published: "2025-01-02")]);
        s.Write([Item("g3", "Three.", 2, published: "2025-01-03")], [(2, 1)]);
        Assert.Null(s.Story(2));
        Assert.Equal(["g1", "g2", "g3"], s.StoryArticles(1).Select(a => a.Key));
        Assert.Equal((3, "2025-01-03"), (s.Story(1)!.Articles, s.Story(1)!.LastPublished));
    }

    [Fact]
    public void A_near_duplicate_keeps_the_id_of_the_article_it_repeats()
    {
        using var s = Open();
        s.Write([Item("wire", "The original wire text.", 1), Item("copy", "The original wire text, copied.", 1) with { DuplicateOf = "wire" }]);
        Assert.Equal("wire", s.Article("copy")!.DuplicateOf);
        Assert.Null(s.Article("wire")!.DuplicateOf);
    }

    [Fact]
    public void An_id_is_taken_only_by_another_identity()
    {
        using var s = Open();
        var item = Item("shared-name", "Text one.", 1, url: "https://n.example/1");
        s.Write([item]);
        Assert.False(s.NameTaken("shared-name", item.Identity.Key));
        Assert.True(s.NameTaken("shared-name", "url:n.example/2"));
        Assert.False(s.NameTaken("other-name", "url:n.example/2"));
    }

    [Fact]
    public void Read_all_follows_ingest_order_and_can_resume_after_an_id()
    {
        using var s = Open();
        s.Write([Item("r1", "First.", 1), Item("r2", "Second.", 2)]);
        s.Write([Item("r3", "Third.", 1)]);
        var all = s.ReadAll().ToList();
        Assert.Equal(["r1", "r2", "r3"], all.Select(a => a.Key));
        Assert.Equal(["r3"], s.ReadAll(all[1].Id).Select(a => a.Key));
    }
}
