namespace Parallax.Analysis.Quantities;

// What is written after a number: its unit (with rate, age and "of NOUN" extensions) or the noun it counts.
internal sealed partial class QuantityParser
{
    /// <summary>Most words a counted-noun phrase may have before its head ("first-team players", "new 737 … jets" stop earlier).</summary>
    private const int MaxNounModifiers = 4;

    /// <summary>Most further words of a name a counted-noun phrase's modifiers may hold ("Food and Drug Administration").</summary>
    private const int MaxNameWords = 4;

    private UnitReading ReadUnit(NumberExpression n, string? currency, out int end, out int endToken)
    {
        int pos = n.End;
        if (currency is not null)
        {
            end = pos;
            int p = SkipSpace(pos);
            if (p > pos)
            {
                foreach (var tag in UnitLexicon.CurrencyCountryTags)
                {
                    if (TextMatch.At(_text, p, tag, false, out var e) && TextMatch.IsBoundary(_text, e, tag))
                    {
                        end = e;
                        break;
                    }
                }
            }
            var name = currency;
            var rate = ReadRate(end, out var rateEnd);
            if (rate is not null)
            {
                name = currency + " per " + rate;
                end = rateEnd;
            }
            endToken = TokenAt(end, n.EndToken);
            return new UnitReading(name, UnitKind.Currency);
        }

        int at = pos;
        bool attached = true;
        if (at < _text.Length && _text[at] == '-' && at + 1 < _text.Length && char.IsLetter(_text[at + 1]))
        {
            at++;
            attached = false;
        }
        else if (at < _text.Length && char.IsWhiteSpace(_text[at]))
        {
            at = SkipSpace(at);
            attached = false;
        }
        var form = UnitLexicon.Match(_text, at, attached, out var unitEnd);
        if (form is null && !attached && SpacedPence(n, at))
        {
            form = SpacedPenny;
            unitEnd = at + 1;
        }
        else if (form is null && !attached && SpacedDegree(n, at) is { } degree)
        {
            form = degree;
            unitEnd = at + 1;
        }
        if (form is not null)
        {
            end = unitEnd;
            var kind = form.Kind;
            var name = form.Canonical;
            if (name == "pound" && n.Scale >= 1e6)
                (name, kind) = ("GBP", UnitKind.Currency);
            if (kind == UnitKind.Percent)
                end = SkipGluedWord(end); // "percent-owned"
            if (kind == UnitKind.Time && AgeAfter(end, out var oldEnd))
            {
                name += " of age";
                end = oldEnd;
            }
            end = SkipDimensionAdjective(end);
            if (kind == UnitKind.Bulk)
            {
                int p = SkipSpace(end);
                if (p > end && TextMatch.At(_text, p, "of ", true, out var ofEnd))
                {
                    var of = CountedNoun(TokenAt(ofEnd, n.EndToken), allowOf: false, singularHead: true, out var nounEnd);
                    if (of is not null)
                    {
                        name += " of " + of;
                        end = nounEnd;
                    }
                }
            }
            if (kind is not UnitKind.Time and not UnitKind.Percent)
            {
                var rate = ReadRate(end, out var rateEnd);
                if (rate is not null)
                {
                    name += " per " + rate;
                    end = rateEnd;
                }
            }
            endToken = TokenAt(end, n.EndToken);
            return new UnitReading(name, kind);
        }

        if (attached && pos < _text.Length && char.IsLetter(_text[pos]))
        {
            end = pos;
            endToken = n.EndToken;
            return default;
        }
        // "one of the best", "three of the suspects", "12 of its stores": a part of a named whole counts that whole's noun.
        // A possessor stands for the determiner: "two of Russia's warships", "five of the governor's aides".
        bool allowOf = n.Form is NumberForm.Vague or NumberForm.Fraction || n.HasScale || (n.Form == NumberForm.Words && n.Value == 1)
            || (IsWord(n.EndToken, "of") && IsWord(n.EndToken + 1) && (QuantityCues.Determiners.Has(Str(n.EndToken + 1)) || IsPossessive(n.EndToken + 1)));
        var noun = CountedNoun(n.EndToken, allowOf, singularHead: n.Value == 1, out var headEnd);
        if (noun is not null)
        {
            end = headEnd;
            var rate = ReadRate(end, out var rateEnd);
            if (rate is not null)
            {
                noun += " per " + rate;
                end = rateEnd;
            }
            endToken = TokenAt(end, n.EndToken);
            return new UnitReading(noun, CountedKind(noun));
        }
        end = n.End;
        endToken = n.EndToken;
        return default;
    }

