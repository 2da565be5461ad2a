using Parallax.Analysis.Tokens;
using Parallax.Model;

namespace Parallax.Analysis.Quotes;

/// <summary>
/// Finds the speech cue and speaker phrase attached to a quote: after it ("…,” he said", "…,” said Putin",
/// "…,” the Russian defense chief said") or before it ("Putin said: “…”", "he stressed, adding “…”",
/// "according to Putin, “…”").
/// </summary>
internal sealed class AttributionFinder(PhraseReader reader)
{
    /// <summary>Most words between a closing mark and its speech verb ("…,” Russian President Vladimir Putin further said").</summary>
    public const int MaxWordsBeforeVerb = 8;

    /// <summary>Most words between a speech verb and the opening mark it introduces ("said in a statement on Friday: “…").</summary>
    public const int MaxGapWords = 6;

    private string Text => reader.Text;

    public List<Token> Tokens => reader.Tokens;

    public PhraseReader Reader => reader;

    /// <summary>The attribution after a closing mark ending at <paramref name="after"/>, within the text before <paramref name="limit"/>.</summary>
    public Attribution? After(int after, int limit)
    {
        int i = Tokenizer.FirstAtOrAfter(Tokens, after);
        // A dash credit: "“…” ― Jane Doe"
        if (i + 1 < Tokens.Count && Tokens[i].Start < limit && !Tokens[i].IsWord && Text[Tokens[i].Start] is '―' or '—' or '–' && reader.IsCapitalised(i + 1))
        {
            var credited = reader.Forward(i + 1, limit);
            if (credited is { Kind: PhraseKind.Name })
                return new Attribution(Tokens[i].Span, credited, CueForm.Finite);
        }
        while (i < Tokens.Count && Tokens[i].Start < limit && !Tokens[i].IsWord && Text[Tokens[i].Start] is ',' or '—' or '–' or '-' or '…' or '.' or '!' or '?' or ')')
            i++;
        if (i >= Tokens.Count || Tokens[i].Start >= limit || !Tokens[i].IsWord)
            return null;
        int first = i;
        // "Name, R-Ky., said", with up to MaxLowerPremodifiers words before the name ("Senate leader Tom Hale, …").
        for (int start = first; start < Tokens.Count && start - first <= PhraseReader.MaxLowerPremodifiers && reader.IsWord(start); start++)
        {
            if (start > first && (!reader.IsCapitalised(start) || !OnlyPremodifiers(first, Tokens[start].Start)))
                continue;
            var apposed = NameThenVerb(start, limit);
            if (apposed is not null)
                return apposed;
        }
        int words = 0;
        for (int k = first; k < Tokens.Count && Tokens[k].Start < limit && words <= MaxWordsBeforeVerb; k++)
        {
            if (!Tokens[k].IsWord)
            {
                char c = Text[Tokens[k].Start];
                if (c == '(')
                {
                    // Skip a parenthesis after a name: "Rep. Dana Ortiz (D-Ore.) said"
                    while (k + 1 < Tokens.Count && Tokens[k + 1].Start < limit && !reader.IsPunct(k + 1, ')'))
                        k++;
                    k++;
                    continue;
                }
                if (c is ',' || (c == '.' && (reader.IsTitleDot(k) || IsAbbreviationDot(k))))
                    continue;
                return null;
            }
            words++;
            if (!reader.IsCue(k, out var form) || form != CueForm.Finite)
                continue;
            if (k == first)
            {
                var subject = reader.Forward(k + 1, limit);
                return subject is null ? null : new Attribution(Tokens[k].Span, subject, form);
            }
            // Words before the phrase are premodifiers ("Tulsa police Chief Chuck Jordan said").
            var before = reader.Backward(k, first, out _);
            if (before is not null && OnlyPremodifiers(first, before.Value.Span.Start))
                return new Attribution(Tokens[k].Span, before, form);
            // "a narrator in the Clinton ad asks": the phrase at the start, then a prepositional phrase.
            var opening = reader.Forward(first, Tokens[k].Start);
            int afterOpening = opening is null ? -1 : Tokenizer.FirstAtOrAfter(Tokens, opening.Value.Span.End);
            if (opening is not null && reader.IsWord(afterOpening) && NameLexicon.Prepositions.Contains(reader.Word(afterOpening))
                && !HasCueBetween(afterOpening, k))
                return new Attribution(Tokens[k].Span, opening, form);
            // "A clerk who “took $20” is punished, Warren said.": the quote sits inside a sentence that ends with its
            // attribution after a comma; the rest of the sentence is the speaker's words paraphrased.
            if (before is not null && EndsSentenceAttribution(first, before.Value.Span.Start, k, limit))
                return new Attribution(Tokens[k].Span, before, form);
            return null;
        }
        return null;
    }

