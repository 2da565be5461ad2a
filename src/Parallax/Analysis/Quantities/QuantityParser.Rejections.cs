namespace Parallax.Analysis.Quantities;

// What is written with digits but is not a count: identifiers, clock times, dates, ordinals,
// phone numbers, years, names with numbers and street addresses.
internal sealed partial class QuantityParser
{
    /// <summary>Characters that glue a number into an identifier, a path or a markup value.</summary>
    private const string IdentifierGlue = "/\\_#@=&|";

    private static readonly string[] OrdinalSuffixes = ["st", "nd", "rd", "th"];

    /// <summary>Whether digit token <paramref name="i"/> is part of something that is not a quantity; <paramref name="next"/> skips all of it.</summary>
    private bool Reject(int i, out int next)
    {
        next = i + 1;
        var t = _tokens[i];

        // A leading zero marks a code or a clock, not an amount: "Jul 012016" (a day run into its year), "007", "0800".
        if (t.Length >= 2 && _text[t.Start] == '0' && char.IsDigit(_text[t.Start + 1]))
            return true;
        if (i > 0 && Glued(i - 1) && _tokens[i - 1].Kind == TokenKind.Word && CurrencyBefore(t.Start, out _) is null
            && !(IsWord(i - 1, "minus") || IsWord(i - 1, "sub")))
            return true; // S22, CO2, COVID19, X-Pro3
        if (i > 0 && Glued(i - 1) && _tokens[i - 1].Kind == TokenKind.Symbol)
        {
            char c = _text[_tokens[i - 1].Start];
            if (c == '=' && TextMatch.EndsAt(_text, t.Start, "Y=", false, out _))
            {
                // Reuters' yen mark, read as a currency prefix.
            }
            else if (IdentifierGlue.Contains(c))
                return true;
            else if ((c == '"' || c == '\'') && Glued(i) && (IsSymbol(i + 1, '"') || IsSymbol(i + 1, '\'')))
                return true;
            else if (c == '"' && Glued(i - 2) && IsSymbol(i - 2, ':'))
                return true; // a JSON value ("title":"16 …") is markup, not prose
            else if (c == '(' && Glued(i - 2) && IsWord(i - 2))
                return true; // string(779), f(3)
            else if ((c == '.' || c == ':') && Glued(i - 2) && IsNumber(i - 2))
                return true; // 1.2.3, 15:00:22
            else if (c is '-' or '\u2212' or '\u2010' or '\u2011')
            {
                if (Glued(i - 2) && IsNumber(i - 2))
                    return true; // the tail of "2016-17" when its head was no quantity
                if (Glued(i - 2) && IsWord(i - 2))
                {
                    var prefix = Str(i - 2);
                    if (!TextMatch.IsLower(prefix) || !QuantityCues.NumericHyphenPrefixes.Has(prefix))
                        return true; // COVID-19, F-16, TA-35, last-32
                }
                else if (i >= 2 && !Glued(i - 2) && IsNameWord(i - 2))
                    return true; // "COVID -19"
            }
            else if (c == '+' && (i < 2 || !Glued(i - 2)) && IsPhoneTail(i))
            {
                next = SkipDigitGroups(i);
                return true;
            }
        }

        if (Glued(i))
        {
            var nt = _tokens[i + 1];
            if (nt.Kind == TokenKind.Symbol)
            {
                char c = _text[nt.Start];
                if (c is '/' or '⁄' && Glued(i + 1) && IsNumber(i + 2) && IsFractionOf(i))
                    return false;
                if ((c == ':' || c == '/') && Glued(i + 1) && IsNumber(i + 2))
                {
                    // 15:00, 4:39, 12/23/2016, 1/16: times, dates and fractions.
                    int k = i + 2;
                    while (Glued(k) && (IsSymbol(k + 1, ':') || IsSymbol(k + 1, '/')) && Glued(k + 1) && IsNumber(k + 2))
                        k += 2;
                    next = k + 1;
                    return true;
                }
                if (c is '_' or '@' or '=' or '#')
                    return true;
                // "16.04.2017", "1.2.3": a dotted date or a version, whose head reads as a decimal.
                if (c == '.' && t.HasDecimals && Glued(i + 1) && IsNumber(i + 2))
                {
                    next = i + 3;
                    return true;
                }
            }
            else if (nt.Kind == TokenKind.Word)
            {
                var w = Str(i + 1);
                foreach (var suffix in OrdinalSuffixes)
                {
                    if (w.Equals(suffix, StringComparison.OrdinalIgnoreCase))
                    {
                        next = i + 2;
                        return true;
                    }
                }
                if (QuantityCues.ClockWords.Has(w) || IsDottedClock(nt.Start))
                {
                    next = i + 2;
                    return true;
                }
                if (!IsGluedUnitOrScale(t.End))
                {
                    next = i + 2;
                    return true; // 4x3, 9AB8, 5s, 5G: codes and names
                }
            }
        }
        else if (i + 1 < _tokens.Count)
        {
            // "3 p.m.", "15 GMT"
            if (IsDottedClock(SkipSpace(t.End)) || (IsWord(i + 1) && QuantityCues.ClockWords.Has(Str(i + 1))))
            {
                next = i + 2;
                return true;
            }
        }

        if (IsDate(i, out next))
            return true;
        if (IsPhone(i, out next))
            return true;
        next = i + 1;
        return false;
    }

