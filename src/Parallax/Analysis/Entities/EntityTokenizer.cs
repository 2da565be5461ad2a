using System.Buffers;

namespace Parallax.Analysis.Entities;

/// <summary>
/// Splits article text into the word and punctuation tokens entity recognition needs: abbreviations
/// with their period ("Gen.", "U.S."), possessives split off the name ("Assad's"), hyphenated names
/// kept whole ("al-Assad", "Jean-Yves") while "Moscow-based" and "pro-Assad" split, and flags for
/// sentence starts and headline lines. Tokens go into a pooled array the caller returns.
/// </summary>
internal static class EntityTokenizer
{
    public static int Tokenize(string text, ref EntityToken[] tokens)
    {
        var count = 0;
        var n = text.Length;
        var sentenceStart = true;
        var lineStart = 0;
        var lineFirstToken = 0;
        var i = 0;
        while (i < n)
        {
            var c = text[i];
            if (c == '\n')
            {
                FinishLine(text, tokens, lineStart, i, lineFirstToken, count);
                Add(ref tokens, ref count, new EntityToken(i, i + 1, i + 1, TokenFlags.Boundary));
                sentenceStart = true;
                i++;
                lineStart = i;
                lineFirstToken = count;
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                var token = ReadWord(text, i, sentenceStart);
                Add(ref tokens, ref count, token);
                sentenceStart = false;
                i = token.End;
                continue;
            }
            var flags = TokenFlags.None;
            if (c is '.' or '!' or '?' or ';' or '…')
            {
                flags = TokenFlags.Boundary;
                sentenceStart = true;
            }
            else if (c == ',')
            {
                flags = TokenFlags.Comma;
            }
            else if (EntityRules.IsOpeningQuote(text, i))
            {
                sentenceStart = true;
            }
            Add(ref tokens, ref count, new EntityToken(i, i + 1, i + 1, flags));
            i++;
        }
        FinishLine(text, tokens, lineStart, n, lineFirstToken, count);
        return count;
    }

    private static void Add(ref EntityToken[] tokens, ref int count, EntityToken token)
    {
        if (count == tokens.Length)
        {
            var bigger = ArrayPool<EntityToken>.Shared.Rent(tokens.Length * 2);
            tokens.AsSpan(0, count).CopyTo(bigger);
            ArrayPool<EntityToken>.Shared.Return(tokens);
            tokens = bigger;
        }
        tokens[count++] = token;
    }

    private static EntityToken ReadWord(string text, int start, bool sentenceStart)
    {
        var n = text.Length;
        var j = DottedAcronymEnd(text, start);
        var dotted = j > start;
        if (!dotted)
        {
            j = start;
            while (j < n)
            {
                var c = text[j];
                if (char.IsLetterOrDigit(c))
                {
                    j++;
                }
                else if (EntityRules.IsHyphen(c) && j + 1 < n && char.IsLetterOrDigit(text[j + 1]) && KeepsHyphen(text, start, j))
                {
                    j++;
                }
                else if (EntityRules.IsApostrophe(c) && j + 1 < n && char.IsLetter(text[j + 1]) && !IsPossessiveAt(text, j))
                {
                    j++;
                }
                else
                {
                    break;
                }
            }
        }
        var coreEnd = j;
        var end = j;
        var flags = TokenFlags.Word;
        if (!dotted && j < n && text[j] == '.' && EntityRules.TakesPeriod(text.AsSpan(start, j - start)))
            coreEnd = end = j + 1;
        else if (j < n && IsPossessiveAt(text, j))
        {
            end = j + 2;
            flags |= TokenFlags.Possessive;
        }
        var word = text.AsSpan(start, coreEnd - start);
        if (IsCapitalizedWord(word))
            flags |= TokenFlags.Capitalized;
        if (IsAllCaps(word))
            flags |= TokenFlags.AllCaps;
        if (sentenceStart)
            flags |= TokenFlags.SentenceStart;
        return new EntityToken(start, end, coreEnd, flags);
    }

