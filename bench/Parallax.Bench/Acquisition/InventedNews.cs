using System.Globalization;

namespace Parallax.Bench.Acquisition;

/// <summary>
/// Full-length invented articles (about 450 words) for the follow throughput run: each event its own place,
/// official and figures, told by each outlet with its own sentence order, so extraction, analysis and story
/// grouping do the work they do on real news.
/// </summary>
internal static class InventedNews
{
    private static readonly string[] Heads = ["Ashen", "Bel", "Carn", "Dray", "Elder", "Fen", "Glas", "Holl", "Ing", "Kirk", "Lang", "Mor", "Nether", "Orm", "Pen", "Rath", "Stan", "Thorn", "Wick", "Yell"];
    private static readonly string[] Tails = ["bury", "cliffe", "dene", "field", "gate", "ham", "ington", "ley", "mouth", "ness", "over", "pool", "ridge", "stead", "thorpe", "ton", "wald", "well", "wych", "yard"];
    private static readonly string[] Given = ["Amara", "Bruno", "Celia", "Dmitri", "Elin", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kofi", "Lena", "Milan", "Nadia", "Oskar"];
    private static readonly string[] Surnames = ["Okafor", "Lindqvist", "Moreau", "Haddad", "Petrov", "Nakamura", "Oduya", "Brennan", "Castellan", "Varga", "Whitcombe", "Szabo", "Achterberg", "Delacroix", "Ferreira", "Gallagher", "Ishikawa"];
    private static readonly (string Thing, string Verb, string Counted)[] Kinds =
    [
        ("ferry terminal", "flooded", "passengers"), ("paper mill", "was shut by a strike", "workers"), ("regional hospital", "lost power", "patients"),
        ("grain silo", "caught fire", "tonnes of wheat"), ("tram depot", "partly collapsed", "commuters"), ("wind farm", "was blockaded", "protesters"),
        ("water works", "was contaminated", "households"), ("stadium", "was evacuated", "fans"), ("chemical plant", "leaked ammonia", "residents"),
        ("border crossing", "was closed", "lorries"), ("university campus", "was locked down", "students"),
    ];

    private static readonly string[] Filler =
    [
        "Emergency services were called shortly after dawn and remained at the scene throughout the day.",
        "Local businesses said trade had fallen sharply as roads around the site stayed closed.",
        "A spokesperson for the regional government said ministers were being kept informed.",
        "Opposition councillors called for an independent inquiry into how the site had been managed.",
        "Insurance assessors are expected to visit later in the week, according to people familiar with the matter.",
        "Residents described queues at the temporary information desk set up in the library.",
        "The operator said it was cooperating fully with investigators and would publish its own findings.",
        "Union representatives said staff had raised concerns about maintenance budgets last year.",
        "Traffic was diverted through neighbouring villages, adding up to an hour to some journeys.",
        "Volunteers handed out blankets and hot drinks to those waiting for news.",
    ];

    public static (string Title, IReadOnlyList<string> Body, DateTimeOffset Published) Article(int e, int outlet)
    {
        var place = Heads[e % Heads.Length] + Tails[(e / Heads.Length + e) % Tails.Length];
        var (thing, verb, counted) = Kinds[e % Kinds.Length];
        var official = $"{Given[e % Given.Length]} {Surnames[e / Given.Length % Surnames.Length]}";
        int figure = 40 + e * 37 % 900;
        var published = new DateTimeOffset(2026, 11, 1, 6, 0, 0, TimeSpan.Zero).AddMinutes(e * 45 + outlet * 3);
        var n = figure.ToString(CultureInfo.InvariantCulture);
        var title = (outlet % 3) switch
        {
            0 => $"{place} {thing} {verb}",
            1 => $"{n} {counted} affected as {place} {thing} {verb}",
            _ => $"{place}: questions after {thing} {verb}",
        };
        var body = new List<string>
        {
            $"The {thing} in {place} {verb} on {published:dddd}, affecting about {n} {counted}, officials said.",
            $"\"We are working with every agency to restore normal life in {place} as fast as we can,\" said {official}, who chairs the local emergency committee.",
            $"{official} said a full review would be published within {2 + e % 5} weeks and that the cost was not yet known.",
            $"Figures released in the evening put the number of {counted} affected at {n}, up from an earlier estimate of {figure * 2 / 3}.",
        };
        for (int i = 0; i < 14; i++)
            body.Add(Filler[(e + outlet * 3 + i) % Filler.Length] + (i % 2 == 0 ? $" In {place}, the mood was tense." : ""));
        // Each outlet tells it in its own order.
        var rotated = body.Skip(outlet % 4).Concat(body.Take(outlet % 4)).ToList();
        return (title, rotated, published);
    }
}
