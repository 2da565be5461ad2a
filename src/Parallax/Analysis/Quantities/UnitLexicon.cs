using Parallax.Text;

namespace Parallax.Analysis.Quantities;

internal enum UnitKind : byte
{
    /// <summary>A unit of measurement ("km", "miles per hour").</summary>
    Measure,

    /// <summary>A unit of bulk that can take "of NOUN" ("5 tons of aid", "barrels of oil").</summary>
    Bulk,

    /// <summary>A span of time ("years", "hours"); "-old" after it turns it into an age.</summary>
    Time,

    Percent,
    Currency,

    /// <summary>A multiplier or tally ("times").</summary>
    Count,
}

/// <summary>One written form of a unit and the canonical name it normalises to.</summary>
internal sealed record UnitForm(string Surface, string Canonical, UnitKind Kind, bool CaseSensitive, bool AttachedOnly);

/// <summary>
/// The units Parallax recognises after a number, as named tables. Canonical names are singular,
/// US-spelled and readable ("square kilometer", "mile per hour"); currencies are ISO 4217 codes.
/// Words match in any case; symbols and abbreviations match case-sensitively, and the ones that are
/// also common words or letters ("m", "g", "W", "p") only when glued to the number ("45g", "37m").
/// </summary>
internal static class UnitLexicon
{
    // Word units and symbols: Data/units.txt and Data/unit-symbols.txt (format in their headers).
    private static readonly (string Canonical, UnitKind Kind, string[] Forms)[] WordUnits =
        [.. EmbeddedData.Rows("units.txt").Select(r => (r[0], Enum.Parse<UnitKind>(r[1]), r[2].Split(';', StringSplitOptions.TrimEntries)))];

    private static readonly (string Surface, string Canonical, UnitKind Kind, bool AttachedOnly)[] Symbols =
        [.. EmbeddedData.Rows("unit-symbols.txt").Select(r => (r[0], r[1], Enum.Parse<UnitKind>(r[2]), r[3] == "attached"))];

    /// <summary>Currency marks written before the amount, longest first ("US$", "HK $", "£", "Y=").</summary>
    public static readonly (string Surface, string Code)[] CurrencyPrefixes =
    [
        ("U.S. $", "USD"), ("US $", "USD"), ("US$", "USD"), ("$US", "USD"), ("USD", "USD"),
        ("AU$", "AUD"), ("A$", "AUD"), ("$A", "AUD"), ("AUD", "AUD"),
        ("CA$", "CAD"), ("C$", "CAD"), ("CAD", "CAD"),
        ("HK $", "HKD"), ("HK$", "HKD"), ("HKD", "HKD"),
        ("NZ$", "NZD"), ("S$", "SGD"), ("R$", "BRL"),
        ("£", "GBP"), ("GBP", "GBP"),
        // Some feeds turn "£" into "PS" when they strip non-ASCII; it is a currency only when glued to digits.
        ("PS", "GBP"),
        ("€", "EUR"), ("EUR", "EUR"),
        ("¥", "JPY"), ("Y=", "JPY"), ("JPY", "JPY"),
        ("₹", "INR"), ("Rs.", "INR"), ("Rs", "INR"), ("INR", "INR"),
        ("₪", "ILS"), ("NIS", "ILS"),
        ("RM", "MYR"),
        ("CHF", "CHF"),
        ("₽", "RUB"),
        ("$", "USD"),
    ];

    /// <summary>Prefixes that count only when glued to the digits (no space), because they are also words.</summary>
    public static readonly HashSet<string> GluedOnlyPrefixes = new(StringComparer.Ordinal) { "PS", "RM", "Y=", "USD", "EUR", "GBP", "JPY", "AUD", "CAD", "HKD", "INR", "CHF" };

    /// <summary>Words that may follow a currency amount to restate its country ("$76 US", "$75 U.S. per barrel").</summary>
    public static readonly string[] CurrencyCountryTags = ["U.S.", "US", "USD"];

    private static readonly Dictionary<char, UnitForm[]> ByFirstChar = Build();

    private static Dictionary<char, UnitForm[]> Build()
    {
        var all = new List<UnitForm>();
        foreach (var (canonical, kind, forms) in WordUnits)
            foreach (var f in forms)
                all.Add(new UnitForm(f, canonical, kind, CaseSensitive: false, AttachedOnly: false));
        foreach (var (surface, canonical, kind, attached) in Symbols)
            all.Add(new UnitForm(surface, canonical, kind, CaseSensitive: true, AttachedOnly: attached));
        return all
            .GroupBy(f => char.ToLowerInvariant(f.Surface[0]))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(f => f.Surface.Length).ToArray());
    }

    /// <summary>
    /// The longest unit written at <paramref name="at"/>; <paramref name="attached"/> says whether it touches
    /// the number. A space in a form matches any run of white space.
    /// </summary>
    public static UnitForm? Match(string text, int at, bool attached, out int end)
    {
        end = at;
        if (at >= text.Length || !ByFirstChar.TryGetValue(char.ToLowerInvariant(text[at]), out var forms))
            return null;
        foreach (var form in forms)
        {
            if (form.AttachedOnly && !attached)
                continue;
            if (TextMatch.At(text, at, form.Surface, !form.CaseSensitive, out var e) && TextMatch.IsBoundary(text, e, form.Surface))
            {
                end = e;
                return form;
            }
        }
        return null;
    }
}
