using System.Collections.Frozen;

namespace Parallax.Text;

/// <summary>
/// The lemma-to-synset part of WordNet 3.0 (index.noun, index.verb, index.adj, index.adv): enough to
/// tell whether two words share a sense. Inflected forms are reduced with WordNet's own detachment
/// rules (morphy) and its exception lists.
/// </summary>
internal sealed class WordNetIndex
{
    private static readonly (string File, char Pos)[] IndexFiles = [("index.noun", 'n'), ("index.verb", 'v'), ("index.adj", 'a'), ("index.adv", 'r')];
    private static readonly (string File, char Pos)[] ExceptionFiles = [("noun.exc", 'n'), ("verb.exc", 'v'), ("adj.exc", 'a'), ("adv.exc", 'r')];

    /// <summary>Morphy's detachment rules: suffix to remove and ending to add, per part of speech.</summary>
    private static readonly (char Pos, string Suffix, string Ending)[] Detachments =
    [
        ('n', "s", ""), ('n', "ses", "s"), ('n', "xes", "x"), ('n', "zes", "z"), ('n', "ches", "ch"), ('n', "shes", "sh"), ('n', "men", "man"), ('n', "ies", "y"),
        ('v', "s", ""), ('v', "ies", "y"), ('v', "es", "e"), ('v', "es", ""), ('v', "ed", "e"), ('v', "ed", ""), ('v', "ing", "e"), ('v', "ing", ""),
        ('a', "er", ""), ('a', "est", ""), ('a', "er", "e"), ('a', "est", "e"),
    ];

    private readonly FrozenDictionary<string, long[]> _senses;
    private readonly FrozenDictionary<string, string[]> _exceptions;

    private WordNetIndex(FrozenDictionary<string, long[]> senses, FrozenDictionary<string, string[]> exceptions)
    {
        _senses = senses;
        _exceptions = exceptions;
    }

    public static WordNetIndex? TryLoad(string directory, int sensesPerWord)
    {
        try
        {
            if (!File.Exists(Path.Combine(directory, "index.verb")))
                return null;
            var senses = new Dictionary<string, List<long>>(StringComparer.Ordinal);
            foreach (var (file, pos) in IndexFiles)
            {
                foreach (var line in File.ReadLines(Path.Combine(directory, file)))
                {
                    if (line.Length == 0 || line[0] == ' ')
                        continue; // licence header
                    var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
                    if (parts.Length < 6 || !int.TryParse(parts[3], out int pointers))
                        continue;
                    int first = 4 + pointers + 2;
                    if (!senses.TryGetValue(parts[0], out var list))
                        senses[parts[0]] = list = [];
                    for (int i = first; i < parts.Length && i < first + sensesPerWord; i++)
                    {
                        if (long.TryParse(parts[i], out long offset))
                            list.Add(offset * 4 + PosCode(pos));
                    }
                }
            }
            var exceptions = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var (file, _) in ExceptionFiles)
            {
                var path = Path.Combine(directory, file);
                if (!File.Exists(path))
                    continue;
                foreach (var line in File.ReadLines(path))
                {
                    var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (parts.Length < 2)
                        continue;
                    if (!exceptions.TryGetValue(parts[0], out var list))
                        exceptions[parts[0]] = list = [];
                    list.AddRange(parts.Skip(1));
                }
            }
            return new WordNetIndex(
                senses.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal),
                exceptions.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal));
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static int PosCode(char pos) => pos switch { 'n' => 0, 'v' => 1, 'a' => 2, _ => 3 };

    /// <summary>The senses (synset offset and part of speech) of a word and its base forms.</summary>
    public HashSet<long> SensesOf(string word)
    {
        var result = new HashSet<long>();
        foreach (var lemma in Lemmas(word))
        {
            if (_senses.TryGetValue(lemma, out var s))
                result.UnionWith(s);
        }
        return result;
    }

    private IEnumerable<string> Lemmas(string word)
    {
        yield return word;
        if (_exceptions.TryGetValue(word, out var bases))
        {
            foreach (var b in bases)
                yield return b;
        }
        foreach (var (_, suffix, ending) in Detachments)
        {
            if (word.Length > suffix.Length + 1 && word.EndsWith(suffix, StringComparison.Ordinal))
                yield return string.Concat(word.AsSpan(0, word.Length - suffix.Length), ending);
        }
    }
}
