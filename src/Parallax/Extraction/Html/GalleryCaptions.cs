using System.Text;
using System.Text.RegularExpressions;

namespace Parallax.Extraction.Html;

/// <summary>
/// Photo galleries and picture stories whose text is in the figure captions: when the body found is short and
/// the captions that read as prose (a sentence of <see cref="ExtractionThresholds.MinGoodParagraphChars"/>+
/// characters once a photo credit is cut) say clearly more, they follow the body as its paragraphs, each once
/// (carousels repeat slides). Captions of an ordinary article's photos never count: its body is long enough.
/// </summary>
internal static partial class GalleryCaptions
{
    /// <summary>A gallery has at least this many prose captions.</summary>
    public const int MinCaptions = 2;

    // A photo credit closing a caption: "(Photo: J. Smith)", "Photograph: Jane Roe/Agency", "Credit: ...", "© Agency".
    [GeneratedRegex(@"\s*(?:\((?:photo|photograph|picture|image|credit|foto)s?\b[^()]{0,80}\)|\b(?:photo|photograph|picture|image|credit)s?(?:\s+by)?\s*:[^.!?]{0,80}|©[^.!?]{0,80})\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditRegex();

    public static string Append(string body, List<string> captions)
    {
        if (captions.Count < MinCaptions)
            return body;
        var prose = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int chars = 0;
        foreach (var caption in captions)
        {
            var text = CreditRegex().Replace(caption, "");
            if (text.Length < ExtractionThresholds.MinGoodParagraphChars || !EndsSentence(text) || !seen.Add(text))
                continue;
            prose.Add(text);
            chars += text.Length;
        }
        if (prose.Count < MinCaptions || chars <= body.Length * ExtractionThresholds.FallbackGain)
            return body;
        var sb = new StringBuilder(body);
        foreach (var text in prose)
        {
            if (sb.Length > 0)
                sb.Append("\n\n");
            sb.Append(text);
        }
        return sb.ToString();
    }

    private static bool EndsSentence(string text) => text[^1] is '.' or '!' or '?' or '"' or '”' or '’' or ')';
}
