using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Parallax.Extraction.PlainText;

/// <summary>
/// Content labels that sources put around a headline ("VIDEO: ...", "[PHOTOS] ...", "... (WATCH)"),
/// normalised to the article's kind. The label leaves the title.
/// </summary>
internal static partial class ContentLabels
{
    /// <summary>Label as written (case-insensitive) -> normalised kind.</summary>
    private static readonly FrozenDictionary<string, string> Kinds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["video"] = "video", ["videos"] = "video", ["watch"] = "video", ["watch live"] = "video",
        ["photos"] = "photos", ["photo"] = "photos", ["pictures"] = "photos", ["in pictures"] = "photos", ["gallery"] = "photos", ["photo gallery"] = "photos", ["slideshow"] = "photos",
        ["live"] = "live", ["live updates"] = "live", ["live blog"] = "live", ["as it happened"] = "live",
        ["breaking"] = "breaking", ["breaking news"] = "breaking", ["just in"] = "breaking", ["urgent"] = "breaking", ["flash"] = "breaking",
        ["update"] = "update", ["updated"] = "update", ["updates"] = "update",
        ["exclusive"] = "exclusive",
        ["opinion"] = "opinion", ["op-ed"] = "opinion", ["oped"] = "opinion", ["comment"] = "opinion", ["column"] = "opinion", ["editorial"] = "opinion", ["commentary"] = "opinion",
        ["analysis"] = "analysis", ["news analysis"] = "analysis",
        ["audio"] = "audio", ["listen"] = "audio", ["podcast"] = "audio",
        ["interview"] = "interview", ["q&a"] = "interview",
        ["explainer"] = "explainer", ["explained"] = "explainer", ["factbox"] = "explainer", ["fact box"] = "explainer",
        ["fact check"] = "fact-check", ["fact-check"] = "fact-check",
        ["infographic"] = "infographic", ["map"] = "infographic",
        ["review"] = "review",
        ["feature"] = "feature",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // "VIDEO: Title", "LIVE | Title", "Opinion - Title" (a dash only with spaces around it).
    [GeneratedRegex(@"^(?<label>[\p{L}&\- ]{2,20}?)\s*(?::|\||\s[\-–—])\s*(?<rest>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex PrefixRegex();

    // "[VIDEO] Title", "(PHOTOS) Title".
    [GeneratedRegex(@"^[\[(](?<label>[\p{L}&\- ]{2,20})[\])]\s*(?<rest>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex BracketPrefixRegex();

    // "Title (VIDEO)", "Title [PHOTOS]", "Title - VIDEO" (after a dash only in capitals, so "... - Analysis" stays).
    [GeneratedRegex(@"^(?<rest>.*\S)\s*(?:[\[(](?<label>[\p{L}&\- ]{2,20})[\])]|\s[\-–—|]\s*(?<label>\p{Lu}[\p{Lu}&\- ]{1,19}))$", RegexOptions.CultureInvariant)]
    private static partial Regex SuffixRegex();

    /// <summary>The kind a label names, or null.</summary>
    public static string? KindOf(string label) => Kinds.TryGetValue(label.Trim(), out var kind) ? kind : null;

    /// <summary>Whether the whole line is only a label ("VIDEO", "[PHOTOS]", "BREAKING:").</summary>
    public static string? LabelOnlyKind(string line) => KindOf(line.Trim().Trim('[', ']', '(', ')', ':', '|', '-', '–', '—', ' '));

    /// <summary>Splits content labels off a headline; returns the headline without them and the first label's kind.</summary>
    public static (string Title, string? Kind) Split(string line)
    {
        string? kind = null;
        var title = line.Trim();
        // Labels may stack ("BREAKING: VIDEO: ..."); the first one names the kind.
        for (int guard = 0; guard < 3; guard++)
        {
            var m = PrefixRegex().Match(title);
            if (!m.Success || KindOf(m.Groups["label"].Value) is null)
                m = BracketPrefixRegex().Match(title);
            if (!m.Success || KindOf(m.Groups["label"].Value) is not { } labelKind)
                break;
            kind ??= labelKind;
            title = m.Groups["rest"].Value.Trim();
        }
        var suffix = SuffixRegex().Match(title);
        if (suffix.Success && KindOf(suffix.Groups["label"].Value) is { } sk)
        {
            kind ??= sk;
            title = suffix.Groups["rest"].Value.Trim();
        }
        return (title, kind);
    }
}
