using Parallax.Model;

namespace Parallax.Tests.Stories;

/// <summary>
/// Many small events, each told four times over a day, three new ones a day: each event has invented words
/// and names of its own (syllables drawn from a seeded generator), so events stay apart and close as days pass.
/// </summary>
internal static class InventedEvents
{
    private static readonly string[] Syllables = ["ka", "lo", "mir", "tes", "vu", "ran", "bel", "do", "sen", "gri", "pha", "tor", "ul", "nek", "zi", "ma"];

    public static List<(string Title, string Text, string[] Names, DateTime Time)> Items(int count)
    {
        var random = new Random(11);
        string Word() => string.Concat(Enumerable.Range(0, 3).Select(_ => Syllables[random.Next(Syllables.Length)]));
        string Name() => char.ToUpperInvariant(Word()[0]) + Word()[1..];
        var items = new List<(string, string, string[], DateTime)>();
        var start = new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        for (int e = 0; items.Count < count; e++)
        {
            var words = Enumerable.Range(0, 6).Select(_ => Word()).ToArray();
            var names = new[] { Name() + " " + Name(), Name() };
            for (int k = 0; k < 4 && items.Count < count; k++)
            {
                var text = $"The {words[0]} of {names[1]} {words[1]} the {words[2]} on Monday, {names[0]} said. " +
                    $"Crews {words[3]} the {words[4]} near {names[1]} while the {words[5]} waited. Report {k} of the {words[0]}.";
                items.Add(($"{names[1]} {words[0]} {words[2]}", text, names, start.AddHours(e * 8 + k)));
            }
        }
        return items;
    }

    public static List<Parallax.Stories.StoryDocument> Documents(int count) =>
        Items(count).Select(i => new Parallax.Stories.StoryDocument(i.Title, i.Text, i.Names, i.Time)).ToList();

    public static List<Article> Articles(int count) => Items(count).Select((item, n) => new Article
    {
        Id = $"e{n}",
        Source = $"/in/e{n}.txt",
        Title = item.Title,
        Text = item.Text,
        Url = $"https://events.example/{n}",
        Outlet = $"Outlet {n % 4}",
        Published = new PublicationDate(item.Time, true, TimeSpan.Zero),
    }).ToList();
}
