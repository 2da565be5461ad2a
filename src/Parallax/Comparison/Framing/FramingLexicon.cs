namespace Parallax.Comparison.Framing;

/// <summary>A family of loaded terms outlets choose between for the same referent.</summary>
internal sealed record FramingFamily(string Name, IReadOnlyList<string> Terms);

/// <summary>
/// The documented families of loaded terms (docs/comparison.md): words that name the same people, acts or
/// events with different charge. Terms are matched as whole words, case-insensitively, multi-word terms
/// first; a table counts them per outlet and draws no verdict.
/// </summary>
internal static class FramingLexicon
{
    public static IReadOnlyList<FramingFamily> Families { get; } =
    [
        new("armed opponents", ["terrorists", "terrorist", "militants", "militant", "rebels", "rebel", "insurgents", "insurgent", "fighters", "jihadists", "jihadist", "extremists", "radical elements", "armed groups", "armed opposition", "opposition fighters", "freedom fighters", "gunmen"]),
        new("taking a place", ["liberation", "liberated", "liberate", "capture", "captured", "fall", "fell", "takeover", "seized", "seizure", "recapture", "recaptured", "occupation", "occupied", "retook"]),
        new("those in power", ["regime", "government", "administration", "authorities", "junta", "leadership"]),
        new("deaths", ["killed", "murdered", "massacred", "massacre", "slaughtered", "died", "dead", "martyred", "martyrs", "executed", "eliminated", "neutralized"]),
        new("unrest", ["riots", "riot", "rioters", "protests", "protest", "protesters", "demonstrations", "demonstrators", "unrest", "uprising", "revolution", "mob"]),
        new("military action", ["invasion", "special military operation", "operation", "offensive", "aggression", "intervention", "airstrikes", "bombardment", "shelling", "strikes"]),
        new("people who leave", ["refugees", "migrants", "asylum seekers", "illegal immigrants", "illegal aliens", "undocumented immigrants", "displaced", "evacuees"]),
        new("pauses in fighting", ["ceasefire", "truce", "humanitarian pause", "armistice", "lull"]),
    ];
}
