using System.Text.RegularExpressions;
using Parallax.Analysis;

namespace Parallax.Comparison.Framing;

/// <summary>How often each article of a story uses each term of a family (only terms some article uses).</summary>
internal sealed record FramingRow(string Family, IReadOnlyList<string> Terms, IReadOnlyList<IReadOnlyList<int>> Counts);

/// <summary>Counts the framing lexicon's terms per article; keeps the families at least one article uses.</summary>
internal static class FramingTable
{
    // Built from the lexicon table at start-up, so compiled rather than source-generated.
    private static readonly IReadOnlyList<(FramingFamily Family, Regex Pattern)> Patterns = FramingLexicon.Families
        .Select(f => (f, new Regex(
            @"\b(" + string.Join("|", f.Terms.OrderByDescending(t => t.Length).Select(Regex.Escape)) + @")\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled)))
        .ToList();

    public static IReadOnlyList<FramingRow> Count(IReadOnlyList<AnalyzedArticle> articles)
    {
        var rows = new List<FramingRow>();
        foreach (var (family, pattern) in Patterns)
        {
            var perArticle = articles.Select(a => pattern.Matches(a.Text)
                .GroupBy(m => m.Value.ToLowerInvariant()).ToDictionary(g => g.Key, g => g.Count())).ToList();
            var used = family.Terms.Where(t => perArticle.Any(d => d.ContainsKey(t))).ToList();
            if (used.Count == 0)
                continue;
            rows.Add(new FramingRow(family.Name, used,
                perArticle.Select(d => (IReadOnlyList<int>)used.Select(t => d.GetValueOrDefault(t)).ToList()).ToList()));
        }
        return rows;
    }
}
