using System.Text.RegularExpressions;
using Parallax.Analysis;
using Parallax.Model;

namespace Parallax.Comparison.Figures;

/// <summary>
/// Counts written as a set of so many as figures for the comparison: "a pair of Arizona voting rules" is two rules ("two
/// provisions of an Arizona voting law"), "a trio of senators" three. NewsQuant does not annotate them, so the quantity
/// reader leaves them alone; outlets give one count both ways. "a pair of jeans" is one thing.
/// </summary>
internal static partial class SetFigures
{
    /// <summary>The article with its counted sets among its quantities (in text order), or the article itself when it has none.</summary>
    public static AnalyzedArticle With(AnalyzedArticle article) => ComparisonFigures.AddingMatches(article, CountedSet(), Read);

    private static Quantity? Read(string text, Match m)
    {
        var noun = m.Groups["noun"].Value;
        // "a pair of us", "a pair of brass": a pronoun or a noun in -ss is no plural of what is counted.
        if (noun.Length <= 3 || noun.EndsWith("ss", StringComparison.Ordinal) || OneThingInTwoParts.Contains(noun))
            return null;
        double value = m.Groups["n"].Value.ToLowerInvariant() switch { "pair" => 2, "trio" => 3, _ => 4 };
        return new Quantity(new TextSpan(m.Index, m.Index + m.Length), m.Value, value) { Unit = m.Groups["unit"].Value };
    }

    /// <summary>Plural nouns of one thing in two parts: "a pair of jeans" is one pair.</summary>
    private static readonly HashSet<string> OneThingInTwoParts = new(StringComparer.Ordinal)
    {
        "jeans", "pants", "trousers", "shorts", "scissors", "glasses", "spectacles", "sunglasses", "goggles", "binoculars", "pliers",
        "tongs", "tights", "pajamas", "pyjamas", "handcuffs", "headphones", "earphones", "shoes", "boots", "socks", "gloves",
        "sneakers", "earrings", "skis", "leggings", "overalls",
    };

    // "a pair of", "a trio of", "a quartet of", then up to three words and a lower-case plural noun: "a pair of secret phone
    // calls", "a trio of Republican senators".
    [GeneratedRegex(@"\b[Aa]\s+(?<n>pair|trio|quartet)\s+of\s+(?<unit>(?:[\p{L}\d][\p{L}\d'’-]*\s+){0,3}?(?<noun>\p{Ll}[\p{L}-]*s))\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex CountedSet();
}
