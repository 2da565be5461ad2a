using Parallax.Analysis;
using Parallax.Text;

namespace Parallax.Stories;

/// <summary>The TF-IDF vectors and time of one article, as story grouping compares them.</summary>
public sealed record ArticleFeatures(SparseVector Title, SparseVector Lead, SparseVector Body, SparseVector Names, DateTime? Time);

/// <summary>Raw term counts of an article before weighting (weights need the vocabulary's DF after the article is counted).</summary>
public sealed class ArticleTerms
{
    public Dictionary<int, int> Title { get; } = [];
    public Dictionary<int, int> Lead { get; } = [];
    public Dictionary<int, int> Body { get; } = [];
    public Dictionary<int, int> Names { get; } = [];
    public DateTime? Time { get; init; }

    public IEnumerable<int> Distinct() => Title.Keys.Concat(Lead.Keys).Concat(Body.Keys).Concat(Names.Keys).Distinct();
}

/// <summary>
/// Turns articles into term counts (stemmed content words of title, lead and body; names of entities)
/// and counts into TF-IDF vectors.
/// </summary>
public static class FeatureExtractor
{
    /// <summary>How many content words of the body count as its lead.</summary>
    public const int LeadWords = 60;

    /// <summary>Prefix that keeps name terms apart from word terms in the shared vocabulary.</summary>
    private const char NamePrefix = '#';

    public static ArticleTerms Count(AnalyzedArticle article, Vocabulary vocabulary)
    {
        var a = article.Article;
        var terms = new ArticleTerms { Time = a.Published?.Value };
        if (a.Title is { } title)
            AddWords(title, vocabulary, terms.Title, null, int.MaxValue);
        AddWords(a.Text, vocabulary, terms.Body, terms.Lead, LeadWords);
        if (article.Entities.Count > 0)
        {
            foreach (var e in article.Entities)
                Add(terms.Names, vocabulary.Id(NamePrefix + e.Name.ToLowerInvariant()));
        }
        else
        {
            AddCapitalisedNames(a.Text, vocabulary, terms.Names);
        }
        return terms;
    }

    public static ArticleFeatures Weigh(ArticleTerms terms, Vocabulary vocabulary) => new(
        Vector(terms.Title, vocabulary), Vector(terms.Lead, vocabulary), Vector(terms.Body, vocabulary), Vector(terms.Names, vocabulary), terms.Time);

    private static SparseVector Vector(Dictionary<int, int> counts, Vocabulary vocabulary)
    {
        var raw = new Dictionary<int, float>(counts.Count);
        foreach (var (id, tf) in counts)
            raw[id] = (float)(1 + Math.Log(tf)) * vocabulary.Idf(id);
        return SparseVector.FromWeights(raw);
    }

    private static void AddWords(string text, Vocabulary vocabulary, Dictionary<int, int> all, Dictionary<int, int>? lead, int leadWords)
    {
        Span<char> lower = stackalloc char[64];
        int n = 0;
        foreach (var span in WordTokenizer.Words(text))
        {
            var word = text.AsSpan(span.Start, span.Length);
            if (word.Length < 2 || word.Length > 40 || !char.IsLetter(word[0]))
                continue;
            int len = word.ToLowerInvariant(lower);
            var w = lower[..len];
            if (StopWords.Contains(w))
                continue;
            int id = vocabulary.Id(PorterStemmer.Stem(w));
            Add(all, id);
            if (lead is not null && n++ < leadWords)
                Add(lead, id);
        }
    }

    /// <summary>Without an entity layer: capitalised words not opening a sentence stand in for names.</summary>
    private static void AddCapitalisedNames(string text, Vocabulary vocabulary, Dictionary<int, int> names)
    {
        Span<char> buffer = stackalloc char[66];
        foreach (var span in WordTokenizer.Words(text))
        {
            var word = text.AsSpan(span.Start, span.Length);
            if (word.Length < 3 || word.Length > 40 || !char.IsUpper(word[0]) || OpensSentence(text, span.Start))
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
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, id, out _);
        slot++;
    }
}
