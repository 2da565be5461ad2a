using System.Collections.Frozen;
using Parallax.Text;

namespace Parallax.Comparison;

/// <summary>
/// The content words of a passage (a quote, a figure's sentence) in the forms similarity needs: lower case,
/// Porter stem, and whether the word was capitalised (names and demonyms), plus character trigrams.
/// </summary>
internal sealed class ContentWords
{
    private ContentWords(string[] tokens, string[] lower, string[] stems, bool[] capitalised, ulong[] trigrams)
    {
        Negated = tokens.Count(IsNegation) % 2 == 1;
        Tokens = tokens;
        Lower = lower;
        Stems = stems;
        Capitalised = capitalised;
        Trigrams = trigrams;
    }

    /// <summary>Every word, lower case, in order (stop words included), for verbatim comparison.</summary>
    public string[] Tokens { get; }

    public string[] Lower { get; }

    /// <summary>Each content word's meaning keys (<see cref="Synonyms.KeysOf"/>), computed on first use.</summary>
    public long[][] Keys => _keys ??= Lower.Select(Synonyms.KeysOf).ToArray();

    private long[][]? _keys;

    /// <summary>
    /// Each content word's meaning keys folded into 64 bits (bit = key mod 64): two words whose masks share no bit
    /// share no key, so most word pairs are told apart by one AND instead of a merge of two sorted key lists.
    /// </summary>
    private ulong[] KeyMasks => _keyMasks ??= Keys.Select(MaskOf).ToArray();

    private ulong[]? _keyMasks;

    private static ulong MaskOf(long[] keys)
    {
        ulong mask = 0;
        foreach (var k in keys)
            mask |= 1UL << (int)((ulong)k % 64);
        return mask;
    }

    /// <summary>True when word <paramref name="i"/> here and word <paramref name="j"/> of <paramref name="other"/> share a meaning key.</summary>
    public bool SynonymOf(int i, ContentWords other, int j) =>
        (KeyMasks[i] & other.KeyMasks[j]) != 0 && Synonyms.ShareKey(Keys[i], other.Keys[j]);

    /// <summary>The set of stems, for quick overlap counts.</summary>
    public HashSet<string> StemSet => _stemSet ??= new HashSet<string>(Stems, StringComparer.Ordinal);

    private HashSet<string>? _stemSet;

    /// <summary>The union of the meaning keys of all content words.</summary>
    public HashSet<long> KeySet => _keySet ??= Keys.SelectMany(k => k).ToHashSet();

    private HashSet<long>? _keySet;

    /// <summary>
    /// Share of this passage's content words that <paramref name="other"/> has too, by stem or by a shared
    /// meaning — without the one-to-one pairing of <see cref="Matches"/>, so it costs one look-up per word.
    /// </summary>
    public double CoveredBy(ContentWords other)
    {
        if (Count == 0)
            return 0;
        int covered = 0;
        for (int i = 0; i < Count; i++)
        {
            if (other.StemSet.Contains(Stems[i]) || Keys[i].Any(other.KeySet.Contains))
                covered++;
        }
        return (double)covered / Count;
    }
    /// <summary>True when the passage holds an odd number of negations ("not", "never", "isn't"): it denies.</summary>
    public bool Negated { get; }

    /// <summary>Words that negate what follows; contractions ending in n't count too.</summary>
    private static readonly FrozenSet<string> Negations =
        new[] { "not", "no", "never", "nor", "neither", "nobody", "nothing", "none", "cannot" }.ToFrozenSet(StringComparer.Ordinal);

    internal static bool IsNegation(string lower) =>
        Negations.Contains(lower) || lower.EndsWith("n't", StringComparison.Ordinal);

    /// <summary>True when every content word is capitalised: a quoted name or title ("Key to NYC Pass"), not a statement.</summary>
    public bool IsName => Count > 0 && Capitalised.All(c => c);

    public string[] Stems { get; }
    public bool[] Capitalised { get; }
    /// <summary>The distinct character trigrams of the lower-case words joined by spaces, each packed in 48 bits, sorted.</summary>
    public ulong[] Trigrams { get; }
    public int Count => Lower.Length;