    /// <summary>End of "U.S." / "U.N." / "U.S.A." starting at <paramref name="start"/>, or <paramref name="start"/>.</summary>
    private static int DottedAcronymEnd(string text, int start)
    {
        var n = text.Length;
        var j = start;
        var letters = 0;
        while (j + 1 < n && char.IsUpper(text[j]) && text[j + 1] == '.')
        {
            letters++;
            j += 2;
        }
        return letters >= 2 && (j >= n || !char.IsLetterOrDigit(text[j])) ? j : start;
    }

    /// <summary>"'s" or "’s" at <paramref name="j"/> that ends the word.</summary>
    private static bool IsPossessiveAt(string text, int j) =>
        j + 1 < text.Length && EntityRules.IsApostrophe(text[j]) && text[j + 1] is 's' or 'S'
        && (j + 2 >= text.Length || !char.IsLetterOrDigit(text[j + 2]));

    /// <summary>
    /// A hyphen stays inside the word unless it joins a capitalised part to a lower-case one
    /// ("Moscow-based") or a lower-case prefix to a name ("pro-Assad"); Arabic particles stay ("al-Assad").
    /// </summary>
    private static bool KeepsHyphen(string text, int start, int hyphen)
    {
        if (EntityRules.HyphenPrefixes.Contains(text.AsSpan(start, hyphen - start)))
            return false;
        var firstUpper = char.IsUpper(text[start]);
        var nextUpper = char.IsUpper(text[hyphen + 1]);
        if (firstUpper && !nextUpper && char.IsLetter(text[hyphen + 1]))
        {
            var rest = hyphen + 1;
            while (rest < text.Length && char.IsLetter(text[rest]))
                rest++;
            return EntityRules.TitleHyphenSuffixes.Contains(text.AsSpan(hyphen + 1, rest - hyphen - 1));
        }
        if (!firstUpper && nextUpper)
            return EntityRules.IsNameParticle(text.AsSpan(start, hyphen - start));
        return true;
    }

    private static bool IsCapitalizedWord(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || !char.IsLetter(word[0]))
            return false;
        if (char.IsUpper(word[0]))
            return true;
        var hyphen = word.IndexOfAny('-', '‐');
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1])
            && EntityRules.IsNameParticle(word[..hyphen]);
    }

    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
                return false;
            if (char.IsLetter(c))
                letters++;
        }
        return letters >= 2;
    }

    /// <summary>Marks every word of a title-case line as a headline word; blanks out all-caps lines.</summary>
    private static void FinishLine(string text, EntityToken[] tokens, int lineStart, int lineEnd, int first, int end)
    {
        if (end <= first)
            return;
        int longWords = 0, capitalized = 0, upper = 0;
        for (var t = first; t < end; t++)
        {
            var tok = tokens[t];
            if (!tok.IsWord || tok.CoreEnd - tok.Start < EntityRules.HeadlineWordMinLength)
                continue;
            longWords++;
            if (tok.IsCapitalized)
                capitalized++;
            if (tok.Is(TokenFlags.AllCaps))
                upper++;
        }
        if (longWords < EntityRules.HeadlineMinWords)
            return;
        var line = text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd();
        var endsSentence = line.Length > 0 && line[^1] is '.' or '"' or '”';
        var allCaps = upper >= longWords * EntityRules.AllCapsLineShare;
        var titleCase = !endsSentence && capitalized >= longWords * EntityRules.HeadlineCapitalShare;
        if (!allCaps && !titleCase)
            return;
        for (var t = first; t < end; t++)
        {
            var tok = tokens[t];
            // An all-caps line is shouting, not naming: no word on it is taken as capitalised.
            var flags = allCaps ? tok.Flags & ~(TokenFlags.Capitalized | TokenFlags.AllCaps) : tok.Flags | TokenFlags.Headline;
            tokens[t] = tok with { Flags = flags };
        }
    }
}
