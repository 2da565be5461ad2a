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
        Assert.True(whole.Stories.Any(s => s.Compacted) && whole.Stories.Any(s => s.MergedInto is not null), "the stream should compact and merge stories");
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