    public static ContentWords Of(ReadOnlySpan<char> text)
    {
        var lower = new List<string>();
        var stems = new List<string>();
        var caps = new List<bool>();
        var tokens = new List<string>();
        var normalized = new System.Text.StringBuilder(text.Length);
        foreach (var span in WordTokenizer.Words(text))
        {
            var word = text.Slice(span.Start, span.Length);
            var l = word.ToString().ToLowerInvariant().Replace('\u2019', '\'');
            tokens.Add(l);
            if (normalized.Length > 0)
                normalized.Append(' ');
            normalized.Append(l);
            if (!char.IsLetter(word[0]) || (StopWords.Contains(l) && !StopWords.IsMeaningful(l)))
                continue;
            lower.Add(l);
            stems.Add(PorterStemmer.Stem(l));
            caps.Add(char.IsUpper(word[0]));
        }
        // Three UTF-16 units fit one ulong exactly: a trigram set is a sorted array, compared by a merge, no strings.
        var packed = new ulong[Math.Max(0, normalized.Length - 2)];
        for (int i = 0; i < packed.Length; i++)
            packed[i] = ((ulong)normalized[i] << 32) | ((ulong)normalized[i + 1] << 16) | normalized[i + 2];
        Array.Sort(packed);
        int distinct = 0;
        for (int i = 0; i < packed.Length; i++)
        {
            if (i == 0 || packed[i] != packed[i - 1])
                packed[distinct++] = packed[i];
        }
        Array.Resize(ref packed, distinct);
        return new ContentWords([.. tokens], [.. lower], [.. stems], [.. caps], packed);
    }

    /// <summary>
    /// Matches between two passages: each word of the shorter matched at most once, by equal stem (1),
    /// by a name and its demonym ("Syria" / "Syrian", 1), or by synonymy (<see cref="SynonymCredit"/>).
    /// </summary>
    public static double Matches(ContentWords a, ContentWords b)
    {
        if (a.Count > b.Count)
            (a, b) = (b, a);
        // Passages are sentences and clauses: their flags fit on the stack, so a comparison allocates nothing.
        Span<bool> used = b.Count <= 256 ? stackalloc bool[b.Count] : new bool[b.Count];
        Span<bool> pending = a.Count <= 256 ? stackalloc bool[a.Count] : new bool[a.Count];
        double matches = 0;
        for (int i = 0; i < a.Count; i++)
        {
            int j = FindSame(a, i, b, used);
            if (j >= 0)
            {
                used[j] = true;
                matches += 1;
            }
            else
            {
                pending[i] = true;
            }
        }
        for (int i = 0; i < a.Count; i++)
        {
            if (!pending[i])
                continue;
            int j = FindSynonym(a, i, b, used);
            if (j >= 0)
            {
                used[j] = true;
                matches += SynonymCredit;
            }
        }
        return matches;
    }

    /// <summary>A synonym counts for less than the same word.</summary>
    public const double SynonymCredit = 0.8;

    /// <summary>Shortest name that may match its demonym by prefix ("Iran" / "Iranian").</summary>
    private const int MinDemonymStem = 4;

    /// <summary>The first unused word of <paramref name="b"/> with word <paramref name="i"/>'s stem, or a name's demonym.</summary>
    private static int FindSame(ContentWords a, int i, ContentWords b, ReadOnlySpan<bool> used)
    {
        var stem = a.Stems[i];
        int hash = a.StemHashes[i];
        bool capitalised = a.Capitalised[i];
        var hashes = b.StemHashes;
        for (int j = 0; j < hashes.Length; j++)
        {
            if (used[j])
                continue;
            if ((hashes[j] == hash && string.Equals(b.Stems[j], stem, StringComparison.Ordinal))
                || (capitalised && b.Capitalised[j] && IsDemonymPair(a.Lower[i], b.Lower[j])))
                return j;
        }
        return -1;
    }

