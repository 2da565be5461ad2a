using Parallax.Analysis;
using Parallax.Analysis.Sentences;
using Parallax.Model;

namespace Parallax.Comparison.Exclusives;

/// <summary>What only one article of a story has: people it names and sentences no other article echoes.</summary>
public sealed record ArticleExclusives(IReadOnlyList<string> People, IReadOnlyList<TextSpan> Sentences);

/// <summary>
/// Finds each article's exclusives within its story. A sentence is exclusive when no sentence of another
/// article shares at least <see cref="SentenceOverlap"/> of its content words (stems, synonyms, names);
/// a person is exclusive when no other article mentions the same canonical name.
/// </summary>
public static class ExclusiveFinder
{
    public const double SentenceOverlap = 0.5;

    /// <summary>Sentences with fewer content words than this are too short to call exclusive.</summary>
    public const int MinSentenceWords = 5;

    public static IReadOnlyList<ArticleExclusives> Find(IReadOnlyList<AnalyzedArticle> articles)
    {
        if (articles.Count < 2)
            return articles.Select(_ => new ArticleExclusives([], [])).ToList();
        var sentences = articles.Select(a => Sentences(a).Select(s => (Span: s, Words: ContentWords.Of(a.Text.AsSpan(s.Start, s.Length)))).ToList()).ToList();
        var people = articles.Select(a => a.Entities.Where(e => e.Type == EntityType.Person).Select(e => e.Name).ToHashSet(StringComparer.OrdinalIgnoreCase)).ToList();
        var result = new List<ArticleExclusives>();
        for (int i = 0; i < articles.Count; i++)
        {
            var others = Enumerable.Range(0, articles.Count).Where(j => j != i).ToList();
            var onlyPeople = people[i].Where(p => others.All(j => !people[j].Contains(p))).Order().ToList();
            var onlySentences = sentences[i]
                .Where(s => s.Words.Count >= MinSentenceWords)
                .Where(s => others.All(j => sentences[j].All(o => s.Words.CoveredBy(o.Words) < SentenceOverlap)))
                .Select(s => s.Span).ToList();
            result.Add(new ArticleExclusives(onlyPeople, onlySentences));
        }
        return result;
    }

    /// <summary>The sentence layer when analysis gave one; otherwise the same splitter run here.</summary>
    private static IEnumerable<TextSpan> Sentences(AnalyzedArticle a) =>
        a.Sentences.Count > 0 ? a.Sentences : SentenceSplitter.Split(a.Text);
}
