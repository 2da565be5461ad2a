namespace Parallax.Stories;

/// <summary>An article field's terms: ids ascending, with how often each occurs.</summary>
internal readonly record struct TermCounts(int[] Ids, int[] Counts)
{
    public static readonly TermCounts Empty = new([], []);

    public int Count => Ids.Length;
}

/// <summary>
/// Counts term ids in a dense array indexed by id (no hashing, nothing allocated per word) and hands the
/// counts out sorted, leaving the array clean for the next field. Owned by one <see cref="Vocabulary"/>, so
/// not thread-safe.
/// </summary>
internal sealed class TermCounter
{
    private int[] _counts = new int[1024];
    private readonly List<int> _touched = [];

    public void Add(int id)
    {
        if (id >= _counts.Length)
            Array.Resize(ref _counts, Math.Max(id + 1, _counts.Length * 2));
        if (_counts[id]++ == 0)
            _touched.Add(id);
    }

    /// <summary>The counts so far, ids ascending; the counter is empty afterwards.</summary>
    public TermCounts Drain()
    {
        if (_touched.Count == 0)
            return TermCounts.Empty;
        var ids = _touched.ToArray();
        _touched.Clear();
        Array.Sort(ids);
        var counts = new int[ids.Length];
        for (int i = 0; i < ids.Length; i++)
        {
            counts[i] = _counts[ids[i]];
            _counts[ids[i]] = 0;
        }
        return new TermCounts(ids, counts);
    }
}
