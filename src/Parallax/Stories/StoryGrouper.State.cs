using System.Globalization;

namespace Parallax.Stories;

/// <summary>
/// The grouper's whole state written and read back bit for bit (vocabulary, stories with their centroids and
/// recent members, postings, near-duplicate index, stream time), so a store can restore it instead of
/// replaying every article: a restored grouper assigns the next articles exactly as the saved one would have.
/// Closed stories, most of a large store's state, can go to parts of their own, each written once when it
/// closes (again only if it changes) and read back only when an article needs it: a story out of the time
/// window is a candidate only to undated articles and late ones, so start-up need not read them.
/// </summary>
internal sealed partial class StoryGrouper
{
    /// <summary>Raised whenever grouping changes what it computes: a state saved by another version is not restored.</summary>
    private const int StateVersion = 5;

    /// <summary>The version and the options the state depends on; a state saved under another key is not restored.</summary>
    private string StateKey => string.Join(';', [
        StateVersion.ToString(CultureInfo.InvariantCulture),
        Vocabulary.Background.Key,
        .. new[] { _o.Threshold, _o.MinBodySimilarity, _o.TitleWaivesBodyFloor, _o.NamesWaiveBodyFloor, _o.MergeThreshold, _o.TimeWindowDays, _o.Model.Intercept }.Select(Bits),
        _o.NamesWaiveTerms.ToString(CultureInfo.InvariantCulture),
        _o.LearnOutletLags ? Bits(_o.OutletLagEvidence) : "no-lags",
        .. _o.Model.Weights.Select(Bits),
        .. new[] { _o.Time.SlackDays, _o.Time.PlateauDays, _o.Time.HalfLifeDays }.Select(Bits),
        .. new[] { _o.IndexedTerms, _o.MaxPostingsScanned, _o.MaxCandidates, _o.CompactedTerms }.Select(i => i.ToString(CultureInfo.InvariantCulture)),
    ]);

    private static string Bits(double d) => BitConverter.DoubleToInt64Bits(d).ToString("x16", CultureInfo.InvariantCulture);

    /// <summary>
    /// Writes the state. With <paramref name="parts"/>, each closed story (out of the time window, or merged away)
    /// goes to a part of its own, added to the list only when it changed since its part was last written, and
    /// the state itself marks it; open stories are written in the state. Without, every story is in the state
    /// (the layout of <c>parallax-ingest-state/1</c>), which needs every story held.
    /// </summary>
    public void SaveState(BinaryWriter w, List<KeyValuePair<int, byte[]>>? parts = null)
    {
        w.Write(StateKey);
        Vocabulary.WriteTo(w);
        w.Write(_stories.Count);
        var open = parts is null ? null : new HashSet<int>(_open);
        for (int i = 0; i < _stories.Count; i++)
        {
            var story = _stories[i];
            if (open is null || parts is null)
            {
                (story ?? throw new InvalidOperationException($"story {i} is held in a checkpoint part: the whole state cannot be written")).WriteTo(w);
                continue;
            }
            bool inState = open.Contains(i);
            w.Write(inState);
            if (inState)
                Held(i).WriteTo(w);
            else if (story is { Saved: false })
            {
                parts.Add(new(i, story.ToPart()));
                story.Saved = true;
            }
        }
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
        _lags.WriteTo(w);
    }

    /// <summary>Marks stories as not saved (their parts were in a checkpoint that was not written).</summary>
    public void Unsaved(IEnumerable<int> stories)
    {
        foreach (int s in stories)
        {
            if (s >= 0 && s < _stories.Count && _stories[s] is { } story)
                story.Saved = false;
        }
    }

    /// <summary>Lets go of the closed stories that their saved parts hold as they are: read back when an article needs one.</summary>
    public void UnloadSaved()
    {
        var open = new HashSet<int>(_open);
        for (int i = 0; i < _stories.Count; i++)
        {
            if (_stories[i] is { Saved: true } && !open.Contains(i))
                _stories[i] = null;
        }
    }

    /// <summary>
    /// A grouper in the state <see cref="SaveState"/> wrote, or null when it was saved by another version or under
    /// other options. <paramref name="withParts"/> says whether it was written with parts: the closed stories then
    /// stay in their parts until an article needs one (<see cref="Unloaded"/>, <see cref="LoadStory"/>).
    /// </summary>
    public static StoryGrouper? LoadState(BinaryReader r, StoryGroupingOptions? options = null, bool withParts = false)
    {
        var g = new StoryGrouper(options);
        if (r.ReadString() != g.StateKey)
            return null;
        g.Vocabulary.ReadFrom(r);
        int stories = r.ReadInt32();
        g._stories.EnsureCapacity(stories);
        for (int i = 0; i < stories; i++)
            g._stories.Add(!withParts || r.ReadBoolean() ? StoryCluster.ReadFrom(r) : null);
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
        g._lags.ReadFrom(r);
        return g;
    }
}