    private static readonly UnitForm SpacedPenny = new("p", "penny", UnitKind.Currency, CaseSensitive: true, AttachedOnly: false);

    /// <summary>
    /// "down 68 p at 1112 p", "rose 2.5 p.": a share price in pence with the "p" spaced off, which counts only after a
    /// word that moves or places a price, and not as "p.m." or a page ("p. 45").
    /// </summary>
    private bool SpacedPence(NumberExpression n, int at)
    {
        if (n.Form != NumberForm.Digits || n.HasScale || at >= _text.Length || _text[at] != 'p' || !IsWord(n.FirstToken - 1)
            || !QuantityCues.PriceMoveWords.Has(Str(n.FirstToken - 1)))
            return false;
        int after = at + 1;
        if (after == _text.Length)
            return true;
        char c = _text[after];
        if (char.IsLetterOrDigit(c) || c is '-' or '/' or '\'' or '\u2019')
            return false;
        if (c != '.')
            return true;
        int next = SkipSpace(after + 1);
        return next == after + 1 ? next >= _text.Length : next >= _text.Length || !char.IsLetterOrDigit(_text[next]) || char.IsUpper(_text[next]);
    }

    private static readonly UnitForm SpacedCelsius = new("C", "degree Celsius", UnitKind.Measure, CaseSensitive: true, AttachedOnly: false);
    private static readonly UnitForm SpacedFahrenheit = new("F", "degree Fahrenheit", UnitKind.Measure, CaseSensitive: true, AttachedOnly: false);

    /// <summary>Tokens searched each side of a spaced "C" or "F" for a word about temperature.</summary>
    private const int TemperatureWindow = 6;

    /// <summary>
    /// "highs of 28 C", "warming of 1.5 C above", "a 12 C melting point", "90 F in Phoenix's heat": a lone capital C or F
    /// spaced off a digit number is a degree when a temperature word is near; "section 12 C", "12 C Street" are not.
    /// </summary>
    private UnitForm? SpacedDegree(NumberExpression n, int at)
    {
        if (n.Form != NumberForm.Digits || n.HasScale || at >= _text.Length || _text[at] is not ('C' or 'F'))
            return null;
        int after = at + 1;
        if (after < _text.Length && (char.IsLetterOrDigit(_text[after]) || _text[after] is '-' or '/' or '\'' or '\u2019' or '&'))
            return null;
        // A full stop ends the sentence only when space or the end follows ("was 3 C."; "C.J." is not a degree).
        if (after < _text.Length && _text[after] == '.')
        {
            if (after + 1 < _text.Length && !char.IsWhiteSpace(_text[after + 1]))
                return null;
        }
        else if (SkipSpace(after) is var next && next < _text.Length && char.IsUpper(_text[next]))
        {
            return null;
        }
        int from = Math.Max(0, n.FirstToken - TemperatureWindow), to = Math.Min(_tokens.Count, n.EndToken + 1 + TemperatureWindow);
        for (int k = from; k < to; k++)
        {
            if (IsWord(k) && QuantityCues.TemperatureWords.Has(Str(k)))
                return _text[at] == 'C' ? SpacedCelsius : SpacedFahrenheit;
        }
        return null;
    }

    /// <summary>A counted noun that is itself a currency or unit name ("tens of millions of dollars") takes that unit's kind.</summary>
    private static UnitKind? CountedKind(string noun) =>
        noun is "USD" or "EUR" or "GBP" or "JPY" ? UnitKind.Currency : null;

