using Parallax.Model;

namespace Parallax.Analysis.Quantities;

/// <summary>
/// Reads the quantities of one text: a left-to-right pass over <see cref="QuantityTokenizer"/> tokens that, at
/// each number, rejects what is not a count (years, dates, times, ordinals, identifiers, phone numbers,
/// addresses), then reads its currency mark, approximation word, scale, range partner and unit or counted
/// noun. One instance per text; the component creates it per call, so nothing is shared between threads.
/// </summary>
internal sealed partial class QuantityParser
{
    private readonly string _text;
    private readonly List<Token> _tokens;

    private QuantityParser(string text)
    {
        _text = text;
        _tokens = new List<Token>(Math.Max(16, text.Length / 5));
        QuantityTokenizer.Tokenize(text, _tokens);
    }

    public static void Extract(string text, List<Quantity> into)
    {
        if (string.IsNullOrEmpty(text))
            return;
        new QuantityParser(text).Run(into);
    }

    private void Run(List<Quantity> into)
    {
        int i = 0;
        while (i < _tokens.Count)
        {
            if (TryRead(i, out var quantity, out var next))
            {
                into.Add(quantity!);
                if (_tallyNays is var (start, end, value))
                {
                    var span = new TextSpan(start, end);
                    into.Add(new Quantity(span, span.Of(_text), value) { Unit = NayUnit });
                }
            }
            _tallyNays = null;
            i = Math.Max(next, i + 1);
        }
    }

    // ---- token helpers

    private ReadOnlySpan<char> Str(int i) => _text.AsSpan(_tokens[i].Start, _tokens[i].Length);

    private bool IsWord(int i) => i >= 0 && i < _tokens.Count && _tokens[i].Kind == TokenKind.Word;

