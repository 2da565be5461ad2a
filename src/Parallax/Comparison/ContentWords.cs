using System.Collections.Frozen;
using Parallax.Text;

namespace Parallax.Comparison;

/// <summary>
/// The content words of a passage (a quote, a figure's sentence) in the forms similarity needs: lower case,
/// Porter stem, and whether the word was capitalised (names and demonyms), plus character trigrams.
/// </summary>
internal sealed class ContentWords
{
    private ContentWords(string[] tokens, string[] lower, string[] stems, bool[] capitalised, HashSet<string> trigrams)
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

    private static bool IsNegation(string lower) =>
        Negations.Contains(lower) || lower.EndsWith("n't", StringComparison.Ordinal);

    /// <summary>True when every content word is capitalised: a quoted name or title ("Key to NYC Pass"), not a statement.</summary>
    public bool IsName => Count > 0 && Capitalised.All(c => c);

    public string[] Stems { get; }
    public bool[] Capitalised { get; }
    public HashSet<string> Trigrams { get; }
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
        var trigrams = new HashSet<string>(StringComparer.Ordinal);
        var n = normalized.ToString();
        for (int i = 0; i + 3 <= n.Length; i++)
            trigrams.Add(n.Substring(i, 3));
        return new ContentWords([.. tokens], [.. lower], [.. stems], [.. caps], trigrams);
    }

    /// <summary>
    /// Matches between two passages: each word of the shorter matched at most once, by equal stem (1),
    /// by a name and its demonym ("Syria" / "Syrian", 1), or by synonymy (<see cref="SynonymCredit"/>).
    /// </summary>
    public static double Matches(ContentWords a, ContentWords b)
    {
        if (a.Count > b.Count)
            (a, b) = (b, a);
        var used = new bool[b.Count];
        double matches = 0;
        var pending = new List<int>();
        for (int i = 0; i < a.Count; i++)
        {
            int j = Find(a, i, b, used, exact: true);
            if (j >= 0)
            {
                used[j] = true;
                matches += 1;
            }
            else
            {
                pending.Add(i);
            }
        }
        foreach (int i in pending)
        {
            int j = Find(a, i, b, used, exact: false);
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

    private static int Find(ContentWords a, int i, ContentWords b, bool[] used, bool exact)
    {
        for (int j = 0; j < b.Count; j++)
        {
            if (used[j])
                continue;
            if (exact)
            {
                if (a.Stems[i] == b.Stems[j] || (a.Capitalised[i] && b.Capitalised[j] && IsDemonymPair(a.Lower[i], b.Lower[j])))
                    return j;
            }
            else if (Synonyms.ShareKey(a.Keys[i], b.Keys[j]))
            {
                return j;
            }
        }
        return -1;
    }

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
        if (a.Trigrams.Count == 0 || b.Trigrams.Count == 0)
            return 0;
        int common = a.Trigrams.Count(b.Trigrams.Contains);
        return (double)common / (a.Trigrams.Count + b.Trigrams.Count - common);
    }
}
