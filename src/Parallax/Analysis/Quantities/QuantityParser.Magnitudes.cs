namespace Parallax.Analysis.Quantities;

/// <summary>
/// An earthquake's magnitude where the word stands before the number or a verb of measuring does: "a magnitude 6.1
/// temblor", "magnitude-6.1", "a magnitude of 5.9", "the quake measured 5.9", "an earthquake registering 6.1" (after
/// the number, "6.1-magnitude" and "6.1 on the Richter scale" are units of the lexicon). Outlets and agencies often
/// give one quake two magnitudes, so the figure is worth comparing.
/// </summary>
internal sealed partial class QuantityParser
{
    /// <summary>The canonical unit of an earthquake's magnitude (as units.txt names it).</summary>
    public const string MagnitudeUnit = "magnitude";

    /// <summary>Most plain words between a word for a quake and the verb of measuring ("the quake that hit the island of Varos measured 5.9").</summary>
    private const int MaxWordsQuakeToVerb = 8;

    private bool MagnitudeBefore(NumberExpression n)
    {
        if (n.Form != NumberForm.Digits || n.HasScale || n.Value is <= 0 or >= 10)
            return false;
        int f = n.FirstToken;
        // "magnitude-6.1": the hyphen glued on both sides.
        int before = IsSymbol(f - 1, '-') && Glued(f - 2) && Glued(f - 1) ? f - 2 : f - 1;
        if (IsWord(before, "magnitude"))
            return true;
        if (IsWord(before, "of") && IsWord(before - 1, "magnitude"))
            return true;
        if (!IsWord(before) || !QuantityCues.MeasuringVerbs.Has(Str(before)))
            return false;
        for (int k = before - 1; k >= before - 1 - MaxWordsQuakeToVerb && IsWord(k); k--)
        {
            if (QuantityCues.QuakeWords.Has(Str(k)))
                return true;
        }
        return false;
    }
}
