using System.Collections.Frozen;

namespace Parallax.Analysis.Dates;

/// <summary>
/// The named word lists the temporal tagger reads. The regex alternations in <see cref="TimexPatterns"/>
/// spell the same words; these tables turn the matched words into numbers and TimeML codes.
/// </summary>
internal static class TemporalLexicon
{
    /// <summary>Month names and their newspaper abbreviations (AP style "Sept.", "Dec.").</summary>
    public static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3,
        ["april"] = 4, ["apr"] = 4, ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7,
        ["august"] = 8, ["aug"] = 8, ["september"] = 9, ["sept"] = 9, ["sep"] = 9, ["october"] = 10,
        ["oct"] = 10, ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Month names that are also common words or given names ("may", "march", "August Wilson"): alone,
    /// without a day, a year or a temporal preposition next to them, they are not taken as months.
    /// </summary>
    public static readonly FrozenSet<string> AmbiguousMonths =
        new[] { "may", "march", "august", "april", "june", "jan", "mar", "jun" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>ISO weekday numbers (Monday = 1).</summary>
    public static readonly FrozenDictionary<string, int> Weekdays = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = 1, ["tuesday"] = 2, ["wednesday"] = 3, ["thursday"] = 4, ["friday"] = 5, ["saturday"] = 6, ["sunday"] = 7,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Capitalised words that make a weekday part of a name ("Sunday Times", "Monday Night Football").</summary>
    public static readonly FrozenSet<string> WeekdayNameHeads =
        new[] { "Times", "Telegraph", "Express", "Mirror", "Herald", "Post", "Mail", "Tribune", "Star", "Observer", "Independent", "Night", "School", "Service", "Services", "Magazine", "Edition", "Morning", "Sport", "People", "Business" }
            .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Cardinal number words up to the tens; compounds ("twenty-five") are summed.</summary>
    public static readonly FrozenDictionary<string, int> NumberWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["single"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80,
        ["ninety"] = 90, ["hundred"] = 100, ["a hundred"] = 100, ["one hundred"] = 100, ["a dozen"] = 12, ["dozen"] = 12,
        ["half a"] = 0, ["half an"] = 0, ["a couple of"] = 2, ["couple of"] = 2,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Vague amounts: TimeML writes their count as X ("several years" = PXY).</summary>
    public static readonly FrozenSet<string> VagueAmounts =
        new[] { "several", "a few", "few", "many", "some", "the next few", "numerous" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Ordinals that number quarters and halves of a year.</summary>
    public static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["1st"] = 1, ["second"] = 2, ["2nd"] = 2, ["third"] = 3, ["3rd"] = 3, ["fourth"] = 4, ["4th"] = 4,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>A calendar unit: its ISO 8601 duration letter, whether it sits after the T, and its size in the unit itself.</summary>
    internal readonly record struct Unit(TimeUnit Kind, char Letter, bool IsTime, int Multiplier = 1);

    internal enum TimeUnit
    {
        Second, Minute, Hour, Day, Week, Month, Quarter, Year, Decade, Century,
    }

    public static readonly FrozenDictionary<string, Unit> Units = new Dictionary<string, Unit>(StringComparer.OrdinalIgnoreCase)
    {
        ["second"] = new(TimeUnit.Second, 'S', true), ["minute"] = new(TimeUnit.Minute, 'M', true), ["hour"] = new(TimeUnit.Hour, 'H', true),
        ["day"] = new(TimeUnit.Day, 'D', false), ["week"] = new(TimeUnit.Week, 'W', false), ["month"] = new(TimeUnit.Month, 'M', false),
        ["quarter"] = new(TimeUnit.Quarter, 'Q', false), ["year"] = new(TimeUnit.Year, 'Y', false),
        ["decade"] = new(TimeUnit.Decade, 'E', false, 10), ["century"] = new(TimeUnit.Century, 'C', false, 100),
        ["centurie"] = new(TimeUnit.Century, 'C', false, 100),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>TimeML codes for the seasons.</summary>
    public static readonly FrozenDictionary<string, string> Seasons = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["spring"] = "SP", ["summer"] = "SU", ["fall"] = "FA", ["autumn"] = "FA", ["winter"] = "WI",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>TimeML codes for the parts of a day.</summary>
    public static readonly FrozenDictionary<string, string> PartsOfDay = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["morning"] = "MO", ["afternoon"] = "AF", ["evening"] = "EV", ["night"] = "NI", ["tonight"] = "NI", ["overnight"] = "NI",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words whose TimeML value is a reference point rather than a calendar date.</summary>
    public static readonly FrozenDictionary<string, string> SpecialReferences = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["now"] = "PRESENT_REF", ["right now"] = "PRESENT_REF", ["currently"] = "PRESENT_REF", ["current"] = "PRESENT_REF",
        ["nowadays"] = "PRESENT_REF", ["at present"] = "PRESENT_REF", ["the present"] = "PRESENT_REF", ["these days"] = "PRESENT_REF",
        ["recently"] = "PAST_REF", ["recent"] = "PAST_REF", ["lately"] = "PAST_REF", ["the past"] = "PAST_REF", ["in the past"] = "PAST_REF",
        ["then current"] = "PAST_REF", ["then-current"] = "PAST_REF", ["someday"] = "FUTURE_REF",
        ["the future"] = "FUTURE_REF", ["in future"] = "FUTURE_REF", ["the near future"] = "FUTURE_REF",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adverbs of frequency and the period TimeML gives them as a SET.</summary>
    public static readonly FrozenDictionary<string, string> FrequencyAdverbs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["hourly"] = "PT1H", ["daily"] = "P1D", ["nightly"] = "P1D", ["weekly"] = "P1W", ["biweekly"] = "P2W", ["monthly"] = "P1M",
        ["quarterly"] = "P3M", ["annually"] = "P1Y", ["yearly"] = "P1Y",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Plural nouns that make a bare four-digit number a count, not a year ("2000 people").</summary>
    public static readonly FrozenSet<string> CountedNouns = new[]
    {
        "people", "men", "women", "children", "troops", "soldiers", "fighters", "civilians", "militants", "rebels", "refugees",
        "residents", "workers", "employees", "jobs", "members", "votes", "voters", "families", "homes", "houses", "cars",
        "vehicles", "tons", "tonnes", "barrels", "shares", "dollars", "euros", "pounds", "points", "cases", "deaths", "dead",
        "casualties", "kilometers", "kilometres", "miles", "meters", "metres", "feet", "acres", "units", "students", "patients",
        "prisoners", "detainees", "police", "officers", "personnel", "planes", "aircraft", "tanks", "rockets", "missiles",
        "percent", "per",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before a weekday that make it a name ("Bloody Sunday", "Super Tuesday", "Cyber Monday").</summary>
    public static readonly FrozenSet<string> WeekdayNameModifiers =
        new[] { "Bloody", "Super", "Cyber", "Black", "Ash", "Palm", "Holy", "Maundy", "Shrove", "Easter", "Whit" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Lowercase words that may follow an adverb of frequency used as an adverb ("meets weekly in Geneva");
    /// any other lowercase word makes it an adjective ("a daily newspaper", "quarterly dividend"), not a SET.
    /// </summary>
    public static readonly FrozenSet<string> FunctionWords = new[]
    {
        "and", "or", "but", "in", "at", "on", "to", "for", "from", "since", "until", "by", "with", "as", "if", "when", "while",
        "after", "before", "during", "than", "the", "a", "an", "this", "that", "so", "because", "basis", "over", "through",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before a four-digit number that make it a quantity or a name, not a year.</summary>
    public static readonly FrozenSet<string> NonYearPredecessors = new[]
    {
        "about", "nearly", "almost", "some", "around", "approximately", "roughly", "no", "number",
        "flight", "route", "room", "model", "version", "resolution", "article", "chapter", "page", "pages", "code", "bus",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Car makers: a year before one is a model year ("a 2015 Honda Civic"), not a date.</summary>
    public static readonly FrozenSet<string> VehicleMakes = new[]
    {
        "Ford", "Toyota", "Honda", "Chevrolet", "Chevy", "BMW", "Mercedes", "Audi", "Volkswagen", "VW", "Nissan", "Hyundai", "Kia",
        "Tesla", "Jeep", "Dodge", "Subaru", "Mazda", "Volvo", "Porsche", "Ferrari", "Lexus", "Cadillac", "Buick", "Chrysler", "GMC",
        "Fiat", "Peugeot", "Renault", "Jaguar", "Lincoln", "Acura", "Infiniti", "Mitsubishi", "Suzuki", "Lamborghini", "Bentley",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Capitalised abbreviations whose dot does not end a sentence ("Gen. Smith said Friday").</summary>
    public static readonly FrozenSet<string> Abbreviations = new[]
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Inc", "Corp", "Co", "Ltd", "Jr", "Lt", "Col", "Capt", "Sgt", "Prof", "No",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Decades spelled as words ("the nineties" = 199).</summary>
    public static readonly FrozenDictionary<string, int> DecadeWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["twenties"] = 2, ["thirties"] = 3, ["forties"] = 4, ["fifties"] = 5, ["sixties"] = 6, ["seventies"] = 7, ["eighties"] = 8, ["nineties"] = 9,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Centuries written as ordinal words, by number.</summary>
    public static readonly FrozenDictionary<string, int> CenturyWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["nineteenth"] = 19, ["twentieth"] = 20, ["twenty-first"] = 21,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Prepositions looked across for the verb that governs a date ("completed in January", "issued on July 1").</summary>
    public static readonly FrozenSet<string> GoverningPrepositions = new[] { "in", "on" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Participles in -ed that put their date ahead, not behind ("scheduled Dec. 15", "expected in January").</summary>
    public static readonly FrozenSet<string> ProspectiveParticiples = new[]
    {
        "expected", "scheduled", "rescheduled", "planned", "proposed", "intended", "slated", "targeted", "anticipated",
        "projected", "estimated", "forecasted", "delayed", "postponed", "deferred", "extended", "needed", "required", "timed",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Modal verbs: "will one day" is an indefinite future, not a day's duration.</summary>
    public static readonly FrozenSet<string> Modals =
        new[] { "will", "would", "could", "might", "may", "can", "shall", "should", "must" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words in -ed that are not past verbs.</summary>
    public static readonly FrozenSet<string> NotParticiples =
        new[] { "hundred", "kindred", "sacred", "naked", "wicked", "rugged", "wretched", "beloved" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words after "the year" that make it a fiscal span ("the year ended March 31"): TimeML DURATION.</summary>
    public static readonly FrozenSet<string> PeriodEndWords = new[] { "ended", "ending", "ends", "end" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Lowercase words ending in s that are not plural nouns, for the counted-noun test after a year.</summary>
    public static readonly FrozenSet<string> NotPlurals = new[]
    {
        "this", "thus", "was", "has", "his", "its", "does", "goes", "says", "makes", "gives", "takes", "marks", "sees",
        "remains", "seems", "comes", "becomes", "whereas", "towards", "afterwards", "besides", "perhaps", "sometimes",
        "always", "elections", "levels", "results", "figures", "prices", "sales", "earnings", "profits", "revenues",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
