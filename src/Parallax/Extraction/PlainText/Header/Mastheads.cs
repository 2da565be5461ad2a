using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Parallax.Extraction.PlainText.Header;

/// <summary>
/// Lines shaped like an outlet's masthead: a short name in capitals ("THE HARBOUR GAZETTE"), a capitalised
/// name ending in a newspaper word ("Riverside Courier", "Meridian Daily"), or a name with a slogan
/// ("Valley Courier — independent local news since 1901", "Field Notes | birds, weather and the long view",
/// "The Alpine Review | Independent journalism from the mountains" when the name ends in a newspaper word).
/// The shape alone does not make a masthead: a headline can look the same, so the title choice decides,
/// and a masthead-shaped line the title was not chosen from names the outlet.
/// </summary>
internal static partial class Mastheads
{
    public const int MaxNameWords = 5;

    /// <summary>Words that end (or open) newspapers' and sites' names.</summary>
    private static readonly FrozenSet<string> NewspaperWords = FrozenSet.ToFrozenSet(
    [
        "Times", "Post", "Herald", "Gazette", "Tribune", "Chronicle", "Journal", "Courier", "Observer", "Guardian", "Independent",
        "Telegraph", "Express", "Mail", "Mirror", "Star", "Standard", "Record", "Echo", "Press", "Daily", "Weekly", "News", "Monitor",
        "Inquirer", "Dispatch", "Bulletin", "Ledger", "Examiner", "Sentinel", "Register", "Advertiser", "Argus", "Banner", "Beacon",
        "Clarion", "Enquirer", "Gleaner", "Globe", "Mercury", "Messenger", "Pioneer", "Reporter", "Spectator", "Statesman", "Telegram",
        "Today", "Wire", "Insider", "Zeitung", "Kurier", "Tageblatt", "Rundschau", "Corriere", "Gazzetta", "Diario", "Jornal",
        "Nieuwsblad", "Dagblad", "Tidende", "Online", "Newsroom", "Review",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> NameJoiners = FrozenSet.ToFrozenSet(["of", "the", "and", "&", "de", "la", "du", "der", "die", "al", "el"], StringComparer.Ordinal);

    // "Name — slogan": a name of one to four capitalised words, a separator, then a slogan in lower case.
    [GeneratedRegex(@"^(?<name>" + OutletSectionLine.NamePart + @")\s*(?:[—–|:·•]|\s-)\s*(?<slogan>\p{Ll}[^.!?]{2,80})$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NameWithSloganRegex();

    [GeneratedRegex(@"^(?<name>" + OutletSectionLine.NamePart + @")\s*(?:[—–|:·•]|\s-)\s*(?<slogan>\p{Lu}\p{Ll}*\s+\p{Ll}[^.!?]{2,80})$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NameWithCapitalisedSloganRegex();

    /// <summary>The outlet's name when the line is shaped like a masthead.</summary>
    public static bool TryName(string line, out string name)
    {
        name = "";
        var slogan = NameWithSloganRegex().Match(line);
        if (slogan.Success && slogan.Groups["name"].Value.Split(' ').Length <= MaxNameWords - 1)
        {
            name = slogan.Groups["name"].Value.Trim();
            return true;
        }
        // "The Alpine Review | Independent journalism from the mountains": a capitalised slogan after a newspaper's name.
        var capitalised = NameWithCapitalisedSloganRegex().Match(line);
        if (capitalised.Success && capitalised.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: <= MaxNameWords - 1 } nameWords
            && NewspaperWords.Contains(nameWords[^1]))
        {
            name = capitalised.Groups["name"].Value.Trim();
            return true;
        }
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > MaxNameWords || line.Length > 60)
            return false;
        bool capitals = true;
        foreach (var word in words)
        {
            if (NameJoiners.Contains(word))
                continue;
            if (!char.IsUpper(word[0]) || word.Any(c => !char.IsLetter(c) && c is not '\'' and not '’' and not '-' and not '&' and not '.'))
                return false;
            if (word.Any(char.IsLower))
                capitals = false;
        }
        // A single word in capitals is a section label ("POLITICS") as often as a name; section words never name an outlet.
        if (capitals && words.Length >= 2 && !words.All(NavigationLines.IsSectionWord))
        {
            name = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(line.ToLowerInvariant());
            return true;
        }
        if (NewspaperWords.Contains(words[^1]) || (words.Length > 1 && NewspaperWords.Contains(words[0]) && words[0] is "Daily" or "Weekly"))
        {
            name = line.Trim();
            return words.Length > 1;
        }
        return false;
    }
}
