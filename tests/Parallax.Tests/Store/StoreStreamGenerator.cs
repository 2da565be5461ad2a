using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Parallax.Tests.Store;

/// <summary>
/// A seeded stream of invented articles as JSONL: many small events, each told by a few outlets in
/// varied words, so that ingest has real grouping and analysis to do.
/// </summary>
internal static class StoreStreamGenerator
{
    private static readonly string[] Places = ["Arden", "Belmore", "Caskey", "Dunmore", "Elsby", "Farrow", "Gilden", "Harrowgate", "Islay Cross", "Jorvik Vale"];
    private static readonly string[] Things = ["bridge", "hospital wing", "rail line", "school", "harbour wall", "water plant", "library", "stadium"];
    private static readonly string[] Events = ["closed after storm damage", "reopened after repairs", "was sold to a private firm", "won new funding", "was hit by a fire"];
    private static readonly string[] Outlets = ["North Wire", "Vale Times", "Coast FM", "The Ledger", "Radio Ember"];
    private static readonly string[] People = ["Mayor Ana Kovi", "Councillor Ben Ortell", "Director Cleo Marsh", "Minister Dov Haller"];

    public static string Write(string path, int articles, int seed = 7)
    {
        var rng = new Random(seed);
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        var day = new DateTime(2025, 1, 1);
        for (int i = 0; i < articles; i++)
        {
            int e = i / 4; // four outlets tell each event
            var ev = new Random(seed * 1000 + e);
            var place = Places[ev.Next(Places.Length)];
            var thing = Things[ev.Next(Things.Length)];
            var what = Events[ev.Next(Events.Length)];
            var person = People[ev.Next(People.Length)];
            int people = 50 + ev.Next(5000);
            var outlet = Outlets[(i + rng.Next(2)) % Outlets.Length];
            var text = new StringBuilder()
                .Append(CultureInfo.InvariantCulture, $"The {place} {thing} {what} on {day.AddDays(e / 3):dddd}, officials said. ")
                .Append(CultureInfo.InvariantCulture, $"About {people + rng.Next(100):N0} people were affected in {place}. ")
                .Append(CultureInfo.InvariantCulture, $"\"We are doing everything we can for {place},\" {person} said. ")
                .Append(CultureInfo.InvariantCulture, $"Item {i} of the stream notes that the {thing} had served the town for {10 + rng.Next(80)} years.")
                .ToString();
            var line = new Dictionary<string, object?>
            {
                ["id"] = $"g{i}",
                ["title"] = $"{place} {thing} {what}",
                ["outlet"] = outlet,
                ["published"] = day.AddDays(e / 3).AddHours(rng.Next(24)).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                ["url"] = $"https://{outlet.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant()}.example/{i}",
                ["text"] = text,
            };
            w.WriteLine(JsonSerializer.Serialize(line));
        }
        return path;
    }
}
