namespace Parallax.Stories;

/// <summary>
/// Finds an earlier article whose SimHash fingerprint is within <see cref="SimHash.MaxDistance"/> bits.
/// Fingerprints are split into seven bands (six of 9 bits, one of 10): two fingerprints at most 6 bits apart
/// agree exactly on at least one band (pigeonhole), so only articles sharing a band are compared
/// (Manku et al., WWW 2007).
/// </summary>
internal sealed class NearDuplicateIndex
{
    private const int Bands = SimHash.MaxDistance + 1;
    private const int BandBits = 64 / Bands;

    /// <summary>Most recent entries compared per band: bounds the cost when many texts share a band.</summary>
    private const int MaxScanned = 64;

    private readonly record struct Entry(int Article, ulong Fingerprint, double Day);

    private readonly Dictionary<int, List<Entry>> _bands = [];

    /// <summary>The earliest-found article within the distance and the window, or null.</summary>
    public int? Find(ulong fingerprint, double day, double windowDays)
    {
        if (fingerprint == 0)
            return null;
        int? best = null;
        int bestDistance = SimHash.MaxDistance + 1;
        for (int b = 0; b < Bands; b++)
        {
            if (!_bands.TryGetValue(Key(fingerprint, b), out var list))
                continue;
            int stop = Math.Max(0, list.Count - MaxScanned);
            for (int i = list.Count - 1; i >= stop; i--)
            {
                var e = list[i];
                // Distance first: nearly every entry fails it, at the cost of one popcount.
                int d = SimHash.Distance(fingerprint, e.Fingerprint);
                if (d > SimHash.MaxDistance)
                    continue;
                if (!double.IsNaN(day) && !double.IsNaN(e.Day) && Math.Abs(e.Day - day) > windowDays)
                    continue;
                if (d < bestDistance || (d == bestDistance && best is { } a && e.Article < a))
                {
                    bestDistance = d;
                    best = e.Article;
                }
            }
        }
        return best;
    }

    public void Add(int article, ulong fingerprint, double day)
    {
        if (fingerprint == 0)
            return;
        for (int b = 0; b < Bands; b++)
        {
            int key = Key(fingerprint, b);
            if (!_bands.TryGetValue(key, out var list))
                _bands[key] = list = [];
            list.Add(new Entry(article, fingerprint, day));
        }
    }

    /// <summary>Writes the bands in key order: only lookups read the table, and pruning leaves its enumeration order to history.</summary>
    internal void WriteTo(BinaryWriter w)
    {
        w.Write(_bands.Count);
        foreach (var (key, list) in _bands.OrderBy(b => b.Key))
        {
            w.Write(key);
            w.Write(list.Count);
            foreach (var e in list)
            {
                w.Write(e.Article);
                w.Write(e.Fingerprint);
                w.Write(e.Day);
            }
        }
    }

    internal void ReadFrom(BinaryReader r)
    {
        int bands = r.ReadInt32();
        _bands.EnsureCapacity(bands);
        for (int b = 0; b < bands; b++)
        {
            int key = r.ReadInt32();
            int n = r.ReadInt32();
            var list = new List<Entry>(n);
            for (int i = 0; i < n; i++)
                list.Add(new Entry(r.ReadInt32(), r.ReadUInt64(), r.ReadDouble()));
            _bands.Add(key, list);
        }
    }

    public void Prune(double oldestDay)
    {
        List<int>? empty = null;
        foreach (var (key, list) in _bands)
        {
            list.RemoveAll(e => !double.IsNaN(e.Day) && e.Day < oldestDay);
            if (list.Count == 0)
                (empty ??= []).Add(key);
        }
        if (empty is not null)
        {
            foreach (var key in empty)
                _bands.Remove(key);
        }
    }

    /// <summary>The band's bits, tagged with the band number (the last band takes the bits left over).</summary>
    private static int Key(ulong fingerprint, int band)
    {
        int bits = band == Bands - 1 ? 64 - (band * BandBits) : BandBits;
        return (band << 16) | (int)((fingerprint >> (band * BandBits)) & ((1UL << bits) - 1));
    }
}