    /// <summary>
    /// The phrase starting at <paramref name="phraseStart"/> follows a comma, its verb at token <paramref name="verb"/> ends
    /// the sentence (a period next), and nothing between the closing mark and the phrase is a cue or a clause breaker.
    /// </summary>
    private bool EndsSentenceAttribution(int first, int phraseStart, int verb, int limit)
    {
        int phrase = Tokenizer.FirstAtOrAfter(Tokens, phraseStart);
        if (phrase <= first || !reader.IsPunct(phrase - 1, ','))
            return false;
        bool sentenceEnds = verb + 1 >= Tokens.Count || Tokens[verb + 1].Start >= limit || reader.IsPunct(verb + 1, '.');
        return sentenceEnds && !HasCueBetween(first, phrase - 1);
    }

    private bool HasCueBetween(int from, int to)
    {
        for (int k = from; k < to; k++)
            if (Tokens[k].IsWord && (SpeechVerbs.TryGet(reader.WordSpan(k), out _) || NameLexicon.PhraseBreakers.Contains(reader.Word(k))))
                return true;
        return false;
    }

    /// <summary>Longest apposition or parenthesis between a speaker and its verb ("Scott Pruitt, the Republican attorney general of Oklahoma, said").</summary>
    public const int MaxAppositionWords = 12;

    /// <summary>"Name (D-Ore.) said", "Name, the minister of X, said", "Name, 25, said": a phrase, then a parenthesis or an apposition, then the verb.</summary>
    private Attribution? NameThenVerb(int first, int limit)
    {
        var phrase = reader.Forward(first, limit);
        if (phrase is not { Kind: PhraseKind.Name } p)
            return null;
        int j = Tokenizer.FirstAtOrAfter(Tokens, p.Span.End);
        if (!reader.IsPunct(j, '(') && !reader.IsPunct(j, ','))
            return null;
        // Up to MaxAppositions in a row: "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said".
        for (int n = 0; n < MaxAppositions && (reader.IsPunct(j, '(') || reader.IsPunct(j, ',')); n++)
        {
            char close = reader.IsPunct(j, '(') ? ')' : ',';
            int k = j + 1;
            int words = 0;
            while (k < Tokens.Count && Tokens[k].Start < limit && !reader.IsPunct(k, close) && words <= MaxAppositionWords)
            {
                if (Tokens[k].IsWord)
                    words++;
                else if (Text[Tokens[k].Start] is '.' or '!' or '?' or '“' or '”' or '"' && close == ',' && !IsAbbreviationDot(k))
                    return null;
                k++;
            }
            if (!reader.IsPunct(k, close))
                return null;
            j = k + 1;
            // "Name (D-Ore.), the senator, said": a parenthesis may be followed by an apposition.
            if (close == ')' && !reader.IsPunct(j, ','))
                break;
            // The comma closing an apposition opens the next unless the verb follows: "Name, the mayor, one of …, said".
            if (close == ',' && !StartsPredicate(j))
                j = k;
        }
        while (reader.IsWord(j) && (NameLexicon.VerbModifiers.Contains(reader.Word(j)) || reader.WordSpan(j).EndsWith("ly", StringComparison.Ordinal)))
            j++;
        if (reader.IsCue(j, out var form) && form == CueForm.Finite && Tokens[j].Start < limit)
            return new Attribution(Tokens[j].Span, p, form);
        return null;
    }

