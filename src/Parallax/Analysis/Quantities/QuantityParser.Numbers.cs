namespace Parallax.Analysis.Quantities;

// The number grammar: digits with scale words, number words, orders of magnitude and fractions.
internal sealed partial class QuantityParser
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>A minus written before the digits: "minus 5", "minus-5", "−5", "$-50.8bn".</summary>
    private (bool Negative, int Start) ReadSign(int i)
    {
        int start = _tokens[i].Start;
        if (i > 0 && Glued(i - 1) && (IsSymbol(i - 1, '-') || IsSymbol(i - 1, '\u2212')))
        {
            if (IsWord(i - 2, "minus") && Glued(i - 2))
                return (true, _tokens[i - 2].Start);
            if (i < 2 || !Glued(i - 2) || IsSymbol(i - 2, '$') || IsSymbol(i - 2, '('))
                return (true, _tokens[i - 1].Start);
        }
        if (IsWord(i - 1, "minus") && Spaced(i - 1))
            return (true, _tokens[i - 1].Start);
        return (false, start);
    }

    private bool ReadDigits(int i, bool currency, out NumberExpression n)
    {
        var t = _tokens[i];
        n = new NumberExpression
        {
            Value = t.Value, Raw = t.Value, Scale = 1, Form = NumberForm.Digits,
            FirstToken = i, EndToken = i + 1, Start = t.Start, End = t.End,
        };
        if (Glued(i) && (IsSymbol(i + 1, '/') || IsSymbol(i + 1, '⁄')) && Glued(i + 1) && IsNumber(i + 2) && IsFractionOf(i))
        {
            n.Value = n.Raw = t.Value / _tokens[i + 2].Value;
            n.Form = NumberForm.Fraction;
            n.EndToken = i + 3;
            n.End = _tokens[i + 2].End;
            return true;
        }
        ReadExponent(ref n);
        ReadMixedFraction(ref n);
        int k = n.EndToken;
        bool shortUsed = false;
        // "a $1.9-trillion package", "a 12-million-dollar gift": a large scale hyphenated to the digits.
        if (IsSymbol(k, '-') && Glued(k - 1) && Glued(k) && IsWord(k + 1) && NumberWords.Scales.Find(Str(k + 1), out var hyphenated)
            && hyphenated >= 1_000_000)
        {
            n.Value *= hyphenated;
            n.Scale *= hyphenated;
            n.End = _tokens[k + 1].End;
            k += 2;
        }
        while (IsWord(k) && _tokens[k].Start >= n.End && (Glued(k - 1) || Spaced(k - 1)))
        {
            var w = Str(k);
            if (NumberWords.Scales.Find(w, out var scale) && (scale > 100 || !n.HasScale))
            {
                n.Value *= scale;
                n.Scale *= scale;
            }
            else if (!shortUsed && !n.HasScale && NumberWords.ShortScales.Find(w, out scale)
                     && (currency || !NumberWords.CurrencyOnlyScales.Has(w) || (Glued(k - 1) && (CountsFollow(k + 1) || ThousandsK(n, w, k + 1))))
                     && (Glued(k - 1) || w.Length >= 2))
            {
                n.Value *= scale;
                n.Scale *= scale;
                shortUsed = true;
            }
            else
            {
                break;
            }
            n.End = _tokens[k].End;
            k++;
        }
        n.EndToken = k;
        return true;
    }

    /// <summary>
    /// "22 1/2 years", "7 3/4 percent": a whole number and a proper fraction after it, spaced, of a small denominator
    /// (a score "3 1/2" of a wider one, or "12 3/10" of a date, stays as it was).
    /// </summary>
    private void ReadMixedFraction(ref NumberExpression n)
    {
        int i = n.FirstToken;
        if (n.EndToken != i + 1 || _tokens[i].HasDecimals)
            return;
        // "22½ years": a vulgar fraction glued to the number.
        if (Glued(i) && (IsSymbol(i + 1, '½') || IsSymbol(i + 1, '¼') || IsSymbol(i + 1, '¾')) && !(Glued(i + 1) && IsNumber(i + 2)))
        {
            n.Value = n.Raw = n.Value + _text[_tokens[i + 1].Start] switch { '½' => 0.5, '¼' => 0.25, _ => 0.75 };
            n.EndToken = i + 2;
            n.End = _tokens[i + 1].End;
            return;
        }
        if (!Spaced(i) || !IsNumber(i + 1) || _tokens[i + 1].HasDecimals
            || !Glued(i + 1) || !(IsSymbol(i + 2, '/') || IsSymbol(i + 2, '⁄')) || !Glued(i + 2) || !IsNumber(i + 3)
            || _tokens[i + 3].HasDecimals || Glued(i + 3) && (IsSymbol(i + 4, '/') || IsNumber(i + 4)))
            return;
        double numerator = _tokens[i + 1].Value, denominator = _tokens[i + 3].Value;
        if (denominator is not (2 or 3 or 4 or 8 or 16) || numerator < 1 || numerator >= denominator)
            return;
        n.Value = n.Raw = n.Value + numerator / denominator;
        n.EndToken = i + 4;
        n.End = _tokens[i + 3].End;
    }

    /// <summary>
    /// "1.5m people", "20k fans", "3.4m barrels", "2m tonnes": a plural noun, a unit of bulk (or a flow of one) or "of" after a glued "m"/"k"
    /// makes it a scale, not metres; a race ("the 400m hurdles") keeps its metres.
    /// </summary>
    /// <summary>
    /// A capital K glued to a figure of a hundred or more, or to a decimal, with no race after it: thousands in business
    /// copy ("payrolls grew by 531K", "1.2K new cases"). "a 10K race", "5K" (a distance) and lower-case "k" stay as they were.
    /// </summary>
    private bool ThousandsK(in NumberExpression n, ReadOnlySpan<char> scale, int next) =>
        scale.SequenceEqual("K") && (n.Value >= 100 || n.Value != Math.Floor(n.Value)) && !(IsWord(next) && QuantityCues.RaceEvents.Has(Str(next)));

    private bool CountsFollow(int k)
    {
        if (!IsWord(k) || !Spaced(k - 1))
            return false;
        if (IsWord(k, "of"))
            return true;
        var unit = UnitLexicon.Match(_text, _tokens[k].Start, false, out _);
        if (unit is null)
            return IsPluralNoun(Str(k)) && !QuantityCues.RaceEvents.Has(Str(k));
        if (unit.Kind == UnitKind.Bulk)
            return true;
        // A flow of bulk: "3.4m barrels a day", "2m tonnes per year".
        int per = unit.Canonical.IndexOf(" per ", StringComparison.Ordinal);
        return per > 0 && UnitLexicon.Match(unit.Canonical[..per], 0, false, out var bulkEnd)?.Kind == UnitKind.Bulk && bulkEnd == per;
    }

    /// <summary>"1.99×10−30", "3×10^8": scientific notation glued to the mantissa.</summary>
    private void ReadExponent(ref NumberExpression n)
    {
        int p = n.End;
        if (p + 3 >= _text.Length || (_text[p] != '×' && _text[p] != '*') || _text[p + 1] != '1' || _text[p + 2] != '0')
            return;
        p += 3;
        if (p < _text.Length && _text[p] == '^')
            p++;
        bool negative = false;
        if (p < _text.Length && _text[p] is '-' or '\u2212' or '⁻')
        {
            negative = true;
            p++;
        }
        int exponent = 0, digits = 0;
        while (p < _text.Length)
        {
            char c = _text[p];
            int d = char.IsAsciiDigit(c) ? c - '0' : Superscripts.IndexOf(c);
            if (d < 0)
                break;
            exponent = exponent * 10 + d;
            digits++;
            p++;
        }
        if (digits == 0 || digits > 3)
            return;
        n.Value *= Math.Pow(10, negative ? -exponent : exponent);
        n.Raw = n.Value;
        n.End = p;
        n.EndToken = TokenAt(p, n.EndToken);
    }

    private bool ReadWords(int i, out NumberExpression n)
    {
        n = new NumberExpression { Scale = 1, Form = NumberForm.Words, FirstToken = i, Start = _tokens[i].Start };
        var w = Str(i);
        int k;
        double value;
        if (w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            if (!IsWord(i + 1))
                return false;
            var w2 = Str(i + 1);
            if (w2.Equals("dozen", StringComparison.OrdinalIgnoreCase))
                (value, k) = (12, i + 2);
            else if (NumberWords.Scales.Find(w2, out var s))
                (value, k) = (s, i + 2);
            else if (NumberWords.Fractions.Find(w2, out var f) && ScaleAfterFraction(i + 2, out var scaled, out var fractionEnd))
                return Finish(ref n, f * scaled, fractionEnd, NumberForm.Words); // "a quarter million", "a half-million", "a quarter of a million"
            else if (NumberWords.Fractions.Find(w2, out f) && IsWord(i + 2, "of"))
                return Finish(ref n, f, i + 2, NumberForm.Fraction);
            else
                return false;
            k = ReadScaleWords(k, ref value);
            return Finish(ref n, value, k, NumberForm.Words);
        }
        // "tenfold", "twentyfold": a multiple, one word.
        if (w.Length > 4 && w.EndsWith("fold", StringComparison.OrdinalIgnoreCase)
            && (NumberWords.Cardinals.Find(w[..^4], out var fold) || NumberWords.Tens.Find(w[..^4], out fold)) && fold > 1)
            return Finish(ref n, fold, i + 1, NumberForm.Words);
        if (w.Equals("half", StringComparison.OrdinalIgnoreCase))
        {
            if (IsWord(i + 1, "a") && IsWord(i + 2) && (NumberWords.Scales.Find(Str(i + 2), out var s) || IsWord(i + 2, "dozen")))
            {
                value = 0.5 * (s > 0 ? s : 12);
                return Finish(ref n, value, i + 3, NumberForm.Words);
            }
            // "half of the voters", and "half the voters" with the "of" left out; "cut emissions in half", "slashed by
            // half": a reduction by half, which other outlets give as "a 50% cut".
            return (IsWord(i + 1, "of") || (IsWord(i + 1) && Spaced(i) && QuantityCues.Determiners.Has(Str(i + 1))) || CutInHalf(i))
                && Finish(ref n, 0.5, i + 1, NumberForm.Fraction);
        }
        if (w.Equals("tens", StringComparison.OrdinalIgnoreCase) && IsWord(i + 1, "of") && IsWord(i + 2)
            && NumberWords.VaguePlurals.Find(Str(i + 2), out var big) && big >= 1000)
        {
            Finish(ref n, 10 * big, i + 3, NumberForm.Vague);
            n.High = 100 * big;
            return true;
        }
        if (NumberWords.VaguePlurals.Find(w, out var low))
        {
            k = i + 1;
            if (IsWord(k, "of") && IsWord(k + 1) && NumberWords.VaguePlurals.Find(Str(k + 1), out var times) && times >= 1000)
            {
                low *= times;
                k += 2;
            }
            else if (!IsWord(k, "of"))
            {
                return false;
            }
            Finish(ref n, low, k, NumberForm.Vague);
            n.High = low * 10;
            return true;
        }

        double total = 0, current = 0, lastScale = 1;
        int scaleEnd = -1;
        bool any = false;
        k = i;
        while (IsWord(k))
        {
            var word = Str(k);
            if (NumberWords.Cardinals.Find(word, out var v))
            {
                current += v;
                any = true;
                k++;
                // "two-thirds", "one-third"
                if (Glued(k - 1) && IsSymbol(k, '-') && Glued(k) && IsWord(k + 1)
                    && NumberWords.Fractions.Find(Str(k + 1), out var frac) && v > 0 && !Str(k + 1).Equals("half", StringComparison.OrdinalIgnoreCase))
                    return Finish(ref n, v * frac, k + 2, NumberForm.Fraction);
                // "two thirds of", "one quarter of": spaced, before "of".
                if (k - 1 == i && Spaced(k - 1) && IsWord(k) && NumberWords.Fractions.Find(Str(k), out frac) && v > 0
                    && !Str(k).Equals("half", StringComparison.OrdinalIgnoreCase) && IsWord(k + 1, "of"))
                    return Finish(ref n, v * frac, k + 1, NumberForm.Fraction);
                // "One-hundred days", "two-thousand troops": a scale joined by a hyphen.
                if (Glued(k - 1) && IsSymbol(k, '-') && Glued(k) && IsWord(k + 1)
                    && (Str(k + 1).Equals("hundred", StringComparison.OrdinalIgnoreCase) || NumberWords.Scales.Has(Str(k + 1))))
                    k++;
            }
            else if (NumberWords.Tens.Find(word, out v))
            {
                current += v;
                any = true;
                k++;
                if (Glued(k - 1) && IsSymbol(k, '-') && Glued(k) && IsWord(k + 1)
                    && NumberWords.Cardinals.Find(Str(k + 1), out var unit) && unit is > 0 and < 10)
                {
                    current += unit;
                    k += 2;
                }
            }
            else if (any && word.Equals("hundred", StringComparison.OrdinalIgnoreCase))
            {
                current = Math.Max(1, current) * 100;
                k++;
                (lastScale, scaleEnd) = (100, k);
            }
            else if (any && NumberWords.Scales.Find(word, out var scale))
            {
                total += Math.Max(1, current) * scale;
                current = 0;
                k++;
                (lastScale, scaleEnd) = (scale, k);
            }
            else if (any && word.Equals("dozen", StringComparison.OrdinalIgnoreCase))
            {
                current *= 12;
                k++;
            }
            else if (any && word.Equals("and", StringComparison.OrdinalIgnoreCase) && (total > 0 || current >= 100) && IsWord(k + 1)
                     && (NumberWords.Cardinals.Has(Str(k + 1)) || NumberWords.Tens.Has(Str(k + 1))))
            {
                k++;
            }
            else
            {
                break;
            }
        }
        if (!any)
            return false;
        value = total + current;
        if (value == 1 && k == i + 1 && IsPronounOne(i))
            return false;
        Finish(ref n, value, k, NumberForm.Words);
        // "seven hundred", "two million": the scale word that ends the number is its scale, so a range's first number
        // takes it too ("between six and seven hundred" is 600-700).
        if (scaleEnd == k)
        {
            n.Scale = lastScale;
            n.Raw = value / lastScale;
        }
        return true;
    }

    /// <summary>"each one", "the same one", "one another", "one day": "one" as a pronoun or idiom.</summary>
    private bool IsPronounOne(int i)
    {
        if (IsWord(i - 1) && Spaced(i - 1) && NumberWords.PronounOneCues.Has(Str(i - 1)))
            return true;
        if (!IsWord(i + 1) || !Spaced(i))
            return !(Glued(i) && IsSymbol(i + 1, '-'));
        return NumberWords.PronounOneFollowers.Has(Str(i + 1));
    }

    /// <summary>
    /// A scale word right after a fraction ("a quarter million", "a half-million"), or after "of a" ("a quarter of a
    /// million"): its value and the token after it.
    /// </summary>
    private bool ScaleAfterFraction(int k, out double scale, out int end)
    {
        if (IsSymbol(k, '-') && Glued(k - 1) && Glued(k))
            k++;
        else if (IsWord(k, "of") && (IsWord(k + 1, "a") || IsWord(k + 1, "an")))
            k += 2;
        end = k + 1;
        scale = 0;
        return IsWord(k) && NumberWords.Scales.Find(Str(k), out scale) && scale >= 1000;
    }

    /// <summary>
    /// "two and a half years", "22 and a half", "a million and a half", "three and a half million": a half or a quarter
    /// added to a whole number, or to the scale word that ends it; a scale word after the half scales the sum.
    /// </summary>
    private void ReadAndAHalf(ref NumberExpression n)
    {
        if (n.Form is not (NumberForm.Digits or NumberForm.Words) || n.Value != Math.Floor(n.Value) || n.Value <= 0)
            return;
        int k = n.EndToken;
        if (!IsWord(k, "and") || !Spaced(k - 1) || !(IsWord(k + 1, "a") || IsWord(k + 1, "one")) || !IsWord(k + 2))
            return;
        double part = IsWord(k + 2, "half") ? 0.5 : IsWord(k + 2, "quarter") ? 0.25 : 0;
        if (part == 0 || IsWord(k + 3, "of") || IsSymbol(k + 3, '-') && Glued(k + 2))
            return; // "two and a half of them" is a share; "one and a half-hour" a modifier
        k += 3;
        // "a million and a half": the scale word that ends the number takes the half, whether or not it was read as a scale.
        double ending = n.HasScale ? n.Scale
            : IsWord(n.EndToken - 1) && NumberWords.Scales.Find(Str(n.EndToken - 1), out var last) && last >= 1000 ? last : 0;
        if (ending > 0)
        {
            n.Value += part * ending;
            n.Raw = n.Value / ending;
            n.Scale = ending;
        }
        else
        {
            n.Value += part;
            n.Raw = n.Value;
            if (IsWord(k) && NumberWords.Scales.Find(Str(k), out var scale) && scale >= 1000)
            {
                n.Scale = scale;
                n.Value *= scale;
                k++;
            }
        }
        n.EndToken = k;
        n.End = _tokens[k - 1].End;
    }

    private int ReadScaleWords(int k, ref double value)
    {
        while (IsWord(k) && NumberWords.Scales.Find(Str(k), out var s) && s >= 1000)
        {
            value *= s;
            k++;
        }
        return k;
    }

    /// <summary>
    /// A height in feet and inches: "6' 2\"", "6'2\"", "5′ 11″", "6-foot-2". Read as feet (6' 2" = 6.1667 feet) so two
    /// outlets' heights compare as one figure. The inches must be a whole number under 12, and the apostrophe form needs
    /// its closing inch mark, so a quote mark after a number ("scored 6' in …") is not taken for feet.
    /// </summary>
    private bool ReadFeetInches(ref NumberExpression n)
    {
        if (n.Form != NumberForm.Digits || n.HasScale || _tokens[n.FirstToken].HasDecimals || n.End >= _text.Length)
            return false;
        int p = n.End;
        bool marks;
        if (_text[p] is '\'' or '′' or '’')
        {
            p++;
            marks = true;
        }
        else if (TextMatch.At(_text, p, "-foot-", true, out var e))
        {
            p = e;
            marks = false;
        }
        else
        {
            return false;
        }
        if (marks)
            p = SkipSpace(p);
        int k = TokenAt(p, n.EndToken);
        if (!IsNumber(k) || _tokens[k].Start != p || _tokens[k].HasDecimals || _tokens[k].Value >= 12)
            return false;
        int end = _tokens[k].End;
        if (marks)
        {
            if (end < _text.Length && _text[end] is '"' or '″' or '”')
                end++;
            else if (end + 1 < _text.Length && _text[end] is '\'' or '′' && _text[end + 1] is '\'' or '′')
                end += 2;
            else
                return false;
        }
        else if (end < _text.Length && char.IsLetterOrDigit(_text[end]))
        {
            return false;
        }
        n.Value = n.Raw = n.Value + _tokens[k].Value / 12;
        n.End = end;
        n.EndToken = TokenAt(end, k + 1);
        return true;
    }

    /// <summary>
    /// "one in five adults", "1 in 4 children", "one in every three homes", "two out of three voters": a rate, read
    /// as the fraction N/M (the counted noun follows M). Only a whole N from 1 up, a larger whole M up to 1,000 (so
    /// "one in 2020" stays out), and nothing but "every" between "in" (or "out of") and M.
    /// </summary>
    private void ReadOneIn(ref NumberExpression n)
    {
        if (n.Form is not (NumberForm.Digits or NumberForm.Words) || n.HasScale || n.Value < 1 || n.Value != Math.Floor(n.Value))
            return;
        int k = n.EndToken + 1;
        bool outOf = IsWord(n.EndToken, "out") && IsWord(k, "of");
        if (outOf)
            k++;
        else if (!IsWord(n.EndToken, "in"))
            return;
        if (IsWord(k, "every"))
            k++;
        NumberExpression m;
        if (IsNumber(k) && !_tokens[k].HasDecimals && !Glued(k))
            m = new NumberExpression { Value = _tokens[k].Value, Scale = 1, EndToken = k + 1, End = _tokens[k].End };
        else if (!IsWord(k) || !ReadWords(k, out m) || m.HasScale)
            return;
        if (m.Value <= n.Value || m.Value > 1000 || m.Value != Math.Floor(m.Value))
            return;
        // A proportion has a small or round whole ("two out of three", "7 out of 10"); "two out of 15 judges" is a
        // part of a group the comparison layer reads as a part and its whole.
        if (outOf && m.Value > 10 && m.Value is not (100 or 1000))
            return;
        n.Value = n.Raw = n.Value / m.Value;
        n.Form = NumberForm.Fraction;
        n.EndToken = m.EndToken;
        n.End = m.End;
    }

    private bool Finish(ref NumberExpression n, double value, int endToken, NumberForm form)
    {
        n.Value = value;
        n.Raw = value;
        n.Form = form;
        n.EndToken = endToken;
        n.End = _tokens[endToken - 1].End;
        return true;
    }

    /// <summary>Most words between a verb of cutting and "in half" / "by half" ("cut greenhouse gas emissions in half").</summary>
    private const int CutReach = 6;

    /// <summary>
    /// "half" after "in" or "by", with a verb of cutting at most <see cref="CutReach"/> words before in its sentence: "cut
    /// emissions in half", "slashed by half", "reduce the backlog by half". Not "split in half" or "broke in half".
    /// </summary>
    private bool CutInHalf(int i)
    {
        if (!IsWord(i - 1, "in") && !IsWord(i - 1, "by"))
            return false;
        for (int k = i - 2, words = 0; k >= 0 && words <= CutReach; k--)
        {
            // The points of an abbreviation ("U.S. emissions") are no sentence break.
            if (IsSymbol(k, '.') && k > 0 && Glued(k - 1) && IsWord(k - 1) && Str(k - 1).Length <= 2)
                continue;
            if (!IsWord(k))
                return false;
            if (QuantityCues.CutVerbs.Has(Str(k)))
                return true;
            words++;
        }
        return false;
    }
}