    /// <summary>
    /// "1/16 of a pint", "1⁄32 of", and a proper fraction before a measurement unit ("3/4 cup", "1/2 mile", "3/8 inch"):
    /// a fraction, not a date. "9/11 attacks", "24/7 coverage" and "on 3/4 the" have no unit after them.
    /// </summary>
    private bool IsFractionOf(int i) =>
        !_tokens[i].HasDecimals && !_tokens[i + 2].HasDecimals && _tokens[i + 2].Value > 1 && !Glued(i + 2)
        && (IsWord(i + 3, "of") || (_tokens[i].Value < _tokens[i + 2].Value && MeasureAt(i + 3)));

    /// <summary>Whether token <paramref name="k"/> starts a word unit of measure or bulk ("cup", "mile", "inches").</summary>
    private bool MeasureAt(int k) =>
        IsWord(k) && UnitLexicon.Match(_text, _tokens[k].Start, attached: false, out _) is { Kind: UnitKind.Measure or UnitKind.Bulk };

    private bool IsDottedClock(int at) =>
        TextMatch.At(_text, at, "a.m.", true, out _) || TextMatch.At(_text, at, "p.m.", true, out _)
        || (TextMatch.At(_text, at, "a.m", true, out var e1) && e1 == _text.Length)
        || (TextMatch.At(_text, at, "p.m", true, out var e2) && e2 == _text.Length);

    private bool IsGluedUnitOrScale(int at)
    {
        if (UnitLexicon.Match(_text, at, attached: true, out _) is not null)
            return true;
        int e = at;
        while (e < _text.Length && char.IsLetter(_text[e]))
            e++;
        var letters = _text.AsSpan(at, e - at);
        return NumberWords.ShortScales.Has(letters) || NumberWords.Scales.Has(letters);
    }

    private bool IsMonth(int i)
    {
        if (!IsWord(i))
            return false;
        var w = Str(i);
        if (!QuantityCues.Months.Has(w))
            return false;
        // "may", "march": only capitalised and, for the short ones, written as such.
        foreach (var m in QuantityCues.AmbiguousMonths)
            if (w.Equals(m, StringComparison.OrdinalIgnoreCase))
                return w.SequenceEqual(m);
        return true;
    }

    /// <summary>
    /// "December 15", "Dec. 23, 2016", "8 July 2021": a day of a month. After a month only a day (up to 31) or a year is
    /// the date's: "In March 45 people died", "Since January 66 reporters were killed" count.
    /// </summary>
    private bool IsDate(int i, out int next)
    {
        next = i + 1;
        int before = i - 1;
        if (IsSymbol(before, '.') && Glued(before - 1))
            before--;
        if (IsMonth(before) && _tokens[i].IntegerDigits <= 4 && !_tokens[i].HasDecimals && !_tokens[i].Grouped && DayOrYear(Str(i)))
        {
            next = SkipYearAfter(i + 1);
            return true;
        }
        int after = i + 1;
        if (Spaced(i) && IsMonth(after) && _tokens[i].IntegerDigits <= 2 && !_tokens[i].HasDecimals)
        {
            int k = after + 1;
            if (IsSymbol(k, '.') && Glued(after))
                k++;
            next = SkipYearAfter(k);
            return true;
        }
        return false;
    }

