namespace Parallax.Analysis.Entities;

/// <summary>
/// How person names compare: by surname key (last name word with Arabic particles and generational
/// suffixes dropped, so "Bashar al-Assad", "al-Assad" and "Assad" share the key "Assad"), and by whether
/// a shorter form fits inside a fuller one ("Putin" and "Vladimir Putin").
/// </summary>
internal static class PersonNames
{
    private static readonly string[] Suffixes = ["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"];

    /// <summary>The surname key of a name: "Bashar al-Assad" -> "Assad", "Martin Luther King Jr." -> "King".</summary>
    public static string SurnameKey(string name)
    {
        var words = Words(name);
        var last = words.Length - 1;
        while (last > 0 && Suffixes.Contains(words[last]))
            last--;
        return last < 0 ? "" : StripParticle(words[last]);
    }

    /// <summary>"al-Assad" -> "Assad", "el-Sissi" -> "Sissi"; other words unchanged.</summary>
    public static string StripParticle(string word)
    {
        var hyphen = word.IndexOf('-');
        if (hyphen > 0 && hyphen + 1 < word.Length && EntityRules.IsNameParticle(word.AsSpan(0, hyphen)))
            return word[(hyphen + 1)..];
        return word;
    }

    /// <summary>
    /// True when every word of <paramref name="shorter"/> (particles ignored) appears in <paramref name="fuller"/>
    /// and both end with the same surname: "Assad" and "al-Assad" fit "Bashar al-Assad"; "Hafez al-Assad" does not.
    /// </summary>
    public static bool Fits(string shorter, string fuller)
    {
        if (!string.Equals(SurnameKey(shorter), SurnameKey(fuller), StringComparison.OrdinalIgnoreCase))
            return false;
        var full = Words(fuller).Select(StripParticle).ToArray();
        foreach (var word in Words(shorter))
        {
            var w = StripParticle(word);
            if (EntityRules.IsNameParticle(w))
                continue;
            if (!full.Any(f => string.Equals(f, w, StringComparison.OrdinalIgnoreCase) || IsInitialOf(w, f)))
                return false;
        }
        return true;
    }

    public static int WordCount(string name) => Words(name).Length;

    private static bool IsInitialOf(string word, string full) =>
        word.Length == 2 && word[1] == '.' && full.Length > 0 && char.ToUpperInvariant(full[0]) == char.ToUpperInvariant(word[0]);

    private static string[] Words(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
