namespace Parallax.Analysis.Quantities;

/// <summary>
/// Bare numbers that are a person's age or the bound of an age band: the context says it ("Maddon, 66, said", "aged 66",
/// "people 65 and older", "died at 94"), since the number itself has no unit.
/// </summary>
internal sealed partial class QuantityParser
{
    /// <summary>Oldest age the appositive rule accepts ("Maddon, 66, said").</summary>
    private const int MaxAge = 120;

    /// <summary>
    /// "Joe Maddon, 66, said": a bare integer set off by a comma right after a name is the person's age, whether the
    /// clause goes on (", 66, said"), ends ("killing Benjamin Banky, 40."), or breaks off ("Robyn Mendes, 48 - his former
    /// girlfriend"); "now", "then" or "both" may stand before it ("Timmons, now 16, was armed"; "Tennant and Hakim, both
    /// 51, died"). After a common noun with its article, the noun must name a person and the clause go on: "the actress,
    /// 33, reportedly" ("of the units, 30, were empty" gives no age).
    /// </summary>
    private bool IsAppositiveAge(NumberExpression n)
    {
        var t = _tokens[n.FirstToken];
        int i = n.FirstToken;
        if (n.Form != NumberForm.Digits || n.HasScale || t.HasDecimals || t.Value is < 1 or > MaxAge || n.EndToken != i + 1)
            return false;
        bool both = IsWord(i - 1, "both");
        int comma = both || IsWord(i - 1, "now") || IsWord(i - 1, "then") ? i - 2 : i - 1;
        if (!IsSymbol(comma, ',') || comma < 1 || !Glued(comma - 1) || !IsWord(comma - 1))
            return false;
        // "the actress, 33, reportedly", "a driver, 22, was": a person named by a common noun, the clause going on.
        if (!both && IsSymbol(i + 1, ',') && TextMatch.IsLower(Str(comma - 1)) && IsWord(comma - 2) && QuantityCues.NameOpeners.Has(Str(comma - 2))
            && PersonNoun(Str(comma - 1)))
            return true;
        // "Tom Tennant and William Hakim, both 51, died".
        return TextMatch.IsCapitalized(Str(comma - 1)) && IsNameWord(comma - 1) && (IsSymbol(i + 1, ',') || ClosesClause(i + 1));
    }

    /// <summary>A common noun for a person: "victim", "suspect", "actress", "driver", "gunman" (a list: "-er" and "-ess" end "number" and "congress" too).</summary>
    private static bool PersonNoun(ReadOnlySpan<char> word) => QuantityCues.AgeBoundPersons.Has(word) || QuantityCues.PersonNouns.Has(word);

    /// <summary>
    /// Whether token <paramref name="k"/> closes the clause of the number before it: the text's end, a semicolon, a closing
    /// bracket, a dash set off by spaces, or a full stop that ends the sentence (white space or the text's end after it).
    /// </summary>
    private bool ClosesClause(int k)
    {
        if (k >= _tokens.Count)
            return true;
        if (IsSymbol(k, ';') || IsSymbol(k, ')') || IsSymbol(k, '\u2014') || IsSymbol(k, '\u2013'))
            return true;
        if (IsSymbol(k, '-'))
            return Spaced(k - 1) && Spaced(k);
        return IsSymbol(k, '.') && (k + 1 >= _tokens.Count || Spaced(k));
    }

    /// <summary>"children as young as 12", "patients as old as 90": the limit of an age band.</summary>
    private bool AgeLimitBefore(int first) =>
        IsWord(first - 1, "as") && IsWord(first - 3, "as") && (IsWord(first - 2, "young") || IsWord(first - 2, "old"));

    /// <summary>
    /// "aged 66", "those aged 25 to 44", "aged between 18 and 30", "aged about 40": the number after "aged" is an age,
    /// a survey's age band when it is a range.
    /// </summary>
    private bool AgedBefore(int first)
    {
        if (IsWord(first - 1) && QuantityCues.AgeWords.Has(Str(first - 1)))
            return true;
        return IsWord(first - 2) && QuantityCues.AgeWords.Has(Str(first - 2)) && IsWord(first - 1) && QuantityCues.AgeBandCues.Has(Str(first - 1));
    }