    private bool IsWord(int i, string word) => IsWord(i) && Str(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsSymbol(int i, char c) => i >= 0 && i < _tokens.Count && _tokens[i].Kind == TokenKind.Symbol && _text[_tokens[i].Start] == c;

    private bool IsNumber(int i) => i >= 0 && i < _tokens.Count && _tokens[i].Kind == TokenKind.Number;

    /// <summary>Whether tokens <paramref name="a"/> and a+1 touch (no space between).</summary>
    private bool Glued(int a) => a >= 0 && a + 1 < _tokens.Count && _tokens[a].End == _tokens[a + 1].Start;

    /// <summary>Whether only white space separates tokens a and a+1.</summary>
    private bool Spaced(int a) => a >= 0 && a + 1 < _tokens.Count && !Glued(a);

    /// <summary>The first token starting at or after <paramref name="charPos"/> (binary search from <paramref name="from"/>).</summary>
    private int TokenAt(int charPos, int from)
    {
        int lo = Math.Max(0, from), hi = _tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_tokens[mid].Start < charPos)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

    private int SkipSpace(int pos)
    {
        while (pos < _text.Length && char.IsWhiteSpace(_text[pos]))
            pos++;
        return pos;
    }

    // ---- the reading of one quantity

    private bool TryRead(int i, out Quantity? quantity, out int next)
    {
        quantity = null;
        next = i + 1;
        var token = _tokens[i];
        NumberExpression n1;
        string? currency;
        int signStart;
        bool negative = false;
        bool afterTitle = false;
        if (NamedBodyBefore(i))
        {
            next = i + 1;
            return false;
        }
        if (token.Kind == TokenKind.Number)
        {
            if (Reject(i, out next))
                return false;
            (negative, signStart) = ReadSign(i);
            currency = CurrencyBefore(signStart, out var currencyStart);
            if (currency is not null)
                signStart = currencyStart;
            if (!ReadDigits(i, currency is not null, out n1))
                return false;
            if (negative)
            {
                n1.Value = -n1.Value;
                n1.Raw = -n1.Raw;
            }
            if (currency is null && IsYear(i, n1))
            {
                next = n1.EndToken;
                return false;
            }
        }
        else if (token.Kind == TokenKind.Word)
        {
            if (!ReadWords(i, out n1))
                return false;
            currency = null;
            signStart = n1.Start;
            if (NameBefore(i))
            {
                // "... Evacuation Resumes Six people were killed": a heading or a tag line run into the text; the
                // number word stays only when a lower-case count or an event follows it (checked below).
                afterTitle = AfterTitleRun(i);
                if (!afterTitle)
                {
                    next = n1.EndToken;
                    return false;
                }
            }
        }
        else
        {
            return false;
        }
        int end1 = 0, endTok1 = 0;
        bool feetInches = currency is null && !negative && ReadFeetInches(ref n1);
        if (!feetInches)
            ReadAndAHalf(ref n1);
        if (currency is null && !negative && !feetInches)
            ReadOneIn(ref n1);
        next = n1.EndToken;

        int start = Math.Min(signStart, n1.Start);
        var approximation = ApproximationBefore(start, out var approxStart);
        var rangeCue = RangeCueBefore(approxStart ?? start);

        var unit1 = feetInches ? new UnitReading("foot", UnitKind.Measure) : ReadUnit(n1, currency, out end1, out endTok1);
        if (feetInches)
            (end1, endTok1) = (n1.End, n1.EndToken);
        var result = new Reading(n1.Value, null, unit1.Name, unit1.Kind, end1, endTok1);

        if (n1.Form == NumberForm.Vague)
        {
            result = result with { High = n1.High };
        }
        else
        {
            switch (TryRange(n1, currency, unit1, end1, rangeCue, out var ranged))
            {
                case RangeOutcome.Range:
                    result = ranged;
                    break;
                case RangeOutcome.Score:
                    next = ranged.EndToken;
                    return false;
                case RangeOutcome.Tally:
                    // The yeas end at the first number; the nays are added by Run.
                    quantity = new Quantity(new TextSpan(start, n1.End), _text[start..n1.End], n1.Value) { Unit = YeaUnit, Approximation = approximation };
                    next = ranged.EndToken;
                    return true;
            }
        }

        if (IsAttributiveDuration(n1, result))
            return false;
        if (afterTitle && !(result.Unit is { } counted && char.IsLower(counted[counted.LastIndexOf(' ') + 1]) && LowerWordFollows(n1.EndToken)) && !EventAround(n1))
            return false;
        if (result.Unit is null && (IsAppositiveAge(n1) || AgedBefore(n1.FirstToken) || AgeBound(n1) || AgeLimitBefore(n1.FirstToken)
                || PersonsUnderAge(n1) || AgeAtDeathOrOfAPronoun(n1) || AgeGroupAfter(n1, result) || CoordinatedAge(n1)
                || AgeBandSaidOtherwise(n1, result) || TurnedAge(n1)))
            result = result with { Unit = "year of age", Kind = UnitKind.Time };
        // "aged between 12 and 15 years", "as young as 12 years": years after an age word are a person's years of age
        // ("an age of 5 billion years" is a star's).
        else if (result.Unit is "year" && (result.High ?? result.Value) <= 120 && (AgedBefore(n1.FirstToken) || AgeLimitBefore(n1.FirstToken)))
            result = result with { Unit = "year of age" };
        if (result.Unit is null && result.High is null && MagnitudeBefore(n1))
            result = result with { Unit = MagnitudeUnit, Kind = UnitKind.Measure };
        // "tenfold", "a 10-fold rise": a multiple.
        if (result.Unit is null && n1.Form == NumberForm.Words && Str(n1.FirstToken).EndsWith("fold", StringComparison.OrdinalIgnoreCase))
            result = result with { Unit = TimesUnit, Kind = UnitKind.Count };

        // Bare words ("the bottom three") and a lone "one" are too often not counts, unless an event is counted
        // ("killing nine", "five were killed").
        if (result.Unit is null && result.High is null && HyphenNoun(n1, out var compound, out int compoundEnd))
        {
            result = compound.Equals("fold", StringComparison.OrdinalIgnoreCase)
                ? result with { Unit = TimesUnit, Kind = UnitKind.Count, End = compoundEnd, EndToken = n1.EndToken + 2 }
                : result with { Unit = compound, End = compoundEnd, EndToken = n1.EndToken + 2 };
        }
        if (result.Unit is null && result.High is null && SuspendedHyphenNoun(n1, out var suspended))
            result = result with { Unit = suspended, Kind = null, End = n1.End, EndToken = n1.EndToken + 1 };
        if (result.Unit is null && result.High is null && n1.Form == NumberForm.Words && OneOrMoreNoun(n1) is { } alternative)
            result = result with { Unit = alternative };
        if (result.Unit is null && result.High is null && n1.Form == NumberForm.Digits && UnitFromBefore(n1) is { } fromUnit)
            result = result with { Unit = fromUnit };
        if (result.Unit is null && n1.Form is NumberForm.Words && result.High is null && !EventAround(n1) && !RelativeAfter(n1))
            return false;
        // A headline's bare count before its capitalised event ("Six Killed, 20 Injured in …", "3 Killed 11 Injured") is a
        // count, not a name's number; after a name ("Flight 370 Missing") the number is still the name's.
        if (result.Kind is null && n1.Form == NumberForm.Digits
            && ((NameBefore(n1.FirstToken) && !(IsWord(n1.FirstToken - 1) && QuantityCues.EventWords.Has(Str(n1.FirstToken - 1))))
                || (NameAfter(n1, result) && !(result.Unit is null && (EventFrom(result.EndToken) || HeadlineEventBefore(n1.FirstToken, result.EndToken)))))
            && !(result.Unit is not null && NameRunBefore(n1.FirstToken) && EventFrom(result.EndToken)))
            return false;
        if (result.Unit is null && n1.Form == NumberForm.Digits && AddressAfter(result.EndToken))
        {
            next = result.EndToken;
            return false;
        }

        // A "to Y" may follow to end the figure: after "from X" any unit carries over; after a change's amount, not a
        // percentage ("rose 2% to 110" is an index level).
        bool carries = rangeCue == RangeCue.From || (result.High is null && result.Kind != UnitKind.Percent && ChangeBefore(n1.FirstToken, rangeCue));
        _from = carries && result.Unit is not null ? (result.End, result.EndToken, result.Unit) : null;
        int end = result.End;
        // Trim trailing white space the unit reader may have crossed.
        while (end > start && char.IsWhiteSpace(_text[end - 1]))
            end--;
        var span = new TextSpan(start, end);
        quantity = new Quantity(span, span.Of(_text), result.Value)
        {
            High = result.High,
            Unit = result.Unit,
            Approximation = approximation,
        };
        next = Math.Max(result.EndToken, n1.EndToken);
        return true;
    }

    /// <summary>The unit of a multiple ("tenfold", "a 3x rise").</summary>
    private const string TimesUnit = "times";

    /// <summary>
    /// A headline's event verb right before a bare count, the headline's last word and the next sentence's first after
    /// it: "near the capital kills 19 Monitor At least 19 civilians …". "killed 35 Daesh (outlawed …) militants" counts
    /// the militants named after it, and stays out.
    /// </summary>
    private bool HeadlineEventBefore(int first, int after) =>
        IsWord(first - 1) && Spaced(first - 1) && TextMatch.IsLower(Str(first - 1)) && QuantityCues.EventWords.Has(Str(first - 1))
        && IsWord(after) && IsWord(after + 1) && Spaced(after) && char.IsUpper(Str(after + 1)[0]);

    /// <summary>The unit of a tally's first side: the votes for (or a court's majority).</summary>
    public const string YeaUnit = "yea";

    /// <summary>The unit of a tally's second side: the votes against (or the dissent).</summary>
    public const string NayUnit = "nay";

    /// <summary>What has been read so far: value, range end, unit, and where the quantity ends.</summary>
    private readonly record struct Reading(double Value, double? High, string? Unit, UnitKind? Kind, int End, int EndToken);

    /// <summary>A unit as read: canonical name (null when bare) and its kind.</summary>
    private readonly record struct UnitReading(string? Name, UnitKind? Kind);
}