    /// <summary>"per gallon", "a month", "an ounce" after a unit: the denominator of a rate, singular.</summary>
    private string? ReadRate(int pos, out int end)
    {
        end = pos;
        int p = SkipSpace(pos);
        if (p == pos)
            return null;
        if (TextMatch.At(_text, p, "per ", true, out var q))
        {
            var form = UnitLexicon.Match(_text, q, attached: false, out var e);
            if (form is not null && form.Kind != UnitKind.Percent && form.Kind != UnitKind.Currency)
            {
                end = e;
                return form.Canonical;
            }
            int k = TokenAt(q, 0);
            if (IsWord(k) && _tokens[k].Start == q && !QuantityCues.NotNouns.Has(Str(k)))
            {
                end = _tokens[k].End;
                var w = Str(k).ToString();
                return IsPluralNoun(w) ? Singular(w) : w;
            }
            return null;
        }
        if (TextMatch.At(_text, p, "a ", true, out q) || TextMatch.At(_text, p, "an ", true, out q))
        {
            int k = TokenAt(q, 0);
            // "a year earlier" and "a month ago" date the amount; they are not its rate.
            if (IsWord(k) && _tokens[k].Start == q && QuantityCues.RateDenominators.Has(Str(k))
                && !(IsWord(k + 1) && QuantityCues.TimeRelations.Has(Str(k + 1))))
            {
                end = _tokens[k].End;
                return Str(k).ToString().ToLowerInvariant();
            }
        }
        return null;
    }

    /// <summary>A word with a possessive ending ("Russia's", "the region\u2019s"): after "of", the whole's possessor, not what is counted.</summary>
    private bool IsPossessive(int j) => IsWord(j) && Possessive(Str(j));

    private static bool Possessive(ReadOnlySpan<char> word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal);

