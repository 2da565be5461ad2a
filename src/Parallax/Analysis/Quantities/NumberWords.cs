namespace Parallax.Analysis.Quantities;

/// <summary>English number words, as named tables.</summary>
internal static class NumberWords
{
    public static readonly Dictionary<string, int> Cardinals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19,
    };

    public static readonly Dictionary<string, int> Tens = new(StringComparer.OrdinalIgnoreCase)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    /// <summary>Multipliers after a number ("1.5 million", "4.3bn", "$13.6M" — the short ones need a currency or a glued form).</summary>
    public static readonly Dictionary<string, double> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 1e2, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
        // The Indian numbering system's scales ("Rs 50 crore", "3 lakh rupees").
        ["lakh"] = 1e5, ["lakhs"] = 1e5, ["lac"] = 1e5, ["lacs"] = 1e5, ["crore"] = 1e7, ["crores"] = 1e7,
    };

    /// <summary>Abbreviated scales; matched case-sensitively.</summary>
    public static readonly Dictionary<string, double> ShortScales = new(StringComparer.Ordinal)
    {
        ["k"] = 1e3, ["K"] = 1e3, ["m"] = 1e6, ["M"] = 1e6, ["mn"] = 1e6, ["mln"] = 1e6, ["mil"] = 1e6,
        ["bn"] = 1e9, ["b"] = 1e9, ["B"] = 1e9, ["bln"] = 1e9, ["tn"] = 1e12, ["trn"] = 1e12, ["tr"] = 1e12, ["T"] = 1e12,
    };

    /// <summary>Short scales that also name units ("m" = metre, "b" = bit, "T" = tesla): a scale only after a currency mark ("$3.5T").</summary>
    public static readonly HashSet<string> CurrencyOnlyScales = new(StringComparer.Ordinal) { "m", "b", "k", "K", "B", "T" };

    /// <summary>"dozens", "hundreds of", "tens of thousands": an order of magnitude, read as the range [low, 10 × low].</summary>
    public static readonly Dictionary<string, double> VaguePlurals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dozens"] = 12, ["scores"] = 20, ["hundreds"] = 1e2, ["thousands"] = 1e3, ["millions"] = 1e6, ["billions"] = 1e9,
    };

    /// <summary>Fractions that count as quantities before "of" ("two-thirds of", "half of").</summary>
    public static readonly Dictionary<string, double> Fractions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["half"] = 0.5, ["third"] = 1.0 / 3, ["thirds"] = 1.0 / 3, ["quarter"] = 0.25, ["quarters"] = 0.25,
        ["fifth"] = 0.2, ["fifths"] = 0.2,
    };

    /// <summary>Words before "one" that make it a pronoun, not a count ("each one", "the same one").</summary>
    public static readonly HashSet<string> PronounOneCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "each", "the", "same", "no", "any", "every", "this", "that", "which", "another", "little", "only", "big", "new",
        "old", "right", "wrong", "good", "bad", "last", "first", "next", "other", "someone", "anyone", "everyone", "as",
    };

    /// <summary>Words after "one" that make it a pronoun or an idiom ("one another", "one day").</summary>
    public static readonly HashSet<string> PronounOneFollowers = new(StringComparer.OrdinalIgnoreCase)
    {
        "another", "day", "way", "thing", "who", "that", "which", "is", "was", "will", "would", "can", "could", "might",
        "must", "should", "does", "did", "has", "had", "said", "says", "knows",
    };
}
