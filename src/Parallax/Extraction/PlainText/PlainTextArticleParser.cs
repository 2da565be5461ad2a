using System.Text;
using System.Text.RegularExpressions;
using Parallax.Extraction.Boilerplate;
using Parallax.Extraction.PlainText.Header;
using Parallax.Model;

namespace Parallax.Extraction.PlainText;

/// <summary>
/// Reads a scraped plain-text article: the header zone above the first body paragraph is classed line by
/// line and the title chosen among its candidates (<see cref="HeaderZone"/>; content labels such as "VIDEO:"
/// become the kind), then header lines (timestamps, outlet / section, bylines), body paragraphs, credits,
/// junk and the footer zone. Metadata lines and boilerplate (<see cref="BoilerplateFilter"/>,
/// <see cref="FooterZone"/>) leave the text wherever they are; a dateline opening the first paragraph becomes
/// the dateline (and outlet) and leaves the text too, the sentence after it stays. The clean text keeps the
/// source's paragraphs ("\n\n") and line breaks within them ("\n"), lines trimmed, characters otherwise
/// untouched and in order. See docs/plain-text.md. Thread-safe: no state between calls.
/// </summary>
internal sealed partial class PlainTextArticleParser
{
    /// <summary>How many non-empty lines after the title form the header zone, where outlet lines of unknown outlets count.</summary>
    public const int HeaderZoneLines = 5;

    /// <summary>A first paragraph this short may be a standfirst, with the dateline opening the next one.</summary>
    public const int MaxStandfirstWords = 45;

    /// <summary>A job title on its own line under a byline has at most this many words.</summary>
    public const int MaxRoleLineWords = 5;

