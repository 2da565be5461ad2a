using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Parallax.Bench.Web;

/// <summary>
/// <c>articles-jsonl N [SEED]</c>: N invented articles as JSONL on standard output, for loading a store
/// (the web load benchmark). Events of a few days each, told by three to six outlets in varied words,
/// with quotes, figures that disagree, and dates, so that ingest, grouping and reports have real work.
/// </summary>
internal static class ArticleStreamWriter
{
    private static readonly string[] Towns = ["Arden", "Belmore", "Caskey", "Dunmore", "Elsby", "Farrow", "Gilden", "Harrowgate", "Islay Cross", "Jorvik Vale",
        "Kelso Bay", "Lanark Mills", "Morrow", "Northam", "Oxley", "Pellham", "Quarrin", "Rosslare", "Stenton", "Tiverly"];
    private static readonly string[] Things = ["bridge", "hospital wing", "rail line", "school", "harbour wall", "water plant", "library", "stadium", "power station", "ferry terminal"];
    private static readonly string[] Events = ["closed after storm damage", "reopened after repairs", "was sold to a private operator", "won new public funding",
        "was damaged by fire", "was evacuated after a gas leak", "failed its safety inspection", "was hit by a strike"];
    private static readonly string[] Outlets = ["North Wire", "Vale Times", "Coast FM", "The Ledger", "Radio Ember", "Morning Courier", "Harbour Post", "Civic Daily"];
    private static readonly string[] People = ["Mayor Ana Kovi", "Councillor Ben Ortell", "Director Cleo Marsh", "Minister Dov Haller", "Chief Engineer Eda Pryce", "Union leader Finn Garrow"];
    private static readonly string[] Verbs = ["said", "told reporters", "said in a statement", "added"];
    private static readonly string[] Syllables = ["ka", "lo", "ven", "dar", "mi", "tor", "sel", "ba", "quin", "rho", "ste", "gal", "mur", "fen", "ost", "pra", "zul", "nor", "thi", "wes"];
    private static readonly string[] Details = ["budget", "council", "contractor", "inspection", "insurance", "volunteers", "shelter", "detour", "hearing",
        "petition", "timber", "concrete", "cables", "pumps", "generator", "permit", "audit", "tender", "lawsuit", "archive", "tenants", "pensioners",
        "students", "farmers", "fishermen", "nurses", "drivers", "cyclists", "landlords", "traders", "engineers", "divers", "auditors", "firefighters"];

    /// <summary>A made-up proper name, so that each event has words of its own, as real events do.</summary>
    private static string Name(Random r, int syllables)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < syllables; i++)
            sb.Append(Syllables[r.Next(Syllables.Length)]);
        sb[0] = char.ToUpperInvariant(sb[0]);
        return sb.ToString();
    }

    public static int Run(string[] args)
    {
        if (args.Length < 2 || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n < 1)
        {
            Console.Error.WriteLine("usage: Parallax.Bench articles-jsonl N [SEED]");
            return 2;
        }
        int seed = args.Length > 2 && int.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out int s) ? s : 1;
        using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
        var rng = new Random(seed);
        var start = new DateTime(2025, 1, 1, 6, 0, 0, DateTimeKind.Utc);
        int written = 0, evt = 0;
        while (written < n)
        {
            var e = new Random(seed * 7919 + evt);
            var town = Towns[e.Next(Towns.Length)] + " " + Name(e, 2);
            var official = Name(e, 2) + " " + Name(e, 3);
            var detail = Details[e.Next(Details.Length)];
            var detail2 = Details[e.Next(Details.Length)];
            var thing = Things[e.Next(Things.Length)];
            var what = Events[e.Next(Events.Length)];
            var person = People[e.Next(People.Length)];
            int affected = 100 + e.Next(20_000);
            var day = start.AddHours(evt * 2.5);
            int tellers = Math.Min(n - written, 3 + e.Next(4));
            for (int k = 0; k < tellers; k++, written++)
            {
                var outlet = Outlets[(evt + k) % Outlets.Length];
                int figure = k % 3 == 2 ? affected + 50 * (1 + rng.Next(40)) : affected;
                var text = new StringBuilder()
                    .Append(CultureInfo.InvariantCulture, $"The {thing} in {town} {what} on {day:dddd}, officials said. ")
                    .Append(CultureInfo.InvariantCulture, $"About {figure:N0} residents were affected, and {2 + rng.Next(9)} roads were closed near the {thing}. ")
                    .Append(CultureInfo.InvariantCulture, $"\"We will do everything we can for the people of {town},\" {person} {Verbs[rng.Next(Verbs.Length)]}. ")
                    .Append(CultureInfo.InvariantCulture, $"{official}, who oversees the {detail}, said the {detail2} would be reviewed. ")
                    .Append(CultureInfo.InvariantCulture, $"The {thing} had served {town} for {10 + rng.Next(90)} years. ")
                    .Append(CultureInfo.InvariantCulture, $"Engineers expect to finish an assessment by {day.AddDays(3 + rng.Next(10)):MMMM d}, {outlet} understands.")
                    .ToString();
                var line = new Dictionary<string, object?>
                {
                    ["id"] = $"n{written}",
                    ["title"] = k % 2 == 0 ? $"{town} {thing} {what}" : $"{char.ToUpperInvariant(thing[0])}{thing[1..]} in {town} {what}, {affected / 1000}k affected",
                    ["outlet"] = outlet,
                    ["url"] = $"https://{outlet.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant()}.example/{written}",
                    ["published"] = day.AddMinutes(rng.Next(600)).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                    ["text"] = text,
                };
                output.WriteLine(JsonSerializer.Serialize(line));
            }
            evt++;
        }
        return 0;
    }
}
