using System.Collections.Frozen;

namespace Parallax.Extraction.PlainText;

/// <summary>
/// News outlets and agencies, keyed by how scrapes write them, with their usual spelling. Strong
/// evidence that a short "Name - Section" line or a dateline credit names the publisher; the rules
/// also recognise outlets missing from this table by the shape of the line.
/// </summary>
internal static class KnownOutlets
{
    private static readonly FrozenDictionary<string, string> Canonical = Build(
    [
        // Agencies
        "Reuters", "AFP", "Agence France-Presse", "AP", "Associated Press", "The Associated Press", "UPI", "DPA", "EFE", "ANSA",
        "Xinhua", "TASS", "ITAR-TASS", "RIA Novosti", "Interfax", "Sputnik", "Kyodo", "Yonhap", "Anadolu", "Anadolu Agency", "AA",
        "IRNA", "Fars", "Tasnim", "Mehr", "ISNA", "SANA", "WAFA", "KUNA", "WAM", "SPA", "MENA", "QNA", "PTI", "IANS", "Bernama",
        "Bloomberg", "PA", "Press Association", "CNA", "Yonhap News Agency",
        // Broadcasters and papers
        "BBC", "CNN", "Al Jazeera", "Al Arabiya", "Alalam", "Press TV", "RT", "Sky News", "France 24", "Euronews", "Deutsche Welle", "DW",
        "NPR", "PBS", "Fox News", "NBC News", "CBS News", "ABC News", "CNBC", "Politico", "The Hill", "Axios", "Vox",
        "The Guardian", "The Independent", "The Telegraph", "The Times", "Financial Times", "The Economist",
        "The New York Times", "The Washington Post", "The Wall Street Journal", "USA Today", "Los Angeles Times",
        "Haaretz", "The Times of Israel", "The Jerusalem Post", "Middle East Eye", "Daily Sabah", "Hurriyet", "Ahram Online",
        "Al-Masdar News", "Asharq Al-Awsat", "The National", "Gulf News", "Arab News", "Dawn", "The Hindu", "Times of India",
        "South China Morning Post", "Global Times", "China Daily", "The Japan Times", "ABC", "CBC", "Le Monde", "Der Spiegel",
    ]);

    public static bool TryGet(string name, out string canonical) => Canonical.TryGetValue(name.Trim(), out canonical!);

    public static bool Contains(string name) => Canonical.ContainsKey(name.Trim());

    private static FrozenDictionary<string, string> Build(string[] names)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
            map.TryAdd(name, name);
        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
