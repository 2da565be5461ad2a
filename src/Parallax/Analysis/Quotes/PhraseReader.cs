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
    public SpeakerPhrase? Backward(int verb, int floor, out bool prepositional)
    {
        prepositional = false;
        int k = verb - 1;
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
        var span = new TextSpan(Tokens[start].Start, TrimPossessive(end));
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

    /// <summary>
    /// A speech verb used as a cue: not a capitalised word right after another capitalised word, where it is part
    /// of a name ("the United States", "Tells Media Group").
    /// </summary>
    public bool IsCue(int i, out CueForm form)
    {
        form = default;
        return IsWord(i) && SpeechVerbs.TryGet(WordSpan(i), out form) && !(char.IsUpper(Text[Tokens[i].Start]) && IsCapitalised(i - 1));
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
