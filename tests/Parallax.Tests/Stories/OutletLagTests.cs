using Parallax.Model;
using Parallax.Stories;

namespace Parallax.Tests.Stories;

public class OutletLagTests
{
    private static readonly StoryGroupingOptions NoLags = StoryGroupingOptions.Default with { LearnOutletLags = false };

    /// <summary>Feeds the stream and returns, per event, the stories its reports ended in.</summary>
    private static (StoryGrouper Grouper, Dictionary<int, HashSet<int>> Stories) Run(List<(StoryDocument Doc, int Event)> stream, StoryGroupingOptions? options = null)
    {
        var g = new StoryGrouper(options);
        var ordinals = stream.Select(r => (g.Add(r.Doc).Article, r.Event)).ToList();
        var stories = ordinals.GroupBy(o => o.Event).ToDictionary(e => e.Key, e => e.Select(o => g.StoryOf(o.Article)).ToHashSet());
        return (g, stories);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_late_outlets_reports_join_their_events_once_its_delay_is_learned(int delay)
    {
        var events = LateOutletEvents.Events(16);
        var stream = LateOutletEvents.Stream(events, ("Harbour Herald", 0), ("Evening Courier", 0), ("Valley Weekly", delay));

        var (g, stories) = Run(stream);
        Assert.Equal(delay, g.LagOf("Valley Weekly"));
        Assert.Equal(0, g.LagOf("Evening Courier"));
        // Every event is one story, the weekly's first reports too (folded once its delay was known).
        Assert.All(stories, e => Assert.Single(e.Value));
        Assert.Equal(events.Count, g.StoryCount);

        // Without the learned delay, time keeps the weekly's reports out of their events.
        var (plain, apart) = Run(stream, NoLags);
        Assert.Equal(0, plain.LagOf("Valley Weekly"));
        Assert.True(apart.Count(e => e.Value.Count > 1) >= events.Count / 2, $"{apart.Count(e => e.Value.Count > 1)} events split");
    }

    [Fact]
    public void An_outlet_that_sometimes_follows_up_a_day_later_is_not_moved()
    {
        var events = LateOutletEvents.Events(18);
        var stream = LateOutletEvents.Stream(events, ("Harbour Herald", 0), ("Evening Courier", 0));
        // A follow-up the next day on every third event, by an outlet that also reported it on the day.
        stream.AddRange(events.Where(e => e.Index % 3 == 0).Select(e => (LateOutletEvents.Report(e, 2, "Evening Courier", 1), e.Index)));
        stream = [.. stream.OrderBy(r => r.Doc.Time)];

        var (g, stories) = Run(stream);
        Assert.Equal(0, g.LagOf("Evening Courier"));
        Assert.Equal(0, g.LagOf("Harbour Herald"));
    }

    [Fact]
    public void Reports_of_outlets_that_are_not_named_are_never_moved()
    {
        var events = LateOutletEvents.Events(12);
        var stream = LateOutletEvents.Stream(events, ("Harbour Herald", 0), ("Evening Courier", 0), ("Valley Weekly", 2))
            .Select(r => (r.Doc.Outlet == "Valley Weekly" ? r.Doc with { Outlet = null } : r.Doc, r.Event)).ToList();
        var (lags, _) = Run(stream);
        var (plain, _) = Run(stream, NoLags);
        Assert.Equal(plain.StoryCount, lags.StoryCount);
    }

    [Fact]
    public void A_delay_needs_three_observations_and_three_in_four_agreeing()
    {
        var lags = new OutletLags();
        lags.Observe("Weekly", 2, 1, 0);
        lags.Observe("Weekly", 2, 2, 0);
        Assert.Equal(0, lags.Lag("Weekly"));
        lags.Observe("Weekly", 0, 3, 0);
        Assert.Equal(0, lags.Lag("Weekly"));
        lags.Observe("Weekly", 2, 4, 0);
        Assert.Equal(2, lags.Lag("weekly"));
        Assert.Equal([1, 2, 4], lags.Observations("Weekly", 2).Select(o => o.Story));
        Assert.Equal(0, lags.Lag("Daily"));
        Assert.Equal(0, lags.Lag(null));
    }

    [Fact]
    public void Scattered_delays_and_an_outlet_on_time_give_no_delay()
    {
        var lags = new OutletLags();
        foreach (int d in new[] { 0, 2, 1, 3, 2, 0, 1, 2, 3 })
            lags.Observe("Wire", d, 0, 0);
        foreach (int d in new[] { 0, 0, 0, 1, 0 })
            lags.Observe("Daily", d, 0, 0);
        Assert.Equal(0, lags.Lag("Wire"));
        Assert.Equal(0, lags.Lag("Daily"));
    }

    [Fact]
    public void The_delay_follows_an_outlet_that_stops_being_late()
    {
        var lags = new OutletLags();
        for (int i = 0; i < 9; i++)
            lags.Observe("Weekly", 1, i, 0);
        Assert.Equal(1, lags.Lag("Weekly"));
        for (int i = 0; i < 7; i++)
            lags.Observe("Weekly", 0, i, 0);
        Assert.Equal(0, lags.Lag("Weekly"));
    }

    [Fact]
    public void Learned_delays_are_written_and_read_back()
    {
        var lags = new OutletLags();
        foreach (int d in new[] { 2, 2, 2, 5 })
            lags.Observe("Weekly", d, 7, 3);
        lags.Observe("Daily", 0, 1, 1);
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
            lags.WriteTo(w);
        var back = new OutletLags();
        buffer.Position = 0;
        using (var r = new BinaryReader(buffer))
            back.ReadFrom(r);
        Assert.Equal(2, back.Lag("Weekly"));
        Assert.Equal(2, back.Count);
        Assert.Equal(lags.Observations("Weekly", 2), back.Observations("Weekly", 2));
    }

    [Fact]
    public void A_restored_grouper_keeps_the_delays_it_learned()
    {
        var events = LateOutletEvents.Events(20);
        var stream = LateOutletEvents.Stream(events, ("Harbour Herald", 0), ("Evening Courier", 0), ("Valley Weekly", 2));
        var whole = new StoryGrouper();
        var expected = stream.Select(r => whole.Add(r.Doc)).Select(a => (a.Story, a.Opened)).ToList();

        var first = new StoryGrouper();
        int half = stream.Count / 2;
        foreach (var r in stream.Take(half))
            first.Add(r.Doc);
        Assert.Equal(2, first.LagOf("Valley Weekly"));
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
            first.SaveState(w);
        buffer.Position = 0;
        using var reader = new BinaryReader(buffer);
        var restored = StoryGrouper.LoadState(reader)!;
        Assert.Equal(2, restored.LagOf("Valley Weekly"));
        Assert.Equal(expected.Skip(half), stream.Skip(half).Select(r => restored.Add(r.Doc)).Select(a => (a.Story, a.Opened)));
    }

    [Theory]
    [InlineData("Harbour Herald", "https://www.herald.example/a/1", "Harbour Herald")]
    [InlineData(null, "https://www.herald.example/a/1", "herald.example")]
    [InlineData("  ", "https://news.courier.example/x", "news.courier.example")]
    [InlineData(null, "not an address", null)]
    [InlineData(null, null, null)]
    public void The_outlet_is_the_one_named_else_the_sites_host(string? outlet, string? url, string? expected)
    {
        var article = new Article { Id = "a", Source = "a.txt", Text = "Text.", Outlet = outlet, Url = url };
        Assert.Equal(expected, StoryDocument.OutletOf(article));
    }
}
