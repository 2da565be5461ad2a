namespace Parallax.Evaluation;

/// <summary>
/// Translates Parallax's canonical unit names into the normalised-unit vocabulary of NewsQuant / CQE
/// ("kilometer" → "kilometre", "USD" → "dollar", "percent" → "percentage"), the way CQE's own evaluation
/// maps the vocabularies of the systems it compares. Counted nouns pass through lower-cased.
/// </summary>
internal static class QuantitiesUnitNames
{
    /// <summary>Parallax name → NewsQuant name, where they differ.</summary>
    private static readonly Dictionary<string, string> ToNewsQuant = new(StringComparer.Ordinal)
    {
        ["percent"] = "percentage",
        ["meter"] = "metre",
        ["kilometer"] = "kilometre",
        ["centimeter"] = "centimetre",
        ["millimeter"] = "millimetre",
        ["micrometer"] = "micrometre",
        ["nanometer"] = "nanometre",
        ["square meter"] = "square metre",
        ["square kilometer"] = "square kilometre",
        ["cubic meter"] = "cubic metre",
        ["liter"] = "litre",
        ["milliliter"] = "millilitre",
        ["kilometer per hour"] = "kilometre per hour",
        ["meter per second"] = "metre per second",
        ["newton meter"] = "newton metre",
        ["ampere per square centimeter"] = "ampere per square centimetre",
        ["pound"] = "pound-mass",
        ["degree Celsius"] = "celsius",
        ["degree Fahrenheit"] = "fahrenheit",
        ["revolution per minute"] = "revolutions per minute",
        ["part per billion"] = "parts-per-billion",
        ["milliampere hour"] = "milliampere-hour",
        ["metric horsepower"] = "horsepower",
        ["times"] = "count",
        // NewsQuant writes the pence sign of share prices ("118.5p") as "point".
        ["penny"] = "point",
        ["USD"] = "dollar",
        ["AUD"] = "australian dollar",
        ["CAD"] = "canadian dollar",
        ["HKD"] = "hong kong dollar",
        ["NZD"] = "new zealand dollar",
        ["SGD"] = "singapore dollar",
        ["EUR"] = "euro",
        ["GBP"] = "pound sterling",
        ["JPY"] = "japanese yen",
        ["CNY"] = "chinese yuan",
        ["INR"] = "indian rupee",
        ["ILS"] = "shekel",
        ["RUB"] = "russian ruble",
        ["TRY"] = "turkish lira",
        ["DKK"] = "danish krone",
        ["SEK"] = "swedish krona",
        ["CHF"] = "swiss franc",
        ["MYR"] = "malaysian ringgit",
        ["ZAR"] = "south african rand",
        ["HRK"] = "croatian kuna",
        ["BTC"] = "bitcoin",
    };

    /// <summary>The NewsQuant name of a Parallax unit; "-" for a bare number, as the dataset writes it.</summary>
    public static string Translate(string? unit)
    {
        if (string.IsNullOrEmpty(unit))
            return "-";
        int per = unit.IndexOf(" per ", StringComparison.Ordinal);
        if (per > 0 && !ToNewsQuant.ContainsKey(unit))
            return Translate(unit[..per]) + " per " + Translate(unit[(per + 5)..]);
        int of = unit.IndexOf(" of ", StringComparison.Ordinal);
        if (of > 0 && !ToNewsQuant.ContainsKey(unit))
            return Translate(unit[..of]) + unit[of..].ToLowerInvariant();
        return (ToNewsQuant.TryGetValue(unit, out var name) ? name : unit).ToLowerInvariant();
    }
}
