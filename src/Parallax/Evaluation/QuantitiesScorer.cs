namespace Parallax.Evaluation;

/// <summary>
/// The matching of CQE's published NewsQuant evaluation (satya77/CQE_Evaluation, evaluate_models.py), rule for
/// rule: per sentence, gold and predicted quantities are sorted by unit name; each gold quantity walks the
/// predictions in order; a value match counts for value (at most as many per sentence as there are gold
/// quantities, and without using the prediction up); a value match whose unit also matches counts for
/// value+unit, uses the prediction up and ends the walk. Values match as numpy.isclose (rtol 1e-5, atol 1e-8);
/// a range matches only a range. One deviation: Parallax stores ranges as (low, high), so a range matches
/// regardless of the order the gold wrote it in ("from 4.8 to 4.7 percent").
/// Precision divides by all predictions, recall by all gold quantities.
/// </summary>
internal sealed class QuantitiesScorer
{
    private const double RelativeTolerance = 1e-5;
    private const double AbsoluteTolerance = 1e-8;

    public int Gold { get; private set; }
    public int Predicted { get; private set; }
    public int ValueMatches { get; private set; }
    public int UnitMatches { get; private set; }

    public double ValuePrecision => Ratio(ValueMatches, Predicted);
    public double ValueRecall => Ratio(ValueMatches, Gold);
    public double ValueF1 => F1(ValuePrecision, ValueRecall);
    public double UnitPrecision => Ratio(UnitMatches, Predicted);
    public double UnitRecall => Ratio(UnitMatches, Gold);
    public double UnitF1 => F1(UnitPrecision, UnitRecall);

    public void Add(IReadOnlyList<ScoredQuantity> gold, IReadOnlyList<ScoredQuantity> model)
    {
        Gold += gold.Count;
        Predicted += model.Count;
        var tags = model.OrderBy(m => m.Unit, StringComparer.Ordinal).ToList();
        int valueBudget = gold.Count;
        foreach (var g in gold.OrderBy(q => q.Unit, StringComparer.Ordinal))
        {
            foreach (var m in tags)
            {
                if (!ValuesMatch(g.Value, m.Value))
                    continue;
                if (valueBudget > 0)
                {
                    ValueMatches++;
                    valueBudget--;
                }
                if (m.Unit == g.Unit)
                {
                    UnitMatches++;
                    tags.Remove(m);
                    break;
                }
            }
        }
    }

    internal static bool ValuesMatch((double Low, double? High) gold, (double Low, double? High) model)
    {
        if (gold.High is null != model.High is null)
            return false;
        if (gold.High is null)
            return Close(gold.Low, model.Low);
        double gl = Math.Min(gold.Low, gold.High!.Value), gh = Math.Max(gold.Low, gold.High.Value);
        double ml = Math.Min(model.Low, model.High!.Value), mh = Math.Max(model.Low, model.High.Value);
        return Close(gl, ml) && Close(gh, mh);
    }

    private static bool Close(double gold, double model) =>
        Math.Abs(gold - model) <= AbsoluteTolerance + RelativeTolerance * Math.Abs(model);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
