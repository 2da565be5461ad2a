using Parallax.Extraction.Boilerplate;
using Parallax.Extraction.PlainText;

namespace Parallax.Extraction.Html;

/// <summary>
/// A wire dateline opening an HTML article's text ("PARIS (AFP) – ...", "LAGOS, Nigeria (Reuters) — ..."):
/// read by the plain-text <see cref="DatelineParser"/> on the first paragraph, or on the second when a short
/// standfirst comes first and the dateline is unmistakable; its parts go to the fields
/// (<see cref="DatelineFields"/>) and the prefix leaves the text, the sentence after it stays.
/// </summary>
internal static class TextDateline
{
    /// <summary>How much of a paragraph is handed to the parser: the dateline's dash lies well within it.</summary>
    private const int MaxLookChars = DatelineParser.MaxPrefixLength * 2;

    public static string Strip(string text, ExtractedFields fields)
    {
        int start = 0;
        for (int seen = 0; seen < 2 && start < text.Length; seen++)
        {
            int end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            int paragraphEnd = end < 0 ? text.Length : end;
            var head = text.Substring(start, Math.Min(paragraphEnd - start, MaxLookChars));
            if (DatelineParser.TryParse(head, out var dateline) && (seen == 0 || dateline.Strong))
            {
                DatelineFields.Apply(fields, dateline);
                return string.Concat(text.AsSpan(0, start), text.AsSpan(start + dateline.Length));
            }
            if (end < 0 || TeaserBlocks.WordCount(text[start..paragraphEnd]) > PlainTextArticleParser.MaxStandfirstWords)
                break;
            start = end + 2;
        }
        return text;
    }
}