    /// <summary>A speech verb, perhaps after verb modifiers or an adverb, starts at token <paramref name="j"/>.</summary>
    private bool StartsPredicate(int j)
    {
        while (reader.IsWord(j) && (NameLexicon.VerbModifiers.Contains(reader.Word(j)) || reader.WordSpan(j).EndsWith("ly", StringComparison.Ordinal)))
            j++;
        return reader.IsCue(j, out _);
    }

    /// <summary>Most parentheses and appositions read in a row between a name and its verb.</summary>
    public const int MaxAppositions = 2;

    /// <summary>A period closing a short abbreviation right before a comma: ", R-Ky.," or ", Ore.,".</summary>
    private bool IsAbbreviationDot(int k) =>
        k > 0 && Tokens[k - 1].IsWord && Tokens[k].Start == Tokens[k - 1].End && char.IsUpper(Text[Tokens[k - 1].Start])
        && Tokens[k - 1].End - Tokens[k - 1].Start <= MaxAbbreviationLength && reader.IsPunct(k + 1, ',');

    /// <summary>Longest word read as an abbreviation before its period ("Ky", "Calif", "R-Ky").</summary>
    private const int MaxAbbreviationLength = 5;

    /// <summary>No cue, conjunction or preposition lies between the closing mark and the phrase ("…,” adding that Moscow had said" is no attribution).</summary>
    private bool OnlyPremodifiers(int first, int phraseStart)
    {
        for (int k = first; k < Tokens.Count && Tokens[k].Start < phraseStart; k++)
        {
            if (!Tokens[k].IsWord)
                continue;
            var w = reader.Word(k);
            if (SpeechVerbs.TryGet(reader.WordSpan(k), out _) || NameLexicon.PhraseBreakers.Contains(w) || NameLexicon.Prepositions.Contains(w))
                return false;
        }
        return true;
    }

    /// <summary>The attribution before an opening mark at <paramref name="open"/>, looking no further back than <paramref name="floor"/>.</summary>
    public Attribution? Before(int open, int floor, int sentenceStart)
    {
        int end = Tokenizer.FirstAtOrAfter(Tokens, open) - 1;
        int floorToken = Tokenizer.FirstAtOrAfter(Tokens, floor);
        int sentenceToken = Tokenizer.FirstAtOrAfter(Tokens, sentenceStart);
        int gapWords = 0;
        bool colon = end >= floorToken && reader.IsPunct(end, ':');
        for (int k = end; k >= floorToken; k--)
        {
            if (!Tokens[k].IsWord)
            {
                char c = Text[Tokens[k].Start];
                if (c is '.' or '!' or '?' or ';' or '"' or '”' or '“')
                    return null;
                continue;
            }
            var w = reader.WordSpan(k);
            if (w.Equals("according", StringComparison.OrdinalIgnoreCase) && reader.IsWord(k + 1) && reader.Word(k + 1) == "to")
            {
                var who = reader.Forward(k + 2, open);
                return who is null ? null : new Attribution(new TextSpan(Tokens[k].Start, Tokens[k + 1].End), who, CueForm.Finite);
            }
            if (reader.IsCue(k, out var form))
            {
                if (form == CueForm.Participle)
                    return new Attribution(Tokens[k].Span, null, form);
                var subject = reader.Backward(k, sentenceToken, out bool prepositional);
                if (subject is null || prepositional)
                    subject = SentenceSubject(sentenceToken, k) ?? subject;
                return new Attribution(Tokens[k].Span, subject, form);
            }
            if (++gapWords > MaxGapWords)
                return ColonIntroduced(colon, end, sentenceToken);
        }
        return ColonIntroduced(colon, end, sentenceToken);
    }

