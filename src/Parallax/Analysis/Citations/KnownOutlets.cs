using Parallax.Text;

namespace Parallax.Analysis.Citations;

/// <summary>News outlets and agencies cited as sources: each alias as written to the outlet's canonical name.</summary>
internal static class KnownOutlets
{
    /// <summary>Each alias as written to the outlet's canonical name (Data/outlets.txt).</summary>
    public static readonly Dictionary<string, string> Aliases = Build(EmbeddedData.Rows("outlets.txt"));

    /// <summary>Words that make an unknown capitalised name an outlet when it reports ("The Daily Planet reported").</summary>
    public static readonly HashSet<string> OutletWords = new(StringComparer.Ordinal)
    {
        "News", "Times", "Post", "TV", "Radio", "Agency", "Journal", "Herald", "Tribune", "Gazette", "Daily", "Press",
        "Telegraph", "Channel", "Network", "Broadcasting", "Television", "Chronicle", "Observer", "Review", "Express",
        "Mirror", "Sun", "Star", "Standard", "Monitor", "Wire", "Magazine", "Weekly", "Insider", "Online",
    };

    /// <summary>Nouns that introduce an outlet by kind: "state news agency SANA", "broadcaster NHK", "the newspaper Le Monde".</summary>
    public static readonly HashSet<string> OutletKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        "agency", "broadcaster", "newspaper", "daily", "channel", "network", "outlet", "website", "tabloid", "paper",
        "magazine", "station", "radio", "television",
    };

    /// <summary>Verbs with which an outlet reports: "Reuters reported", "the Associated Press said".</summary>
    public static readonly HashSet<string> ReportVerbs = new(StringComparer.Ordinal)
    {
        "reports", "reported", "reporting", "said", "says", "quoted", "quotes", "cited", "cites", "wrote", "writes",
        "learned", "added", "adds", "broadcast", "aired", "announced", "showed", "obtained", "published",
    };

    /// <summary>Words before an outlet that cite it: "told AFP", "according to SANA", "quoted by TASS", "citing Reuters".</summary>
    public static readonly HashSet<string> CitingWords = new(StringComparer.Ordinal)
    {
        "told", "tells", "telling", "citing", "cited", "quoted", "by", "to",
    };

    private static Dictionary<string, string> Build(IEnumerable<string[]> rows)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
            foreach (var alias in row[1].Split(';', StringSplitOptions.TrimEntries))
                d[alias] = row[0];
        return d;
    }
}
