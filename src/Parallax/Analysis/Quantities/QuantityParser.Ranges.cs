namespace Parallax.Analysis.Quantities;

// Ranges: "between 30 and 40", "from 5 to 7 per cent", "30-40", "30 to 40", "three or four", "$12/$15".
internal sealed partial class QuantityParser
{
    private enum RangeOutcome : byte
    {
        None,
        Range,

        /// <summary>"2-0", "89-89": a score or tally, not a quantity.</summary>
        Score,

        /// <summary>"passed 212-208", "a 69-30 vote": the two sides of a vote, each a figure of its own.</summary>
        Tally,
    }

    private enum Connector : byte
    {
        Dash,
        To,
        And,
        Or,

        /// <summary>"$12/$15": two prices of one thing (advance and door, two classes), each with its currency mark.</summary>
        Slash,
    }

    private RangeOutcome TryRange(NumberExpression n1, string? currency1, UnitReading unit1, int end1, RangeCue cue, out Reading reading)
    {
        reading = default;
        int p = SkipSpace(end1);
        if (p >= _text.Length)
            return RangeOutcome.None;
        // "from 20 mpg in 2008 to 29 mpg in 2020", "from 21 mpg combined to 23": a change's start may carry its year
        // or one qualifying word before the "to".
        if (cue == RangeCue.From && !StartsTo(p) && FromAsideEnd(p, n1.EndToken) is var aside && aside > p && StartsTo(SkipSpace(aside)))
            p = SkipSpace(aside);
        Connector connector;
        int q;
        char c = _text[p];
        bool hyphenatedTo = false, suspended = false;
        if (HyphenatedTo(p, end1) is int toEnd)
        {
            q = toEnd;
            connector = Connector.To;
            hyphenatedTo = true;
        }
        else if (SuspendedRange(p, end1, cue) is (int secondStart, var joiner))
        {
            q = secondStart;
            connector = joiner;
            suspended = true;
        }
        else if (c is '-' or '–' or '‐')
        {
            bool gluedLeft = p == end1;
            q = p + 1;
            bool gluedRight = q < _text.Length && !char.IsWhiteSpace(_text[q]);
            if (gluedRight && _text[q] is ',' or ';')
                return RangeOutcome.None; // "four-, five- and six-cylinder": a hanging hyphen, not a range

            // "30-40" glued, or "25 – 40" with an en dash and spaces. A spaced hyphen is a clause dash, except between two
            // bare digit numbers ("1500 - 1800 rupees", "3 - 1 at half time"), which a typed en dash often becomes.
            int after = SkipSpace(q);
            bool spacedHyphenBetweenDigits = !gluedLeft && !gluedRight && c == '-' && n1.Form == NumberForm.Digits && unit1.Name is null
                && after < _text.Length && char.IsAsciiDigit(_text[after]);
            if (gluedLeft != gluedRight || (!gluedLeft && c != '–' && !spacedHyphenBetweenDigits))
                return RangeOutcome.None;
            q = SkipSpace(q);
            connector = Connector.Dash;
        }
        else if (c == '/' && p == end1 && currency1 is not null && p + 1 < _text.Length && !char.IsWhiteSpace(_text[p + 1]))
        {
            q = p + 1;
            connector = Connector.Slash;
        }
        else if (TextMatch.At(_text, p, "to", true, out q) && TextMatch.IsBoundary(_text, q, "to"))
        {
            if (q < _text.Length && _text[q] == '-')
                q++; // "200,000 to-260,000"
            q = SkipSpace(q);
            connector = Connector.To;
        }
        else if (cue == RangeCue.Between && TextMatch.At(_text, p, "and", true, out q) && TextMatch.IsBoundary(_text, q, "and"))
        {
            q = SkipSpace(q);
            connector = Connector.And;
        }
        else if (n1.Form == NumberForm.Words && TextMatch.At(_text, p, "or", true, out q) && TextMatch.IsBoundary(_text, q, "or"))
        {
            q = SkipSpace(q);
            connector = Connector.Or;
        }
        else
        {
            return RangeOutcome.None;
        }

        // The second number, maybe with its own currency mark ("$62 and $68").
        string? currency2 = null;
        int k2 = TokenAt(q, n1.EndToken);
        if (k2 >= _tokens.Count)
            return RangeOutcome.None;
        if (_tokens[k2].Start != q || _tokens[k2].Kind == TokenKind.Symbol)
        {
            foreach (var (surface, code) in PrefixesLongestFirst)
            {
                if (TextMatch.At(_text, q, surface, false, out var e))
                {
                    int d = e < _text.Length && _text[e] == ' ' ? e + 1 : e;
                    int kk = TokenAt(d, k2);
                    if (kk < _tokens.Count && _tokens[kk].Start == d && _tokens[kk].Kind == TokenKind.Number)
                    {
                        currency2 = code;
                        k2 = kk;
                        break;
                    }
                }
            }
            if (currency2 is null)
                return RangeOutcome.None;
        }
        if (currency1 is not null && currency2 is not null && currency1 != currency2)
            return RangeOutcome.None;
        // A slash joins two amounts only when both carry the mark ("$12/$15"); "$12/15" may be a date or a fraction.
        if (connector == Connector.Slash && currency2 is null)
            return RangeOutcome.None;
        if (currency2 is not null && currency1 is null && unit1.Name is not null)
            return RangeOutcome.None;

        NumberExpression n2;
        if (IsNumber(k2))
        {
            if (IsPhone(k2, out _))
                return RangeOutcome.None;
            ReadDigits(k2, (currency2 ?? currency1) is not null, out n2);
        }
        else if (IsWord(k2) && connector != Connector.Dash)
        {
            if (!ReadWords(k2, out n2) || n2.Form != NumberForm.Words)
                return RangeOutcome.None;
        }
        else
        {
            return RangeOutcome.None;
        }

        if (connector == Connector.Or && !(n2.Form == NumberForm.Words && n2.Value == n1.Value + 1))
            return RangeOutcome.None;
        if (connector is Connector.Dash or Connector.Slash && (n1.Form != NumberForm.Digits || n2.Form != NumberForm.Digits))
            return RangeOutcome.None;
        if (connector == Connector.Slash && n1.Value >= n2.Value)
            return RangeOutcome.None;

        var unit2 = ReadUnit(n2, currency2 ?? (unit1.Name is null ? null : currency1), out var end2, out var endTok2);
        if (unit2.Name is null && currency1 is not null)
            unit2 = unit1;
        // The first number's hyphen hangs for the second's unit or counted noun ("40- to 50-page reports"): without one
        // there is no range to share it.
        if (suspended && unit2.Name is null)
        {
            if (!HyphenNoun(n2, out var noun, out var nounEnd))
                return RangeOutcome.None;
            unit2 = new UnitReading(noun, null);
            (end2, endTok2) = (nounEnd, n2.EndToken + 2);
        }

        // Scale distributes over a bare first number: "$89 to $93 billion", "1 to 2 thousand".
        double v1 = n1.Value, v2 = n2.Value;
        if (!n1.HasScale && n2.HasScale && Math.Abs(n1.Raw) <= Math.Abs(n2.Raw))
            v1 = n1.Value * n2.Scale;

        // "a 94-1 vote": after a one the vote word reads as its unit.
        bool unit2Free = unit2.Name is null || QuantityCues.VoteWords.Contains(unit2.Name);
        if ((connector is Connector.Dash or Connector.To) && v1 > v2 && unit1.Name is null && unit2Free
            && n1.Raw < 1000 && n2.Raw < 1000 && !n1.HasScale && !n2.HasScale && IsVote(n1.FirstToken, n2.EndToken))
        {
            reading = new Reading(v2, null, null, null, n2.End, n2.EndToken);
            _tallyNays = (n2.Start, n2.End, v2);
            return RangeOutcome.Tally;
        }
        if ((connector == Connector.Dash || hyphenatedTo) && v1 >= v2)
        {
            // "a 3-1 lead": the noun after a one is the score's, not a count of one.
            bool scoreNoun = unit2.Name is null || (n2.Value == 1 && unit2.Kind is null);
            if (unit1.Name is null && scoreNoun && n1.Raw < 1000 && n2.Raw < 1000 && !n1.HasScale)
            {
                reading = new Reading(0, null, null, null, n2.End, n2.EndToken);
                return RangeOutcome.Score;
            }
            return RangeOutcome.None;
        }
        if (connector == Connector.To && cue != RangeCue.From)
        {
            // A plain "X to Y" is a range only rising, and not after a change word when X has its own unit.
            bool sameUnit = unit1.Name is not null && unit1.Name == unit2.Name;
            // A falling pair with one unit is a span ("1.3 A/cm2 to 0.03 A/cm2") except as a contest's two shares: "beat
            // Wright 53 percent to 47 percent", "leads 48% to 41%" are two figures.
            if ((v1 >= v2 && !(sameUnit && cue == RangeCue.None && !ContestBefore(n1.FirstToken)))
                || (cue == RangeCue.Change && unit1.Name is not null))
                return RangeOutcome.None;
            if (unit1.Name is not null && unit2.Name is null)
                return RangeOutcome.None;
            // "fell 92,000 to 498,000", "up by 37,000 to 412,000": how much it moved and where it ended, two figures;
            // a range after a change word keeps its ends close ("shed 200 to 300 jobs", "rose 5 to 10 percent").
            if (cue == RangeCue.Change && v2 > ChangeAndLevelRatio * v1)
                return RangeOutcome.None;
        }
        if (!Compatible(unit1.Name, unit2.Name))
            return RangeOutcome.None;

        var name = unit1.Name is not null && unit2.Name is not null && unit1.Name.Length > unit2.Name.Length ? unit1.Name : unit2.Name ?? unit1.Name;
        reading = new Reading(Math.Min(v1, v2), Math.Max(v1, v2), name, unit2.Kind ?? unit1.Kind, end2, endTok2);
        return RangeOutcome.Range;
    }