    /// <summary>A number a month's name may carry: its day, or a year of four digits.</summary>
    private static bool DayOrYear(ReadOnlySpan<char> digits) =>
        !int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int value)
        || value <= 31 || digits.Length == 4 && value is >= MinYear and <= MaxYear;

    private const int MinYear = 1000, MaxYear = 2199;

    private int SkipYearAfter(int k)
    {
        int j = IsSymbol(k, ',') ? k + 1 : k;
        if (IsNumber(j) && _tokens[j].IntegerDigits == 4 && !_tokens[j].Grouped && !_tokens[j].HasDecimals)
            return j + 1;
        return k;
    }

    /// <summary>555-1234, 212-555-0199, 2016-12-23, (555) 123-4567: digit groups joined by hyphens or dots.</summary>
    private bool IsPhone(int i, out int next)
    {
        next = i + 1;
        if (_tokens[i].HasDecimals || _tokens[i].Grouped)
            return false;
        int groups = 1, k = i;
        var lengths = (first: _tokens[i].IntegerDigits, second: 0);
        while (Glued(k) && (IsSymbol(k + 1, '-') || IsSymbol(k + 1, '.')) && Glued(k + 1) && IsNumber(k + 2) && !_tokens[k + 2].HasDecimals)
        {
            groups++;
            if (groups == 2)
                lengths.second = _tokens[k + 2].IntegerDigits;
            k += 2;
        }
        bool areaCode = IsSymbol(i - 1, '(') && IsSymbol(i + 1, ')') && _tokens[i].IntegerDigits == 3;
        if (groups >= 3 || (groups == 2 && lengths.first == 3 && lengths.second == 4) || areaCode)
        {
            next = areaCode ? SkipDigitGroups(i + 2) : k + 1;
            return true;
        }
        return false;
    }

    private bool IsPhoneTail(int i) =>
        _tokens[i].IntegerDigits >= 7 || (!_tokens[i].HasDecimals && (IsNumber(i + 1) || (Glued(i) && (IsSymbol(i + 1, '-') || IsSymbol(i + 1, '(')))));

    private int SkipDigitGroups(int k)
    {
        while (k < _tokens.Count && (IsNumber(k) || ((IsSymbol(k, '-') || IsSymbol(k, ')') || IsSymbol(k, '(')) && IsNumber(k + 1))))
            k++;
        return k;
    }

    /// <summary>
    /// A four-digit number read as a year ("in 2012", "since 2011", "Keytruda's 2018 sales") unless a unit or a
    /// counted noun follows it ("2,000 people" is grouped; "1520 sq m" has a unit).
    /// </summary>
    private bool IsYear(int i, NumberExpression n)
    {
        var t = _tokens[i];
        if (n.Form != NumberForm.Digits || n.HasScale || t.Grouped || t.HasDecimals || t.IntegerDigits != 4)
            return false;
        if (t.Value < 1000 || t.Value > 2199)
            return false;
        int at = t.End;
        bool attached = true;
        if (at < _text.Length && (_text[at] == '-' || char.IsWhiteSpace(_text[at])))
        {
            attached = false;
            at = _text[at] == '-' ? at + 1 : SkipSpace(at);
        }
        if (UnitLexicon.Match(_text, at, attached, out _) is not null)
            return false;
        if (!attached && SpacedPence(new NumberExpression { Form = NumberForm.Digits, Scale = 1, FirstToken = i }, at))
            return false; // "at 1112 p": a share price
        bool countFollows = IsWord(i + 1) && Spaced(i) && TextMatch.IsLower(Str(i + 1)) && IsPluralNoun(Str(i + 1));
        // "as many as 1300 people", "as few as 1500 voters": the hedge takes a count, never a year.
        if (CountHedgeBefore(i))
            return false;
        // "in 1500 villages", "as 1300 people": a number outside the modern years with a plural noun after it is a
        // count even after a year cue; "in 2012 elections were held" keeps its year.
        if (countFollows && t.Value is < 1900 or > 2099)
            return false;
        if (IsWord(i - 1) && Spaced(i - 1))
        {
            var prev = Str(i - 1);
            if (QuantityCues.YearCues.Has(prev) || IsNameWord(i - 1) || QuantityCues.Months.Has(prev))
                return true;
        }
        if (IsSymbol(i - 1, '('))
            return true;
        if (countFollows)
            return false;
        return t.Value is >= 1900 and <= 2099;
    }

    /// <summary>"as many as", "as much as", "as few as" right before token <paramref name="i"/>.</summary>
    private bool CountHedgeBefore(int i) =>
        IsWord(i - 1, "as") && IsWord(i - 3, "as") && (IsWord(i - 2, "many") || IsWord(i - 2, "much") || IsWord(i - 2, "few"));

    /// <summary>A word that names something ("Resolution", "iPhone", "FTSE"): it has a capital and is not a function word.</summary>
    private bool IsNameWord(int i)
    {
        if (!IsWord(i))
            return false;
        var w = Str(i);
        bool hasUpper = false;
        foreach (var ch in w)
        {
            if (char.IsUpper(ch))
            {
                hasUpper = true;
                break;
            }
        }
        if (!hasUpper)
            return false;
        // "Needing 60 votes, …", "Facing 20 charges, …": a participle opening the sentence, not a name.
        if (w.Length >= 6 && w.EndsWith("ing", StringComparison.Ordinal) && char.IsLower(w[1]) && StartsSentence(i))
            return false;
        return !QuantityCues.NotNouns.Has(w) && !QuantityCues.YearCues.Has(w) && !QuantityCues.Months.Has(w)
               && !QuantityCues.Weekdays.Has(w) && !QuantityCues.ApproximationWords.Has(w) && !QuantityCues.ChangeWords.Has(w)
               && !NumberWords.Cardinals.Has(w) && !QuantityCues.RangeWords.Has(w);
    }

    /// <summary>Token <paramref name="i"/> opens a sentence: the first token, or after a full stop, question or exclamation mark, or a line break.</summary>
    private bool StartsSentence(int i)
    {
        if (i == 0)
            return true;
        if (IsSymbol(i - 1, '.') || IsSymbol(i - 1, '!') || IsSymbol(i - 1, '?'))
            return true;
        return _text.AsSpan(_tokens[i - 1].End, _tokens[i].Start - _tokens[i - 1].End).Contains('\n');
    }

    /// <summary>
    /// "the Group of Seven nations", "the Gang of Eight", "the Group of 20": a body named by its size (<see
    /// cref="QuantityCues.NamedBodies"/>). A number word must be capitalised too: "a group of seven soldiers" is a count.
    /// </summary>
    private bool NamedBodyBefore(int i) =>
        IsWord(i - 1, "of") && Spaced(i - 1) && IsWord(i - 2) && Spaced(i - 2) && QuantityCues.NamedBodies.Has(Str(i - 2))
        && (_tokens[i].Kind == TokenKind.Number || TextMatch.IsCapitalized(Str(i)));

    /// <summary>"Resolution 2254", "Big 12", "Channel 5": a name right before the number.</summary>
    private bool NameBefore(int i) =>
        i > 0 && Spaced(i - 1) && (IsNameWord(i - 1) || (IsWord(i - 1) && QuantityCues.LabelWords.Has(Str(i - 1))));

    /// <summary>
    /// "a five-year award", "a two-month contract": a hyphenated duration used as a modifier is a TimeML duration
    /// (the dates layer's business), not a figure; "a five-year, 1.8 billion-mile journey" keeps its comma and stays.
    /// </summary>
    private bool IsAttributiveDuration(NumberExpression n, Reading result)
    {
        if (result.Kind != UnitKind.Time || result.High is not null || n.End >= _text.Length || _text[n.End] != '-'
            || result.Unit!.EndsWith(" of age", StringComparison.Ordinal))
            return false;
        int k = result.EndToken;
        return k < _tokens.Count && Spaced(k - 1) && (_tokens[k].Kind == TokenKind.Number || IsWord(k) || CurrencyAt(k))
               && !(IsWord(k) && QuantityCues.NotNouns.Has(Str(k)));
    }

    /// <summary>"iPhone 11 Pro", "787 Dreamliner": a small bare integer right before a capitalised word names a model.</summary>
    private bool NameAfter(NumberExpression n, Reading result)
    {
        var t = _tokens[n.FirstToken];
        if (result.Unit is not null || result.High is not null || t.Grouped || t.HasDecimals || n.HasScale || t.Value >= 1000)
            return false;
        int k = n.EndToken;
        return IsWord(k) && Spaced(k - 1) && IsNameWord(k) && !IsPluralNoun(Str(k));
    }

    private bool CurrencyAt(int k) => _tokens[k].Kind == TokenKind.Symbol && "$£€¥₹".Contains(_text[_tokens[k].Start]);

    /// <summary>"575 Wilbraham Road", "90049 ZIP code": capitalised words up to a street word.</summary>
    private bool AddressAfter(int k)
    {
        if (IsWord(k, "ZIP") || IsWord(k, "zip"))
            return true;
        for (int j = k; j < k + 5 && IsWord(j) && TextMatch.IsCapitalized(Str(j)); j++)
        {
            if (j > k && QuantityCues.StreetWords.Has(Str(j)))
                return true;
            if (j + 1 < _tokens.Count && !Spaced(j) && !IsSymbol(j + 1, '.'))
                return false;
        }
        return false;
    }

    /// <summary>
    /// A bare number in words next to an event: after its verb ("killing nine", "killed five", "wounded at least one
    /// million"), or before it
    /// ("nine dead", "five were killed", "two have been arrested", "six more wounded"), or as its part ("four of the dead").
    /// </summary>
    private bool EventAround(NumberExpression n)
    {
        int before = n.FirstToken - 1;
        // Over a hedge: "killed at least nine", "wounded more than one million", "killing another five".
        for (int hedge = 0; hedge < 3 && IsWord(before) && QuantityCues.HedgeTokens.Has(Str(before)); hedge++)
            before--;
        // "six more wounded", "four more were injured": the word that adds to a toll stands between the count and its event.
        int after = IsWord(n.EndToken) && QuantityCues.MoreWords.Has(Str(n.EndToken)) ? n.EndToken + 1 : n.EndToken;
        return (IsWord(before) && QuantityCues.EventWords.Has(Str(before))) || EventFrom(after) || PartOfEvent(n.EndToken);
    }

    /// <summary>"four of the dead", "two of those killed", "three of the wounded": a part of a toll, its event after "of".</summary>
    private bool PartOfEvent(int k) =>
        IsWord(k, "of") && (IsWord(k + 1, "the") || IsWord(k + 1, "those")) && IsWord(k + 2) && QuantityCues.EventWords.Has(Str(k + 2));

    /// <summary>
    /// A capitalised number word after two or more capitalised words: a sentence run into a heading or a tag line
    /// ("Bombing in Port Town Resumes Six people were killed", "Tags Navy Harbor Fifty nine cruise missiles struck"),
    /// where names with a number word have one name word before it ("Channel Four", "the Big Ten").
    /// </summary>
    private bool AfterTitleRun(int i) => TextMatch.IsCapitalized(Str(i)) && (NameRunBefore(i) || DatelineBefore(i));

    /// <summary>
    /// A dateline or an agency tag in capitals right before the number word ("BEIRUT Thirteen civilians were killed",
    /// "SANA Seven people"): the sentence starts after it. Checked like a title run: a lower-case count or an event must follow.
    /// </summary>
    private bool DatelineBefore(int i)
    {
        if (!Spaced(i - 1) || !IsWord(i - 1))
            return false;
        var w = Str(i - 1);
        if (w.Length < 3)
            return false;
        foreach (var ch in w)
        {
            if (!char.IsUpper(ch))
                return false;
        }
        return true;
    }

    /// <summary>Two name words right before token <paramref name="i"/>, spaced.</summary>
    private bool NameRunBefore(int i) => Spaced(i - 1) && IsNameWord(i - 1) && Spaced(i - 2) && IsNameWord(i - 2);

    /// <summary>
    /// An event from token <paramref name="k"/> on, after at most two auxiliaries ("were killed", "died"): with a
    /// heading run into the text, "... Talks Resume 6 people were killed" counts the dead, not a name's number.
    /// </summary>
    private bool EventFrom(int k)
    {
        for (int aux = 0; IsWord(k) && aux <= 2; k++, aux++)
        {
            if (QuantityCues.EventWords.Has(Str(k)))
                return true;
            if (!QuantityCues.EventAuxiliaries.Has(Str(k)))
                return false;
        }
        return false;
    }

    /// <summary>A lower-case word within the next three tokens ("Six people", "Fifty nine US cruise missiles").</summary>
    private bool LowerWordFollows(int k)
    {
        for (int j = k; j < k + 3 && IsWord(j); j++)
        {
            if (TextMatch.IsLower(Str(j)))
                return true;
        }
        return false;
    }

    private static readonly string[] RelativeLeads = ["among", "of", "all"];

    /// <summary>
    /// A bare number word that a relative clause describes stands for its implied noun: "five who were nominated",
    /// "nine whom police named", "among five that the leader nominated", "of the twelve that" ("that" only after a word
    /// that takes a part of a group, since "the two that I like" and "one that got away" are pronouns).
    /// </summary>
    private bool RelativeAfter(NumberExpression n)
    {
        int k = n.EndToken;
        if (!IsWord(k) || !Spaced(k - 1) || n.Value < 2)
            return false;
        if (IsWord(k, "who") || IsWord(k, "whom"))
            return true;
        int lead = n.FirstToken - 1;
        if (IsWord(lead, "the"))
            lead--;
        if (!IsWord(k, "that") || !IsWord(lead))
            return false;
        foreach (var word in RelativeLeads)
        {
            if (IsWord(lead, word))
                return true;
        }
        return false;
    }

    /// <summary>
    /// A hyphenated compound before a noun ("a 14-nation coalition", "a five-member panel"): the word after the
    /// hyphen is what is counted. Durations ("a two-month contract") were set aside before, ages end in "-old".
    /// </summary>
    private bool HyphenNoun(NumberExpression n, out string unit, out int end)
    {
        unit = "";
        end = 0;
        int h = n.EndToken, w = h + 1;
        if (!IsSymbol(h, '-') || !Glued(h - 1) || !Glued(h) || !IsWord(w) || !char.IsLower(_text[_tokens[w].Start]))
            return false;
        if (Glued(w) || !IsWord(w + 1) || Str(w).Equals("old", StringComparison.OrdinalIgnoreCase) || QuantityCues.NotNouns.Has(Str(w + 1))
            || Str(w).EndsWith("ly", StringComparison.Ordinal) || Str(w).EndsWith("ed", StringComparison.Ordinal))
            return false;
        unit = Str(w).ToString();
        end = _tokens[w].End;
        return true;
    }

    /// <summary>
    /// A suspended hyphen ("four-, five- and six-cylinder engines", "10- or 12-inch screens"): the number's hyphen
    /// waits for the compound that ends the list, and that compound's noun is what every member counts. The list
    /// is numbers with a hanging hyphen, separated by commas and one "and", "or" or "to", at most six long.
    /// </summary>
    private bool SuspendedHyphenNoun(NumberExpression n, out string unit)
    {
        unit = "";
        int h = n.EndToken;
        if (!IsSymbol(h, '-') || !Glued(h - 1) || (Glued(h) && !IsSymbol(h + 1, ',')))
            return false;
        int k = h + 1;
        for (int members = 0; members < 6; members++)
        {
            if (IsSymbol(k, ','))
                k++;
            if (IsWord(k, "and") || IsWord(k, "or") || IsWord(k, "to"))
                k++;
            bool number = IsNumber(k) || (IsWord(k) && (NumberWords.Cardinals.ContainsKey(Str(k).ToString()) || NumberWords.Tens.ContainsKey(Str(k).ToString())));
            if (!number || !IsSymbol(k + 1, '-') || !Glued(k))
                return false;
            if (!Glued(k + 1) || IsSymbol(k + 2, ','))
            {
                k += 2;
                continue;
            }
            var last = new NumberExpression { EndToken = k + 1, End = _tokens[k].End };
            return HyphenNoun(last, out unit, out _) || AgeCompound(k + 1, out unit);
        }
        return false;
    }

    /// <summary>
    /// An age compound after the hyphen token <paramref name="h"/>: "-year-old", "-month-olds". The unit is the age's
    /// ("year of age"), for the members of a suspended list ("12- and 13-year-olds").
    /// </summary>
    private bool AgeCompound(int h, out string unit)
    {
        unit = "";
        if (!IsSymbol(h, '-') || !Glued(h) || UnitLexicon.Match(_text, _tokens[h].End, attached: false, out var unitEnd) is not { Kind: UnitKind.Time } form
            || !AgeAfter(unitEnd, out _))
            return false;
        unit = form.Canonical + " of age";
        return true;
    }
}
