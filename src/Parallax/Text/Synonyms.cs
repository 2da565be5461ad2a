using System.Collections.Frozen;

namespace Parallax.Text;

/// <summary>
/// Whether two lower-case words can mean the same: WordNet (read from Debian's wordnet-base files at run
/// time, when installed) for the first senses of each word, and a small built-in table of news
/// vocabulary that works without it. Loaded once, lazily; thread-safe.
/// </summary>
internal static class Synonyms
{
    /// <summary>Where Debian's wordnet-base puts the database; PARALLAX_WORDNET overrides.</summary>
    public const string DefaultWordNetDirectory = "/usr/share/wordnet";

    /// <summary>Only a word's most frequent senses count: rare senses make everything a synonym of everything.</summary>
    public const int SensesPerWord = 3;

    /// <summary>Groups of words that news translations use for one another.</summary>
    private static readonly string[][] BuiltInGroups =
    [
        ["stop", "halt", "cease", "end", "stopped", "halted", "ceased", "ended", "stopping", "halting", "ending"],
        ["fight", "fighting", "combat", "battle", "battles", "hostilities", "clashes", "clash", "warfare"],
        ["ceasefire", "truce", "armistice"],
        ["strive", "strives", "seek", "seeks", "endeavour", "endeavor"],
        ["towards", "toward"],
        ["anyhow", "anyway", "case", "regardless"],
        ["important", "essential", "crucial", "vital", "key", "significant", "major"],
        ["component", "part", "element", "piece", "step"],
        ["whole", "overall", "entire", "entirety", "all", "every", "each"],
        ["territory", "land", "soil", "country"],
        ["within", "inside", "across", "throughout"],
        ["killed", "dead", "died", "deaths", "fatalities", "lives"],
        ["injured", "wounded", "hurt", "injuries"],
        ["evacuated", "evacuation", "left", "fled", "exited", "departed", "removed"],
        ["people", "persons", "individuals", "civilians", "residents", "inhabitants"],
        ["militants", "fighters", "rebels", "insurgents", "gunmen", "terrorists", "extremists"],
        ["agreement", "deal", "accord", "pact", "settlement"],
        ["talks", "negotiations", "dialogue", "discussions"],
        ["help", "aid", "assistance", "support", "relief"],
        ["begin", "start", "launch", "commence", "begins", "starts", "launched", "started"],
        ["need", "needs", "must", "necessary", "required", "should"],
        ["possible", "everything", "all"],
        ["close", "near", "nearly", "almost"],
        ["strengthen", "reinforce", "bolster", "boost"],
        ["threat", "threats", "danger", "dangers", "risk", "risks"],
        ["government", "authorities", "administration", "leadership", "regime"],
        ["president", "leader", "head"],
        ["city", "town"],
        ["households", "families", "household", "family"],
        ["allow", "let", "permit", "allows", "lets", "permits", "allowed", "permitted"],
        ["army", "military", "troops", "forces"],
        ["attack", "attacks", "strike", "strikes", "assault", "raid"],
        // What WordNet's lemmas give and Porter stems do not: a blow struck, a bomb and its bomber, the verbs that
        // report, the large round counts, one word's British and American spellings, a point of the compass and its
        // adjective. Without these, two reports' sentences about one toll share fewer words than with WordNet.
        ["hit", "hits", "struck", "strike", "strikes"],
        ["bomb", "bombs", "bomber", "bombers", "bombing", "bombings", "bombed"],
        ["said", "says", "say", "told", "tells", "stated"],
        ["dozens", "scores"],
        ["stay", "stays", "stayed", "remain", "remains", "remained"],
        ["defence", "defense"], ["offence", "offense"], ["centre", "center"], ["programme", "program"],
        ["labour", "labor"], ["organisation", "organization"], ["neighbourhood", "neighborhood"],
        ["neighbourhoods", "neighborhoods"], ["honour", "honor"], ["favour", "favor"], ["armour", "armor"],
        ["north", "northern"], ["south", "southern"], ["east", "eastern"], ["west", "western"],
        ["northeast", "northeastern"], ["northwest", "northwestern"], ["southeast", "southeastern"],
        ["southwest", "southwestern"],
        ["rise", "increase", "growth", "surge", "jump", "raise", "raised", "hike", "hikes", "lift", "lifted", "lifting"],
        ["fall", "decrease", "drop", "decline", "plunge"],
    ];

    private static readonly Lazy<FrozenDictionary<string, int[]>> BuiltIn = new(BuildBuiltIn);
    private static readonly Lazy<WordNetIndex?> WordNet = new(() => WordNetIndex.TryLoad(Environment.GetEnvironmentVariable("PARALLAX_WORDNET") ?? DefaultWordNetDirectory, SensesPerWord));

    /// <summary>True when WordNet's files were found and read.</summary>
    public static bool HasWordNet => WordNet.Value is not null;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, long[]> KeyCache = new(StringComparer.Ordinal);

    public static bool AreSynonyms(string a, string b) => a == b || ShareKey(KeysOf(a), KeysOf(b));

    /// <summary>Whether the built-in groups alone make two words synonyms (what a machine without WordNet has).</summary>
    internal static bool AreBuiltInSynonyms(string a, string b) =>
        a == b || BuiltIn.Value.TryGetValue(a, out var ga) && BuiltIn.Value.TryGetValue(b, out var gb) && ga.Intersect(gb).Any();

    /// <summary>
    /// A word's meanings as sorted keys: its built-in groups (negative) and its WordNet senses. Two words are
    /// synonyms when their keys intersect. Cached per word, so comparisons allocate nothing once warm.
    /// </summary>
    public static long[] KeysOf(string word) => KeyCache.GetOrAdd(word, static w =>
    {
        var keys = new List<long>();
        if (BuiltIn.Value.TryGetValue(w, out var groups))
            keys.AddRange(groups.Select(g => -1L - g));
        if (WordNet.Value is { } wordNet)
            keys.AddRange(wordNet.SensesOf(w));
        var array = keys.Distinct().ToArray();
        Array.Sort(array);
        return array;
    });

    /// <summary>Whether two sorted key arrays share a key.</summary>
    public static bool ShareKey(long[] a, long[] b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) return true;
            if (a[i] < b[j]) i++;
            else j++;
        }
        return false;
    }

    private static FrozenDictionary<string, int[]> BuildBuiltIn()
    {
        var map = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int g = 0; g < BuiltInGroups.Length; g++)
        {
            foreach (var w in BuiltInGroups[g])
            {
                if (!map.TryGetValue(w, out var list))
                    map[w] = list = [];
                list.Add(g);
            }
        }
        return map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }
}
