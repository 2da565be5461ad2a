using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Parallax.Extraction.PlainText;

/// <summary>
/// Whether a short string is a person's name as bylines write it ("Jane Doe", "H. Said", "Ana de la Cruz",
/// "JANE DOE", "Omar al-Hassan"), and job titles that follow names ("Staff Writer", "Senior Correspondent").
/// </summary>
internal static partial class PersonNames
{
    public const int MinTokens = 2;
    public const int MaxTokens = 5;

    /// <summary>Lower-case name particles.</summary>
    private static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(
        ["al", "el", "bin", "ibn", "bint", "abu", "de", "da", "das", "del", "della", "der", "di", "do", "dos", "du", "la", "le", "van", "von", "ter", "y", "zu", "st."],
        StringComparer.Ordinal);

    /// <summary>Capitalised words that start sentences or headings but never names (names are capitalised, so only these forms matter).</summary>
    private static readonly FrozenSet<string> NotNameWords = FrozenSet.ToFrozenSet(
        ["The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "You", "Our", "His", "Her", "Their",
         "In", "On", "At", "Of", "For", "From", "To", "With", "And", "Or", "But", "As", "After", "Before", "When", "While", "If",
         "New", "More", "All", "No", "Not", "THE", "AND", "OF", "IN"],
        StringComparer.Ordinal);

    /// <summary>Words of job titles and desks written after a byline's names.</summary>
    private static readonly FrozenSet<string> RoleWords = FrozenSet.ToFrozenSet(
        ["staff", "writer", "writers", "correspondent", "correspondents", "reporter", "reporters", "editor", "editors", "contributor",
         "contributing", "columnist", "bureau", "chief", "journalist", "journalists", "producer", "analyst", "senior", "special", "desk",
         "team", "agency", "agencies", "deputy", "political", "diplomatic", "foreign", "defence", "defense", "security", "business",
         "sports", "online", "digital", "international", "affairs", "economics", "science", "health", "news", "newsroom", "wire", "wires",
         "services", "service", "photographer", "associate", "managing", "executive", "investigative", "national", "chief's", "intern"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that make a phrase a job title rather than a desk or section ("Staff Writer" but not "Business").</summary>
    private static readonly FrozenSet<string> JobTitleWords = FrozenSet.ToFrozenSet(
        ["writer", "writers", "correspondent", "correspondents", "reporter", "reporters", "editor", "editors", "contributor",
         "columnist", "journalist", "journalists", "producer", "analyst", "photographer", "intern", "chief"],
        StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?:\p{Lu}\.(?:-?\p{Lu}\.)*|\p{Lu}[\p{L}'’\-]*\p{L}|(?:al|el|bin|ibn|abu)-\p{Lu}[\p{L}'’\-]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NameTokenRegex();

    /// <summary>The name, tidied (all-capitals names are title-cased), when <paramref name="text"/> is one.</summary>
    public static bool TryParse(string text, out string name)
    {
        name = "";
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (tokens.Length is < MinTokens or > MaxTokens)
            return false;
        bool hasWord = false, allCaps = true;
        foreach (var token in tokens)
        {
            if (Particles.Contains(token))
                continue;
            if (NotNameWords.Contains(token) || RoleWords.Contains(token) || !NameTokenRegex().IsMatch(token))
                return false;
            if (token.Length > 1 && token[1] != '.')
            {
                hasWord = true;
                if (token.Any(char.IsLower))
                    allCaps = false;
            }
        }
        if (!hasWord || Particles.Contains(tokens[0]) && tokens.Length == MinTokens)
            return false;
        name = string.Join(' ', allCaps ? tokens.Select(TitleCase) : tokens);
        return true;
    }

    /// <summary>Whether the text is a job title or desk ("Staff Writer", "Middle East Correspondent").</summary>
    public static bool IsRole(string text)
    {
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return tokens.Length is > 0 and <= 6 && tokens.Any(RoleWords.Contains);
    }

    /// <summary>Whether the text names a job ("Staff Writer", "Senior Correspondent"), not merely a desk ("Business").</summary>
    public static bool IsJobTitle(string text)
    {
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return tokens.Length is > 0 and <= 6 && tokens.Any(JobTitleWords.Contains);
    }

    private static string TitleCase(string token) =>
        token.Length <= 2 && token.EndsWith('.') ? token : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(token.ToLowerInvariant());
}
