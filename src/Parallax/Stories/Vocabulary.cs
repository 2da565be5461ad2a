namespace Parallax.Stories;

/// <summary>
/// Term ids and document frequencies, growing as articles arrive (the stream's IDF, as in Miranda et al. 2018).
/// Not thread-safe: one grouper owns one vocabulary.
/// </summary>
public sealed class Vocabulary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<int> _df = [];

    // Lower-cased surface word → the id of its stem: stemming each distinct word once, not at every occurrence.
    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;

    public Vocabulary()
    {
        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The id of a lower-cased word's Porter stem.</summary>
    public int WordId(ReadOnlySpan<char> lowerWord)
    {
        if (_wordLookup.TryGetValue(lowerWord, out int id))
            return id;
        id = Id(Parallax.Text.PorterStemmer.Stem(lowerWord));
        _wordLookup[lowerWord] = id;
        return id;
    }

    public int Documents { get; private set; }

    public int Id(ReadOnlySpan<char> term)
    {
        if (_lookup.TryGetValue(term, out int id))
            return id;
        id = _df.Count;
        _lookup[term] = id;
        _df.Add(0);
        return id;
    }

    /// <summary>Counts one document containing these distinct terms.</summary>
    public void AddDocument(IEnumerable<int> distinctTerms)
    {
        Documents++;
        foreach (var t in distinctTerms)
            _df[t]++;
    }

    /// <summary>Smoothed IDF: ln((N + 1) / (df + 1)) + 1, so a term in every document still counts a little.</summary>
    public float Idf(int term) => (float)(Math.Log((Documents + 1.0) / (_df[term] + 1.0)) + 1.0);
}