    /// <summary>
    /// "Trump scolded him: “…”": a colon before the mark introduces the words of the clause's subject, also after an
    /// opening phrase ("On Monday, Harris had a message for migrants: “…”"). After an opening phrase the subject must
    /// be a name or a pronoun followed by its verb: a descriptor there is as often the phrase's object, and a name set off
    /// by commas is as often the phrase's apposition ("In Reiner's comedy, The Princess Bride, Fezzik asks …: “…”").
    /// </summary>
    private Attribution? ColonIntroduced(bool colon, int colonToken, int sentenceToken)
    {
        if (!colon || colonToken <= sentenceToken)
            return null;
        var subject = SentenceSubject(sentenceToken, colonToken);
        if (subject is not { } s)
            return null;
        bool opens = s.Span.Start == Tokens[sentenceToken].Start;
        return opens || s.Kind != PhraseKind.Descriptor && reader.IsWord(Tokenizer.FirstAtOrAfter(Tokens, s.Span.End))
            ? new Attribution(Tokens[colonToken].Span, subject, CueForm.Finite)
            : null;
    }

    /// <summary>The phrase that opens the clause, used when the phrase next to the verb is an object ("Putin, speaking with officials, adds").</summary>
    public SpeakerPhrase? SentenceSubject(int sentenceToken, int verb)
    {
        int k = sentenceToken;
        // Skip an introductory phrase ending in a comma: "In a press conference on Friday, Putin said".
        for (int j = sentenceToken; j < verb; j++)
        {
            if (reader.IsPunct(j, ','))
            {
                var afterComma = reader.Forward(j + 1, Tokens[verb].Start);
                if (afterComma is not null && afterComma.Value.Kind != PhraseKind.Descriptor)
                    return afterComma;
                break;
            }
        }
        while (k < verb && reader.IsWord(k) && NameLexicon.CapitalisedFunctionWords.Contains(reader.Word(k)) && !NameLexicon.Pronouns.Contains(reader.Word(k)) && !NameLexicon.Determiners.Contains(reader.Word(k)))
            k++;
        var phrase = reader.Forward(k, Tokens[verb].Start);
        return phrase;
    }

    /// <summary>The first finite speech verb of a sentence before token <paramref name="before"/> and its subject (for "…, adding “…”").</summary>
    public Attribution? MainClause(int sentenceStart, int before, List<QuotedSpan> quoted)
    {
        int first = Tokenizer.FirstAtOrAfter(Tokens, sentenceStart);
        int last = Tokenizer.FirstAtOrAfter(Tokens, before);
        for (int k = first; k < last; k++)
        {
            if (!Tokens[k].IsWord || !reader.IsCue(k, out var form) || QuotedSpanScanner.InInner(quoted, Tokens[k].Span))
                continue;
            // A participle counts in the progressive: "Clinton is describing … as “unhinged”".
            if (form == CueForm.Participle && !(reader.IsWord(k - 1) && reader.Word(k - 1) is "is" or "was" or "are" or "were" or "been"))
                continue;
            var subject = reader.Backward(form == CueForm.Participle ? k - 1 : k, first, out bool prepositional);
            if (subject is null || prepositional)
                subject = SentenceSubject(first, k) ?? subject;
            if (subject is not null)
                return new Attribution(Tokens[k].Span, subject, form);
        }
        return null;
    }

