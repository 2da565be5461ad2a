namespace Parallax.Stories;

/// <summary>A story as grouping sees it: its members (article ordinals) and the running centroids of their vectors.</summary>
internal sealed class StoryCluster(int id)
{
    public int Id { get; } = id;
    public List<int> Members { get; } = [];
    public Centroid Title { get; } = new();
    public Centroid Lead { get; } = new();
    public Centroid Body { get; } = new();
    public Centroid Names { get; } = new();
    public DateTime? First { get; private set; }
    public DateTime? Last { get; private set; }

    /// <summary>The story this one was merged into; null while it stands on its own.</summary>
    public int? MergedInto
    {
        get;
        internal set
        {
            field = value;
            Saved = false;
        }
    }

    /// <summary>
    /// True while the checkpoint's part for this story holds it as it is now: set when the part is written or
    /// read, cleared by every change (so a closed story is written again only once it changed).
    /// </summary>
    public bool Saved { get; internal set; }

    /// <summary>True once the story fell out of the time window and kept only its heaviest terms.</summary>
    public bool Compacted { get; private set; }

    /// <summary>Members compared one by one (best-member linkage): the most recent ones, while the story is open.</summary>
    public const int RecentKept = 4;

    private readonly Queue<ArticleFeatures> _recent = new();

    /// <summary>The features of the most recent members (none once compacted).</summary>
    public IReadOnlyCollection<ArticleFeatures> Recent => _recent;

    public void Add(int article, ArticleFeatures f)
    {
        Compacted = false;
        Saved = false;
        _recent.Enqueue(f);
        if (_recent.Count > RecentKept)
            _recent.Dequeue();
        Members.Add(article);
        Title.Add(f.Title);
        Lead.Add(f.Lead);
        Body.Add(f.Body);
        Names.Add(f.Names);
        Extend(f.Time);
    }

    /// <summary>Takes in another story's members, centroids and time span.</summary>
    public void Absorb(StoryCluster other)
    {
        Saved = false;
        Members.AddRange(other.Members);
        foreach (var f in other._recent)
        {
            _recent.Enqueue(f);
            if (_recent.Count > RecentKept)
                _recent.Dequeue();
        }
        Title.Merge(other.Title);
        Lead.Merge(other.Lead);
        Body.Merge(other.Body);
        Names.Merge(other.Names);
        Extend(other.First);
        Extend(other.Last);
    }

    /// <summary>Keeps the heaviest <paramref name="terms"/> of each centroid (the story can still take undated articles).</summary>
    public void Compact(int terms)
    {
        Compacted = true;
        Saved = false;
        _recent.Clear();
        _recent.TrimExcess();
        Title.Compact(terms);
        Lead.Compact(terms);
        Body.Compact(terms);
        Names.Compact(terms);
    }

    /// <summary>Days from <paramref name="t"/> to the story's time span (0 inside it); null when either is unknown.</summary>
    public double? DaysFrom(DateTime? t)
    {
        if (t is not { } time || First is not { } first || Last is not { } last)
            return null;
        if (time < first) return (first - time).TotalDays;
        if (time > last) return (time - last).TotalDays;
        return 0;
    }

    /// <summary>Days between two stories' time spans (0 when they overlap); null when either is unknown.</summary>
    public double? DaysFrom(StoryCluster other)
    {
        if (other.First is not { } first || other.Last is not { } last || First is null || Last is null)
            return null;
        return Math.Min(DaysFrom(first) ?? 0, DaysFrom(last) ?? 0) is var d && first <= Last && last >= First ? 0 : d;
    }

    internal void WriteTo(BinaryWriter w)
    {
        w.Write(Id);
        StateIo.Write(w, Members);
        foreach (var c in (ReadOnlySpan<Centroid>)[Title, Lead, Body, Names])
            c.WriteTo(w);
        StateIo.Write(w, First);
        StateIo.Write(w, Last);
        w.Write(MergedInto ?? -1);
        w.Write(Compacted);
        w.Write(_recent.Count);
        foreach (var f in _recent)
            f.WriteTo(w);
    }

    /// <summary>The story as one part of a checkpoint (what <see cref="WriteTo"/> writes).</summary>
    internal byte[] ToPart()
    {
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
            WriteTo(w);
        return buffer.ToArray();
    }

    /// <summary>A story read back from its checkpoint part: saved as it is.</summary>
    internal static StoryCluster FromPart(byte[] part)
    {
        using var r = new BinaryReader(new MemoryStream(part, writable: false), System.Text.Encoding.UTF8);
        var story = ReadFrom(r);
        story.Saved = true;
        return story;
    }

    internal static StoryCluster ReadFrom(BinaryReader r)
    {
        var story = new StoryCluster(r.ReadInt32());
        StateIo.Read(r, story.Members);
        foreach (var c in (ReadOnlySpan<Centroid>)[story.Title, story.Lead, story.Body, story.Names])
            c.ReadFrom(r);
        story.First = StateIo.ReadTime(r);
        story.Last = StateIo.ReadTime(r);
        int merged = r.ReadInt32();
        story.MergedInto = merged < 0 ? null : merged;
        story.Compacted = r.ReadBoolean();
        int recent = r.ReadInt32();
        for (int i = 0; i < recent; i++)
            story._recent.Enqueue(ArticleFeatures.ReadFrom(r));
        return story;
    }

    private void Extend(DateTime? t)
    {
        if (t is not { } time)
            return;
        if (First is null || time < First) First = time;
        if (Last is null || time > Last) Last = time;
    }
}