    /// <summary>
    /// The noun phrase a number counts: up to <see cref="MaxNounModifiers"/> modifiers and a plural head
    /// ("7 corridors", "800,000 eligible pensioners"); a singular head for one ("one proposal"). Participles
    /// ("recorded songs") drop out of the unit. A head that names a unit gives that unit ("517 rushing yards").
    /// </summary>
    private string? CountedNoun(int k, bool allowOf, bool singularHead, out int end)
    {
        end = 0;
        int j = k;
        if (j > 0 && j < _tokens.Count && !Spaced(j - 1))
            return null;
        // "five more seats", "two additional weeks": the noun after the word that adds to a count.
        if (IsWord(j) && QuantityCues.MoreWords.Has(Str(j)) && IsWord(j + 1) && Spaced(j))
            j++;
        // "half the voters": a fraction's determiner with the "of" left out.
        else if (allowOf && IsWord(j) && QuantityCues.Determiners.Has(Str(j)) && IsWord(j - 1, "half"))
            j++;
        bool ofWhole = false;
        if (IsWord(j, "of"))
        {
            if (!allowOf)
                return null;
            j++;
            ofWhole = true;
            singularHead = false;
            if (IsWord(j) && QuantityCues.Determiners.Has(Str(j)))
            {
                j++;
            }
            else if (IsWord(j, "a") || IsWord(j, "an"))
            {
                // "1/16 of a pint", "half of an hour": one of something, so a singular head.
                j++;
                singularHead = true;
            }
        }
        Span<(int Start, int End)> modifiers = stackalloc (int, int)[MaxNounModifiers + MaxNameWords];
        int count = 0, nameWords = 0;
        for (int m = 0; m <= MaxNounModifiers; m++)
        {
            if (j > k && count > 0 && IsNumber(j) && Spaced(j - 1) && !_tokens[j].HasDecimals && m < MaxNounModifiers)
            {
                // A model number inside the phrase: "two new 737 Max jets".
                modifiers[count++] = (_tokens[j].Start, _tokens[j].End);
                j++;
                continue;
            }
            if (!IsWord(j) || (j > k && !Spaced(j - 1)))
                return null;
            if (m < MaxNounModifiers && DottedAbbreviationEnd(j) is int dotted && IsWord(dotted + 1) && Spaced(dotted))
            {
                // "13 U.S. service members", "200 U.N. staff": a dotted abbreviation modifies the noun after it.
                modifiers[count++] = (_tokens[j].Start, _tokens[dotted].End);
                j = dotted + 1;
                continue;
            }
            if (DesignationEnd(j, out bool pluralDesignation) is int designation)
            {
                // "two F-16 jets", "12 COVID-19 patients": a type named by letters and a number modifies the noun after
                // it; "four F-16s" counts the type itself.
                if (pluralDesignation)
                {
                    end = _tokens[designation].End;
                    return Phrase(modifiers[..count], _text[_tokens[j].Start..(end - 1)]);
                }
                if (m == MaxNounModifiers)
                    return null;
                modifiers[count++] = (_tokens[j].Start, _tokens[designation].End);
                j = designation + 1;
                continue;
            }
            int last = j;
            while (Glued(last) && IsSymbol(last + 1, '-') && Glued(last + 1) && IsWord(last + 2))
                last += 2;
            var word = _text.AsSpan(_tokens[j].Start, _tokens[last].End - _tokens[j].Start);
            var w = word.ToString();
            if (count > 0 && (w == "and" || w == "or") && IsWord(j + 1) && Spaced(j))
            {
                // "digital and physical sales", "Food and Drug Administration officials": coordinated modifiers share the
                // head; the conjunction is no modifier of its own.
                j++;
                m--;
                continue;
            }
            if (ofWhole && j > k && Possessive(w))
            {
                // "12 of the region's hospitals", "two of the House Minority Leader's picks": the possessor is not what is
                // counted.
                count = 0;
                j = last + 1;
                continue;
            }
            bool acronym = w.Length >= 2 && !w.Any(char.IsLower);
            // "two former aides": a word that stands for a noun alone ("the former") modifies the noun after it.
            bool formerOf = w == "former" && IsWord(j + 1) && Spaced(j);
            if ((!acronym && !formerOf && QuantityCues.NotNouns.Contains(w)) || QuantityCues.Months.Contains(w) || NumberWords.Cardinals.ContainsKey(w)
                || NumberWords.Scales.ContainsKey(w) || QuantityCues.Weekdays.Contains(w) || IsOrderOfMagnitude(w))
                return null;
            // "(0.5 WAR)", "had 3 RBI.": an abbreviated tally (a sports statistic, a rating) standing alone as the head.
            if (count == 0 && j == k && last == j && IsNumber(k - 1) && _tokens[k - 1].Value < 1000 && IsStatAcronym(word) && !IsWord(j + 1) && !(Glued(j) && IsSymbol(j + 1, '.')))
            {
                end = _tokens[j].End;
                return w;
            }
            bool lower = TextMatch.IsLower(word);
            if (singularHead && lower && count > 0 && w.EndsWith("ed", StringComparison.Ordinal)
                && char.IsUpper(_text[modifiers[count - 1].Start]))
            {
                // "One Apache crashed", "one F-16 crashed": after a name or a type, a past tense is the clause's verb and the
                // name is what is counted.
                var (start, stop) = modifiers[count - 1];
                end = stop;
                return Phrase(modifiers[..(count - 1)], _text[start..stop]);
            }
            if (IsPluralNoun(word) || (singularHead && lower && !w.EndsWith("ly", StringComparison.Ordinal)))
            {
                end = _tokens[last].End;
                var head = IsPluralNoun(word) ? Singular(w) : w;
                if (UnitName(head) is { } unitName)
                    return unitName;
                return Phrase(modifiers[..count], head);
            }
            // A name's further words are one modifier with its first: "two outgoing Food and Drug Administration officials".
            if (count > 0 && nameWords < MaxNameWords && char.IsUpper(w[0]) && char.IsUpper(_text[modifiers[count - 1].Start]))
            {
                nameWords++;
                m--;
            }
            // A word in -ly is an adverb of the clause ("killed two quickly"), unless more of the noun phrase follows it:
            // "five highly effective shots", "two likely scenarios", "three newly built schools". "120, mostly women" says
            // who most of the 120 were, not what is counted.
            else if (m == MaxNounModifiers || w.EndsWith("ly", StringComparison.Ordinal) && (!lower || QuantityCues.ClauseAdverbs.Contains(w)
                    || !IsWord(last + 1) || !Spaced(last) || !TextMatch.IsLower(Str(last + 1))) || !char.IsLetter(w[0]))
                return null;
            modifiers[count++] = (_tokens[j].Start, _tokens[last].End);
            j = last + 1;
            // "92 low- and middle-income countries", "two- or three-bedroom flats": a suspended hyphen shares the
            // compound after the conjunction; the modifier keeps its hyphen and the conjunction is read as above.
            if (Glued(last) && IsSymbol(last + 1, '-') && !Glued(last + 1) && (IsWord(last + 2, "and") || IsWord(last + 2, "or")))
            {
                modifiers[count - 1] = (_tokens[j - 1].Start, _tokens[last + 1].End);
                j = last + 2;
            }
        }
        return null;
    }

