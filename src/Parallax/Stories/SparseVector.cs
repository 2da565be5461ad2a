namespace Parallax.Stories;

/// <summary>An L2-normalised sparse term vector: term ids ascending, with their weights.</summary>
internal sealed class SparseVector
{
    public static readonly SparseVector Empty = new([], []);

    public SparseVector(int[] ids, float[] weights)
    {
        Ids = ids;
        Weights = weights;
    }

    public int[] Ids { get; }
    public float[] Weights { get; }
    public int Count => Ids.Length;

    /// <summary>Builds a normalised vector from raw weights (any order, no duplicate ids).</summary>
    public static SparseVector FromWeights(Dictionary<int, float> raw)
    {
        if (raw.Count == 0)
            return Empty;
        var ids = raw.Keys.ToArray();
        Array.Sort(ids);
        var weights = new float[ids.Length];
        double norm = 0;
        for (int i = 0; i < ids.Length; i++)
        {
            weights[i] = raw[ids[i]];
            norm += weights[i] * weights[i];
        }
        float inv = norm > 0 ? (float)(1 / Math.Sqrt(norm)) : 0;
        for (int i = 0; i < weights.Length; i++)
            weights[i] *= inv;
        return new SparseVector(ids, weights);
    }

    /// <summary>A vector over ascending <paramref name="ids"/>, its <paramref name="weights"/> scaled in place to unit length.</summary>
    public static SparseVector Normalised(int[] ids, float[] weights)
    {
        double norm = 0;
        foreach (var w in weights)
            norm += w * w;
        float inv = norm > 0 ? (float)(1 / Math.Sqrt(norm)) : 0;
        for (int i = 0; i < weights.Length; i++)
            weights[i] *= inv;
        return new SparseVector(ids, weights);
    }

    public double Dot(SparseVector other) => Dot(Ids, Weights, other.Ids, other.Weights);

    /// <summary>How many terms the two vectors share (both hold ascending ids).</summary>
    public int Shared(SparseVector other)
    {
        int i = 0, j = 0, n = 0;
        var a = Ids;
        var b = other.Ids;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                n++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
                i++;
            else
                j++;
        }
        return n;
    }

    internal void WriteTo(BinaryWriter w)
    {
        w.Write(Ids.Length);
        foreach (int id in Ids)
            w.Write(id);
        foreach (float weight in Weights)
            w.Write(weight);
    }

    internal static SparseVector ReadFrom(BinaryReader r)
    {
        int n = r.ReadInt32();
        if (n == 0)
            return Empty;
        var ids = new int[n];
        var weights = new float[n];
        for (int i = 0; i < n; i++)
            ids[i] = r.ReadInt32();
        for (int i = 0; i < n; i++)
            weights[i] = r.ReadSingle();
        return new SparseVector(ids, weights);
    }

    /// <summary>
    /// Dot product of two sorted sparse vectors by merging their ids. The cursors move by comparison results
    /// rather than by branches: which side is behind is a coin toss the branch predictor keeps losing, while a
    /// shared id (the only branch left) is rare.
    /// </summary>
    internal static double Dot(int[] aIds, float[] aWeights, int[] bIds, float[] bWeights)
    {
        double sum = 0;
        int i = 0, j = 0;
        while (i < aIds.Length && j < bIds.Length)
        {
            int a = aIds[i], b = bIds[j];
            if (a == b)
                sum += aWeights[i] * bWeights[j];
            i += a <= b ? 1 : 0;
            j += a >= b ? 1 : 0;
        }
        return sum;
    }
}

/// <summary>
/// The running sum of member vectors of a story; cosine against it is cosine against the centroid.
/// A story of one article holds that article's vector as it is (sorted arrays, shared): most stories in a
/// stream never get a second article, and building a hash table for each was most of what grouping allocated.
/// The table is built when a second vector arrives. A story that can no longer gain dated articles is compacted
/// (<see cref="Compact"/>): only its heaviest terms stay, in sorted arrays, so memory per story stays small
/// while undated articles can still find it.
/// </summary>
internal sealed class Centroid
{
    // Either a table of summed weights, or (null) sorted arrays: one member's vector, or the compacted sum.
    private Dictionary<int, float>? _sum;
    private int[] _ids = [];
    private float[] _weights = [];
    private double _normSquared;

    public int Count { get; private set; }

    /// <summary>Distinct terms held.</summary>
    public int Terms => _sum?.Count ?? _ids.Length;

    /// <summary>
    /// Writes the centroid bit for bit. The table's terms go in its enumeration order, which (nothing is ever
    /// removed from it) is the order they were added: read back, the table enumerates, sums and compacts alike.
    /// </summary>
    internal void WriteTo(BinaryWriter w)
    {
        w.Write(Count);
        w.Write(_normSquared);
        w.Write(_sum is not null);
        w.Write(Terms);
        if (_sum is { } sum)
        {
            foreach (var (id, weight) in sum)
            {
                w.Write(id);
                w.Write(weight);
            }
            return;
        }
        for (int i = 0; i < _ids.Length; i++)
        {
            w.Write(_ids[i]);
            w.Write(_weights[i]);
        }
    }

    internal void ReadFrom(BinaryReader r)
    {
        Count = r.ReadInt32();
        _normSquared = r.ReadDouble();
        bool table = r.ReadBoolean();
        int n = r.ReadInt32();
        if (table)
        {
            var sum = new Dictionary<int, float>(n);
            for (int i = 0; i < n; i++)
                sum.Add(r.ReadInt32(), r.ReadSingle());
            (_sum, _ids, _weights) = (sum, [], []);
            return;
        }
        var ids = new int[n];
        var weights = new float[n];
        for (int i = 0; i < n; i++)
        {
            ids[i] = r.ReadInt32();
            weights[i] = r.ReadSingle();
        }
        (_sum, _ids, _weights) = (null, ids, weights);
    }