    /// <summary>The first unused word of <paramref name="b"/> that shares a meaning with word <paramref name="i"/>.</summary>
    private static int FindSynonym(ContentWords a, int i, ContentWords b, ReadOnlySpan<bool> used)
    {
        if (a.KeyMasks[i] == 0 || !SharesAnyKey(a.Keys[i], b.KeySet))
            return -1;
        for (int j = 0; j < b.Count; j++)
        {
            if (!used[j] && a.SynonymOf(i, b, j))
                return j;
        }
        return -1;
    }

    /// <summary>Whether any of a word's meaning keys is among a passage's: most words have no synonym there at all.</summary>
    private static bool SharesAnyKey(long[] keys, HashSet<long> passage)
    {
        foreach (var k in keys)
        {
            if (passage.Contains(k))
                return true;
        }
        return false;
    }

    /// <summary>The stems' hash codes, so that most unequal stems are told apart without comparing their characters.</summary>
    private int[] StemHashes => _stemHashes ??= Array.ConvertAll(Stems, s => s.GetHashCode(StringComparison.Ordinal));

    private int[]? _stemHashes;

    private static bool IsDemonymPair(string x, string y)
    {
        if (x.Length > y.Length)
            (x, y) = (y, x);
        return x.Length >= MinDemonymStem && y.Length - x.Length <= 3 && y.StartsWith(x.TrimEnd('a', 'e'), StringComparison.Ordinal);
    }

    /// <summary>True when the two passages share a run of at least <paramref name="n"/> identical consecutive words.</summary>
    public static bool ShareRun(ContentWords a, ContentWords b, int n)
    {
        if (a.Tokens.Length < n || b.Tokens.Length < n)
            return false;
        var (small, large) = a.Tokens.Length <= b.Tokens.Length ? (a, b) : (b, a);
        var runs = large.RunsOf(n);
        foreach (var run in small.RunsOf(n))
        {
            if (runs.Contains(run))
                return true;
        }
        return false;
    }

    /// <summary>
    /// True when every word of the shorter passage (at least <paramref name="minWords"/> words) occurs, in
    /// order and consecutively, in the longer: a fragment quoted from a fuller quote.
    /// </summary>
    public static bool IsFragmentOf(ContentWords a, ContentWords b, int minWords)
    {
        var (small, large) = a.Tokens.Length <= b.Tokens.Length ? (a.Tokens, b.Tokens) : (b.Tokens, a.Tokens);
        if (small.Length < minWords)
            return false;
        for (int start = 0; start + small.Length <= large.Length; start++)
        {
            int k = 0;
            while (k < small.Length && string.Equals(small[k], large[start + k], StringComparison.Ordinal))
                k++;
            if (k == small.Length)
                return true;
        }
        return false;
    }

    /// <summary>Hashes of every run of <paramref name="n"/> consecutive words; the last size asked is kept.</summary>
    private HashSet<ulong> RunsOf(int n)
    {
        var cached = _runs;
        if (cached is not null && cached.N == n)
            return cached.Hashes;
        var hashes = new HashSet<ulong>();
        for (int i = 0; i + n <= Tokens.Length; i++)
            hashes.Add(RunHash(Tokens, i, n));
        _runs = new RunSet(n, hashes);
        return hashes;
    }

    private sealed record RunSet(int N, HashSet<ulong> Hashes);

    // Replaced whole (one reference write); a race only computes the same set twice, so no lock is needed.
    private RunSet? _runs;

    /// <summary>64-bit FNV-1a over the run's words and separators: deterministic, and collisions are negligible at these sizes.</summary>
    private static ulong RunHash(string[] tokens, int start, int n)
    {
        const ulong offset = 14695981039346656037, prime = 1099511628211;
        ulong h = offset;
        for (int i = start; i < start + n; i++)
        {
            foreach (char c in tokens[i])
                h = (h ^ c) * prime;
            h = (h ^ ' ') * prime;
        }
        return h;
    }

    public static double TrigramJaccard(ContentWords a, ContentWords b)
    {
        ulong[] x = a.Trigrams, y = b.Trigrams;
        if (x.Length == 0 || y.Length == 0)
            return 0;
        int common = 0, i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j])
            {
                common++;
                i++;
                j++;
            }
            else if (x[i] < y[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return (double)common / (x.Length + y.Length - common);
    }
}
