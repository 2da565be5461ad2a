using Parallax.Analysis.Tokens;
using Parallax.Model;

namespace Parallax.Analysis.Quotes;

/// <summary>
/// Reads speaker noun phrases forwards or backwards from a token, over the article's tokens:
/// a pronoun, a capitalised name with its titles ("Russian President Vladimir Putin"), or a descriptor
/// opened by a determiner ("the Russian defense chief", "a senior official") or a people noun ("officials").
/// </summary>
internal sealed class PhraseReader(string text, List<Token> tokens)
{
    /// <summary>Longest speaker phrase read, in words.</summary>
    public const int MaxPhraseWords = 7;

    /// <summary>Most lower-case words read before a name or a people noun ("farmer Jonas Berg", "local party officials").</summary>
    public const int MaxLowerPremodifiers = 3;

    public string Text { get; } = text;
    public List<Token> Tokens { get; } = tokens;

    public string Word(int i) => Text.Substring(Tokens[i].Start, Tokens[i].End - Tokens[i].Start);

    public ReadOnlySpan<char> WordSpan(int i) => Text.AsSpan(Tokens[i].Start, Tokens[i].End - Tokens[i].Start);

    public bool IsWord(int i) => i >= 0 && i < Tokens.Count && Tokens[i].IsWord;

    public bool IsPunct(int i, char c) => i >= 0 && i < Tokens.Count && !Tokens[i].IsWord && Text[Tokens[i].Start] == c;

    public bool IsCapitalised(int i) => IsWord(i) && (char.IsUpper(Text[Tokens[i].Start]) || NameLexicon.NameParticles.Contains(Word(i)) || Word(i).Contains('-', StringComparison.Ordinal) && Word(i).Any(char.IsUpper));

    /// <summary>A phrase starting at token <paramref name="i"/> and ending before <paramref name="limit"/> (a text position).</summary>
    public SpeakerPhrase? Forward(int i, int limit)
    {
        if (!IsWord(i) || Tokens[i].Start >= limit)
            return null;
        var w = Word(i);
        if (NameLexicon.Pronouns.Contains(w))
            return new SpeakerPhrase(Tokens[i].Span, PhraseKind.Pronoun);
        // "He’s claiming …": a pronoun with a contracted "is" or "has".
        int contracted = Tokens[i].End - TrimPossessive(i);
        if (contracted > 0 && NameLexicon.Pronouns.Contains(w[..^contracted]))
            return new SpeakerPhrase(new TextSpan(Tokens[i].Start, Tokens[i].End - contracted), PhraseKind.Pronoun);
        int end = i;
        if (IsCapitalised(i) && !NameLexicon.CapitalisedFunctionWords.Contains(w))
        {
            while (end + 1 < Tokens.Count && Tokens[end + 1].Start < limit && end - i < MaxPhraseWords
                   && (IsCapitalised(end + 1) || IsTitleDot(end + 1)))
                end++;
            return new SpeakerPhrase(new TextSpan(Tokens[i].Start, TrimPossessive(end)), PhraseKind.Name);
        }
        if (NameLexicon.Determiners.Contains(w))
        {
            bool capitalised = false;
            while (end + 1 < Tokens.Count && Tokens[end + 1].Start < limit && end - i < MaxPhraseWords && IsWord(end + 1)
                   && !NameLexicon.Prepositions.Contains(Word(end + 1)) && !NameLexicon.PhraseBreakers.Contains(Word(end + 1))
                   && !SpeechVerbs.TryGet(WordSpan(end + 1), out _) && !IsAdverb(end + 1))
            {
                end++;
                capitalised |= IsCapitalised(end);
            }
            if (end == i)
                return null;
            // Any determiner phrase can speak ("a narrator", "the report"); a capitalised head makes it a name ("the Pentagon").
            bool named = capitalised && IsCapitalised(end) && !NameLexicon.RoleHeads.ContainsKey(Word(end));
            return new SpeakerPhrase(new TextSpan(Tokens[i].Start, TrimPossessive(end)), named ? PhraseKind.Name : PhraseKind.Descriptor);
        }
        // Lower-case premodifiers: "farmer Jonas Berg" (the name), "local officials" (a descriptor).
        for (int k = i; k < Tokens.Count && k - i < MaxLowerPremodifiers && IsWord(k) && Tokens[k].Start < limit; k++)
        {
            var lw = Word(k);
            if (NameLexicon.Prepositions.Contains(lw) || NameLexicon.PhraseBreakers.Contains(lw) || SpeechVerbs.TryGet(WordSpan(k), out _))
                break;
            if (NameLexicon.PeopleNouns.Contains(lw) || NameLexicon.RoleHeads.ContainsKey(lw))
            {
                if (IsCapitalised(k + 1) && !NameLexicon.CapitalisedFunctionWords.Contains(Word(k + 1)))
                    return Forward(k + 1, limit);
                return new SpeakerPhrase(new TextSpan(Tokens[i].Start, Tokens[k].End), PhraseKind.Descriptor);
            }
            if (IsCapitalised(k + 1) && !NameLexicon.CapitalisedFunctionWords.Contains(Word(k + 1)) && !char.IsUpper(Text[Tokens[k].Start]))
                return Forward(k + 1, limit);
        }
        return null;
    }