    public void Add(SparseVector v)
    {
        if (Count == 0)
        {
            // The vectors are never changed in place: sharing the member's arrays is safe.
            _ids = v.Ids;
            _weights = v.Weights;
            foreach (float w in v.Weights)
                _normSquared += (double)w * w;
            Count++;
            return;
        }
        var sum = Growable();
        for (int i = 0; i < v.Count; i++)
            Accumulate(sum, v.Ids[i], v.Weights[i]);
        Count++;
    }

    public void Merge(Centroid other)
    {
        var sum = Growable();
        if (other._sum is { } theirs)
        {
            foreach (var (id, w) in theirs)
                Accumulate(sum, id, w);
        }
        else
        {
            for (int i = 0; i < other._ids.Length; i++)
                Accumulate(sum, other._ids[i], other._weights[i]);
        }
        Count += other.Count;
    }

    /// <summary>
    /// Keeps only the <paramref name="terms"/> heaviest terms (equal weights: the lower id), in sorted arrays; the
    /// norm stays that of the full sum.
    /// </summary>
    public void Compact(int terms)
    {
        if (_sum is null && _ids.Length <= terms)
            return;
        int k = Math.Min(terms, Terms);
        var ids = new int[k];
        var weights = new float[k];
        var top = new TopTerms(ids, weights);
        if (_sum is { } sum)
        {
            foreach (var (id, w) in sum)
                top.Offer(id, w);
        }
        else
        {
            for (int i = 0; i < _ids.Length; i++)
                top.Offer(_ids[i], _weights[i]);
        }
        // k ≤ the distinct terms offered: the arrays are full
        Array.Sort(ids, weights);
        (_ids, _weights) = (ids, weights);
        _sum = null;
    }

    public double Cosine(SparseVector v)
    {
        if (_normSquared <= 0 || v.Count == 0)
            return 0;
        double dot = 0;
        if (_sum is { } sum && sum.Count < v.Count / 4)
        {
            // a small centroid (a title) against a long vector (a body): look its few terms up in the vector
            foreach (var (id, w) in sum)
            {
                int at = Array.BinarySearch(v.Ids, id);
                if (at >= 0)
                    dot += w * v.Weights[at];
            }
        }
        else if (_sum is { } large)
        {
            for (int i = 0; i < v.Count; i++)
            {
                if (large.TryGetValue(v.Ids[i], out var w))
                    dot += w * v.Weights[i];
            }
        }
        else
        {
            dot = SparseVector.Dot(_ids, _weights, v.Ids, v.Weights);
        }
        return dot / Math.Sqrt(_normSquared);
    }

    /// <summary>
    /// A centroid this many times larger than the article's vector is looked up term by term (hashing each of the
    /// article's terms); a smaller one is walked whole against the article spread out in <see cref="DenseVector"/>.
    /// </summary>
    private const int WalkWhenAtMostTimesLarger = 8;

    /// <summary>Cosine with <paramref name="v"/>, which <paramref name="dense"/> holds spread out.</summary>
    internal double Cosine(SparseVector v, DenseVector dense)
    {
        if (_normSquared <= 0 || v.Count == 0)
            return 0;
        double dot = 0;
        if (_sum is { } sum)
        {
            if (sum.Count <= v.Count * WalkWhenAtMostTimesLarger)
            {
                foreach (var (id, w) in sum)
                    dot += w * dense[id];
            }
            else
            {
                for (int i = 0; i < v.Count; i++)
                {
                    if (sum.TryGetValue(v.Ids[i], out var w))
                        dot += w * v.Weights[i];
                }
            }
        }
        else
        {
            dot = dense.Dot(_ids, _weights);
        }
        return dot / Math.Sqrt(_normSquared);
    }

    public double Cosine(Centroid other)
    {
        if (_normSquared <= 0 || other._normSquared <= 0)
            return 0;
        var (a, b) = Terms <= other.Terms ? (this, other) : (other, this);
        double dot = 0;
        if (a._sum is { } small)
        {
            foreach (var (id, w) in small)
                dot += (double)w * b.Weight(id);
        }
        else
        {
            for (int i = 0; i < a._ids.Length; i++)
                dot += (double)a._weights[i] * b.Weight(a._ids[i]);
        }
        return dot / Math.Sqrt(_normSquared * other._normSquared);
    }

    private float Weight(int id)
    {
        if (_sum is { } sum)
            return sum.GetValueOrDefault(id);
        int at = Array.BinarySearch(_ids, id);
        return at >= 0 ? _weights[at] : 0;
    }

    /// <summary>The sum as a dictionary again (a compacted story that takes an article or a merge grows again).</summary>
    private Dictionary<int, float> Growable()
    {
        if (_sum is { } sum)
            return sum;
        // room for the vector about to be added too, so the table rarely regrows at once
        sum = new Dictionary<int, float>(_ids.Length * 2);
        for (int i = 0; i < _ids.Length; i++)
            sum[_ids[i]] = _weights[i];
        _ids = [];
        _weights = [];
        return _sum = sum;
    }

    private void Accumulate(Dictionary<int, float> sum, int id, float w)
    {
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(sum, id, out _);
        double before = slot;
        slot += w;
        _normSquared += (double)slot * slot - before * before;
    }
}