    /// <summary>
    /// Where the second number starts in "220-to-212", "19-to-0", "10-to-15": "to" hyphenated into the pair, glued to
    /// both numbers. Null otherwise.
    /// </summary>
    private int? HyphenatedTo(int p, int end1)
    {
        if (p != end1 || p + 4 >= _text.Length || _text[p] is not ('-' or '–' or '‐') || !TextMatch.At(_text, p + 1, "to", true, out var e))
            return null;
        return _text[e] is '-' or '–' or '‐' && char.IsAsciiDigit(_text[e + 1]) ? e + 1 : null;
    }

    /// <summary>
    /// Where the second number starts after a hanging hyphen that shares the second number's unit: "12- to 15-year-olds",
    /// "five- to 11-year-old children", "a two- to three-year sentence", "between 10- and 15-minute delays". Null when the
    /// hyphen does not hang before "to" (or "and" after "between"): "four-, five- and six-cylinder" lists three sizes.
    /// </summary>
    private (int Start, Connector Joiner)? SuspendedRange(int p, int end1, RangeCue cue)
    {
        if (p != end1 || p + 1 >= _text.Length || _text[p] is not ('-' or '‐') || !char.IsWhiteSpace(_text[p + 1]))
            return null;
        int w = SkipSpace(p + 1);
        if (TextMatch.At(_text, w, "to", true, out var e) && TextMatch.IsBoundary(_text, e, "to"))
            return (SkipSpace(e), Connector.To);
        if (cue == RangeCue.Between && TextMatch.At(_text, w, "and", true, out e) && TextMatch.IsBoundary(_text, e, "and"))
            return (SkipSpace(e), Connector.And);
        return null;
    }

