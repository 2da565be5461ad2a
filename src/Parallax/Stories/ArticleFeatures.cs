using System.Runtime.InteropServices;
using Parallax.Text;

namespace Parallax.Stories;

/// <summary>The TF-IDF vectors, time and SimHash fingerprint of one article, as story grouping compares them.</summary>
public sealed record ArticleFeatures(SparseVector Title, SparseVector Lead, SparseVector Body, SparseVector Names, DateTime? Time)
{
    /// <summary>SimHash of the text's word shingles; 0 when the text is too short to have one.</summary>
    public ulong Fingerprint { get; init; }
}

/// <summary>Raw term counts of an article before weighting (weights need the vocabulary's DF after the article is counted).</summary>
public sealed class ArticleTerms
{
    public Dictionary<int, int> Title { get; } = [];
    public Dictionary<int, int> Lead { get; } = [];
    public Dictionary<int, int> Body { get; } = [];
    public Dictionary<int, int> Names { get; } = [];
    public DateTime? Time { get; init; }
    public ulong Fingerprint { get; set; }

    /// <summary>Each term of the article once, for document frequencies.</summary>
    public IEnumerable<int> Distinct()
    {
        var seen = new HashSet<int>(Body.Keys);
        foreach (var k in Title.Keys) seen.Add(k);
        foreach (var k in Names.Keys) seen.Add(k);
        return seen;
    }
}

/// <summary>
/// Turns articles into term counts (stemmed content words of title, lead and body; canonical names of
/// entities) and counts into TF-IDF vectors.
/// </summary>
public static class FeatureExtractor
{
    /// <summary>How many content words of the body count as its lead.</summary>
    public const int LeadWords = 60;

    /// <summary>Prefix that keeps name terms apart from word terms in the shared vocabulary.</summary>
    private const char NamePrefix = '#';

    private const int MaxWordLength = 40;

    public static ArticleTerms Count(StoryDocument doc, Vocabulary vocabulary)
    {
        var terms = new ArticleTerms { Time = doc.Time };
        Span<int> bits = stackalloc int[64];
        var simhash = new SimHashBuilder(bits);
        if (doc.Title is { } title)
        {
            var none = SimHashBuilder.None;
            AddWords(title, vocabulary, terms.Title, null, ref none);
        }
        AddWords(doc.Text, vocabulary, terms.Body, terms.Lead, ref simhash);
        terms.Fingerprint = simhash.Fingerprint();
        if (doc.Names.Count > 0)
        {
            Span<char> buffer = stackalloc char[MaxWordLength * 2 + 2];
            foreach (var name in doc.Names)
            {
                if (name.Length == 0 || name.Length > MaxWordLength * 2)
                    continue;
                buffer[0] = NamePrefix;
                int len = name.AsSpan().ToLowerInvariant(buffer[1..]);
                Add(terms.Names, vocabulary.Id(buffer[..(len + 1)]));
            }
        }
        else
        {
            AddCapitalisedNames(doc.Text, vocabulary, terms.Names);
        }
        return terms;
    }

    public static ArticleFeatures Weigh(ArticleTerms terms, Vocabulary vocabulary) => new(
        Vector(terms.Title, vocabulary), Vector(terms.Lead, vocabulary), Vector(terms.Body, vocabulary), Vector(terms.Names, vocabulary), terms.Time)
    {
        Fingerprint = terms.Fingerprint,
    };

    /// <summary>SimHash of the text's lower-cased word shingles (every word counts: copies keep their stop words too).</summary>
    public static ulong Fingerprint(string text)
    {
        Span<int> bits = stackalloc int[64];
        Span<char> lower = stackalloc char[MaxWordLength];
        var builder = new SimHashBuilder(bits);
        foreach (var span in WordTokenizer.Words(text))
        {
            if (span.Length > MaxWordLength)
                continue;
            int len = text.AsSpan(span.Start, span.Length).ToLowerInvariant(lower);
            builder.AddWord(lower[..len]);
        }
        return builder.Fingerprint();
    }

    private static SparseVector Vector(Dictionary<int, int> counts, Vocabulary vocabulary)
    {
        if (counts.Count == 0)
            return SparseVector.Empty;
        var ids = new int[counts.Count];
        var weights = new float[counts.Count];
        int n = 0;
        foreach (var (id, tf) in counts)
        {
            ids[n] = id;
            weights[n++] = (float)(1 + Math.Log(tf)) * vocabulary.Idf(id);
        }
        Array.Sort(ids, weights);
        return SparseVector.Normalised(ids, weights);
    }

    /// <summary>Counts the content words of <paramref name="text"/>; every word (stop words too) feeds the fingerprint.</summary>
    private static void AddWords(string text, Vocabulary vocabulary, Dictionary<int, int> all, Dictionary<int, int>? lead, ref SimHashBuilder simhash)
    {
        Span<char> lower = stackalloc char[MaxWordLength];
        int n = 0;
        foreach (var span in WordTokenizer.Words(text))
        {
            var word = text.AsSpan(span.Start, span.Length);
            if (word.Length > MaxWordLength)
                continue;
            int len = word.ToLowerInvariant(lower);
            var w = lower[..len];
            simhash.AddWord(w);
            if (word.Length < 2 || !char.IsLetter(word[0]) || StopWords.Contains(w))
                continue;
            int id = vocabulary.WordId(w);
            Add(all, id);
            if (lead is not null && n++ < LeadWords)
                Add(lead, id);
        }
    }

    /// <summary>Without an entity layer: capitalised words not opening a sentence stand in for names.</summary>
    private static void AddCapitalisedNames(string text, Vocabulary vocabulary, Dictionary<int, int> names)
    {
        Span<char> buffer = stackalloc char[MaxWordLength + 2];
        foreach (var span in WordTokenizer.Words(text))
        {
            var word = text.AsSpan(span.Start, span.Length);
            if (word.Length < 3 || word.Length > MaxWordLength || !char.IsUpper(word[0]) || OpensSentence(text, span.Start))
                continue;
            buffer[0] = NamePrefix;
            int len = word.ToLowerInvariant(buffer[1..]);
            var lowered = buffer[1..(len + 1)];
            if (StopWords.Contains(lowered))
                continue;
            Add(names, vocabulary.Id(buffer[..(len + 1)]));
        }
    }

    private static bool OpensSentence(string text, int start)
    {
        for (int i = start - 1; i >= 0; i--)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || c is '"' or '\u201C' or '\u2018' or '(' or '\'')
                continue;
            return c is '.' or '!' or '?' or ':' or '\n';
        }
        return true;
    }

    private static void Add(Dictionary<int, int> counts, int id)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, id, out _);
        slot++;
    }
}
