using System.Collections.Frozen;
using Parallax.Text;

namespace Parallax.Comparison.Figures;

/// <summary>How a word of <c>Data/counted-things.txt</c> says what a figure counts.</summary>
internal enum CountedKind : byte
{
    /// <summary>What happened to what is counted ("killed", "wounded", "evacuated").</summary>
    Event,

    /// <summary>Persons, and nothing more of who they are ("people", "civilians", "residents").</summary>
    People,

    /// <summary>Anything else counted ("jobs" / "positions", "bills" / "measures").</summary>
    Noun,

    /// <summary>Persons of one kind ("children", "soldiers", "aid workers"): a noun that may also be counted as people.</summary>
    Person,
}

/// <summary>
/// The lexicon of counted-noun equivalents (<c>Data/counted-things.txt</c>): classes of words that count the same
/// thing ("murders" / "homicides", "jobs" / "positions", "workers" / "employees") and of events that say what
/// happened to it ("killed" / "dead" / "death toll"). Words are looked up by Porter stem.
/// </summary>
internal static class CountedThings
{
    private static readonly FrozenDictionary<string, (string Class, CountedKind Kind)[]> ByStem = Load();

    private static FrozenDictionary<string, (string Class, CountedKind Kind)[]> Load()
    {
        var map = new Dictionary<string, List<(string, CountedKind)>>(StringComparer.Ordinal);
        foreach (var row in EmbeddedData.Rows("counted-things.txt"))
        {
            var kind = Enum.Parse<CountedKind>(row[1], ignoreCase: true);
            foreach (var word in row[2].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                // "=lives": that form only (its stem "live" is another word).
                var lower = word.TrimStart('=').ToLowerInvariant();
                var keys = word[0] == '=' ? new[] { lower } : new[] { lower, PorterStemmer.Stem(lower) };
                foreach (var key in keys.Distinct())
                {
                    if (!map.TryGetValue(key, out var list))
                        map[key] = list = [];
                    if (!list.Contains((row[0], kind)))
                        list.Add((row[0], kind));
                }
            }
        }
        // A listed form also takes the classes of its stem: "killing" is a noun of murders ("a killing") and, as
        // "killing 29", the event of its stem "kill".
        foreach (var (key, list) in map)
        {
            var stem = PorterStemmer.Stem(key);
            if (stem != key && map.TryGetValue(stem, out var ofStem))
                list.AddRange(ofStem.Where(c => !list.Contains(c)).ToList());
        }
        return map.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The classes a word belongs to (by its lower-case form or its stem); empty when none.</summary>
    public static ReadOnlySpan<(string Class, CountedKind Kind)> Of(string word)
    {
        var lower = word.ToLowerInvariant();
        if (ByStem.TryGetValue(lower, out var found) || ByStem.TryGetValue(PorterStemmer.Stem(lower), out found))
            return found;
        return [];
    }
}
