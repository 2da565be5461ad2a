using System.Collections.Frozen;

namespace Parallax.Text;

/// <summary>English function words and reporting boilerplate that carry no story content.</summary>
public static class StopWords
{
    private static readonly string[] List =
    [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "even", "ever", "every", "few", "for", "from", "further", "had", "has",
        "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in",
        "into", "is", "it", "its", "itself", "just", "least", "less", "let", "like", "many", "may", "me", "might", "more",
        "most", "much", "must", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or",
        "other", "others", "our", "ours", "ourselves", "out", "over", "own", "per", "perhaps", "quite", "rather", "same",
        "shall", "she", "should", "since", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
        "themselves", "then", "there", "these", "they", "this", "those", "though", "through", "thus", "to", "too", "under",
        "until", "up", "upon", "us", "very", "was", "we", "were", "what", "when", "where", "whether", "which", "while",
        "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you", "your", "yours",
        "yourself", "yourselves", "s", "t", "don", "didn", "doesn", "isn", "wasn", "weren", "won", "wouldn", "couldn",
        "shouldn", "aren", "hasn", "haven", "hadn", "ll", "ve", "re", "d", "m", "o",
        // reporting verbs and news filler: in every article, whatever the story
        "said", "says", "say", "saying", "told", "tell", "added", "according", "reported", "reports", "report", "reporting",
        "news", "article", "read", "new", "year", "years", "day", "days", "week", "weeks", "time", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "mr", "mrs", "ms", "dr",
    ];

    private static readonly FrozenSet<string> Set = List.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Set.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Function words that still change what a statement says — negations and quantifiers ("will not
    /// allow", "least able") — kept when passages are compared for meaning, though retrieval drops them.
    /// </summary>
    private static readonly FrozenSet<string> MeaningfulSet = new[]
    {
        "not", "no", "nor", "never", "least", "most", "only", "all", "every", "against", "without", "let",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MeaningfulLookup = MeaningfulSet.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a stop word that negates or quantifies (see <see cref="MeaningfulSet"/>).</summary>
    public static bool IsMeaningful(ReadOnlySpan<char> lowerWord) => MeaningfulLookup.Contains(lowerWord);

    /// <summary>True for a lower-case stop word.</summary>
    public static bool Contains(ReadOnlySpan<char> lowerWord) => Lookup.Contains(lowerWord);
}
