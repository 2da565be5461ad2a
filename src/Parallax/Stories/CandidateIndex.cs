namespace Parallax.Stories;

/// <summary>
/// Salient term → the stories that used it recently, newest last. A lookup reads each term's postings from
/// the newest back, stopping at the time window or after a fixed number of postings, so its cost does not
/// grow with the store. A term keeps its newest <c>kept</c> postings (8 bytes each), so that undated articles can
/// still reach old stories: a lookup never reads further back than that, so the older ones can go.
/// </summary>
internal sealed class CandidateIndex(int kept = int.MaxValue)
{
    /// <summary>A story's latest use of a term: its day (days since 0001-01-01, to about an hour; NaN when undated).</summary>
    private readonly record struct Posting(int Story, float Day);

    private readonly Dictionary<int, List<Posting>> _postings = [];

    /// <summary>Postings added so far (the index holds at most the newest <c>kept</c> per term of them).</summary>
    public int Postings { get; private set; }

    public void Add(int term, int story, double day)
    {
        if (!_postings.TryGetValue(term, out var list))
            _postings[term] = list = [];
        if (list.Count > 0 && list[^1].Story == story)
        {
            list[^1] = new Posting(story, double.IsNaN(list[^1].Day) ? (float)day : (float)Math.Max(day, list[^1].Day));
            return;
        }
        list.Add(new Posting(story, (float)day));
        Postings++;
        // One out, one in: the list stays as a lookup reads it (the newest ones), and its size stays fixed.
        if (list.Count > kept)
            list.RemoveRange(0, list.Count - kept);
    }

    internal void WriteTo(BinaryWriter w)
    {
        w.Write(Postings);
        w.Write(_postings.Count);
        foreach (var (term, list) in _postings)
        {
            w.Write(term);
            w.Write(list.Count);
            foreach (var p in list)
            {
                w.Write(p.Story);
                w.Write(p.Day);
            }
        }
    }

    internal void ReadFrom(BinaryReader r)
    {
        Postings = r.ReadInt32();
        int terms = r.ReadInt32();
        _postings.EnsureCapacity(terms);
        for (int t = 0; t < terms; t++)
        {
            int term = r.ReadInt32();
            int n = r.ReadInt32();
            var list = new List<Posting>(Math.Min(n, kept));
            for (int i = 0; i < n; i++)
            {
                var p = new Posting(r.ReadInt32(), r.ReadSingle());
                // A state saved before postings were bounded holds all of them: the older ones are never read.
                if (i >= n - kept)
                    list.Add(p);
            }
            _postings.Add(term, list);
        }
    }

    /// <summary>
    /// Appends to <paramref name="found"/> every story posted under a term within the window (repeats possible),
    /// reading at most <paramref name="maxScanned"/> postings (no more than the index keeps).
    /// </summary>
    public void Lookup(int term, double day, double windowDays, int maxScanned, List<int> found)
    {
        if (!_postings.TryGetValue(term, out var list))
            return;
        int stop = Math.Max(0, list.Count - maxScanned);
        for (int i = list.Count - 1; i >= stop; i--)
        {
            var p = list[i];
            if (!double.IsNaN(day) && !double.IsNaN(p.Day) && p.Day < day - windowDays)
                break;
            found.Add(p.Story);
        }
    }
}
