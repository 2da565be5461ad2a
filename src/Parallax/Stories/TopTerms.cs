namespace Parallax.Stories;

/// <summary>
/// The k heaviest terms offered one by one, kept in order (heaviest first; equal weights: the lower id first,
/// so the choice is deterministic). Most offers cost one comparison with the lightest term kept, so choosing
/// a few dozen of a few hundred terms needs no sort of them all.
/// </summary>
internal ref struct TopTerms(Span<int> ids, Span<float> weights)
{
    private readonly Span<int> _ids = ids;
    private readonly Span<float> _weights = weights;

    public int Count { get; private set; }

    public readonly ReadOnlySpan<int> Ids => _ids[..Count];

    public readonly ReadOnlySpan<float> Weights => _weights[..Count];

    /// <summary>Offers a term not offered before.</summary>
    public void Offer(int id, float weight)
    {
        int k = _ids.Length;
        if (k == 0 || (Count == k && !Heavier(weight, id, _weights[k - 1], _ids[k - 1])))
            return;
        Insert(id, weight);
    }

    /// <summary>Offers a term that may have been offered before (from another field): it is kept once, at its larger weight.</summary>
    public void OfferDistinct(int id, float weight)
    {
        int k = _ids.Length;
        if (k == 0 || (Count == k && !Heavier(weight, id, _weights[k - 1], _ids[k - 1])))
            return;
        int at = _ids[..Count].IndexOf(id);
        if (at >= 0)
        {
            if (!Heavier(weight, id, _weights[at], _ids[at]))
                return;
            _ids[(at + 1)..Count].CopyTo(_ids[at..]);
            _weights[(at + 1)..Count].CopyTo(_weights[at..]);
            Count--;
        }
        Insert(id, weight);
    }

    private void Insert(int id, float weight)
    {
        int k = _ids.Length;
        int pos = Count < k ? Count : k - 1;
        while (pos > 0 && Heavier(weight, id, _weights[pos - 1], _ids[pos - 1]))
        {
            _ids[pos] = _ids[pos - 1];
            _weights[pos] = _weights[pos - 1];
            pos--;
        }
        _ids[pos] = id;
        _weights[pos] = weight;
        if (Count < k)
            Count++;
    }

    private static bool Heavier(float w, int id, float otherWeight, int otherId) => w > otherWeight || (w == otherWeight && id < otherId);
}