    private bool StartsTo(int p) => TextMatch.At(_text, p, "to", true, out var e) && TextMatch.IsBoundary(_text, e, "to");

    /// <summary>
    /// Where an aside after a change's first figure ends: a year ("in 2008", "by 2019"), a month and maybe its year
    /// ("in March", "in May 2020"), or one qualifying word, a participle or an adverb ("combined", "overall",
    /// "annually"). <paramref name="p"/> when there is none.
    /// </summary>
    private int FromAsideEnd(int p, int from)
    {
        int k = TokenAt(p, from);
        if (!IsWord(k) || _tokens[k].Start != p)
            return p;
        var w = Str(k);
        if (w is "in" or "by" or "at" or "on" && Spaced(k))
        {
            if (IsYear(k + 1))
                return _tokens[k + 1].End;
            if (IsWord(k + 1) && QuantityCues.Months.Has(Str(k + 1)))
                return IsYear(k + 2) && Spaced(k + 1) ? _tokens[k + 2].End : _tokens[k + 1].End;
            return p;
        }
        if (TextMatch.IsLower(w) && (IsWord(k + 1, "to") && Spaced(k))
            && (w.Length > 4 && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ly", StringComparison.Ordinal)) || QuantityCues.ChangeAsides.Has(w)))
            return _tokens[k].End;
        return p;
    }

    private bool IsYear(int k) => IsNumber(k) && !_tokens[k].HasDecimals && _tokens[k].Value is >= 1900 and <= 2099 && _tokens[k].Length == 4;

    /// <summary>After a change word, "X to Y" with Y more than this many times X is a change and a level, not a range.</summary>
    private const double ChangeAndLevelRatio = 3;

    /// <summary>Tokens searched for a vote word before a tally and after it.</summary>
    private const int VoteWindowBefore = 6, VoteWindowAfter = 2;

    /// <summary>Words searched for a contest's verb before its two shares.</summary>
    private const int ContestWindowBefore = 14;

    /// <summary>The nays of the tally just read, for <see cref="Run"/> to add after its yeas.</summary>
    private (int Start, int End, double Value)? _tallyNays;

    /// <summary>A contest's verb among the few words before token <paramref name="first"/> in its sentence ("beat Wright 53 percent to 47").</summary>
    private bool ContestBefore(int first)
    {
        // The winner and the loser stand between the verb and the shares, often with an apposition: "beat fellow
        // Republican Susan Wright, widow of former Rep. Ron Wright, 53 percent to 47 percent".
        for (int k = first - 1, words = 0; k >= 0 && words < ContestWindowBefore; k--)
        {
            // A title's full stop ("Rep.", "Gov.", "Sen.") does not end the sentence.
            if (_tokens[k].Kind == TokenKind.Symbol && _text[_tokens[k].Start] is '.' or '!' or '?' or ';'
                && !(_text[_tokens[k].Start] == '.' && IsWord(k - 1) && Str(k - 1).Length <= 3 && char.IsUpper(Str(k - 1)[0])))
                break;
            if (!IsWord(k))
                continue;
            words++;
            if (QuantityCues.ContestWords.Has(Str(k)))
                return true;
        }
        return false;
    }

    /// <summary>A vote word among the few words before the first number or right after the second ("a 69-30 vote").</summary>
    private bool IsVote(int first, int end)
    {
        for (int k = first - 1, words = 0; k >= 0 && words < VoteWindowBefore; k--)
        {
            if (_tokens[k].Kind == TokenKind.Symbol && _text[_tokens[k].Start] is '.' or '!' or '?' or ';')
                break; // the sentence starts here; the words after the tally still count ("… Wednesday. The 8-1 ruling")
            if (!IsWord(k))
                continue;
            words++;
            if (QuantityCues.VoteWords.Has(Str(k)))
                return true;
        }
        for (int k = end, words = 0; k < _tokens.Count && words < VoteWindowAfter; k++)
        {
            if (!IsWord(k))
                continue;
            // A hyphenated modifier is one word: "a 220-212 party-line vote".
            if (!HyphenJoined(k))
                words++;
            if (QuantityCues.VoteWords.Has(Str(k)))
                return true;
        }
        return false;
    }

    /// <summary>Whether word token <paramref name="k"/> continues a hyphenated word ("line" in "party-line").</summary>
    private bool HyphenJoined(int k) =>
        k >= 2 && _tokens[k - 1].Kind == TokenKind.Symbol && _text[_tokens[k - 1].Start] == '-'
        && _tokens[k - 1].Start == _tokens[k - 2].End && _tokens[k].Start == _tokens[k - 1].End && IsWord(k - 2);

    private static bool Compatible(string? u1, string? u2) =>
        u1 is null || u2 is null || u1 == u2
        || u2.StartsWith(u1 + " per ", StringComparison.Ordinal) || u1.StartsWith(u2 + " per ", StringComparison.Ordinal);
}