    /// <summary>A counted noun's modifiers and head as the unit: participles ("recorded songs") and adverbs ("newly built schools") drop out.</summary>
    private string Phrase(ReadOnlySpan<(int Start, int End)> modifiers, string head)
    {
        if (modifiers.Length == 0)
            return head;
        var sb = new System.Text.StringBuilder();
        foreach (var (start, stop) in modifiers)
        {
            var mod = _text.AsSpan(start, stop - start);
            // Participles and adverbs say how, not what: "three newly built schools" counts schools.
            if (mod.EndsWith("ed", StringComparison.Ordinal) || mod.EndsWith("ly", StringComparison.Ordinal) && TextMatch.IsLower(mod))
                continue;
            sb.Append(mod).Append(' ');
        }
        return sb.Append(head).ToString();
    }

    /// <summary>Most letters before the hyphen of a type designation ("F-16", "MQ-9", "COVID-19").</summary>
    private const int MaxDesignationLetters = 5;

    /// <summary>
    /// The last token of a type designation starting at <paramref name="j"/>: up to <see cref="MaxDesignationLetters"/>
    /// letters led by a capital, a hyphen and a whole number, all glued ("F-16", "MiG-29", "COVID-19"), with an
    /// optional capital suffix ("H-1B", "F-35A") and a plural "s" ("F-16s", <paramref name="plural"/>); null when
    /// there is none. "Boeing-737s" and "post-2020" are no designations: too long, or led by a small letter.
    /// </summary>
    private int? DesignationEnd(int j, out bool plural)
    {
        plural = false;
        if (!IsWord(j) || _tokens[j].Length > MaxDesignationLetters || !char.IsUpper(_text[_tokens[j].Start])
            || !Glued(j) || !IsSymbol(j + 1, '-') || !Glued(j + 1) || !IsNumber(j + 2) || _tokens[j + 2].HasDecimals)
            return null;
        int last = j + 2;
        if (Glued(last) && IsWord(last + 1))
        {
            var suffix = _text.AsSpan(_tokens[last + 1].Start, _tokens[last + 1].Length);
            var letters = suffix.EndsWith("s", StringComparison.Ordinal) ? suffix[..^1] : suffix;
            if (letters.Length > 1 || letters.Length == 1 && !char.IsUpper(letters[0]))
                return null;
            plural = letters.Length < suffix.Length;
            last++;
        }
        // A designation glued to more ("F-16-based") is a compound this reading does not take apart.
        return Glued(last) && (IsWord(last + 1) || IsNumber(last + 1) || IsSymbol(last + 1, '-')) ? null : last;
    }

    /// <summary>
    /// The last token of a dotted abbreviation of two or three capitals starting at <paramref name="j"/> ("U.S.", "U.K.",
    /// "U.N."), or null.
    /// </summary>
    private int? DottedAbbreviationEnd(int j)
    {
        int letters = 0, k = j;
        while (IsWord(k) && _tokens[k].Length == 1 && char.IsUpper(_text[_tokens[k].Start]) && Glued(k) && IsSymbol(k + 1, '.'))
        {
            letters++;
            if (!Glued(k + 1))
                break;
            k += 2;
        }
        return letters is >= 2 and <= 3 ? j + 2 * letters - 1 : null;
    }

    /// <summary>"dozens", "thousands", "tens": another quantity, not a noun ("24 dead and dozens more wounded").</summary>
    private static bool IsOrderOfMagnitude(string word) =>
        NumberWords.VaguePlurals.ContainsKey(word) || word.Equals("tens", StringComparison.OrdinalIgnoreCase);

    /// <summary>The canonical unit a whole counted noun names ("dollar", "hour"), or null when it is a plain noun.</summary>
    private static string? UnitName(string noun)
    {
        var unit = UnitLexicon.Match(noun, 0, attached: false, out var end);
        return unit is not null && end == noun.Length ? unit.Canonical : null;
    }

    /// <summary>Two to four capitals that are not an era, a clock or time zone, or a country ("BC", "PM", "GMT", "US").</summary>
    private static bool IsStatAcronym(ReadOnlySpan<char> w)
    {
        if (w.Length is < 2 or > 4)
            return false;
        foreach (var c in w)
        {
            if (!char.IsAsciiLetterUpper(c))
                return false;
        }
        return !QuantityCues.NotTallyAcronyms.Has(w);
    }

