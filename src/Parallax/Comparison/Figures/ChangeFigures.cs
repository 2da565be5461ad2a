using System.Globalization;
using System.Text.RegularExpressions;
using Parallax.Analysis;
using Parallax.Analysis.Quantities;
using Parallax.Model;

namespace Parallax.Comparison.Figures;

/// <summary>
/// A change from one value to another as two figures for the comparison: "unemployment fell from 5.8% to 5.7%", "the
/// level was revised up from 498,000 to 507,000". The quantity reader gives "from X to Y" as one range, as NewsQuant
/// annotates it; but the two ends are two figures (last month's rate and this month's), which other outlets give alone
/// ("up from 5.8% in May", "a revised 507,000").
/// </summary>
internal static partial class ChangeFigures
{
    /// <summary>The article with each change's range split into its two values (in text order), or the article itself when it has none.</summary>
    public static AnalyzedArticle With(AnalyzedArticle article)
    {
        if (!article.Has(Layers.Quantities))
            return article;
        var text = article.Text;
        List<Quantity>? split = null;
        foreach (var q in article.Quantities)
        {
            if (q.High is null || Ends(text, q) is not { } ends)
                continue;
            split ??= [.. article.Quantities];
            int at = split.IndexOf(q);
            split.RemoveAt(at);
            split.InsertRange(at, ends);
        }
        return split is null ? article : article.With(Layers.Quantities, split);
    }

    /// <summary>The two values of a range written "X to Y" after "from" and a verb of change; null when it is no change.</summary>
    private static Quantity[]? Ends(string text, Quantity q)
    {
        var m = ChangeRange().Match(q.Text);
        if (!m.Success || !ChangedFrom(text, q.Span.Start))
            return null;
        var (a, b) = (m.Groups["a"], m.Groups["b"]);
        if (!double.TryParse(a.Value.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var from)
            || !double.TryParse(b.Value.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var to))
            return null;
        int start = q.Span.Start;
        var first = new TextSpan(start + a.Index, start + a.Index + a.Length + m.Groups["ua"].Length);
        var second = new TextSpan(start + b.Index, start + b.Index + b.Length + m.Groups["ub"].Length);
        return
        [
            new Quantity(first, text[first.Start..first.End], from) { Unit = q.Unit },
            new Quantity(second, text[second.Start..second.End], to) { Unit = q.Unit },
        ];
    }

    /// <summary>"fell from", "was revised up by 9,000 from", "rose 0.2 points from": "from" right before, a verb of change in the words before it.</summary>
    private static bool ChangedFrom(string text, int start)
    {
        int from = Math.Max(0, start - Reach);
        var before = text.AsSpan(from, start - from);
        if (!FromBefore().IsMatch(before))
            return false;
        foreach (var w in Text.WordTokenizer.Words(before))
        {
            var word = before.Slice(w.Start, w.Length);
            if (word.Equals("revised", StringComparison.OrdinalIgnoreCase)
                || QuantityCues.ChangeWords.Has(word) && !word.Equals("by", StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    /// <summary>Characters before a range searched for its verb of change.</summary>
    private const int Reach = 50;

    [GeneratedRegex(@"\bfrom\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FromBefore();

    // Two numbers in digits, each with its percent sign or neither: "5.8% to 5.7%", "498,000 to 507,000".
    [GeneratedRegex(@"^(?<a>\d[\d,]*(?:\.\d+)?)(?<ua>%?)\s+to\s+(?<b>\d[\d,]*(?:\.\d+)?)(?<ub>%?)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ChangeRange();
}
