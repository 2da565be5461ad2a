using System.Globalization;

namespace Parallax.Stories;

/// <summary>
/// The grouper's whole state written and read back bit for bit (vocabulary, stories with their centroids and
/// recent members, postings, near-duplicate index, stream time), so a store can restore it instead of
/// replaying every article: a restored grouper assigns the next articles exactly as the saved one would have.
/// </summary>
internal sealed partial class StoryGrouper
{
    /// <summary>Raised whenever grouping changes what it computes: a state saved by another version is not restored.</summary>
    private const int StateVersion = 2;

    /// <summary>The version and the options the state depends on; a state saved under another key is not restored.</summary>
    private string StateKey => string.Join(';', [
        StateVersion.ToString(CultureInfo.InvariantCulture),
        Vocabulary.Background.Key,
        .. new[] { _o.Threshold, _o.MinBodySimilarity, _o.MergeThreshold, _o.TimeWindowDays, _o.Model.Intercept }.Select(Bits),
        .. _o.Model.Weights.Select(Bits),
        .. new[] { _o.Time.SlackDays, _o.Time.PlateauDays, _o.Time.HalfLifeDays }.Select(Bits),
        .. new[] { _o.IndexedTerms, _o.MaxPostingsScanned, _o.MaxCandidates, _o.CompactedTerms }.Select(i => i.ToString(CultureInfo.InvariantCulture)),
    ]);

    private static string Bits(double d) => BitConverter.DoubleToInt64Bits(d).ToString("x16", CultureInfo.InvariantCulture);

    public void SaveState(BinaryWriter w)
    {
        w.Write(StateKey);
        Vocabulary.WriteTo(w);
        w.Write(_stories.Count);
        foreach (var s in _stories)
            s.WriteTo(w);
        StateIo.Write(w, _open);
        StateIo.Write(w, _storyOf);
        for (int i = 0; i < _stories.Count; i++)
        {
            w.Write(_state[i].Parent);
            w.Write(_state[i].First);
            w.Write(_state[i].Last);
        }
        w.Write(_latestDay);
        w.Write(_sweptDay);
        w.Write(StoryCount);
        _index.WriteTo(w);
        _duplicates.WriteTo(w);
    }

    /// <summary>A grouper in the state <see cref="SaveState"/> wrote, or null when it was saved by another version or under other options.</summary>
    public static StoryGrouper? LoadState(BinaryReader r, StoryGroupingOptions? options = null)
    {
        var g = new StoryGrouper(options);
        if (r.ReadString() != g.StateKey)
            return null;
        g.Vocabulary.ReadFrom(r);
        int stories = r.ReadInt32();
        g._stories.EnsureCapacity(stories);
        for (int i = 0; i < stories; i++)
            g._stories.Add(StoryCluster.ReadFrom(r));
        StateIo.Read(r, g._open);
        StateIo.Read(r, g._storyOf);
        g.EnsureState(stories);
        for (int i = 0; i < stories; i++)
            g._state[i] = new StoryState { Parent = r.ReadInt32(), First = r.ReadInt64(), Last = r.ReadInt64() };
        g._latestDay = r.ReadDouble();
        g._sweptDay = r.ReadDouble();
        g.StoryCount = r.ReadInt32();
        g._index.ReadFrom(r);
        g._duplicates.ReadFrom(r);
        return g;
    }
}
