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
    // Word units: canonical name, kind, then every written form (any case).
    private static readonly (string Canonical, UnitKind Kind, string[] Forms)[] WordUnits =
    [
        ("percent", UnitKind.Percent, ["percent", "per cent", "percentage", "per-cent"]),
        ("percentage point", UnitKind.Percent, ["percentage points", "percentage point", "percent points", "per cent points"]),
        ("basis point", UnitKind.Measure, ["basis points", "basis point", "basis-point", "bps"]),
        ("point", UnitKind.Measure, ["points", "point", "pts"]),

        ("kilometer", UnitKind.Measure, ["kilometers", "kilometres", "kilometer", "kilometre", "kilometre-long", "kilometer-long"]),
        ("meter", UnitKind.Measure, ["meters", "metres", "meter", "metre"]),
        ("centimeter", UnitKind.Measure, ["centimeters", "centimetres", "centimeter", "centimetre"]),
        ("millimeter", UnitKind.Measure, ["millimeters", "millimetres", "millimeter", "millimetre"]),
        ("micrometer", UnitKind.Measure, ["micrometers", "micrometres", "micrometer", "micrometre", "microns", "micron"]),
        ("nanometer", UnitKind.Measure, ["nanometers", "nanometres", "nanometer", "nanometre"]),
        ("mile", UnitKind.Measure, ["miles", "mile"]),
        ("nautical mile", UnitKind.Measure, ["nautical miles", "nautical mile"]),
        ("foot", UnitKind.Measure, ["feet", "foot"]),
        ("inch", UnitKind.Measure, ["inches", "inch"]),
        ("yard", UnitKind.Measure, ["yards", "yard"]),
        ("square kilometer", UnitKind.Measure, ["square kilometers", "square kilometres", "square kilometer", "square kilometre", "sq km", "sq. km", "sq. km."]),
        ("square meter", UnitKind.Measure, ["square meters", "square metres", "square meter", "square metre", "sq m", "sq. m", "sqm"]),
        ("square mile", UnitKind.Measure, ["square miles", "square mile", "sq mi", "sq miles"]),
        ("square foot", UnitKind.Measure, ["square feet", "square foot", "sq ft", "sq. ft.", "sq. ft"]),
        ("hectare", UnitKind.Measure, ["hectares", "hectare"]),
        ("acre", UnitKind.Measure, ["acres", "acre"]),
        ("cubic foot", UnitKind.Bulk, ["cubic feet", "cubic foot"]),
        ("cubic meter", UnitKind.Bulk, ["cubic meters", "cubic metres", "cubic meter", "cubic metre"]),

        ("liter", UnitKind.Bulk, ["liters", "litres", "liter", "litre"]),
        ("milliliter", UnitKind.Bulk, ["milliliters", "millilitres", "milliliter", "millilitre"]),
        ("gallon", UnitKind.Bulk, ["gallons", "gallon"]),
        ("barrel", UnitKind.Bulk, ["barrels", "barrel"]),
        ("barrel per day", UnitKind.Measure, ["barrels per day", "barrels a day", "barrel-a-day", "barrels-a-day", "barrel per day", "bpd"]),
        ("pint", UnitKind.Bulk, ["pints", "pint"]),
        ("quart", UnitKind.Bulk, ["quarts", "quart"]),
        ("fluid ounce", UnitKind.Bulk, ["fluid ounces", "fluid ounce", "fl oz"]),

        ("kilogram", UnitKind.Bulk, ["kilograms", "kilogrammes", "kilogram", "kilogramme", "kilos", "kilo"]),
        ("gram", UnitKind.Bulk, ["grams", "grammes", "gram", "gramme"]),
        ("milligram", UnitKind.Bulk, ["milligrams", "milligram"]),
        ("microgram", UnitKind.Bulk, ["micrograms", "microgram"]),
        ("pound", UnitKind.Bulk, ["pounds", "pound"]),
        ("ounce", UnitKind.Bulk, ["ounces", "ounce"]),
        ("ton", UnitKind.Bulk, ["tons", "ton"]),
        ("metric ton", UnitKind.Bulk, ["metric tons", "metric tonnes", "tonnes", "tonne", "metric ton"]),

        ("mile per hour", UnitKind.Measure, ["miles per hour", "miles an hour", "mile per hour", "miles-per-hour"]),
        ("kilometer per hour", UnitKind.Measure, ["kilometers per hour", "kilometres per hour", "kilometers an hour", "kilometres an hour", "kilometre per hour", "kilometer per hour"]),
        ("meter per second", UnitKind.Measure, ["meters per second", "metres per second"]),
        ("knot", UnitKind.Measure, ["knots"]),
        ("mile per gallon", UnitKind.Measure, ["miles per gallon", "mile per gallon", "miles-per-gallon"]),

        ("watt", UnitKind.Measure, ["watts", "watt"]),
        ("kilowatt", UnitKind.Measure, ["kilowatts", "kilowatt"]),
        ("megawatt", UnitKind.Measure, ["megawatts", "megawatt"]),
        ("gigawatt", UnitKind.Measure, ["gigawatts", "gigawatt"]),
        ("kilowatt hour", UnitKind.Measure, ["kilowatt hours", "kilowatt-hours", "kilowatt hour", "kilowatt-hour"]),
        ("megawatt hour", UnitKind.Measure, ["megawatt hours", "megawatt-hours", "megawatt hour", "megawatt-hour"]),
        ("gigawatt hour", UnitKind.Measure, ["gigawatt hours", "gigawatt-hours", "gigawatt hour", "gigawatt-hour"]),
        ("terawatt hour", UnitKind.Measure, ["terawatt hours", "terawatt-hours", "terawatt hour", "terawatt-hour"]),
        ("horsepower", UnitKind.Measure, ["horsepower", "horse power"]),
        ("brake horsepower", UnitKind.Measure, ["brake horsepower"]),
        ("pound-foot", UnitKind.Measure, ["pound-feet", "pound-foot", "pound feet", "pound foot"]),
        ("newton meter", UnitKind.Measure, ["newton meters", "newton metres", "newton-meters", "newton-metres"]),
        ("volt", UnitKind.Measure, ["volts", "volt"]),
        ("kilovolt", UnitKind.Measure, ["kilovolts", "kilovolt"]),
        ("ampere", UnitKind.Measure, ["amperes", "ampere", "amps"]),
        ("hertz", UnitKind.Measure, ["hertz"]),
        ("megahertz", UnitKind.Measure, ["megahertz"]),
        ("gigahertz", UnitKind.Measure, ["gigahertz"]),
        ("revolution per minute", UnitKind.Measure, ["revolutions per minute"]),
        ("calorie", UnitKind.Measure, ["calories", "calorie"]),
        ("decibel", UnitKind.Measure, ["decibels", "decibel"]),
        ("gigapascal", UnitKind.Measure, ["gigapascals", "gigapascal"]),
        ("megapascal", UnitKind.Measure, ["megapascals", "megapascal"]),
        ("part per million", UnitKind.Measure, ["parts per million", "part per million"]),
        ("part per billion", UnitKind.Measure, ["parts per billion", "part per billion"]),
        ("byte", UnitKind.Measure, ["bytes"]),
        ("megabyte", UnitKind.Measure, ["megabytes", "megabyte"]),
        ("gigabyte", UnitKind.Measure, ["gigabytes", "gigabyte"]),
        ("terabyte", UnitKind.Measure, ["terabytes", "terabyte"]),
        ("megabit per second", UnitKind.Measure, ["megabits per second"]),

        ("degree Celsius", UnitKind.Measure, ["degrees Celsius", "degree Celsius", "degrees centigrade", "Celsius", "centigrade"]),
        ("degree Fahrenheit", UnitKind.Measure, ["degrees Fahrenheit", "degree Fahrenheit", "Fahrenheit"]),
        ("kelvin", UnitKind.Measure, ["kelvin"]),
        ("degree", UnitKind.Measure, ["degrees", "degree"]),

        ("second", UnitKind.Time, ["seconds", "second"]),
        ("minute", UnitKind.Time, ["minutes", "minute"]),
        ("hour", UnitKind.Time, ["hours", "hour"]),
        ("day", UnitKind.Time, ["days", "day"]),
        ("week", UnitKind.Time, ["weeks", "week"]),
        ("month", UnitKind.Time, ["months", "month"]),
        ("year", UnitKind.Time, ["years", "year"]),
        ("decade", UnitKind.Time, ["decades", "decade"]),
        ("century", UnitKind.Time, ["centuries", "century"]),

        ("times", UnitKind.Count, ["times", "-fold", "fold"]),

        // Currency names written after the amount; codes and symbols follow in CurrencyCodes and CurrencyPrefixes.
        ("USD", UnitKind.Currency, ["US dollars", "U.S. dollars", "American dollars", "dollars", "dollar"]),
        ("AUD", UnitKind.Currency, ["Australian dollars", "Australian dollar"]),
        ("CAD", UnitKind.Currency, ["Canadian dollars", "Canadian dollar"]),
        ("HKD", UnitKind.Currency, ["Hong Kong dollars", "Hong Kong dollar"]),
        ("NZD", UnitKind.Currency, ["New Zealand dollars", "New Zealand dollar"]),
        ("SGD", UnitKind.Currency, ["Singapore dollars", "Singapore dollar"]),
        ("EUR", UnitKind.Currency, ["euros", "euro"]),
        ("GBP", UnitKind.Currency, ["pounds sterling", "pound sterling", "British pounds", "sterling"]),
        ("JPY", UnitKind.Currency, ["Japanese yen", "yen"]),
        ("CNY", UnitKind.Currency, ["Chinese yuan", "yuan", "renminbi"]),
        ("INR", UnitKind.Currency, ["Indian rupees", "rupees", "rupee"]),
        ("ILS", UnitKind.Currency, ["new shekels", "shekels", "shekel", "NIS"]),
        ("RUB", UnitKind.Currency, ["rubles", "roubles", "ruble", "rouble"]),
        ("TRY", UnitKind.Currency, ["Turkish lira", "lira", "liras"]),
        ("DKK", UnitKind.Currency, ["Danish crowns", "Danish kroner", "Danish krone", "kroner"]),
        ("SEK", UnitKind.Currency, ["Swedish crowns", "Swedish kronor", "kronor"]),
        ("CHF", UnitKind.Currency, ["Swiss francs", "Swiss franc"]),
        ("MYR", UnitKind.Currency, ["Malaysian ringgit", "ringgit"]),
        ("ZAR", UnitKind.Currency, ["South African rand", "rand"]),
        ("SYP", UnitKind.Currency, ["Syrian pounds", "Syrian pound", "Syrian lira"]),
        ("EGP", UnitKind.Currency, ["Egyptian pounds", "Egyptian pound"]),
        ("MXN", UnitKind.Currency, ["Mexican pesos", "pesos"]),
        ("BTC", UnitKind.Currency, ["bitcoins", "bitcoin"]),
        ("cent", UnitKind.Currency, ["cents", "cent"]),
        ("penny", UnitKind.Currency, ["pence", "pennies"]),
        ("sen", UnitKind.Currency, ["sen"]),
    ];

    // Abbreviations and symbols: matched case-sensitively. AttachedOnly ones need no space before them.
    private static readonly (string Surface, string Canonical, UnitKind Kind, bool AttachedOnly)[] Symbols =
    [
        ("%", "percent", UnitKind.Percent, false),
        ("pc", "percent", UnitKind.Percent, false),
        ("pct", "percent", UnitKind.Percent, false),
        ("bp", "basis point", UnitKind.Measure, true),
        ("km/h", "kilometer per hour", UnitKind.Measure, false),
        ("km/hr", "kilometer per hour", UnitKind.Measure, false),
        ("kmh", "kilometer per hour", UnitKind.Measure, false),
        ("kph", "kilometer per hour", UnitKind.Measure, false),
        ("mph", "mile per hour", UnitKind.Measure, false),
        ("mpg", "mile per gallon", UnitKind.Measure, false),
        ("m/s", "meter per second", UnitKind.Measure, false),
        ("km²", "square kilometer", UnitKind.Measure, false),
        ("km2", "square kilometer", UnitKind.Measure, false),
        ("m²", "square meter", UnitKind.Measure, false),
        ("m2", "square meter", UnitKind.Measure, false),
        ("km", "kilometer", UnitKind.Measure, false),
        ("kms", "kilometer", UnitKind.Measure, false),
        ("cm", "centimeter", UnitKind.Measure, false),
        ("mm", "millimeter", UnitKind.Measure, false),
        ("μm", "micrometer", UnitKind.Measure, false),
        ("µm", "micrometer", UnitKind.Measure, false),
        ("nm", "nanometer", UnitKind.Measure, false),
        ("m", "meter", UnitKind.Measure, true),
        ("mi", "mile", UnitKind.Measure, true),
        ("ft", "foot", UnitKind.Measure, false),
        ("″", "inch", UnitKind.Measure, true),
        ("in.", "inch", UnitKind.Measure, true),
        ("yd", "yard", UnitKind.Measure, false),
        ("yds", "yard", UnitKind.Measure, false),
        ("ha", "hectare", UnitKind.Measure, true),
        ("L", "liter", UnitKind.Bulk, true),
        ("l", "liter", UnitKind.Bulk, true),
        ("ml", "milliliter", UnitKind.Bulk, false),
        ("mL", "milliliter", UnitKind.Bulk, false),
        ("cu ft", "cubic foot", UnitKind.Bulk, false),
        ("kg", "kilogram", UnitKind.Bulk, false),
        ("kgs", "kilogram", UnitKind.Bulk, false),
        ("g", "gram", UnitKind.Bulk, true),
        ("mg", "milligram", UnitKind.Bulk, false),
        ("μg", "microgram", UnitKind.Bulk, false),
        ("mcg", "microgram", UnitKind.Bulk, false),
        ("lb", "pound", UnitKind.Bulk, false),
        ("lbs", "pound", UnitKind.Bulk, false),
        ("oz", "ounce", UnitKind.Bulk, false),
        ("t", "metric ton", UnitKind.Bulk, true),
        ("W", "watt", UnitKind.Measure, false),
        ("kW", "kilowatt", UnitKind.Measure, false),
        ("KW", "kilowatt", UnitKind.Measure, false),
        ("MW", "megawatt", UnitKind.Measure, false),
        ("GW", "gigawatt", UnitKind.Measure, false),
        ("kWh", "kilowatt hour", UnitKind.Measure, false),
        ("KWh", "kilowatt hour", UnitKind.Measure, false),
        ("MWh", "megawatt hour", UnitKind.Measure, false),
        ("GWh", "gigawatt hour", UnitKind.Measure, false),
        ("TWh", "terawatt hour", UnitKind.Measure, false),
        ("hp", "horsepower", UnitKind.Measure, false),
        ("bhp", "brake horsepower", UnitKind.Measure, false),
        ("PS", "metric horsepower", UnitKind.Measure, false),
        ("lb-ft", "pound-foot", UnitKind.Measure, false),
        ("lb ft", "pound-foot", UnitKind.Measure, false),
        ("Nm", "newton meter", UnitKind.Measure, false),
        ("V", "volt", UnitKind.Measure, true),
        ("kV", "kilovolt", UnitKind.Measure, false),
        ("A", "ampere", UnitKind.Measure, true),
        ("A/cm2", "ampere per square centimeter", UnitKind.Measure, false),
        ("mAh", "milliampere hour", UnitKind.Measure, false),
        ("Hz", "hertz", UnitKind.Measure, false),
        ("HZ", "hertz", UnitKind.Measure, false),
        ("kHz", "kilohertz", UnitKind.Measure, false),
        ("MHz", "megahertz", UnitKind.Measure, false),
        ("GHz", "gigahertz", UnitKind.Measure, false),
        ("rpm", "revolution per minute", UnitKind.Measure, false),
        ("dB", "decibel", UnitKind.Measure, false),
        ("GPa", "gigapascal", UnitKind.Measure, false),
        ("MPa", "megapascal", UnitKind.Measure, false),
        ("psi", "pound per square inch", UnitKind.Measure, false),
        ("ppm", "part per million", UnitKind.Measure, false),
        ("ppb", "part per billion", UnitKind.Measure, false),
        ("KB", "kilobyte", UnitKind.Measure, false),
        ("MB", "megabyte", UnitKind.Measure, false),
        ("GB", "gigabyte", UnitKind.Measure, false),
        ("TB", "terabyte", UnitKind.Measure, false),
        ("Mbps", "megabit per second", UnitKind.Measure, false),
        ("Gbps", "gigabit per second", UnitKind.Measure, false),
        ("kcal", "kilocalorie", UnitKind.Measure, false),
        ("°C", "degree Celsius", UnitKind.Measure, false),
        ("ºC", "degree Celsius", UnitKind.Measure, false),
        ("° C", "degree Celsius", UnitKind.Measure, false),
        ("°F", "degree Fahrenheit", UnitKind.Measure, false),
        ("ºF", "degree Fahrenheit", UnitKind.Measure, false),
        ("° F", "degree Fahrenheit", UnitKind.Measure, false),
        ("C", "degree Celsius", UnitKind.Measure, true),
        ("F", "degree Fahrenheit", UnitKind.Measure, true),
        ("°", "degree", UnitKind.Measure, true),
        ("sec", "second", UnitKind.Time, false),
        ("secs", "second", UnitKind.Time, false),
        ("min", "minute", UnitKind.Time, false),
        ("mins", "minute", UnitKind.Time, false),
        ("hr", "hour", UnitKind.Time, false),
        ("hrs", "hour", UnitKind.Time, false),
        ("h", "hour", UnitKind.Time, true),
        ("yr", "year", UnitKind.Time, false),
        ("yrs", "year", UnitKind.Time, false),
        ("x", "times", UnitKind.Count, true),
        ("p", "penny", UnitKind.Currency, true),
        ("c", "cent", UnitKind.Currency, true),
        ("€", "EUR", UnitKind.Currency, false),
        ("USD", "USD", UnitKind.Currency, false),
        ("EUR", "EUR", UnitKind.Currency, false),
        ("GBP", "GBP", UnitKind.Currency, false),
        ("JPY", "JPY", UnitKind.Currency, false),
        ("CNY", "CNY", UnitKind.Currency, false),
        ("CHF", "CHF", UnitKind.Currency, false),
        ("AUD", "AUD", UnitKind.Currency, false),
        ("CAD", "CAD", UnitKind.Currency, false),
        ("INR", "INR", UnitKind.Currency, false),
        ("RUB", "RUB", UnitKind.Currency, false),
        ("BTC", "BTC", UnitKind.Currency, false),
        ("kn", "HRK", UnitKind.Currency, false),
    ];

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
    public static readonly HashSet<string> GluedOnlyPrefixes = new(StringComparer.Ordinal) { "PS", "RM", "Rs", "Y=", "USD", "EUR", "GBP", "JPY", "AUD", "CAD", "HKD", "INR", "CHF" };

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
