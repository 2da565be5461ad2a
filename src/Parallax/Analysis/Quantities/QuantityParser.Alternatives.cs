namespace Parallax.Analysis.Quantities;

internal sealed partial class QuantityParser
{
    /// <summary>The end and unit of the last quantity read after "from" or as a change's amount, for a bare "to Y" that ends the change.</summary>
    private (int End, int EndToken, string Unit)? _from;

    /// <summary>
    /// "from about 14-18 mpg to 24", "from 20 miles per gallon in 2008 to 29", "rose 3,000 units to 45,000": a bare
    /// number right after the "to" that ends a "from X" figure or a change's amount counts what X counts. Null when
    /// the number is not that second end.
    /// </summary>
    private string? UnitFromBefore(NumberExpression n)
    {
        if (_from is not var (end, endToken, unit))
            return null;
        int to = n.FirstToken - 1;
        if (!IsWord(to, "to") || !Spaced(to))
            return null;
        return SkipSpace(FromAsideEnd(SkipSpace(end), endToken)) == _tokens[to].Start ? unit : null;
    }

    /// <summary>
    /// "rose 3,000 units", "revised higher by 88,000 jobs", "cut staff by 200 workers": a change's amount, whose
    /// "to Y" gives the level it reached in the same unit.
    /// </summary>
    private bool ChangeBefore(int first, RangeCue cue)
    {
        if (cue == RangeCue.Change)
            return true;
        if (!IsWord(first - 1, "by"))
            return false;
        for (int k = first - 2; k >= Math.Max(0, first - 4); k--)
        {
            if (!IsWord(k))
                return false;
            var w = Str(k);
            if (QuantityCues.ChangeWords.Has(w) || (w.Length > 4 && w.EndsWith("er", StringComparison.Ordinal) && TextMatch.IsLower(w)))
                return true;
        }
        return false;
    }

    /// <summary>
    /// "a day or two", "another pick or two", "an hour or three": the number after "or" counts the singular noun
    /// that "a", "an", "another" or "one" brought in just before it (adjectives may come between). Null otherwise,
    /// and when the number has a noun of its own ("a son or two daughters" is read by the unit reader).
    /// </summary>
    private string? OneOrMoreNoun(NumberExpression n)
    {
        if (n.Value is not (2 or 3) || !IsWord(n.FirstToken - 1, "or") || !Spaced(n.FirstToken - 1))
            return null;
        int k = n.FirstToken - 2;
        if (!IsWord(k) || !Spaced(k) || (IsWord(n.EndToken) && IsPluralNoun(Str(n.EndToken))))
            return null;
        var noun = Str(k);
        if (!TextMatch.IsLower(noun) || IsPluralNoun(noun) || noun.EndsWith("ly", StringComparison.Ordinal)
            || QuantityCues.NotNouns.Has(noun) || NumberWords.Cardinals.ContainsKey(noun.ToString()))
            return null;
        for (int j = k - 1, words = 0; j >= 0 && words < MaxAlternativeAdjectives + 1; j--, words++)
        {
            if (!IsWord(j) || !Spaced(j))
                return null;
            if (IsWord(j, "a") || IsWord(j, "an") || IsWord(j, "another") || IsWord(j, "one"))
            {
                var head = noun.ToString();
                return UnitName(head) ?? head;
            }
            if (!TextMatch.IsLower(Str(j)) || QuantityCues.NotNouns.Has(Str(j)))
                return null;
        }
        return null;
    }

    /// <summary>Adjectives allowed between the article and the noun of "a good day or two".</summary>
    private const int MaxAlternativeAdjectives = 2;
}
