using System.Collections.Frozen;

namespace Parallax.Analysis.Entities;

/// <summary>A frozen set of words looked up by span of the article text, without allocating.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private WordSet(StringComparer comparer, string[] words) =>
        _lookup = words.ToFrozenSet(comparer).GetAlternateLookup<ReadOnlySpan<char>>();

    public static WordSet Of(StringComparer comparer, params string[] words) => new(comparer, words);

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
