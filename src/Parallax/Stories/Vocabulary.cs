namespace Parallax.Stories;

/// <summary>
/// Term ids and document frequencies, growing as articles arrive (the stream's IDF, as in Miranda et al. 2018).
/// Not thread-safe: one grouper owns one vocabulary.
/// </summary>
internal sealed class Vocabulary
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

    /// <summary>Scratch counters for <see cref="FeatureExtractor.Count"/>: the vocabulary's ids index them.</summary>
    internal (TermCounter All, TermCounter Lead, TermCounter Names) Counters { get; } = (new(), new(), new());

    /// <summary>
    /// The id of a lower-cased word's Porter stem, or -1 for a stop word: one lookup per word decides both, as
    /// each distinct surface word is judged and stemmed once.
    /// </summary>
    public int ContentWordId(ReadOnlySpan<char> lowerWord)
    {
        if (_wordLookup.TryGetValue(lowerWord, out int id))
            return id;
        id = Parallax.Text.StopWords.Contains(lowerWord) ? StopWord : Id(Parallax.Text.PorterStemmer.Stem(lowerWord));
        _wordLookup[lowerWord] = id;
        return id;
    }

    private const int StopWord = -1;

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

    /// <summary>Counts one document: each of its terms (body, title, names) once.</summary>
    public void AddDocument(ArticleTerms terms)
    {
        Documents++;
        foreach (int t in terms.Body.Ids)
            _df[t]++;
        foreach (int t in terms.Title.Ids)
        {
            if (Array.BinarySearch(terms.Body.Ids, t) < 0)
                _df[t]++;
        }
        // Name ids carry a prefix no word has: never among the body's or the title's.
        foreach (int t in terms.Names.Ids)
            _df[t]++;
    }

    /// <summary>Writes the terms in id order and their document frequencies (the stemming cache is rebuilt as words come).</summary>
    internal void WriteTo(BinaryWriter w)
    {
        w.Write(Documents);
        var terms = new string[_df.Count];
        foreach (var (term, id) in _ids)
            terms[id] = term;
        w.Write(terms.Length);
        for (int i = 0; i < terms.Length; i++)
        {
            w.Write(terms[i]);
            w.Write(_df[i]);
        }
    }

    internal void ReadFrom(BinaryReader r)
    {
        Documents = r.ReadInt32();
        int n = r.ReadInt32();
        _ids.EnsureCapacity(n);
        for (int i = 0; i < n; i++)
        {
            _ids.Add(r.ReadString(), i);
            _df.Add(r.ReadInt32());
        }
    }

    /// <summary>Smoothed IDF: ln((N + 1) / (df + 1)) + 1, so a term in every document still counts a little.</summary>
    public float Idf(int term) => (float)(Math.Log((Documents + 1.0) / (_df[term] + 1.0)) + 1.0);
}