    /// <summary>
    /// The subject phrase ending just before the verb at token <paramref name="verb"/>, not reaching before
    /// token <paramref name="floor"/>; skips adverbs and auxiliaries and an apposition ("Shoigu, the minister, said").
    /// Sets <paramref name="prepositional"/> when the phrase is the object of a preposition.
    /// </summary>
    public SpeakerPhrase? Backward(int verb, int floor, out bool prepositional, bool allowRelative = true)
    {
        prepositional = false;
        int k = verb - 1;
        if (allowRelative && RelativeWho(k, floor) is { } who)
            return who;
        while (k >= floor && IsWord(k) && (NameLexicon.VerbModifiers.Contains(Word(k)) || IsAdverb(k)))
            k--;
        if (k >= floor && IsPunct(k, ','))
        {
            // An apposition between commas: ", the Russian defense minister,"
            int j = k - 1;
            while (j >= floor && j > k - MaxPhraseWords - 2 && !IsPunct(j, ','))
                j--;
            if (j >= floor && IsPunct(j, ',') && IsWord(j + 1) && (Word(j + 1) is "the" or "a" or "an" or "who" or "whose" || NameLexicon.RoleHeads.ContainsKey(Word(k - 1))))
                k = j - 1;
            else if (j > floor && IsPunct(j, ',') && IsWord(j - 1) && (NameLexicon.RoleHeads.ContainsKey(Word(j - 1)) || NameLexicon.PeopleNouns.Contains(Word(j - 1)))
                     && Forward(j + 1, Tokens[k].Start) is { Kind: PhraseKind.Name } apposed && apposed.Span.End == Tokens[k - 1].End)
                return apposed; // "the minister's spokesman, John Doe, said": the name apposed to a role speaks
            else
                return null;
        }
        if (k >= floor && IsPunct(k, ')'))
        {
            // A parenthesis after a name: "Rep. Gwen Moore (D-Wis.) said"
            int j = k - 1;
            while (j >= floor && j > k - MaxPhraseWords - 4 && !IsPunct(j, '('))
                j--;
            if (j < floor || !IsPunct(j, '('))
                return null;
            k = j - 1;
        }
        if (k < floor || !IsWord(k))
            return null;
        int end = k;
        if (NameLexicon.Pronouns.Contains(Word(k)))
        {
            prepositional = k - 1 >= 0 && IsWord(k - 1) && NameLexicon.Prepositions.Contains(Word(k - 1));
            return new SpeakerPhrase(Tokens[k].Span, PhraseKind.Pronoun);
        }
        int start = k;
        bool capitalised = false;
        bool determiner = false;
        while (start >= floor && end - start < MaxPhraseWords)
        {
            if (IsTitleDot(start) && start > floor)
            {
                start--;
                continue;
            }
            if (!IsWord(start))
                break;
            var w = Word(start);
            if (NameLexicon.PhraseBreakers.Contains(w) || NameLexicon.Prepositions.Contains(w) || NameLexicon.Pronouns.Contains(w))
                break;
            if (SpeechVerbs.TryGet(WordSpan(start), out _) && start != end)
                break;
            if (NameLexicon.Determiners.Contains(w))
            {
                determiner = true;
                start--;
                break;
            }
            bool cap = IsCapitalised(start) && !NameLexicon.CapitalisedFunctionWords.Contains(w);
            // Lower-case words belong to the phrase only before a head ("the defense chief"), not before a name:
            // "union leader Carla Mendes" reads as the name "Carla Mendes".
            if (!cap && capitalised && !determiner)
                break;
            capitalised |= cap;
            start--;
        }
        start++;
        if (start > end)
            return null;
        prepositional = start - 1 >= 0 && IsWord(start - 1) && NameLexicon.Prepositions.Contains(Word(start - 1));
        var head = Word(end);
        // "most of those surveyed said", "63 percent of voters said": a quantifier with "of" heads the subject.
        if (prepositional && Word(start - 1) == "of" && TrimPossessive(end) == Tokens[end].End && start - 2 >= floor && IsWord(start - 2) && SourceKinds.Quantifiers.Contains(Word(start - 2)))
        {
            int q = start - 2;
            while (q - 1 >= floor && IsWord(q - 1) && q > start - 5 && (NameLexicon.Determiners.Contains(Word(q - 1)) || char.IsDigit(Text[Tokens[q - 1].Start])
                   || Word(q - 1) is "only" or "just" or "about" or "nearly" or "almost" or "over" or "fully"))
                q--;
            prepositional = false;
            return new SpeakerPhrase(new TextSpan(Tokens[q].Start, TrimPossessive(end)), PhraseKind.Descriptor);
        }
        var span = new TextSpan(Tokens[start].Start, TrimPossessive(end));
        // "63 percent said", "a majority said", "those surveyed said": a poll's respondents.
        if (SourceKinds.IsPollWord(WordSpan(end)) && !capitalised)
            return new SpeakerPhrase(span, PhraseKind.Descriptor);
        // "Smith and Jones wrote": two names joined by "and" speak together.
        if (capitalised && IsCapitalised(end) && !determiner && start - 2 >= floor && IsWord(start - 1) && Word(start - 1) == "and" && IsCapitalised(start - 2)
            && Backward(start - 1, floor, out bool firstPrepositional) is { Kind: PhraseKind.Name } first && !firstPrepositional && first.Span.End == Tokens[start - 2].End)
        {
            prepositional = false;
            return new SpeakerPhrase(new TextSpan(first.Span.Start, TrimPossessive(end)), PhraseKind.Name) { Joined = true };
        }
        if (NameLexicon.RoleHeads.ContainsKey(head) || NameLexicon.PeopleNouns.Contains(head))
            return new SpeakerPhrase(span, capitalised && !determiner && IsCapitalised(end) ? PhraseKind.Name : PhraseKind.Descriptor);
        if (determiner)
            return new SpeakerPhrase(span, PhraseKind.Descriptor);
        if (capitalised && IsCapitalised(end))
        {
            // Keep only the capitalised tail: "the Russian President Putin" → a name.
            return new SpeakerPhrase(span, PhraseKind.Name);
        }
        return null;
    }

