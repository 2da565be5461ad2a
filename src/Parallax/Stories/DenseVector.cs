namespace Parallax.Stories;

/// <summary>
/// The article being placed, spread over an array indexed by term id, so that each candidate story's
/// centroid or member vectors are compared with it by reading their own terms only: no hashing, no merging.
/// Loading and clearing cost one pass over the article's terms; the array grows with the vocabulary.
/// Owned by one grouper, so not thread-safe.
/// </summary>
internal sealed class DenseVector
{
    private float[] _weights = new float[1024];
    private readonly List<SparseVector> _loaded = [];

    /// <summary>Spreads <paramref name="v"/> out; vectors loaded together must not share ids (fields whose terms never meet, as words and names).</summary>
    public void Load(SparseVector v)
    {
        if (v.Count == 0)
            return;
        if (v.Ids[^1] >= _weights.Length)
            Array.Resize(ref _weights, Math.Max(v.Ids[^1] + 1, _weights.Length * 2));
        for (int i = 0; i < v.Count; i++)
            _weights[v.Ids[i]] = v.Weights[i];
        _loaded.Add(v);
    }

    public void Clear()
    {
        foreach (var v in _loaded)
        {
            foreach (int id in v.Ids)
                _weights[id] = 0;
        }
        _loaded.Clear();
    }

    public float this[int id] => (uint)id < (uint)_weights.Length ? _weights[id] : 0;

    /// <summary>Dot product with a sparse vector given as ids and weights, summed in the order of its ids.</summary>
    public double Dot(int[] ids, float[] weights)
    {
        var dense = _weights;
        double sum = 0;
        for (int i = 0; i < ids.Length; i++)
        {
            int id = ids[i];
            if ((uint)id < (uint)dense.Length)
                sum += weights[i] * dense[id];
        }
        return sum;
    }
}
