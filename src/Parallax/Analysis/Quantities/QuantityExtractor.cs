namespace Parallax.Analysis.Quantities;

/// <summary>
/// Fills <see cref="AnalyzedArticle.Quantities"/>: counts and measures with their unit or counted noun,
/// ranges, approximation words and currency amounts, leaving out years, dates, times, ordinals and
/// identifiers. It tokenizes on its own, so it needs no other layer. Stateless and thread-safe.
/// </summary>
public sealed class QuantityExtractor : IAnalysisComponent
{
    /// <inheritdoc />
    public string Name => "quantities";

    /// <inheritdoc />
    public IReadOnlyList<Layer> Requires { get; } = [];

    /// <inheritdoc />
    public IReadOnlyList<Layer> Assigns { get; } = [Layers.Quantities];

    /// <inheritdoc />
    public void Process(AnalysisContext context)
    {
        var list = new List<Quantity>();
        QuantityParser.Extract(context.Text, list);
        context.Set(Layers.Quantities, list);
    }

    /// <summary>The quantities of a bare text, in order; for callers outside the pipeline (tests, evaluation).</summary>
    public static IReadOnlyList<Quantity> Extract(string text)
    {
        var list = new List<Quantity>();
        QuantityParser.Extract(text, list);
        return list;
    }
}
