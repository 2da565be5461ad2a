namespace Parallax.Analysis.Entities;

/// <summary>
/// Spelling variants of one surname across a story's articles ("Zelensky" / "Zelenskyy", "Gaddafi" /
/// "Qaddafi" is not one: the first letters differ): two surnames of <see cref="MinLength"/> letters or more,
/// with the same first letter, one letter added, dropped or changed apart, but not a final "n" or "s" added
/// (a demonym or a plural: "Castavia" / "Castavian"). The spelling more articles use
/// wins (then the longer, then the first in ordinal order), so every name takes one surname before the
/// fuller-name merge of <see cref="EntityCanonicalizer.Merge"/>.
/// </summary>
internal static class NameVariants
{
    /// <summary>Shortest surname whose one-letter variants are taken as the same name ("Biden" / "Bidan" would be; "Ross" / "Rose" not).</summary>
    public const int MinLength = 5;

    /// <summary>
    /// The names respelled: each name of <paramref name="articlesPerName"/> whose surname is a variant of a
    /// more used one, mapped to the name with that surname. Names without a variant are left out.
    /// </summary>
    public static Dictionary<string, string> Respell(IReadOnlyDictionary<string, int> articlesPerName)
    {
        var surnames = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, count) in articlesPerName)
        {
            var last = LastWord(name);
            surnames[last] = surnames.GetValueOrDefault(last) + count;
        }
        var preferred = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in surnames.Keys)
        {
            string best = s;
            foreach (var t in surnames.Keys)
            {
                if (t != s && Variant(s, t) && Better(t, best, surnames))
                    best = t;
            }
            if (best != s)
                preferred[s] = best;
        }
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in articlesPerName.Keys)
        {
            var last = LastWord(name);
            if (preferred.TryGetValue(last, out var to))
                result[name] = name[..^last.Length] + to;
        }
        return result;
    }

    private static bool Better(string t, string best, Dictionary<string, int> counts)
    {
        int c = counts[t].CompareTo(counts[best]);
        if (c != 0)
            return c > 0;
        if (t.Length != best.Length)
            return t.Length > best.Length;
        return string.CompareOrdinal(t, best) < 0;
    }

    /// <summary>True for two capitalised surnames of one spelling family (see the class summary).</summary>
    internal static bool Variant(string x, string y)
    {
        if (x.Length < MinLength || y.Length < MinLength || x[0] != y[0] || !char.IsUpper(x[0]))
            return false;
        if (Math.Abs(x.Length - y.Length) > 1)
            return false;
        if (x.Length > y.Length)
            (x, y) = (y, x);
        int i = 0;
        while (i < x.Length && char.ToLowerInvariant(x[i]) == char.ToLowerInvariant(y[i]))
            i++;
        // A final "n" or "s" makes a demonym or a plural ("Castavia" / "Castavian", "Democrat" / "Democrats").
        if (i == x.Length)
            return x.Length != y.Length && y[^1] is not ('n' or 's');
        if (x.Length == y.Length)
            return x.AsSpan(i + 1).Equals(y.AsSpan(i + 1), StringComparison.OrdinalIgnoreCase);
        return x.AsSpan(i).Equals(y.AsSpan(i + 1), StringComparison.OrdinalIgnoreCase);
    }

    private static string LastWord(string name)
    {
        int space = name.LastIndexOf(' ');
        return space < 0 ? name : name[(space + 1)..];
    }
}