    /// <summary>
    /// The name right before a participle cue is its speaker: "footage of Jane Roe asking, “…”". A comma or a
    /// date word in between ("he stressed, adding", "spoke on Monday saying") leaves the participle to the clause.
    /// </summary>
    public SpeakerPhrase? ParticipleAgent(int cueStart, int sentenceStart)
    {
        int cue = Tokenizer.FirstAtOrAfter(Tokens, cueStart);
        if (!reader.IsWord(cue - 1))
            return null;
        var agent = reader.Backward(cue, Tokenizer.FirstAtOrAfter(Tokens, sentenceStart), out _);
        if (agent is not { Kind: PhraseKind.Name } a || a.Span.End != Tokens[cue - 1].End)
            return null;
        var last = Text.AsSpan(Tokens[cue - 1].Start, Tokens[cue - 1].End - Tokens[cue - 1].Start).ToString();
        return Dates.TemporalLexicon.Months.ContainsKey(last) || Dates.TemporalLexicon.Weekdays.ContainsKey(last) ? null : agent;
    }

    /// <summary>"According to X" anywhere in [start, end) outside quote marks: X, the source of the sentence's quotes.</summary>
    public Attribution? AccordingTo(int start, int end, List<QuotedSpan> quoted)
    {
        for (int k = Tokenizer.FirstAtOrAfter(Tokens, start); k + 2 < Tokens.Count && Tokens[k].Start < end; k++)
        {
            if (!Tokens[k].IsWord || !reader.WordSpan(k).Equals("according", StringComparison.OrdinalIgnoreCase) || !reader.IsWord(k + 1) || reader.Word(k + 1) != "to"
                || QuotedSpanScanner.InInner(quoted, Tokens[k].Span))
                continue;
            var who = reader.Forward(k + 2, end);
            if (who is not null)
                return new Attribution(new TextSpan(Tokens[k].Start, Tokens[k + 1].End), who, CueForm.Finite);
        }
        return null;
    }

    /// <summary>
    /// The subject of the sentence before a quote inside it, as the speaker of words the sentence quotes without a
    /// speech verb ("Gingrich dismissed the treaty as “a relic of another age”"): a name or a pronoun, not a
    /// possessive ("Trump’s aides …") and not a descriptor.
    /// </summary>
    public SpeakerPhrase? QuotingSubject(int sentenceStart, int open)
    {
        int first = Tokenizer.FirstAtOrAfter(Tokens, sentenceStart);
        int before = Tokenizer.FirstAtOrAfter(Tokens, open);
        if (before <= first)
            return null;
        // A name or pronoun opening the sentence and followed by a word is its subject ("Jane Roe spoke out in Tulsa,
        // Oklahoma, arguing …"); only otherwise can a leading phrase before a comma be introductory.
        var opening = reader.Forward(first, open);
        int next = opening is null ? -1 : Tokenizer.FirstAtOrAfter(Tokens, opening.Value.Span.End);
        var subject = opening is { Kind: PhraseKind.Name or PhraseKind.Pronoun } && reader.IsWord(next) ? opening : SentenceSubject(first, before);
        return subject is { Kind: PhraseKind.Name or PhraseKind.Pronoun } s && s.Span.End <= open && !IsPossessive(s) ? subject : null;
    }

    /// <summary>The phrase was read off a possessive ("Clinton’s campaign" gives "Clinton").</summary>
    public bool IsPossessive(SpeakerPhrase phrase) =>
        phrase.Span.End + 1 < Text.Length && Text[phrase.Span.End] is '’' or '\'' && char.ToLowerInvariant(Text[phrase.Span.End + 1]) == 's';

    /// <summary>A speech cue outside quote marks within [start, end): the sentence attributes what it quotes.</summary>
    public TextSpan? CueBetween(int start, int end, List<QuotedSpan> quoted)
    {
        for (int k = Tokenizer.FirstAtOrAfter(Tokens, start); k < Tokens.Count && Tokens[k].Start < end; k++)
        {
            if (!Tokens[k].IsWord || QuotedSpanScanner.InInner(quoted, Tokens[k].Span))
                continue;
            if (reader.IsCue(k, out _) || (reader.WordSpan(k).Equals("according", StringComparison.OrdinalIgnoreCase) && reader.IsWord(k + 1) && reader.Word(k + 1) == "to"))
                return Tokens[k].Span;
        }
        return null;
    }
}