    /// <summary>
    /// "people 65 and older", "adults 18 and over", "those 50 and up", "children 11 or younger": a bare whole number right
    /// after a word for persons and before "and older" (or over, up, above, younger, under) is the bound of an age band.
    /// "temperatures of 90 and above" has no person before it. After a verb of being, only "older" and "younger" say
    /// it: "those who are 65 or older", "must be 18 or older" ("prices were 90 or above" is no age).
    /// </summary>
    private bool AgeBound(NumberExpression n)
    {
        int k = n.EndToken, before = n.FirstToken - 1;
        if (!WholeAge(n) || !IsWord(before) || !IsWord(k) || !IsWord(k + 1))
            return false;
        var link = Str(k);
        if (!link.Equals("and", StringComparison.OrdinalIgnoreCase) && !link.Equals("or", StringComparison.OrdinalIgnoreCase))
            return false;
        if (QuantityCues.AgeBandPersons.Has(Str(before)))
            return QuantityCues.AgeBandEnds.Has(Str(k + 1));
        return QuantityCues.Copulas.Has(Str(before)) && (IsWord(k + 1, "older") || IsWord(k + 1, "younger"));
    }

    /// <summary>A whole number a person's age can be, not scaled ("65", not "65 million" nor "6.5").</summary>
    private static bool WholeAge(NumberExpression n) => !n.HasScale && n.Value == Math.Floor(n.Value) && n.Value is >= 0 and <= 120;

    /// <summary>
    /// "children under 12", "each child under 6", "voters over 65", "anyone over 18": a bare whole number after a word for
    /// persons and "under" or "over" is the bound of an age band. A count comes before its noun ("over 100 people"), so
    /// the persons before the bound are who it is the age of.
    /// </summary>
    private bool PersonsUnderAge(NumberExpression n)
    {
        int f = n.FirstToken;
        return WholeAge(n) && n.Form == NumberForm.Digits && (IsWord(f - 1, "under") || IsWord(f - 1, "over")) && IsWord(f - 2)
            && (QuantityCues.AgeBandPersons.Has(Str(f - 2)) || QuantityCues.AgeBoundPersons.Has(Str(f - 2)));
    }

    /// <summary>
    /// "died at 94", "dies at 81", "passed away at 70", "died Thursday at 91", "died in her sleep at 88"; "He was 94.",
    /// "she is 38,", "she was just 15." and "Mark Felt was 95." ending their clause (or going on with "and"): a person's age, as an obituary gives it ("He was 94" in one
    /// outlet, "has died at 94" in another). A death word further off needs the age to end the clause ("died at home at
    /// 5 p.m." is a time), and only "died" or "dies" ("put the death toll at 40" is a count).
    /// </summary>
    private bool AgeAtDeathOrOfAPronoun(NumberExpression n)
    {
        int f = n.FirstToken;
        if (!WholeAge(n) || n.Form != NumberForm.Digits || n.Value < 1)
            return false;
        bool ends = n.EndToken >= _tokens.Count || IsSymbol(n.EndToken, '.') || IsSymbol(n.EndToken, ',') || IsSymbol(n.EndToken, ';');
        if (IsWord(f - 1, "at"))
        {
            if (IsWord(f - 2) && QuantityCues.DeathWords.Has(Str(f - 2)) || IsWord(f - 2, "away") && IsWord(f - 3, "passed"))
                return true;
            if (ends && DiedWordsBefore(f - 2))
                return true;
        }
        // "She was 85.", "he was just 15,", "He was 95 and lived in Santa Rosa".
        if (!ends && !IsWord(n.EndToken, "and"))
            return false;
        int copula = IsWord(f - 1) && QuantityCues.AgeAdverbs.Has(Str(f - 1)) ? f - 2 : f - 1;
        if (!(IsWord(copula, "was") || IsWord(copula, "is")))
            return false;
        return IsWord(copula - 1, "he") || IsWord(copula - 1, "she") || FullNameBefore(copula - 1);
    }

    /// <summary>Most words between "died" and "at" an age (<see cref="AgeAtDeathOrOfAPronoun"/>): "died yesterday in federal prison at 77".</summary>
    private const int MaxWordsAfterDied = 5;

