using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Parallax.Extraction.PlainText;

/// <summary>
/// A site footer's copyright line naming the publisher: "© Coastal Herald 2025.", "© 2024 The Harbor
/// Times. All rights reserved.", "Copyright (c) 2019-2025 Daily Courier Ltd | Privacy". The line must open
/// with the copyright sign or word and carry a year or "all rights reserved", so a photo credit ("© Jane
/// Roe") or prose about copyright does not count. The owner's company suffix (Ltd, Inc., LLC) is dropped.
/// </summary>
internal static partial class CopyrightLine
{
    /// <summary>Longer lines are prose or a legal paragraph, not a footer line.</summary>
    public const int MaxLength = 160;

    private const string Year = @"(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?";

    [GeneratedRegex(@"^(?:(?i:copyright)\s*(?:©|\((?i:c)\))?|©|\((?i:c)\))\s*(?:(?<year>" + Year + @")\s*,?\s*)?(?<owner>" + OutletSectionLine.NamePart + @")(?:\s*,?\s*(?<year>" + Year + @"))?\s*(?:$|[.,|;:\-–—]|(?i:all\s+rights))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex LineRegex();

    [GeneratedRegex(@"^" + Year + @"\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex YearRegex();

    [GeneratedRegex(@"\ball\s+rights\s+reserved\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RightsReservedRegex();

    /// <summary>Company-form words after the name that are not part of the outlet's name.</summary>
    private static readonly FrozenSet<string> CompanySuffixes = new[]
    {
        "Ltd", "Ltd.", "Limited", "Inc", "Inc.", "LLC", "L.L.C.", "plc", "PLC", "GmbH", "AG", "S.A.", "SA", "Co", "Co.", "Corp", "Corp.",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool TryParseOwner(string line, out string owner)
    {
        owner = "";
        if (line.Length > MaxLength)
            return false;
        var m = LineRegex().Match(line);
        if (!m.Success)
            return false;
        bool year = m.Groups["year"].Success;
        var words = m.Groups["owner"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        // The name pattern also takes a year after the name ("© Coastal Herald 2025") and a company form.
        while (words.Count > 1 && (CompanySuffixes.Contains(words[^1]) || YearRegex().IsMatch(words[^1])))
        {
            year |= YearRegex().IsMatch(words[^1]);
            words.RemoveAt(words.Count - 1);
        }
        if (!year && !RightsReservedRegex().IsMatch(line))
            return false;
        owner = string.Join(' ', words).TrimEnd('.', ',');
        return owner.Length > 1 && !YearRegex().IsMatch(owner);
    }

    /// <summary>The owner named by the last copyright line of the lines (footers close the page), or null.</summary>
    public static string? LastOwner(IReadOnlyList<string> lines)
    {
        for (int j = lines.Count - 1; j >= 0; j--)
        {
            if (TryParseOwner(lines[j], out var owner))
                return KnownOutlets.TryGet(owner, out var canonical) ? canonical : owner;
        }
        return null;
    }
}
