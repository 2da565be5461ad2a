namespace Parallax.Analysis.Quantities;

/// <summary>
/// The readable English name of a canonical unit, as reports show it ("what is counted or measured").
/// Inside the analysis a unit keeps its canonical key (currencies as ISO 4217 codes, so that comparison keeps
/// a Hong Kong dollar apart from a US one); a reader gets the currency's name with its country ("US dollar",
/// "Australian dollar", "Hong Kong dollar", "shekel") and the plural that names a ratio ("parts per billion").
/// Spelling stays the lexicon's (US: "kilometer", "liter"). Rates ("USD per barrel") and units of bulk with
/// their stuff ("USD of aid") are named part by part; names not in the table pass through unchanged.
/// </summary>
internal static class UnitNames
{
    private static readonly Dictionary<string, string> Readable = new(StringComparer.Ordinal)
    {
        ["USD"] = "US dollar",
        ["AUD"] = "Australian dollar",
        ["CAD"] = "Canadian dollar",
        ["HKD"] = "Hong Kong dollar",
        ["NZD"] = "New Zealand dollar",
        ["SGD"] = "Singapore dollar",
        ["BRL"] = "Brazilian real",
        ["EUR"] = "euro",
        ["GBP"] = "pound sterling",
        ["JPY"] = "Japanese yen",
        ["CNY"] = "Chinese yuan",
        ["INR"] = "Indian rupee",
        ["ILS"] = "shekel",
        ["RUB"] = "ruble",
        ["TRY"] = "Turkish lira",
        ["DKK"] = "Danish krone",
        ["SEK"] = "Swedish krona",
        ["CHF"] = "Swiss franc",
        ["MYR"] = "Malaysian ringgit",
        ["ZAR"] = "South African rand",
        ["SYP"] = "Syrian pound",
        ["EGP"] = "Egyptian pound",
        ["MXN"] = "Mexican peso",
        ["HRK"] = "Croatian kuna",
        ["BTC"] = "bitcoin",
        ["part per billion"] = "parts per billion",
        ["part per million"] = "parts per million",
    };

    /// <summary>The name a reader sees for <paramref name="unit"/>; null stays null.</summary>
    public static string? Of(string? unit)
    {
        if (string.IsNullOrEmpty(unit))
            return unit;
        if (Readable.TryGetValue(unit, out var name))
            return name;
        int per = unit.IndexOf(" per ", StringComparison.Ordinal);
        if (per > 0)
            return Of(unit[..per]) + " per " + Of(unit[(per + 5)..]);
        int of = unit.IndexOf(" of ", StringComparison.Ordinal);
        if (of > 0)
            return Of(unit[..of]) + unit[of..];
        return unit;
    }
}
