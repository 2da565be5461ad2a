using System.Buffers;
using System.Collections.Frozen;
using Parallax.Analysis.Entities.Data;

namespace Parallax.Analysis.Entities;

[Flags]
internal enum LexKind : byte
{
    None = 0,
    Place = 1,
    Organization = 2,
    Demonym = 4,
    GivenName = 8,
    Country = 16,
}

/// <summary>What a name in the gazetteers is: a place and/or organization (with canonical names), a demonym, a given name.</summary>
internal sealed class LexEntry
{
    public LexKind Kind { get; set; }

    /// <summary>Canonical place name when <see cref="LexKind.Place"/>.</summary>
    public string? Place { get; set; }

    /// <summary>Canonical organization name when <see cref="LexKind.Organization"/>.</summary>
    public string? Organization { get; set; }

    /// <summary>The country a demonym belongs to ("Syrian" -> "Syria").</summary>
    public string? DemonymOf { get; set; }

    public bool Is(LexKind kind) => (Kind & kind) != 0;
}

/// <summary>
/// The gazetteers (Data/), built once on first use and shared by every thread. Lookups take a span of
/// the article text (no substring), through <see cref="FrozenDictionary{TKey,TValue}"/> alternate lookups.
/// Multi-word names are found by their first word: <see cref="MaxTokensFrom"/> says how far a name starting
/// with it can reach, so most capitalised words cost one lookup.
/// </summary>
internal sealed class EntityLexicon
{
    private static readonly Lazy<EntityLexicon> Shared = new(() => new EntityLexicon(), LazyThreadSafetyMode.ExecutionAndPublication);

    public static EntityLexicon Instance => Shared.Value;

    private readonly FrozenDictionary<string, LexEntry>.AlternateLookup<ReadOnlySpan<char>> _names;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _nameReach;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _titles;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _titleReach;

    public int NameCount { get; }

    private EntityLexicon()
    {
        var names = new Dictionary<string, LexEntry>(StringComparer.Ordinal);
        foreach (var (canonical, aliases, demonyms) in Rows(EntityData.Countries))
        {
            foreach (var name in aliases.Prepend(canonical))
                AddPlace(names, name, canonical, country: true);
            foreach (var demonym in demonyms)
            {
                var entry = Entry(names, demonym);
                entry.Kind |= LexKind.Demonym;
                entry.DemonymOf ??= canonical;
            }
        }
        foreach (var (canonical, aliases, _) in Rows(EntityData.Regions))
        {
            foreach (var name in aliases.Prepend(canonical))
                AddPlace(names, name, canonical, country: false);
        }
        foreach (var (city, _, _) in Rows(EntityData.Cities))
            AddPlace(names, city, city, country: false);
        foreach (var (canonical, aliases, _) in Rows(EntityData.Organizations))
        {
            foreach (var name in aliases.Prepend(canonical))
            {
                var entry = Entry(names, name);
                if (entry.Organization is not null)
                    continue;
                entry.Kind |= LexKind.Organization;
                entry.Organization = canonical;
            }
        }
        foreach (var given in EntityData.GivenNames)
            Entry(names, given).Kind |= LexKind.GivenName;

        var titles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (title, roles, _) in Rows(EntityData.Titles))
            titles.TryAdd(title, roles.FirstOrDefault() ?? "");

        NameCount = names.Count;
        _names = names.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _nameReach = Reach(names.Keys, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _titles = titles.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _titleReach = Reach(titles.Keys, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool TryGetName(ReadOnlySpan<char> text, out LexEntry entry) => _names.TryGetValue(text, out entry!);

    /// <summary>The role a title gives ("" for an honorific such as "Mr").</summary>
    public bool TryGetTitle(ReadOnlySpan<char> text, out string role) => _titles.TryGetValue(text, out role!);

    /// <summary>How many tokens the longest gazetteer name starting with this word spans (0 when none has more than one).</summary>
    public int MaxTokensFrom(ReadOnlySpan<char> firstWord) => _nameReach.TryGetValue(firstWord, out var n) ? n : 0;

    public int MaxTitleTokensFrom(ReadOnlySpan<char> firstWord) => _titleReach.TryGetValue(firstWord, out var n) ? n : 0;

    private static void AddPlace(Dictionary<string, LexEntry> names, string name, string canonical, bool country)
    {
        var entry = Entry(names, name);
        if (entry.Place is not null)
            return;
        entry.Kind |= LexKind.Place | (country ? LexKind.Country : LexKind.None);
        entry.Place = canonical;
    }

    private static LexEntry Entry(Dictionary<string, LexEntry> names, string name)
    {
        if (!names.TryGetValue(name, out var entry))
            names[name] = entry = new LexEntry();
        return entry;
    }

    /// <summary>Rows of a <c>a | b;c | d;e</c> table.</summary>
    private static IEnumerable<(string First, string[] Second, string[] Third)> Rows(string table)
    {
        foreach (var raw in table.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
                continue;
            var parts = line.Split('|');
            yield return (parts[0].Trim(), List(parts, 1), List(parts, 2));
        }

        static string[] List(string[] parts, int i) =>
            i < parts.Length ? parts[i].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
    }

    /// <summary>For each first word of a multi-token key, the largest token count of a key starting with it.</summary>
    private static FrozenDictionary<string, int> Reach(IEnumerable<string> keys, StringComparer comparer)
    {
        var reach = new Dictionary<string, int>(comparer);
        var tokens = ArrayPool<EntityToken>.Shared.Rent(32);
        try
        {
            foreach (var key in keys)
            {
                var count = EntityTokenizer.Tokenize(key, ref tokens);
                if (count < 2)
                    continue;
                var first = tokens[0].Core(key).ToString();
                reach[first] = Math.Max(reach.GetValueOrDefault(first), count);
            }
        }
        finally
        {
            ArrayPool<EntityToken>.Shared.Return(tokens);
        }
        return reach.ToFrozenDictionary(comparer);
    }
}
