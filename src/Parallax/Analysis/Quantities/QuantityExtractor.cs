namespace Parallax.Analysis.Quantities;

/// <summary>
/// Fills <see cref="AnalyzedArticle.Quantities"/>: counts and measures with their unit or counted noun,
/// ranges, approximation words and currency amounts, leaving out years, dates, times, ordinals and
/// identifiers. It tokenizes on its own, so it needs no other layer. Stateless and thread-safe.
/// </summary>
public sealed class QuantityExtractor : IAnalysisComponent
{
    public string Name => "quantities";

    public IReadOnlyList<string> Requires { get; } = [];

    public IReadOnlyList<string> Assigns { get; } = [Layers.Quantities];

    public void Process(AnalyzedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        QuantityParser.Extract(article.Text, article.Quantities);
    }

    /// <summary>The quantities of a bare text, in order; for callers outside the pipeline (tests, evaluation).</summary>
    public static IReadOnlyList<Quantity> Extract(string text)
    {
        var list = new List<Quantity>();
        QuantityParser.Extract(text, list);
        return list;
    }
}
