using System.Globalization;
using Parallax.Analysis;
using Parallax.Store;

namespace Parallax.Comparison.Versions;

/// <summary>
/// Compares two stored versions of one article: fields, figures, direct quotes (a paraphrase that changes shows as
/// a rewritten paragraph) and paragraphs, each as a multiset.
/// </summary>
public static class VersionDiff
{
    /// <summary>What changed from <paramref name="before"/> to <paramref name="after"/> (two versions of one article).</summary>
    public static VersionChange Between(StoredArticle before, StoredArticle after)
    {
        var a = before.Article;
        var b = after.Article;
        bool titleChanged = !string.Equals(Norm(a.Title), Norm(b.Title), StringComparison.Ordinal);
        string? pa = Date(a.Published), pb = Date(b.Published);
        bool dateChanged = !string.Equals(pa, pb, StringComparison.Ordinal);
        var (figuresRemoved, figuresAdded) = Differ(
            before.Analysis.GetOrEmpty(Layers.Quantities).Select(q => Norm(q.Text)),
            after.Analysis.GetOrEmpty(Layers.Quantities).Select(q => Norm(q.Text)));
        var (quotesRemoved, quotesAdded) = Differ(
            before.Analysis.GetOrEmpty(Layers.Quotes).Where(q => q.Direct).Select(q => Norm(q.Text)),
            after.Analysis.GetOrEmpty(Layers.Quotes).Where(q => q.Direct).Select(q => Norm(q.Text)));
        var (parasRemoved, parasAdded) = Differ(Paragraphs(a.Text), Paragraphs(b.Text));
        return new VersionChange(before.Version, after.Version,
            titleChanged ? a.Title ?? "" : null, titleChanged ? b.Title ?? "" : null,
            dateChanged ? pa ?? "" : null, dateChanged ? pb ?? "" : null,
            figuresRemoved, figuresAdded, quotesRemoved, quotesAdded, parasRemoved.Count, parasAdded.Count);
    }

    private static string? Date(Model.PublicationDate? d) => d is { } p
        ? (p.HasTime ? p.Value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : p.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
        : null;

    /// <summary>Whitespace collapsed, so re-wrapping a paragraph is no change.</summary>
    private static string Norm(string? s) => string.Join(' ', (s ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static IEnumerable<string> Paragraphs(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Norm).Where(p => p.Length > 0);

    /// <summary>The items only the first has and those only the second has, counting repeats, in their order.</summary>
    private static (List<string> OnlyBefore, List<string> OnlyAfter) Differ(IEnumerable<string> before, IEnumerable<string> after)
    {
        var left = before.ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in left)
            counts[s] = counts.GetValueOrDefault(s) + 1;
        var onlyAfter = new List<string>();
        foreach (var s in after)
        {
            if (counts.TryGetValue(s, out int n) && n > 0)
                counts[s] = n - 1;
            else
                onlyAfter.Add(s);
        }
        var onlyBefore = new List<string>();
        foreach (var s in left)
        {
            if (counts.TryGetValue(s, out int n) && n > 0)
            {
                onlyBefore.Add(s);
                counts[s] = n - 1;
            }
        }
        return (onlyBefore, onlyAfter);
    }
}
