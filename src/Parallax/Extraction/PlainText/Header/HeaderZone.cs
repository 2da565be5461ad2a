using System.Text.RegularExpressions;
using Parallax.Extraction.Boilerplate;
using Parallax.Model;

namespace Parallax.Extraction.PlainText.Header;

/// <summary>What the header zone says: where the title is, what each zone line is, and the fields its lines name.</summary>
internal sealed class HeaderReading
{
    /// <summary>The title's line, or -1 when the scrape has no text.</summary>
    public int TitleIndex { get; init; } = -1;

    /// <summary>The first body paragraph's line (the zone is every line before it); the line count when there is none.</summary>
    public int ZoneEnd { get; init; }

    /// <summary>The kind of every line before <see cref="ZoneEnd"/>.</summary>
    public required HeaderLineKind[] Kinds { get; init; }

    /// <summary>Zone lines after the title that leave the text even though the body's own rules would keep them.</summary>
    public required bool[] Chrome { get; init; }

    public string? Kind { get; set; }
    public string? Outlet { get; set; }
    public string? Section { get; set; }
    public PublicationDate? Published { get; set; }
    public List<string> Authors { get; } = [];
}

/// <summary>
/// The header zone of a plain-text scrape: every line before the first body paragraph is classed first
/// (<see cref="HeaderLineKind"/>: skip links, mastheads, breadcrumbs, section menus, consent banners,
/// accessibility widgets, comment counters, follow prompts, share rows, timestamps, bylines ...), then the
/// title is chosen among the candidate lines by <see cref="TitleScore"/>. Lines above the title leave the
/// text (their metadata is kept); a masthead-shaped line above it names the outlet, a breadcrumb the section.
/// Thread-safe: no state between calls.
/// </summary>
internal static partial class HeaderZone
{
    /// <summary>The zone ends after this many non-empty lines even with no body paragraph in sight.</summary>
    public const int MaxZoneLines = 40;

    /// <summary>A line ending a sentence with at least this many words is a body paragraph (so is any line of <see cref="MinLongBodyWords"/>).</summary>
    public const int MinBodySentenceWords = 6;

    public const int MinLongBodyWords = 30;

    private static readonly HashSet<HeaderLineKind> ChromeKinds =
    [
        HeaderLineKind.SkipLink, HeaderLineKind.Navigation, HeaderLineKind.Breadcrumb, HeaderLineKind.SectionMenu, HeaderLineKind.Consent,
        HeaderLineKind.Accessibility, HeaderLineKind.CommentCounter, HeaderLineKind.SocialFollow, HeaderLineKind.ShareRow,
        HeaderLineKind.Caption, HeaderLineKind.Role, HeaderLineKind.Boilerplate,
    ];

    private static readonly HashSet<HeaderLineKind> MetadataBelow =
    [
        HeaderLineKind.Byline, HeaderLineKind.Timestamp, HeaderLineKind.Caption, HeaderLineKind.Body, HeaderLineKind.ShareRow,
        HeaderLineKind.CommentCounter, HeaderLineKind.Accessibility,
    ];

    public static HeaderReading Read(IReadOnlyList<string> lines)
    {
        int n = lines.Count, zoneEnd = n, seen = 0;
        var kinds = new HeaderLineKind[n];
        var sections = new string?[n];
        for (int i = 0; i < n; i++)
        {
            kinds[i] = Classify(lines[i], out sections[i]);
            if (kinds[i] == HeaderLineKind.Body || (kinds[i] != HeaderLineKind.Blank && ++seen > MaxZoneLines))
            {
                zoneEnd = i;
                break;
            }
        }
        var nameRoleAuthors = PairBylines(lines, kinds, zoneEnd);
        int title = ChooseTitle(lines, kinds, zoneEnd);
        // No candidate of two words or more: a one-word line above the text, else the first paragraph.
        if (title < 0)
            title = Array.IndexOf(kinds, HeaderLineKind.Candidate, 0, zoneEnd) is >= 0 and var word ? word : zoneEnd < n ? zoneEnd : -1;
        var reading = new HeaderReading { Kinds = kinds, Chrome = new bool[n], ZoneEnd = zoneEnd, TitleIndex = title };
        if (title < 0)
            return reading;

        for (int i = 0; i < Math.Min(zoneEnd, n); i++)
        {
            var line = lines[i];
            var kind = kinds[i];
            if (kind == HeaderLineKind.Breadcrumb)
                reading.Section ??= sections[i];
            if (nameRoleAuthors.TryGetValue(i, out var names))
                Add(reading.Authors, names);
            if (i > title)
            {
                reading.Chrome[i] = ChromeKinds.Contains(kind) || nameRoleAuthors.ContainsKey(i);
                continue;
            }
            if (i == title)
                continue;
            switch (kind)
            {
                case HeaderLineKind.Label:
                    reading.Kind ??= ContentLabels.LabelOnlyKind(line);
                    break;
                case HeaderLineKind.Masthead:
                    reading.Outlet ??= KnownOutlets.TryGet(line, out var known) ? known : line.Trim();
                    break;
                case HeaderLineKind.Timestamp when TimestampLine.TryParse(line, out var stamp):
                    reading.Published ??= stamp;
                    break;
                case HeaderLineKind.Byline when TryByline(line, out var byline):
                    Add(reading.Authors, byline.Authors);
                    reading.Published ??= byline.Published;
                    break;
                case HeaderLineKind.Candidate when OutletSectionLine.TryParse(line, out var outletLine) && reading.Outlet is null:
                    reading.Outlet = outletLine.Outlet;
                    reading.Section ??= outletLine.Section;
                    break;
                case HeaderLineKind.Candidate when Mastheads.TryName(line, out var masthead):
                    reading.Outlet ??= masthead;
                    break;
            }
        }
        return reading;
    }

