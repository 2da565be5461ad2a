using Parallax.Analysis;
using Parallax.Model;

namespace Parallax.Comparison.Exclusives;

/// <summary>What only one article of a story has: people it names and sentences no other article echoes.</summary>
internal sealed record ArticleExclusives(IReadOnlyList<string> People, IReadOnlyList<TextSpan> Sentences);

/// <summary>
/// Finds each article's exclusives within its story. A sentence is exclusive when no sentence of another
/// article shares at least <see cref="SentenceOverlap"/> of its content words (stems, synonyms, names);
/// a person is exclusive when no other article mentions the same canonical name.
/// </summary>
internal static class ExclusiveFinder
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
        var index = new SentenceIndex(sentences.Select(list => list.Select(x => x.Words).ToList()).ToList());
        var result = new List<ArticleExclusives>();
        for (int i = 0; i < articles.Count; i++)
        {
            var others = Enumerable.Range(0, articles.Count).Where(j => j != i).ToList();
            var onlyPeople = people[i].Where(p => others.All(j => !people[j].Contains(p))).Order().ToList();
            var onlySentences = sentences[i]
                .Where(s => s.Words.Count >= MinSentenceWords && !index.Echoed(s.Words, i))
                .Select(s => s.Span).ToList();
            result.Add(new ArticleExclusives(onlyPeople, onlySentences));
        }
        return result;
    }

    /// <summary>
    /// The sentences of all articles, indexed by stem and meaning key, so that finding whether another article
    /// echoes a sentence costs the look-ups of its words rather than a comparison with every sentence of the story.
    /// </summary>
    private sealed class SentenceIndex
    {
        private readonly List<(int Article, ContentWords Words)> _sentences = [];
        private readonly Dictionary<string, List<int>> _byStem = new(StringComparer.Ordinal);
        private readonly Dictionary<long, List<int>> _byKey = [];

        public SentenceIndex(List<List<ContentWords>> articles)
        {
            for (int a = 0; a < articles.Count; a++)
            {
                foreach (var words in articles[a])
                {
                    int id = _sentences.Count;
                    _sentences.Add((a, words));
                    foreach (var stem in words.StemSet)
                        Add(_byStem, stem, id);
                    foreach (var key in words.KeySet)
                        Add(_byKey, key, id);
                }
            }
        }

        // Per-call scratch, reused: how many of the asked sentence's words each sentence covers, the last word that
        // counted it (a sentence counts once per word, whether by stem or by meaning), and which entries to reset.
        private int[] _covered = [];
        private int[] _lastWord = [];
        private readonly List<int> _touched = [];
        private int _word;

        /// <summary>
        /// True when a sentence of an article other than <paramref name="article"/> has at least
        /// <see cref="SentenceOverlap"/> of these words (<see cref="ContentWords.CoveredBy"/>).
        /// </summary>
        public bool Echoed(ContentWords words, int article)
        {
            if (_covered.Length < _sentences.Count)
            {
                _covered = new int[_sentences.Count];
                _lastWord = new int[_sentences.Count];
            }
            int needed = (int)Math.Ceiling(SentenceOverlap * words.Count);
            bool echoed = false;
            for (int w = 0; w < words.Count && !echoed; w++)
            {
                _word++;
                echoed = Count(_byStem.GetValueOrDefault(words.Stems[w]));
                foreach (var key in words.Keys[w])
                    echoed = echoed || Count(_byKey.GetValueOrDefault(key));
            }
            foreach (int id in _touched)
            {
                _covered[id] = 0;
                _lastWord[id] = 0;
            }
            _touched.Clear();
            return echoed;

            bool Count(List<int>? postings)
            {
                if (postings is null)
                    return false;
                foreach (int id in postings)
                {
                    if (_lastWord[id] == _word || _sentences[id].Article == article)
                        continue;
                    if (_covered[id] == 0)
                        _touched.Add(id);
                    _lastWord[id] = _word;
                    if (++_covered[id] >= needed)
                        return true;
                }
                return false;
            }
        }

        private static void Add<TKey>(Dictionary<TKey, List<int>> map, TKey key, int id)
            where TKey : notnull
        {
            if (!map.TryGetValue(key, out var list))
                map[key] = list = [];
            list.Add(id);
        }
    }

    /// <summary>The sentence layer when analysis gave one; otherwise the same splitter run here.</summary>
    private static IEnumerable<TextSpan> Sentences(AnalyzedArticle a) => a.Get(Layers.Sentences);
}