    /// <summary>Most words between a relative "who" and its verb ("who in 2010 said", "who later told").</summary>
    private const int MaxWordsAfterWho = 3;

    /// <summary>
    /// ", who said", ", who in 2010 said": the relative pronoun is the speaker's mention, standing for the phrase before
    /// its comma (<see cref="SpeakerPhrase.Refers"/>). <paramref name="k"/> is the last token before the verb.
    /// </summary>
    private SpeakerPhrase? RelativeWho(int k, int floor)
    {
        int w = k;
        // Only adverbs, auxiliaries and a time ("in 2010", "on Friday") between "who" and its verb: "who was greeted
        // with chants" is no relative subject of "chants".
        while (w >= floor && w > k - MaxWordsAfterWho && IsWord(w) && !Word(w).Equals("who", StringComparison.OrdinalIgnoreCase)
               && (NameLexicon.VerbModifiers.Contains(Word(w)) || IsAdverb(w) || char.IsDigit(Text[Tokens[w].Start]) || char.IsUpper(Text[Tokens[w].Start])
                   || NameLexicon.Prepositions.Contains(Word(w)) && w + 1 <= k && (char.IsDigit(Text[Tokens[w + 1].Start]) || char.IsUpper(Text[Tokens[w + 1].Start]))))
            w--;
        if (w < floor || !IsWord(w) || !Word(w).Equals("who", StringComparison.Ordinal) || !IsPunct(w - 1, ','))
            return null;
        var antecedent = Backward(w - 1 + 0, floor, out bool prepositional, allowRelative: false);
        if (w - 1 <= floor || antecedent is not { } a || prepositional)
            return new SpeakerPhrase(Tokens[w].Span, PhraseKind.Pronoun);
        return new SpeakerPhrase(Tokens[w].Span, PhraseKind.Pronoun) { Refers = a.Span };
    }