    /// <summary>"died" or "dies" among the plain words that end at token <paramref name="last"/>, at most <see cref="MaxWordsAfterDied"/> of them after it.</summary>
    private bool DiedWordsBefore(int last)
    {
        for (int k = last; k >= last - MaxWordsAfterDied && IsWord(k); k--)
        {
            if (IsWord(k, "died") || IsWord(k, "dies"))
                return true;
        }
        return false;
    }

    /// <summary>
    /// A person's full name ending at token <paramref name="last"/>: two capitalised name words ("Mark Felt"), not after
    /// an article ("The Dow Jones was 95" names no person).
    /// </summary>
    private bool FullNameBefore(int last) =>
        IsWord(last) && IsWord(last - 1) && TextMatch.IsCapitalized(Str(last)) && TextMatch.IsCapitalized(Str(last - 1))
        && IsNameWord(last) && IsNameWord(last - 1) && !QuantityCues.NameOpeners.Has(Str(last - 1))
        && !(IsWord(last - 2) && QuantityCues.NameOpeners.Has(Str(last - 2)));

    /// <summary>
    /// "she turned 80 on Sunday", "turns 65 next month", "before turning 18,": the number after a form of "turn" is the age
    /// reached when the clause ends there or goes on with a word of when ("the index turned 5 points higher" has a unit).
    /// </summary>
    private bool TurnedAge(NumberExpression n)
    {
        int f = n.FirstToken, k = n.EndToken;
        if (!WholeAge(n) || n.Form != NumberForm.Digits || n.Value < 1 || !IsWord(f - 1) || !QuantityCues.TurnWords.Has(Str(f - 1)))
            return false;
        return IsSymbol(k, ',') || ClosesClause(k) || IsWord(k) && QuantityCues.AfterTurnedAge.Has(Str(k));
    }

    /// <summary>
    /// "ages 12 and 15", "aged 15 or 16": a number joined by "and" or "or" to an age read from "aged" before it is an age
    /// too (the range reader takes "between 12 and 15").
    /// </summary>
    private bool CoordinatedAge(NumberExpression n)
    {
        int f = n.FirstToken;
        return WholeAge(n) && n.Form == NumberForm.Digits && (IsWord(f - 1, "and") || IsWord(f - 1, "or"))
            && IsNumber(f - 2) && _tokens[f - 2].Value is >= 0 and <= MaxAge && !_tokens[f - 2].HasDecimals && AgedBefore(f - 2);
    }

    /// <summary>
    /// Age bands said without "aged": a range right after persons ("children 5 to 11", "adults between 18 and 64"), "older
    /// than 65" and "younger than 5", "those 65+", "the 65-and-older population". A count stands before its noun ("5 to 11
    /// children"), so a bare range after persons is their ages.
    /// </summary>
    private bool AgeBandSaidOtherwise(NumberExpression n, Reading r)
    {
        int f = n.FirstToken, k = n.EndToken;
        if (!WholeAge(n) || n.Form != NumberForm.Digits || (r.High ?? r.Value) > MaxAge)
            return false;
        if (r.High is not null)
        {
            int persons = IsWord(f - 1, "between") ? f - 2 : f - 1;
            return IsWord(persons) && QuantityCues.AgeBandPersons.Has(Str(persons));
        }
        if (IsWord(f - 1, "than") && (IsWord(f - 2, "older") || IsWord(f - 2, "younger")))
            return true;
        if (IsSymbol(k, '+') && Glued(k - 1) && IsWord(f - 1) && QuantityCues.AgeBandPersons.Has(Str(f - 1)))
            return true;
        // "65-and-older", "18-or-over"
        return IsSymbol(k, '-') && Glued(k - 1) && Glued(k) && (IsWord(k + 1, "and") || IsWord(k + 1, "or")) && IsSymbol(k + 2, '-')
            && Glued(k + 1) && Glued(k + 2) && IsWord(k + 3) && QuantityCues.AgeBandEnds.Has(Str(k + 3));
    }

    /// <summary>"the 5 to 11 age group", "the 18-29 age bracket", "the 65-plus age range": a number or range before "age group" is an age band.</summary>
    private bool AgeGroupAfter(NumberExpression n, Reading r)
    {
        int k = r.EndToken;
        return WholeAge(n) && (r.High ?? r.Value) <= 120 && IsWord(k, "age") && IsWord(k + 1) && QuantityCues.AgeGroupNouns.Has(Str(k + 1));
    }
}
