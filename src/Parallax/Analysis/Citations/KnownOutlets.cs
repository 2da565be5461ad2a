namespace Parallax.Analysis.Citations;

/// <summary>News outlets and agencies cited as sources: each alias as written to the outlet's canonical name.</summary>
internal static class KnownOutlets
{
    public static readonly Dictionary<string, string> Aliases = Build(
        "Reuters", "Reuters|REUTERS|Thomson Reuters",
        "Associated Press", "Associated Press|AP|The Associated Press",
        "AFP", "AFP|Agence France-Presse|Agence France Presse",
        "Press TV", "Press TV|PressTV",
        "SANA", "SANA|Sana|Syrian Arab News Agency",
        "TASS", "TASS|ITAR-TASS",
        "RIA Novosti", "RIA Novosti|RIA",
        "Sputnik", "Sputnik",
        "Interfax", "Interfax",
        "Xinhua", "Xinhua",
        "IRNA", "IRNA",
        "Tasnim", "Tasnim",
        "Fars", "Fars",
        "Anadolu", "Anadolu|Anadolu Agency",
        "Al Jazeera", "Al Jazeera|Al-Jazeera",
        "Al Arabiya", "Al Arabiya|Al-Arabiya",
        "Alalam", "Alalam|Al-Alam|Al Alam",
        "Al Mayadeen", "Al Mayadeen|Al-Mayadeen",
        "RT", "RT|Russia Today",
        "BBC", "BBC",
        "CNN", "CNN",
        "Fox News", "Fox News",
        "NBC News", "NBC News|NBC",
        "CBS News", "CBS News|CBS",
        "ABC News", "ABC News|ABC",
        "NPR", "NPR",
        "MSNBC", "MSNBC",
        "Bloomberg", "Bloomberg",
        "The New York Times", "New York Times|The New York Times",
        "The Washington Post", "Washington Post|The Washington Post",
        "The Wall Street Journal", "Wall Street Journal|The Wall Street Journal",
        "The Guardian", "The Guardian|Guardian",
        "Financial Times", "Financial Times",
        "Politico", "Politico",
        "USA Today", "USA Today",
        "Axios", "Axios",
        "dpa", "dpa|DPA",
        "EFE", "EFE",
        "Kyodo", "Kyodo",
        "Yonhap", "Yonhap",
        "ANSA", "ANSA",
        "Mehr", "Mehr",
        "ISNA", "ISNA",
        "Daily Mail", "Daily Mail",
        "The Independent", "The Independent",
        "Haaretz", "Haaretz",
        "Times of Israel", "Times of Israel",
        "Breitbart", "Breitbart|Breitbart News",
        "HuffPost", "HuffPost|Huffington Post|The Huffington Post");

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

    private static Dictionary<string, string> Build(params string[] pairs)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i + 1 < pairs.Length; i += 2)
            foreach (var alias in pairs[i + 1].Split('|'))
                d[alias] = pairs[i];
        return d;
    }
}
