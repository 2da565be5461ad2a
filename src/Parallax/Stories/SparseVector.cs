namespace Parallax.Stories;

/// <summary>An L2-normalised sparse term vector: term ids ascending, with their weights.</summary>
public sealed class SparseVector
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

    public double Dot(SparseVector other)
    {
        double sum = 0;
        int i = 0, j = 0;
        var a = Ids;
        var b = other.Ids;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) sum += Weights[i++] * other.Weights[j++];
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return sum;
    }
}

/// <summary>The running sum of member vectors of a story; cosine against it is cosine against the centroid.</summary>
public sealed class Centroid
{
    private readonly Dictionary<int, float> _sum = [];
    private double _normSquared;

    public int Count { get; private set; }

    public void Add(SparseVector v)
    {
        for (int i = 0; i < v.Count; i++)
        {
            ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_sum, v.Ids[i], out _);
            double before = slot;
            slot += v.Weights[i];
            _normSquared += (double)slot * slot - before * before;
        }
        Count++;
    }

    public void Merge(Centroid other)
    {
        foreach (var (id, w) in other._sum)
        {
            ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_sum, id, out _);
            double before = slot;
            slot += w;
            _normSquared += (double)slot * slot - before * before;
        }
        Count += other.Count;
    }

    public double Cosine(SparseVector v)
    {
        if (_normSquared <= 0 || v.Count == 0)
            return 0;
        double dot = 0;
        for (int i = 0; i < v.Count; i++)
        {
            if (_sum.TryGetValue(v.Ids[i], out var w))
                dot += w * v.Weights[i];
        }
        return dot / Math.Sqrt(_normSquared);
    }

    /// <summary>The heaviest terms, for candidate indexing and story titles.</summary>
    public IEnumerable<int> TopTerms(int n) => _sum.OrderByDescending(kv => kv.Value).Take(n).Select(kv => kv.Key);
}
