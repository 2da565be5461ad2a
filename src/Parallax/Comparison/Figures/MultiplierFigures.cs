using System.Text.RegularExpressions;
using Parallax.Analysis;
using Parallax.Model;

namespace Parallax.Comparison.Figures;

/// <summary>
/// Multipliers written in words as figures for the comparison: "twice as likely", "more than twice as likely", "three
/// times as many". The quantity reader reads "2.34 times greater odds" (a multiplier in digits) but leaves "twice" alone,
/// as NewsQuant does; one outlet's "more than twice as likely" is another's "2.34 times greater odds" of one study.
/// </summary>
internal static partial class MultiplierFigures
{
    /// <summary>The article with its word multipliers among its quantities (in text order), or the article itself when it has none.</summary>
    public static AnalyzedArticle With(AnalyzedArticle article) => ComparisonFigures.AddingMatches(article, Multiplier(), Read);

    private static Quantity? Read(string text, Match m)
    {
        var n = m.Groups["n"];
        return Value(n.Value) is { } value
            ? new Quantity(new TextSpan(n.Index, n.Index + n.Length), n.Value, value) { Unit = TimesUnit, Approximation = Hedges.Before(text, n.Index) }
            : null;
    }

    /// <summary>Whether a figure's text is a multiplier in words ("twice", "three times"): alone, it says little of what it multiplies.</summary>
    public static bool IsInWords(string text) =>
        text.Equals("twice", StringComparison.OrdinalIgnoreCase) || text.Equals("thrice", StringComparison.OrdinalIgnoreCase)
        || text.Length > 0 && char.IsLetter(text[0]) && text.EndsWith(" times", StringComparison.OrdinalIgnoreCase) && Value(text) is not null;

    /// <summary>The quantity reader's unit of a multiplier ("2.34 times").</summary>
    private const string TimesUnit = "times";

    private static double? Value(string multiplier)
    {
        var first = multiplier.AsSpan(0, multiplier.IndexOf(' ') is var space and > 0 ? space : multiplier.Length);
        if (first.Equals("twice", StringComparison.OrdinalIgnoreCase))
            return 2;
        if (first.Equals("thrice", StringComparison.OrdinalIgnoreCase))
            return 3;
        return Analysis.Quantities.NumberWords.Cardinals.TryGetValue(first.ToString(), out var n) ? n : null;
    }

    // "twice", "thrice" or a number in words with "times", then the comparison it multiplies: "as likely", "as many",
    // "more", "higher", "greater". Not "twice a week" (a rate) nor "three times in a row" (occasions).
    [GeneratedRegex(@"\b(?<n>twice|thrice|(?:two|three|four|five|six|seven|eight|nine|ten)\s+times)\s+(?:as\s+(?:likely|many|much|high|large|big|fast|often|long|great|common|deadly|expensive|severe)|more|higher|greater|likelier|larger|bigger|faster|less|lower|smaller)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Multiplier();
}