    // "Headline | Reuters", "Headline - The Daily Courier": a publisher after the headline (known outlets only).
    [GeneratedRegex(@"^(?<title>.+?\S)\s+[|\-–—]\s+(?<outlet>[^|\-–—]{2,40})$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TitleOutletSuffixRegex();

    private enum LineRole
    {
        Empty,
        Body,
        Removed,
        SlashCredit,
    }

    public ExtractedFields Parse(string content)
    {
        var fields = new ExtractedFields();
        var (lines, blocks) = SplitLines(content);

        // The header zone: every line above the first body paragraph classed, the title chosen among them.
        var header = HeaderZone.Read(lines);
        int i = header.TitleIndex;
        if (i < 0)
            return fields;

        var (title, titleKind) = ContentLabels.Split(lines[i]);
        string? titleOutlet = null;
        var suffix = TitleOutletSuffixRegex().Match(title);
        if (suffix.Success && KnownOutlets.TryGet(suffix.Groups["outlet"].Value, out var suffixOutlet))
        {
            title = suffix.Groups["title"].Value;
            titleOutlet = suffixOutlet;
        }
        fields.TrySetTitle(title, FieldOrigin.TextHeader);
        fields.TrySetKind(header.Kind ?? titleKind, FieldOrigin.TextHeader);
        // A masthead above the title names the publisher before any other layer; timestamps above it count too.
        fields.TrySetOutlet(header.Outlet, FieldOrigin.TextHeader);
        fields.TrySetPublished(header.Published, FieldOrigin.TextHeader);

        var body = lines.GetRange(i + 1, lines.Count - i - 1);
        var bodyBlocks = blocks.GetRange(i + 1, blocks.Count - i - 1);
        var chrome = header.Chrome.AsSpan(i + 1).ToArray();
        var roles = ClassifyLines(body, chrome, fields, out var bodyAuthors);

        ResolveSlashCredits(body, roles, bodyAuthors);
        var authors = new List<string>(header.Authors);
        AddAuthors(authors, bodyAuthors);
        fields.TrySetAuthors(authors, FieldOrigin.VisibleByline);
        fields.TrySetSection(header.Section, FieldOrigin.TextHeader);

        int first = FindDateline(body, roles, out var dateline);
        if (first >= 0)
        {
            DatelineFields.Apply(fields, dateline);
            body[first] = body[first][dateline.Length..];
        }
        fields.TrySetOutlet(titleOutlet, FieldOrigin.TextHeader);
        // Last resort: the publisher a footer's copyright line names ("© Coastal Herald 2025.").
        fields.TrySetOutlet(CopyrightLine.LastOwner(body), FieldOrigin.TextBody);

        fields.Text = Join(body, bodyBlocks, roles);
        return fields;
    }

    /// <summary>
    /// The body line opening with a dateline: the first body line, or the second when a short standfirst
    /// comes first and the dateline is unmistakable (a place in capitals or an agency in brackets).
    /// </summary>
    private static int FindDateline(List<string> body, LineRole[] roles, out Dateline dateline)
    {
        dateline = null!;
        int seen = 0;
        for (int j = 0; j < body.Count && seen < 2; j++)
        {
            if (roles[j] != LineRole.Body)
                continue;
            seen++;
            if (DatelineParser.TryParse(body[j], out dateline) && (seen == 1 || dateline.Strong))
                return j;
            if (TeaserBlocks.WordCount(body[j]) > MaxStandfirstWords)
                return -1;
        }
        return -1;
    }

    /// <summary>
    /// Marks boilerplate and metadata lines, taking their fields; the rest is body. <paramref name="chrome"/> marks
    /// the header-zone lines below the title that leave the text (breadcrumbs, widgets, two-line bylines ...).
    /// </summary>
    private static LineRole[] ClassifyLines(List<string> body, bool[] chrome, ExtractedFields fields, out List<string> authors)
    {
        authors = [];
        var junk = BoilerplateFilter.Classify(body);
        for (int j = 0; j < body.Count; j++)
        {
            if (chrome[j] && junk[j] == BoilerplateKind.None)
                junk[j] = BoilerplateKind.PageChrome;
        }
        FooterZone.Mark(body, junk, IsMetadataLine);
        var roles = new LineRole[body.Count];
        int seen = 0;
        bool afterByline = false;
        for (int j = 0; j < body.Count; j++)
        {
            var line = body[j];
            if (line.Length == 0)
                continue;
            roles[j] = LineRole.Removed;
            if (junk[j] != BoilerplateKind.None)
                continue;
            seen++; // the header zone counts lines that are not boilerplate
            bool bylineAbove = afterByline;
            afterByline = false;
            if (bylineAbove && IsRoleLine(line))
            {
                // "By Sam Okafor" / "Local Democracy Reporter": the byline's job title on its own line.
            }
            else if (ContentLabels.LabelOnlyKind(line) is { } labelKind && seen <= HeaderZoneLines)
            {
                fields.TrySetKind(labelKind, FieldOrigin.TextHeader);
            }
            else if (TimestampLine.TryParse(line, out var published))
            {
                fields.TrySetPublished(published, FieldOrigin.TextHeader);
            }
            else if (TimestampLine.IsRelative(line))
            {
                // "Updated 5 hours ago": page chrome without a date we can know.
            }
            else if (BylineLine.TryParse(line, out var byline))
            {
                afterByline = true;
                AddAuthors(authors, byline.Authors);
                fields.TrySetPublished(byline.Published, FieldOrigin.VisibleByline);
            }
            else if (OutletSectionLine.TryParse(line, out var outlet) && (outlet.Known || seen <= HeaderZoneLines))
            {
                if (fields.TrySetOutlet(outlet.Outlet, FieldOrigin.TextHeader))
                    fields.TrySetSection(outlet.Section, FieldOrigin.TextHeader);
            }
            else
            {
                roles[j] = BylineLine.TryParseSlashCredit(line, out _) ? LineRole.SlashCredit : LineRole.Body;
            }
        }
        return roles;
    }

    /// <summary>A job title alone on a short line ("Local Democracy Reporter"), as written under a byline.</summary>
    private static bool IsRoleLine(string line) =>
        TeaserBlocks.WordCount(line) <= MaxRoleLineWords && !TeaserBlocks.EndsSentence(line) && PersonNames.IsJobTitle(line);

    /// <summary>Lines read as metadata wherever they stand: a footer's heading rule must leave them alone.</summary>
    private static bool IsMetadataLine(string line) =>
        TimestampLine.TryParse(line, out _) || BylineLine.TryParse(line, out _) || BylineLine.TryParseSlashCredit(line, out _)
        || OutletSectionLine.TryParse(line, out _) || ContentLabels.LabelOnlyKind(line) is not null;

    /// <summary>"Editor / Writer" lines count only after the last body line; earlier ones are text.</summary>
    private static void ResolveSlashCredits(List<string> body, LineRole[] roles, List<string> authors)
    {
        int lastBody = Array.LastIndexOf(roles, LineRole.Body);
        for (int j = 0; j < roles.Length; j++)
        {
            if (roles[j] != LineRole.SlashCredit)
                continue;
            if (j > lastBody && BylineLine.TryParseSlashCredit(body[j], out var credit))
            {
                AddAuthors(authors, credit.Authors);
                roles[j] = LineRole.Removed;
            }
            else
            {
                roles[j] = LineRole.Body;
            }
        }
    }

    private static void AddAuthors(List<string> authors, IReadOnlyList<string> found)
    {
        foreach (var name in found)
        {
            if (!authors.Contains(name, StringComparer.OrdinalIgnoreCase))
                authors.Add(name);
        }
    }

    /// <summary>Body lines in order: "\n" within a source paragraph, "\n\n" between paragraphs.</summary>
    private static string Join(List<string> body, List<int> blocks, LineRole[] roles)
    {
        var sb = new StringBuilder();
        int lastBlock = -1;
        for (int j = 0; j < body.Count; j++)
        {
            if (roles[j] != LineRole.Body || body[j].Length == 0)
                continue;
            if (sb.Length > 0)
                sb.Append(blocks[j] == lastBlock ? "\n" : "\n\n");
            sb.Append(body[j]);
            lastBlock = blocks[j];
        }
        return sb.ToString();
    }

    /// <summary>Trimmed lines, and for each the index of the blank-line-separated block it is in.</summary>
    private static (List<string> Lines, List<int> Blocks) SplitLines(string content)
    {
        var lines = new List<string>();
        var blocks = new List<int>();
        int block = 0;
        bool blank = true;
        foreach (var range in content.AsSpan().Split('\n'))
        {
            var line = content.AsSpan()[range].Trim();
            if (line.Length == 0)
            {
                if (!blank)
                    block++;
                blank = true;
                lines.Add("");
            }
            else
            {
                blank = false;
                lines.Add(line.ToString());
            }
            blocks.Add(block);
        }
        return (lines, blocks);
    }
}
