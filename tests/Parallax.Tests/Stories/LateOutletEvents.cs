using Parallax.Stories;

namespace Parallax.Tests.Stories;

/// <summary>
/// Invented events, two a day, each reported in its own words by several outlets: each outlet writes from a template
/// of its own around the event's invented place, thing and figures, and is given a delay in days (a weekly, a print
/// edition) after the event's day. Events never share their invented words, so only time can keep a report from
/// its event.
/// </summary>
internal static class LateOutletEvents
{
    private static readonly string[] Syllables = ["ka", "lo", "mir", "tes", "vu", "ran", "bel", "do", "sen", "gri", "pha", "tor", "ul", "nek", "zi", "ma"];

    // Mostly the event's own invented words, in each outlet's order, so that two events share almost nothing. The
    // third outlet's report is a feature: it shares the event's names and a few words, and adds words of its own,
    // as a weekly's piece shares little wording with the day's reports.
    private static readonly Func<Event, string>[] Templates =
    [
        e => $"{e.Town} {e.W[0]} {e.W[1]} the {e.Thing} on Monday. {e.Person} said {e.Count} {e.W[2]} {e.W[3]} {e.W[4]}.",
        e => $"{e.Person}: {e.Count} {e.W[2]} {e.W[3]} after {e.Town} {e.W[0]} {e.W[1]} its {e.Thing}; {e.W[5]} {e.W[6]}.",
        e => $"{e.W[8]} {e.W[9]} in {e.Town}: {e.Person} {e.W[0]}. {e.W[10]} {e.W[11]} {e.W[12]}, {e.W[13]} {e.W[14]}.",
        e => $"The {e.Thing} of {e.Town} {e.W[1]} {e.W[0]}, and {e.Count} {e.W[3]} {e.W[2]} {e.W[4]}, {e.Person} said. {e.W[5]} {e.W[7]}.",
    ];

    internal sealed record Event(int Index, string Town, string Thing, string Person, int Count, DateTime Day, string[] W);

    /// <summary>The events, in order of their days (two a day from 1 March 2025).</summary>
    public static List<Event> Events(int count, int seed = 5)
    {
        var random = new Random(seed);
        string Word() => string.Concat(Enumerable.Range(0, 3).Select(_ => Syllables[random.Next(Syllables.Length)]));
        string Name() => char.ToUpperInvariant(Word()[0]) + Word()[1..];
        var start = new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        return Enumerable.Range(0, count)
            .Select(i => new Event(i, Name(), Word(), Name() + " " + Name(), 10 + random.Next(900), start.AddDays(i / 2), [.. Enumerable.Range(0, 15).Select(_ => Word())]))
            .ToList();
    }

    /// <summary>One report of an event by an outlet (the outlet's template), published <paramref name="delay"/> days after the event's day.</summary>
    public static StoryDocument Report(Event e, int outlet, string name, int delay)
    {
        int template = outlet % Templates.Length;
        bool feature = template == 2;
        return new(feature ? $"{e.W[10]} {e.W[11]} of {e.Town}" : $"{e.Town} {e.Thing} {e.W[outlet % 2]}",
            Templates[template](e), feature ? [e.Town] : [e.Town, e.Person], e.Day.AddDays(delay))
        {
            Outlet = name,
        };
    }

    /// <summary>Every outlet's report of every event, in publication order (ties: the event's order, then the outlet's).</summary>
    public static List<(StoryDocument Doc, int Event)> Stream(IReadOnlyList<Event> events, params (string Name, int Delay)[] outlets) =>
        events.SelectMany(e => outlets.Select((o, k) => (Doc: Report(e, k, o.Name, o.Delay), Event: e.Index, Outlet: k)))
            .OrderBy(r => r.Doc.Time).ThenBy(r => r.Event).ThenBy(r => r.Outlet)
            .Select(r => (r.Doc, r.Event)).ToList();
}