    private static bool IsPluralNoun(ReadOnlySpan<char> w)
    {
        if (w.Length < 3 || w.Contains('\'') || w.Contains('\u2019'))
            return false;
        if (QuantityCues.IrregularPlurals.Has(w) || QuantityCues.SpecialSingulars.Has(w))
            return true;
        if (QuantityCues.NotNouns.Has(w))
            return false;
        if (w.Length > 4 && w.EndsWith("men", StringComparison.OrdinalIgnoreCase) || IsCompoundOfIrregular(w))
            return true;
        if (w[^1] is not ('s' or 'S'))
            return false;
        return !(w.EndsWith("ss", StringComparison.OrdinalIgnoreCase) || w.EndsWith("us", StringComparison.OrdinalIgnoreCase)
                 || w.EndsWith("is", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// A closed compound whose last part is an irregular plural of persons: "schoolchildren", "grandchildren",
    /// "townspeople", "tradespeople" (the "-men" compounds are read apart).
    /// </summary>
    private static bool IsCompoundOfIrregular(ReadOnlySpan<char> w) =>
        w.Length > "children".Length && w.EndsWith("children", StringComparison.OrdinalIgnoreCase)
        || w.Length > "people".Length && w.EndsWith("people", StringComparison.OrdinalIgnoreCase);

    /// <summary>The singular of a plural noun, by the irregular tables and the English suffix rules.</summary>
    internal static string Singular(string w)
    {
        if (QuantityCues.IrregularPlurals.TryGetValue(w, out var irregular))
            return MatchCase(w, irregular);
        if (QuantityCues.SpecialSingulars.TryGetValue(w, out var special))
            return MatchCase(w, special);
        if (w.Length > 4 && w.EndsWith("men", StringComparison.OrdinalIgnoreCase))
            return w[..^3] + "man";
        if (w.Length > "children".Length && w.EndsWith("children", StringComparison.OrdinalIgnoreCase))
            return w[..^3]; // "schoolchildren": "schoolchild"
        if (IsCompoundOfIrregular(w))
            return w; // "townspeople"
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.OrdinalIgnoreCase))
            return w[..^3] + "y";
        foreach (var suffix in (ReadOnlySpan<string>)["ches", "shes", "sses", "xes", "zzes"])
            if (w.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                return w[..^2];
        return w.EndsWith('s') || w.EndsWith('S') ? w[..^1] : w;
    }

    private static string MatchCase(string original, string singular) =>
        char.IsUpper(original[0]) ? char.ToUpperInvariant(singular[0]) + singular[1..] : singular;

    /// <summary>A word glued with a hyphen ("percent-owned"): part of the quantity's text.</summary>
    private int SkipGluedWord(int end)
    {
        if (end + 1 < _text.Length && _text[end] == '-' && char.IsLetter(_text[end + 1]))
        {
            end++;
            while (end < _text.Length && char.IsLetter(_text[end]))
                end++;
        }
        return end;
    }

    /// <summary>"-long", " wide", " deep" after a length.</summary>
    private int SkipDimensionAdjective(int end)
    {
        foreach (var adjective in QuantityCues.DimensionAdjectives)
            if (TryWord(end, adjective, allowHyphen: true, out var e))
                return e;
        return end;
    }

    /// <summary>"-old" or the noun "-olds" right after a span of time, which makes it an age: "a 15-year-old", "15-year-olds".</summary>
    private bool AgeAfter(int pos, out int end) =>
        TryWord(pos, "old", allowHyphen: true, out end) || TryWord(pos, "olds", allowHyphen: true, out end);

    /// <summary>Whether <paramref name="word"/> follows at <paramref name="pos"/> after a space (or a hyphen when allowed).</summary>
    private bool TryWord(int pos, string word, bool allowHyphen, out int end)
    {
        end = pos;
        int p = pos;
        if (p < _text.Length && _text[p] == '-' && allowHyphen)
            p++;
        else if (p < _text.Length && char.IsWhiteSpace(_text[p]))
            p = SkipSpace(p);
        else
            return false;
        if (TextMatch.At(_text, p, word, true, out var e) && TextMatch.IsBoundary(_text, e, word))
        {
            end = e;
            return true;
        }
        return false;
    }
}
