using System.Globalization;

namespace Parallax.Tests.Acquisition.Following;

/// <summary>
/// Invented news for the follow tests: distinct events (each its own place, person, institution and figures), each
/// told by a few outlets in their own words, so that story grouping has real work to do and a right answer.
/// </summary>
internal static class NewsStream
{
    private static readonly string[] Places = ["Arlenport", "Brackwater", "Corvale", "Dunhithe", "Eastmere", "Fallowby", "Grendon Cross", "Halsworth",
        "Iverleigh", "Jessamy Bay", "Kelderwick", "Lornhaven", "Marrowdale", "Northolm", "Oakhurst Vale", "Pellingford", "Quarrington", "Rosmere",
        "Saltcombe", "Tarrowby", "Ulvercot", "Vennick", "Westrey", "Yarnfield", "Zennor Reach"];

    private static readonly string[] Surnames = ["Okafor", "Lindqvist", "Moreau", "Haddad", "Petrov", "Nakamura", "Oduya", "Brennan", "Castellan",
        "Varga", "Whitcombe", "Szabo", "Achterberg", "Delacroix", "Ferreira", "Gallagher", "Ishikawa", "Jovanovic", "Kowalczyk", "Laurent"];

    private static readonly string[] Given = ["Amara", "Bruno", "Celia", "Dmitri", "Elin", "Farid", "Greta", "Hugo", "Ines", "Jonas"];

    // Each kind of event with its own words: what happened, what it affected, and what the official promised.
    private static readonly (string Thing, string Event, string Verb, string Counted, string Promise)[] Kinds =
    [
        ("ferry terminal", "flooding", "flooded", "passengers", "pumps will run until the quays are dry and sailings resume"),
        ("paper mill", "strike", "went on strike", "workers", "talks with the union over pensions and night shifts will reopen"),
        ("regional hospital", "power cut", "lost power", "patients", "generators and surgeons from neighbouring wards are on standby"),
        ("grain silo", "fire", "caught fire", "tonnes of wheat", "firefighters will keep cooling the smouldering barley stores"),
        ("tram depot", "collapse", "partly collapsed", "commuters", "engineers must inspect every girder before trams roll again"),
        ("wind farm", "protest", "was blockaded", "protesters", "turbine contractors should respect the campaigners' right to demonstrate"),
        ("water works", "contamination", "was contaminated", "households", "bottled water will be delivered while chlorine levels are tested"),
        ("stadium", "evacuation", "was evacuated", "fans", "stewards followed the drill and the derby will be replayed"),
    ];

    private static readonly string[] Institutions = ["harbour authority", "county council", "health trust", "transport board", "fire service", "water company"];

    /// <summary>The <paramref name="index"/>th event's article as told by outlet number <paramref name="teller"/>.</summary>
    public static OutletSite.Story Article(int index, int teller, DateTimeOffset published, string slugPrefix)
    {
        var place = index < Places.Length ? Places[index] : MadePlace(index);
        var (thing, ev, verb, counted, kindPromise) = Kinds[index * 7 % Kinds.Length];
        // What the official said: the kind's promise for the named places; past them, words of this event's own,
        // as two real events of one kind are not described in one quote.
        var promise = index < Places.Length ? kindPromise
            : $"{Openers[index % Openers.Length]} {Actions[index % Actions.Length]} {Ends[index % Ends.Length]}";
        var official = index < Places.Length
            ? $"{Given[index * 3 % Given.Length]} {Surnames[index * 11 % Surnames.Length]}"
            : $"{Given[index % Given.Length]} {Surnames[index / Given.Length % Surnames.Length]}";
        var institution = Institutions[index * 5 % Institutions.Length];
        int figure = 40 + index * 37 % 900;
        int hours = 2 + index % 9;
        string title, body;
        switch ((index + teller) % 3)
        {
            case 0:
                title = $"{place} {thing} {verb}";
                body = $"The {thing} in {place} {verb} early on {published:dddd}, leaving {figure.ToString(CultureInfo.InvariantCulture)} {counted} stranded, the {institution} said.\n" +
                    $"\"In {place}, {promise},\" said {official}, who leads the {institution}.\n" +
                    $"The {ev} lasted about {hours} hours before crews brought it under control, according to officials in {place}.\n" +
                    $"{official} said a full review of the {thing} would follow.";
                break;
            case 1:
                title = $"{ev[..1].ToUpperInvariant()}{ev[1..]} hits {place} {thing}";
                body = $"About {figure.ToString(CultureInfo.InvariantCulture)} {counted} were affected when the {thing} in {place} {verb}, local officials said.\n" +
                    $"{official} of the {institution} told reporters: \"In {place}, {promise}.\"\n" +
                    $"It took crews roughly {hours} hours to contain the {ev} at the {place} {thing}.\n" +
                    $"Residents of {place} said they had warned about the state of the {thing} for years.";
                break;
            default:
                title = $"{place}: {thing} {ev} leaves {figure.ToString(CultureInfo.InvariantCulture)} {counted} stranded";
                body = $"In {place}, the {thing} {verb} on {published:dddd}. The {institution} put the number of {counted} affected at {figure.ToString(CultureInfo.InvariantCulture)}.\n" +
                    $"{official} of the {institution} said that in {place} {promise}.\n" +
                    $"The {ev} at the {thing} was contained after {hours} hours.\n" +
                    $"The {thing} is one of the busiest in the region around {place}.";
                break;
        }
        return new OutletSite.Story($"{slugPrefix}{index}-{teller}", title, body, published, published);
    }

    // Past the named places, invented ones from two syllable lists (400 distinct names), and an official per
    // event (200 distinct), so that long runs hold no two events told in the same names.
    private static readonly string[] Heads = ["Ashen", "Bel", "Carn", "Dray", "Elder", "Fen", "Glas", "Holl", "Ing", "Kirk",
        "Lang", "Mor", "Nether", "Orm", "Pen", "Rath", "Stan", "Thorn", "Wick", "Yell"];

    private static readonly string[] Tails = ["bury", "cliffe", "dene", "field", "gate", "ham", "ington", "ley", "mouth", "ness",
        "over", "pool", "ridge", "stead", "thorpe", "ton", "wald", "well", "wych", "yard"];

    private static readonly string[] Openers = ["our first duty is that", "nobody should doubt that", "I can promise residents that", "the board agreed tonight that",
        "we told the minister that", "it is already clear that", "my staff are certain that", "after this morning's meeting,", "as of this hour,"];

    private static readonly string[] Actions = ["inspectors", "volunteers from the lifeboat station", "the army engineers", "two private contractors",
        "our night crews", "the insurers' assessors", "the emergency planning team", "specialists flown in from the capital", "the county's own surveyors",
        "neighbouring councils", "apprentices and retired staff"];

    private static readonly string[] Ends = ["will stay on site until every family is back home", "are drafting a timetable for compensation claims",
        "have begun a line-by-line audit of the maintenance logs", "will publish daily bulletins on the town hall noticeboard",
        "are tracing whether the alarm sounded on time", "will rebuild the damaged wing before winter", "have sealed off the eastern approach road",
        "are offering free transport to the shelters", "will interview every witness before Friday", "are testing samples in two separate laboratories",
        "have asked the regulator to attend the inquest", "will clear the debris within a fortnight", "are setting up a helpline for relatives"];

    private static string MadePlace(int index)
    {
        int n = index - Places.Length;
        return Heads[n % Heads.Length] + Tails[(n / Heads.Length + n) % Tails.Length];
    }
}
