using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Parallax.Stories;

/// <summary>
/// 64-bit SimHash fingerprints (Charikar 2002; Manku et al., WWW 2007) over word shingles: texts that share
/// most of their shingles get fingerprints a few bits apart, which flags wire copies and republications.
/// </summary>
internal static class SimHash
{
    /// <summary>Words per shingle.</summary>
    public const int ShingleWords = 3;

    /// <summary>
    /// Fingerprints at most this many bits apart are near-duplicates. Manku et al. use 3 of 64 for web pages of
    /// thousands of words; a news article of a few hundred words changes more bits per edited word, and 6 bits
    /// still means some 95% of shingles in common.
    /// </summary>
    public const int MaxDistance = 6;

    /// <summary>Texts with fewer shingles get no fingerprint: a short text's fingerprint says little.</summary>
    public const int MinShingles = 24;

    public static int Distance(ulong a, ulong b) => System.Numerics.BitOperations.PopCount(a ^ b);

    /// <summary>FNV-1a of a lower-cased word: stable across processes, unlike string hash codes.</summary>
    public static ulong WordHash(scoped ReadOnlySpan<char> lowerWord)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in lowerWord)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        return h;
    }

    /// <summary>A well-mixed hash of a shingle from the hashes of its words (splitmix64 finaliser).</summary>
    public static ulong ShingleHash(ulong w1, ulong w2, ulong w3)
    {
        ulong z = w1 + (w2 * 0x9E3779B97F4A7C15UL) + (w3 * 0xC2B2AE3D27D4EB4FUL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

/// <summary>Accumulates shingle hashes into a fingerprint: one counter per bit, +1 where the hash has it set, -1 where not.</summary>
internal ref struct SimHashBuilder
{
    private readonly Span<int> _counts;
    private ulong _w1, _w2;
    private int _words;

    public SimHashBuilder(Span<int> counts64)
    {
        if (!counts64.IsEmpty && counts64.Length < 64)
            throw new ArgumentException("A SimHash builder needs one counter per bit of the fingerprint (64).", nameof(counts64));
        _counts = counts64;
        _counts.Clear();
    }

    public int Shingles { get; private set; }

    /// <summary>A builder that ignores its words (for text that does not take part in the fingerprint).</summary>
    public static SimHashBuilder None => new(Span<int>.Empty);

    public void AddWord(scoped ReadOnlySpan<char> lowerWord)
    {
        if (_counts.IsEmpty)
            return;
        ulong w = SimHash.WordHash(lowerWord);
        if (++_words >= SimHash.ShingleWords)
        {
            Count(SimHash.ShingleHash(_w1, _w2, w));
            Shingles++;
        }
        _w1 = _w2;
        _w2 = w;
    }

    private static readonly Vector256<int> ByteBits = Vector256.Create(1, 2, 4, 8, 16, 32, 64, 128);

    /// <summary>Adds +1 to the counter of every bit set in <paramref name="h"/> and -1 to the others, eight counters at a time.</summary>
    private readonly void Count(ulong h)
    {
        ref int counts = ref MemoryMarshal.GetReference(_counts);
        for (int b = 0; b < 8; b++)
        {
            var set = Vector256.Equals(Vector256.Create((int)(byte)(h >> (b * 8))) & ByteBits, ByteBits);
            // set lanes are -1: (-1 & 2) - 1 = +1, clear lanes (0 & 2) - 1 = -1
            var delta = (set & Vector256.Create(2)) - Vector256<int>.One;
            nuint at = (nuint)(b * 8);
            (Vector256.LoadUnsafe(ref counts, at) + delta).StoreUnsafe(ref counts, at);
        }
    }

    /// <summary>The fingerprint, or 0 when the text is too short to have a meaningful one.</summary>
    public readonly ulong Fingerprint()
    {
        if (Shingles < SimHash.MinShingles)
            return 0;
        ulong f = 0;
        for (int bit = 0; bit < 64; bit++)
        {
            if (_counts[bit] > 0)
                f |= 1UL << bit;
        }
        return f;
    }
}
