namespace Parallax.Analysis.Quantities;

// What is written before a number: its currency mark, its approximation word, a range opener.
internal sealed partial class QuantityParser
{
    private enum RangeCue : byte
    {
        None,
        Between,
        From,

        /// <summary>A change verb or "by" before the number: "rose 5% to 7%" is a change, not a range.</summary>
        Change,
    }

    private static readonly (string Surface, string Code)[] PrefixesLongestFirst =
        UnitLexicon.CurrencyPrefixes.OrderByDescending(p => p.Surface.Length).ToArray();

    private static readonly string[] ApproximationsLongestFirst =
        QuantityCues.Approximations.OrderByDescending(a => a.Length).ToArray();

    /// <summary>The currency mark ending at <paramref name="pos"/> (glued, or one space before for symbols), and where it starts.</summary>
    private string? CurrencyBefore(int pos, out int start)
    {
        start = pos;
        foreach (var (surface, code) in PrefixesLongestFirst)
        {
            if (TryPrefix(pos, surface, out start))
                return code;
            if (!UnitLexicon.GluedOnlyPrefixes.Contains(surface) && pos >= 1 && _text[pos - 1] == ' ' && TryPrefix(pos - 1, surface, out start))
                return code;
        }
        start = pos;
        return null;
    }

    private bool TryPrefix(int end, string surface, out int start)
    {
        if (!TextMatch.EndsAt(_text, end, surface, false, out start))
            return false;
        // A letter before an alphabetic mark means it is the tail of a word ("CAPS2" is no "PS").
        return start == 0 || !char.IsLetterOrDigit(_text[start - 1]) || !char.IsLetter(surface[0]);
    }

    /// <summary>The approximation phrase right before <paramref name="pos"/>, as written, and where it starts.</summary>
    private string? ApproximationBefore(int pos, out int? start)
    {
        start = null;
        int p = pos;
        bool hyphen = false;
        if (p > 0 && _text[p - 1] == '-')
        {
            p--;
            hyphen = true;
        }
        else
        {
            while (p > 0 && char.IsWhiteSpace(_text[p - 1]))
                p--;
        }
        bool spaced = p < pos && !hyphen;
        foreach (var phrase in ApproximationsLongestFirst)
        {
            bool wordy = char.IsLetter(phrase[^1]);
            if (wordy && !spaced && !hyphen)
                continue;
            if (!wordy && hyphen)
                continue;
            if (!TextMatch.EndsAt(_text, p, phrase, true, out var s))
                continue;
            if (char.IsLetter(phrase[0]) && s > 0 && char.IsLetterOrDigit(_text[s - 1]))
                continue;
            start = s;
            return _text.Substring(s, p - s);
        }
        return null;
    }

    /// <summary>"between", "from", or a change word right before <paramref name="pos"/>.</summary>
    private RangeCue RangeCueBefore(int pos)
    {
        int p = pos;
        while (p > 0 && char.IsWhiteSpace(_text[p - 1]))
            p--;
        int s = p;
        while (s > 0 && char.IsLetter(_text[s - 1]))
            s--;
        if (s == p)
            return RangeCue.None;
        var word = _text.AsSpan(s, p - s);
        if (word.Equals("between", StringComparison.OrdinalIgnoreCase))
            return RangeCue.Between;
        if (word.Equals("from", StringComparison.OrdinalIgnoreCase))
            return RangeCue.From;
        return QuantityCues.ChangeWords.Has(word) ? RangeCue.Change : RangeCue.None;
    }
}
