using System.Globalization;
using System.Text.Json;
using Parallax.Stories;
using Parallax.Tests.Store;
using Parallax.Tests.Support;

namespace Parallax.Tests.Stories;

public sealed class StoryGrouperStateTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>The generated stream as grouping reads it: many events over months, so stories merge, age out and compact.</summary>
    private List<StoryDocument> Documents(int count)
    {
        var path = StoreStreamGenerator.Write(_dir.Combine("stream.jsonl"), count);
        return File.ReadLines(path).Select(line =>
        {
            var o = JsonDocument.Parse(line).RootElement;
            var time = DateTime.Parse(o.GetProperty("published").GetString()!, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
            return new StoryDocument(o.GetProperty("title").GetString(), o.GetProperty("text").GetString()!, [], time);
        }).ToList();
    }

    private static byte[] Save(StoryGrouper g)
    {
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
            g.SaveState(w);
        return buffer.ToArray();
    }

    private static StoryGrouper? Load(byte[] state, StoryGroupingOptions? options = null)
    {
        using var r = new BinaryReader(new MemoryStream(state), System.Text.Encoding.UTF8);
        return StoryGrouper.LoadState(r, options);
    }

    /// <summary>
    /// A lower merge threshold than the default, so the generated stream merges stories (with the default the
    /// current model merges none there) and the saved state holds merged ones.
    /// </summary>
    private static readonly StoryGroupingOptions Merging = new() { MergeThreshold = 0.6 };

    private static string Describe(StoryAssignment a) => $"{a.Article} {a.Story} {a.Opened} {a.DuplicateOf} [{string.Join(',', a.Merged)}]";

    [Fact]
    public void A_restored_grouper_goes_on_exactly_as_the_saved_one_would_have()
    {
        var docs = Documents(2400);
        var whole = new StoryGrouper(Merging);
        var expected = docs.Select(d => Describe(whole.Add(d))).ToList();

        var first = new StoryGrouper(Merging);
        foreach (var d in docs.Take(1500))
            first.Add(d);
        var saved = Save(first);
        var restored = Load(saved, Merging)!;
        Assert.Equal(saved, Save(restored));
        var after = docs.Skip(1500).Select(d => Describe(restored.Add(d))).ToList();

        Assert.Equal(expected.Skip(1500), after);
        Assert.Equal(Save(whole), Save(restored));
        Assert.True(whole.Stories.Any(s => s!.Compacted) && whole.Stories.Any(s => s!.MergedInto is not null), "the stream should compact and merge stories");
    }

    private static byte[] Save(StoryGrouper g, List<KeyValuePair<int, byte[]>> parts)
    {
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
            g.SaveState(w, parts);
        return buffer.ToArray();
    }

    /// <summary>Adds an article as an ingest does: the candidates held in parts are read first, counted in <paramref name="read"/>.</summary>
    private static StoryAssignment AddReading(StoryGrouper g, StoryDocument doc, Dictionary<int, byte[]> parts, ref int read)
    {
        var placement = g.Prepare(g.Weigh(doc));
        foreach (int s in g.Unloaded(placement))
        {
            g.LoadStory(s, parts[s]);
            read++;
        }
        return g.Place(placement);
    }

    [Fact]
    public void Closed_stories_kept_in_parts_are_read_back_when_an_undated_article_reaches_one()
    {
        var docs = InventedEvents.Documents(2400);
        // Late in the stream, undated copies of articles of stories long closed: only the parts can place them.
        var stream = docs.Take(2000).Concat(docs.Take(40).Where((_, i) => i % 8 == 0).Select(d => d with { Time = null })).Concat(docs.Skip(2000)).ToList();
        var whole = new StoryGrouper();
        var expected = stream.Select(d => Describe(whole.Add(d))).ToList();

        var first = new StoryGrouper();
        foreach (var d in stream.Take(1500))
            first.Add(d);
        var parts = new List<KeyValuePair<int, byte[]>>();
        var saved = Save(first, parts);
        Assert.True(parts.Count > first.Stories.Count / 2, $"most stories are closed by then: {parts.Count} parts of {first.Stories.Count}");
        // Nothing changed since: saved again, no part is written again.
        var again = new List<KeyValuePair<int, byte[]>>();
        Assert.Equal(saved, Save(first, again));
        Assert.Empty(again);

        using var r = new BinaryReader(new MemoryStream(saved), System.Text.Encoding.UTF8);
        var restored = StoryGrouper.LoadState(r, withParts: true)!;
        Assert.Equal(parts.Count, restored.Stories.Count(s => s is null));
        var stored = parts.ToDictionary(p => p.Key, p => p.Value);
        int read = 0;
        var after = stream.Skip(1500).Select(d => Describe(AddReading(restored, d, stored, ref read))).ToList();

        Assert.Equal(expected.Skip(1500), after);
        Assert.InRange(read, 1, parts.Count / 4);
        // The undated copies joined the stories of the articles they copy, opened long before.
        var undated = Enumerable.Range(2000, 5).Select(i => whole.StoryOf(i)).ToList();
        Assert.All(undated, s => Assert.True(s < first.Stories.Count && stored.ContainsKey(s), $"story {s}: {string.Join(",", expected.Skip(2000).Take(5))}"));
    }

    [Fact]
    public void A_restored_grouper_with_parts_places_nothing_before_its_candidates_are_read()
    {
        var docs = InventedEvents.Documents(600);
        var g = new StoryGrouper();
        foreach (var d in docs)
            g.Add(d);
        var parts = new List<KeyValuePair<int, byte[]>>();
        using var r = new BinaryReader(new MemoryStream(Save(g, parts)), System.Text.Encoding.UTF8);
        var restored = StoryGrouper.LoadState(r, withParts: true)!;
        var copy = docs[0] with { Time = null };
        Assert.Throws<InvalidOperationException>(() => restored.Add(copy));
    }

    [Fact]
    public void A_state_saved_under_other_options_is_not_restored()
    {
        var g = new StoryGrouper();
        foreach (var d in Documents(50))
            g.Add(d);
        var saved = Save(g);
        Assert.NotNull(Load(saved));
        Assert.Null(Load(saved, StoryGroupingOptions.Default with { Threshold = 0.3 }));
    }
}