    /// <summary>The class of one line on its own (a name alone is settled by <see cref="PairBylines"/>).</summary>
    public static HeaderLineKind Classify(string line, out string? section)
    {
        section = null;
        if (line.Length == 0)
            return HeaderLineKind.Blank;
        if (HeaderLineRules.Classify(line) is { } chrome)
            return chrome;
        if (ContentLabels.LabelOnlyKind(line) is not null)
            return HeaderLineKind.Label;
        // "VIDEO: Flooded bridge closes ..." is a labelled headline, not a video credit.
        var (unlabelled, label) = ContentLabels.Split(line);
        if (label is not null && TeaserBlocks.WordCount(unlabelled) >= TitleScore.MinGoodWords && !TimestampLine.TryParse(line, out _) && !TimestampLine.IsRelative(line))
            return IsBodyParagraph(line) ? HeaderLineKind.Body : HeaderLineKind.Candidate;
        switch (BoilerplateLineClassifier.Classify(line))
        {
            case BoilerplateKind.None:
                break;
            case BoilerplateKind.Share:
                return HeaderLineKind.ShareRow;
            case BoilerplateKind.Follow or BoilerplateKind.Subscribe or BoilerplateKind.Newsletter or BoilerplateKind.AppPrompt:
                return HeaderLineKind.SocialFollow;
            case BoilerplateKind.Cookie:
                return HeaderLineKind.Consent;
            case BoilerplateKind.MediaCredit:
                return HeaderLineKind.Caption;
            case BoilerplateKind.CommentForm:
                return HeaderLineKind.CommentCounter;
            // A headline with pasted markup in it ("<script>…</script> Council rejects …") is still a headline.
            case BoilerplateKind.Markup when TeaserBlocks.WordCount(StripTags(line)) >= TitleScore.MinGoodWords && !line.TrimEnd().EndsWith('>'):
                return HeaderLineKind.Candidate;
            default:
                return HeaderLineKind.Boilerplate;
        }
        if (TimestampLine.TryParse(line, out _) || TimestampLine.IsRelative(line))
            return HeaderLineKind.Timestamp;
        if (TryByline(line, out _))
            return HeaderLineKind.Byline;
        if (NavigationLines.IsBreadcrumb(line, out section))
            return HeaderLineKind.Breadcrumb;
        if (NavigationLines.IsSectionMenu(line))
            return HeaderLineKind.SectionMenu;
        if (KnownOutlets.Contains(line))
            return HeaderLineKind.Masthead;
        if (PersonNames.TryParse(line, out _))
            return HeaderLineKind.NameOnly;
        return IsBodyParagraph(line) ? HeaderLineKind.Body : HeaderLineKind.Candidate;
    }

    /// <summary>Whether the line reads as a body paragraph: a finished sentence of some length, or a long line.</summary>
    public static bool IsBodyParagraph(string line)
    {
        int words = TeaserBlocks.WordCount(line);
        if (words >= MinLongBodyWords)
            return true;
        var t = line.AsSpan().TrimEnd();
        while (t.Length > 0 && t[^1] is '"' or '\'' or '”' or '’' or ')' or '»')
            t = t[..^1];
        return words >= MinBodySentenceWords && t.Length > 0 && t[^1] is '.' or ':' or ';';
    }

