using System.Collections.Frozen;

namespace Parallax.Text;

/// <summary>English function words and reporting boilerplate that carry no story content.</summary>
internal static class StopWords
{
    private static readonly string[] List =
        [.. EmbeddedData.Lines("stop-words.txt").SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))];

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
