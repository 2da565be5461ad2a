using System.Collections.Frozen;
using Parallax.Extraction.Boilerplate;

namespace Parallax.Extraction.PlainText.Header;

/// <summary>
/// How much a header-zone line looks like the article's title: its length, its capitalisation, no
/// terminal full stop, its position (the first candidate, the one right above a longer candidate — a
/// standfirst shares more words with the lead, being longer — or right above the byline or the lead),
/// the words it shares with the lead, and not being shaped like a masthead. The weights are
/// named so that they read as the rules they are.
/// </summary>
internal static class TitleScore
{
    public const int MinWords = 2;
    public const int MinGoodWords = 3;
    public const int MaxGoodWords = 20;
    public const int MaxWords = 30;

    public const double GoodLength = 2;
    public const double TwoWords = 0.5;
    public const double LongLine = -2;
    public const double NoFullStop = 1;
    public const double FullStop = -2;
    public const double LowerCaseStart = -2;
    public const double AllCapitals = -0.5;
    public const double Furniture = -1;
    public const double MastheadShape = -3;
    public const double FirstCandidate = 2;
    public const double AboveMetadata = 1;
    public const double AboveStandfirst = 3;
    public const double PerSharedWord = 1.5;
    public const int MaxSharedWords = 4;

    /// <summary>Shared words count from this length; shorter ones are mostly function words.</summary>
    public const int MinStemLength = 4;

    /// <summary>Words are compared on their first letters, so "signals" meets "signalled".</summary>
    public const int StemLength = 5;

    private static readonly FrozenSet<string> StopWords = FrozenSet.ToFrozenSet(
        ["that", "this", "with", "from", "have", "after", "over", "into", "about", "their", "there", "what", "when", "will", "would",
         "which", "where", "they", "them", "been", "were", "than", "more", "said", "says", "also", "some", "your", "just", "could"],
        StringComparer.Ordinal);

    /// <summary>The score, or null when the line cannot be a title (a single word, a long paragraph).</summary>
    public static double? Of(string line, bool first, bool mastheadShaped, bool aboveMetadata, bool aboveStandfirst, IReadOnlySet<string> leadStems)
    {
        int words = TeaserBlocks.WordCount(line);
        if (words < MinWords)
            return null;
        double score = words switch
        {
            < MinGoodWords => TwoWords,
            <= MaxGoodWords => GoodLength,
            <= MaxWords => 0,
            _ => LongLine,
        };
        score += EndsWithFullStop(line) ? FullStop : NoFullStop;
        if (char.IsLower(line[0]))
            score += LowerCaseStart;
        if (!line.Any(char.IsLower))
            score += AllCapitals;
        if (line.Contains(" | ", StringComparison.Ordinal) || line.Contains('©') || line.Contains('@') || line.Contains("http", StringComparison.OrdinalIgnoreCase))
            score += Furniture;
        if (mastheadShaped)
            score += MastheadShape;
        if (first)
            score += FirstCandidate;
        if (aboveMetadata)
            score += AboveMetadata;
        if (aboveStandfirst)
            score += AboveStandfirst;
        int shared = 0;
        foreach (var stem in Stems(line).Distinct())
        {
            if (leadStems.Contains(stem) && ++shared == MaxSharedWords)
                break;
        }
        return score + (shared * PerSharedWord);
    }

    /// <summary>The content words of a text, cut to their stems.</summary>
    public static IEnumerable<string> Stems(string text)
    {
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                if (i - start >= MinStemLength)
                {
                    var word = text[start..i].ToLowerInvariant();
                    if (!StopWords.Contains(word))
                        yield return word.Length > StemLength ? word[..StemLength] : word;
                }
                start = -1;
            }
        }
    }

    private static bool EndsWithFullStop(string line)
    {
        var t = line.AsSpan().TrimEnd();
        while (t.Length > 0 && t[^1] is '"' or '\'' or '”' or '’' or ')')
            t = t[..^1];
        return t.Length > 0 && t[^1] == '.' && !t.EndsWith("...", StringComparison.Ordinal);
    }
}
