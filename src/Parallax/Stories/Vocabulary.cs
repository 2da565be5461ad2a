namespace Parallax.Stories;

/// <summary>
/// Term ids and document frequencies, growing as articles arrive (the stream's IDF, as in Miranda et al. 2018),
/// counted on top of a fixed <see cref="BackgroundIdf"/>: the background's terms take the first ids, and a term's
/// document frequency is its background count plus the stream's. Not thread-safe: one grouper owns one vocabulary.
/// </summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<int> _df = [];

    // Lower-cased surface word → the id of its stem: stemming each distinct word once, not at every occurrence.
    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;

    private readonly BackgroundIdf _background;

    /// <summary>A vocabulary over the shipped background (<see cref="BackgroundIdf.Default"/>).</summary>
    public Vocabulary()
        : this(BackgroundIdf.Default)
    {
    }

    public Vocabulary(BackgroundIdf background)
    {
        _background = background;
        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        AddBackgroundTerms();
    }

    /// <summary>The background this vocabulary counts on top of.</summary>
    public BackgroundIdf Background => _background;

    private void AddBackgroundTerms()
    {
        var terms = _background.Terms;
        _ids.EnsureCapacity(terms.Length);
        _df.Capacity = Math.Max(_df.Capacity, terms.Length);
        for (int i = 0; i < terms.Length; i++)
        {
            _ids.Add(terms[i], i);
            _df.Add(0);
        }
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

    /// <summary>Every term with the stream's document frequency (not the background's), in id order.</summary>
    internal IEnumerable<(string Term, int Df)> Frequencies()
    {
        var terms = new string[_df.Count];
        foreach (var (term, id) in _ids)
            terms[id] = term;
        for (int i = 0; i < terms.Length; i++)
            yield return (terms[i], _df[i]);
    }

    /// <summary>
    /// Writes the stream's document frequencies in id order, with the terms the background does not hold (its own
    /// take the first ids in every vocabulary over it; the stemming cache is rebuilt as words come).
    /// </summary>
    internal void WriteTo(BinaryWriter w)
    {
        w.Write(Documents);
        int shared = _background.Terms.Length;
        var terms = new string[_df.Count];
        foreach (var (term, id) in _ids)
            terms[id] = term;
        w.Write(shared);
        w.Write(terms.Length);
        for (int i = 0; i < terms.Length; i++)
        {
            if (i >= shared)
                w.Write(terms[i]);
            w.Write(_df[i]);
        }
    }

    /// <summary>Reads what <see cref="WriteTo"/> wrote into a vocabulary over the same background.</summary>
    internal void ReadFrom(BinaryReader r)
    {
        Documents = r.ReadInt32();
        int shared = r.ReadInt32();
        if (shared != _background.Terms.Length)
            throw new InvalidDataException("the state was saved over another background");
        int n = r.ReadInt32();
        _ids.EnsureCapacity(n);
        for (int i = 0; i < n; i++)
        {
            if (i >= shared)
                _ids.Add(r.ReadString(), i);
            int df = r.ReadInt32();
            if (i < shared)
                _df[i] = df;
            else
                _df.Add(df);
        }
    }

    /// <summary>
    /// Smoothed IDF over the background and the stream together: ln((N + 1) / (df + 1)) + 1 with N and df each the
    /// background's (as <see cref="BackgroundIdf.PriorDocuments"/> pseudo-documents) plus the stream's, so a term in
    /// every document still counts a little.
    /// </summary>
    public float Idf(int term)
    {
        var background = _background.PriorDf;
        double df = _df[term] + ((uint)term < (uint)background.Length ? background[term] : 0);
        return (float)(Math.Log((_background.PriorWeight + Documents + 1.0) / (df + 1.0)) + 1.0);
    }
}