    /// <summary>
    /// "Jane Roe" over "Columnist" (or over a timestamp) is a byline; "Jane Roe | Political Reporter" too.
    /// A name alone with neither is a candidate like any other line. Returns the authors each byline line gives.
    /// </summary>
    private static Dictionary<int, IReadOnlyList<string>> PairBylines(IReadOnlyList<string> lines, HeaderLineKind[] kinds, int zoneEnd)
    {
        var authors = new Dictionary<int, IReadOnlyList<string>>();
        for (int i = 0; i < zoneEnd; i++)
        {
            if (kinds[i] == HeaderLineKind.Byline && !BylineLine.TryParse(lines[i], out _) && TryByline(lines[i], out var withRole))
                authors[i] = withRole.Authors;
            if (kinds[i] != HeaderLineKind.NameOnly || !PersonNames.TryParse(lines[i], out var name))
                continue;
            int next = NextLine(kinds, i, zoneEnd);
            if (next >= 0 && kinds[next] is HeaderLineKind.Candidate && PersonNames.IsJobTitle(lines[next]))
            {
                kinds[i] = HeaderLineKind.Byline;
                kinds[next] = HeaderLineKind.Role;
                authors[i] = [name];
            }
            else if (next >= 0 && kinds[next] == HeaderLineKind.Timestamp)
            {
                kinds[i] = HeaderLineKind.Byline;
                authors[i] = [name];
            }
            else
            {
                kinds[i] = HeaderLineKind.Candidate;
            }
        }
        return authors;
    }

    /// <summary>
    /// A byline as the body reads it, or one only the header zone accepts: a name with a role and no "By"
    /// ("Jane Roe | Political Reporter"), or a byline with pasted markup in it ("By Jane Roe &lt;img …&gt;").
    /// </summary>
    private static bool TryByline(string line, out Byline byline) =>
        BylineLine.TryParse(line, out byline) || BylineLine.TryParseNameWithRole(line, out byline)
        || (line.Contains('<') && BylineLine.TryParse(StripTags(line), out byline));

    private static string StripTags(string line) => TagRegex().Replace(line, " ").Trim();

    [GeneratedRegex(@"<[^<>]{0,400}>", RegexOptions.CultureInvariant)]
    private static partial Regex TagRegex();

    /// <summary>The best-scoring candidate before the first body paragraph, or -1.</summary>
    private static int ChooseTitle(IReadOnlyList<string> lines, HeaderLineKind[] kinds, int zoneEnd)
    {
        var lead = zoneEnd < lines.Count ? TitleScore.Stems(lines[zoneEnd]).ToHashSet(StringComparer.Ordinal) : [];
        int best = -1;
        double bestScore = double.MinValue;
        bool firstSeen = false;
        for (int i = 0; i < zoneEnd; i++)
        {
            if (kinds[i] != HeaderLineKind.Candidate)
                continue;
            var line = lines[i];
            bool shaped = Mastheads.TryName(line, out _) || OutletSectionLine.TryParse(line, out _);
            int next = NextLine(kinds, i, lines.Count);
            bool above = next < 0 || MetadataBelow.Contains(kinds[next]) || next == zoneEnd;
            int words = TeaserBlocks.WordCount(line);
            bool first = !firstSeen && !shaped && words >= TitleScore.MinWords;
            // Right above a longer candidate: the title over its standfirst.
            bool overStandfirst = next >= 0 && next < zoneEnd && kinds[next] == HeaderLineKind.Candidate
                && TeaserBlocks.WordCount(lines[next]) > words && !Mastheads.TryName(lines[next], out _);
            if (TitleScore.Of(line, first, shaped, above, overStandfirst, lead) is not { } score)
                continue;
            firstSeen |= first;
            if (score > bestScore)
                (best, bestScore) = (i, score);
        }
        return best;
    }

    private static int NextLine(HeaderLineKind[] kinds, int i, int end)
    {
        for (int j = i + 1; j < Math.Min(end, kinds.Length); j++)
        {
            if (kinds[j] != HeaderLineKind.Blank)
                return j;
        }
        return -1;
    }

    private static void Add(List<string> authors, IReadOnlyList<string> names)
    {
        foreach (var name in names)
        {
            if (!authors.Contains(name, StringComparer.OrdinalIgnoreCase))
                authors.Add(name);
        }
    }
}