    /// <summary>
    /// A speech verb used as a cue: not a capitalised word right after another capitalised word, where it is part
    /// of a name ("the United States", "Tells Media Group").
    /// </summary>
    public bool IsCue(int i, out CueForm form)
    {
        form = default;
        if (!IsWord(i))
            return false;
        if (SpeechVerbs.TryGet(WordSpan(i), out form))
            return !(char.IsUpper(Text[Tokens[i].Start]) && IsCapitalised(i - 1));
        form = CueForm.Finite;
        return IsDocumentCue(i);
    }

    /// <summary>
    /// A verb that reports a document's or a poll's words, right after such a subject: "the letter reads", "as a memo
    /// put it", "the survey found". "put" needs its "it"; a person before the verb ("she read the letter") is no cue.
    /// </summary>
    private bool IsDocumentCue(int i)
    {
        var w = WordSpan(i);
        if (!char.IsLower(w[0]) || !SourceKinds.DocumentVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w))
            return false;
        if (w.StartsWith("put", StringComparison.Ordinal) && !(IsWord(i + 1) && WordSpan(i + 1).SequenceEqual("it")))
            return false;
        int k = i - 1;
        while (IsWord(k) && NameLexicon.VerbModifiers.Contains(Word(k)))
            k--;
        return IsWord(k) && (SourceKinds.IsDocumentNoun(WordSpan(k)) || SourceKinds.IsPollWord(WordSpan(k)));
    }

    /// <summary>The period of a title ("Sen.") or of a middle initial ("Paul D. Ryan") inside a name.</summary>
    public bool IsTitleDot(int i) => IsPunct(i, '.') && i > 0 && IsWord(i - 1) && Tokens[i].Start == Tokens[i - 1].End
        && (NameLexicon.Titles.Contains(Word(i - 1)) || IsInitial(i - 1));

    /// <summary>A single capital letter followed by a period and then a capitalised word: an initial ("Vann R. Newkirk").</summary>
    private bool IsInitial(int i) => Tokens[i].End - Tokens[i].Start == 1 && char.IsUpper(Text[Tokens[i].Start]) && IsCapitalised(i + 2);

    private bool IsAdverb(int i) => IsWord(i) && WordSpan(i).EndsWith("ly", StringComparison.Ordinal) && WordSpan(i).Length > 4 && char.IsLower(Text[Tokens[i].Start]);

    private int TrimPossessive(int end)
    {
        var w = WordSpan(end);
        return Tokens[end].End - (w.EndsWith("’s", StringComparison.Ordinal) || w.EndsWith("'s", StringComparison.Ordinal) ? 2 : 0);
    }
}
