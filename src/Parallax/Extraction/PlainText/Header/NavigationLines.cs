using System.Collections.Frozen;
using Parallax.Extraction.Boilerplate;

namespace Parallax.Extraction.PlainText.Header;

/// <summary>
/// Breadcrumbs ("Home / Politics / Elections", "News › World", "Home » Economy » Rates") and section menus
/// ("Sport | Business | Culture", "News Sport Weather"). Each part is a short capitalised name without
/// sentence punctuation. A breadcrumb has a directional separator and three parts, or two that open with
/// a home or section word; a menu has three parts, or section words only. "Daily Courier | World" (an
/// outlet line) and "Jane Roe / Tom Ash" (a credit) are neither.
/// </summary>
internal static class NavigationLines
{
    public const int MaxLength = 160;

    /// <summary>Words per part.</summary>
    public const int MaxPartWords = 4;

    private static readonly string[] CrumbSeparators = ["›", "»", "→", ">", "/", "::", "\\"];

    private static readonly char[] MenuSeparators = ['|', '•', '·', '¦'];

    /// <summary>The first crumb of most breadcrumbs, in several languages.</summary>
    private static readonly FrozenSet<string> HomeWords = FrozenSet.ToFrozenSet(
        ["home", "homepage", "home page", "front page", "start", "startseite", "accueil", "inicio", "portada", "inizio", "главная", "الرئيسية"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Section names of news sites.</summary>
    private static readonly FrozenSet<string> SectionWords = FrozenSet.ToFrozenSet(
    [
        "news", "world", "local", "national", "international", "politics", "business", "economy", "money", "markets", "finance",
        "sport", "sports", "football", "cricket", "culture", "arts", "opinion", "comment", "science", "tech", "technology", "health",
        "lifestyle", "life", "style", "entertainment", "travel", "weather", "video", "videos", "podcasts", "podcast", "education",
        "environment", "climate", "food", "books", "film", "music", "tv", "media", "society", "crime", "law", "obituaries", "letters",
        "fashion", "property", "motoring", "jobs", "puzzles", "games", "newsletters", "live", "latest", "features", "analysis", "photos",
        "magazine", "regional", "investigations", "columnists", "editorials", "reviews", "uk", "us", "europe", "africa", "asia",
        "americas", "middle east", "more", "home",
    ], StringComparer.OrdinalIgnoreCase);

    public static bool IsSectionWord(string word) => SectionWords.Contains(word);

    /// <summary>Whether the line is a breadcrumb; <paramref name="section"/> is its last crumb that is neither "Home" nor in sentence case.</summary>
    public static bool IsBreadcrumb(string line, out string? section)
    {
        section = null;
        if (line.Length > MaxLength)
            return false;
        foreach (var separator in CrumbSeparators)
        {
            if (!line.Contains(separator, StringComparison.Ordinal))
                continue;
            var parts = line.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2 || !parts.All(IsNamePart))
                return false;
            bool opens = HomeWords.Contains(parts[0]) || SectionWords.Contains(parts[0]);
            // A slash between two names is a credit ("H. Doe / Jane Roe"), not a path.
            if (parts.Length < 3 && !opens)
                return false;
            if (separator == "/" && !opens && parts.All(p => PersonNames.TryParse(p, out _)))
                return false;
            // The section is the last crumb written as a name; a crumb in sentence case is the story itself.
            section = parts.LastOrDefault(p => !HomeWords.Contains(p) && p.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || w is "of" or "and" or "the" or "&"));
            return true;
        }
        return false;
    }

    /// <summary>Whether the line is a row of section names.</summary>
    public static bool IsSectionMenu(string line)
    {
        if (line.Length > MaxLength)
            return false;
        string[] parts;
        if (line.IndexOfAny(MenuSeparators) >= 0)
        {
            parts = line.Split(MenuSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2 || !parts.All(IsNamePart))
                return false;
            return parts.Length >= 3 || parts.All(SectionWords.Contains);
        }
        parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 3 && parts.All(p => SectionWords.Contains(p) && char.IsUpper(p[0]));
    }

    /// <summary>A short capitalised name: no sentence punctuation, at most <see cref="MaxPartWords"/> words.</summary>
    private static bool IsNamePart(string part)
    {
        if (part.Length is 0 or > 40 || !(char.IsUpper(part[0]) || char.IsDigit(part[0])) || !part.Any(char.IsLetter))
            return false;
        foreach (char c in part)
        {
            if (c is '.' or '!' or '?' or ',' or ';' or ':' or '"' or '“' or '”')
                return false;
        }
        return TeaserBlocks.WordCount(part) <= MaxPartWords;
    }
}
