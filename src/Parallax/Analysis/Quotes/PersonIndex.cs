using Parallax.Analysis.Tokens;
using Parallax.Model;

namespace Parallax.Analysis.Quotes;

/// <summary>A capitalised name the article gives a person, with any title or role it gives them there.</summary>
internal sealed class PersonMention
{
    public required TextSpan Span { get; init; }
    public required TextSpan NameSpan { get; init; }
    public required string Name { get; init; }
    public required int Sentence { get; init; }

    /// <summary>The mention is the object of a preposition ("met with Putin"), so it is a poor antecedent for "he".</summary>
    public required bool Prepositional { get; init; }

    /// <summary>A speech verb sits right before or after the mention ("Caddell said", "said Caddell").</summary>
    public bool Speaks { get; init; }

    public char Gender { get; set; }
    public string Canonical { get; set; } = "";
    public List<string[]> Roles { get; } = [];
}

/// <summary>
/// Light within-article person resolution, used when no entity layer is present: a capitalised-name scan,
/// canonical names (a surname alone resolves to the longest full name ending in it), roles from titles
/// ("Defense Minister Sergei Shoigu") and appositions ("Shoigu, the Russian defense minister,"),
/// he/she to the subject-like person of the nearest earlier sentence, and descriptors ("the defense chief")
/// to the person last given a matching role.
/// </summary>
internal sealed class PersonIndex
{
    /// <summary>How many sentences back a pronoun looks for its antecedent.</summary>
    public const int PronounLookbackSentences = 6;

    /// <summary>Longest apposition read as a role: ", the Russian defense minister,".</summary>
    private const int MaxAppositionWords = 6;

    private readonly string _text;
    private readonly List<Token> _tokens;
    private readonly List<TextSpan> _sentences;
    private readonly List<PersonMention> _mentions = [];

    public PersonIndex(string text, List<Token> tokens, List<TextSpan> sentences, Func<int, bool> inQuote)
    {
        _text = text;
        _tokens = tokens;
        _sentences = sentences;
        Scan(inQuote);
        Canonicalise();
    }

    public IReadOnlyList<PersonMention> Mentions => _mentions;

    private string Word(int i) => _text.Substring(_tokens[i].Start, _tokens[i].End - _tokens[i].Start);

    /// <summary>A single capital letter: an initial when a period and a capitalised word follow ("Carl J. Osei").</summary>
    private bool IsInitial(int i) => _tokens[i].IsWord && _tokens[i].End - _tokens[i].Start == 1 && char.IsUpper(_text[_tokens[i].Start]);

    private bool IsCapitalisedWord(int i)
    {
        var t = _tokens[i];
        if (!t.IsWord)
            return false;
        char c = _text[t.Start];
        if (char.IsUpper(c))
            return true;
        // "al-Assad", "bin Salman": a lower-case particle joined to a capitalised part
        int hyphen = _text.IndexOf('-', t.Start, t.End - t.Start);
        return hyphen > 0 && hyphen + 1 < t.End && char.IsUpper(_text[hyphen + 1]);
    }

    private void Scan(Func<int, bool> inQuote)
    {
        int i = 0;
        // Canonicalising compares every mention with every other: past the budget, later names are not indexed.
        while (i < _tokens.Count && _mentions.Count < Budgets.MaxPersonMentions)
        {
            if (!IsCapitalisedWord(i) || inQuote(_tokens[i].Start))
            {
                i++;
                continue;
            }
            int start = i;
            int end = i + 1;
            while (end < _tokens.Count)
            {
                if (IsCapitalisedWord(end) && !inQuote(_tokens[end].Start))
                    end++;
                else if (_tokens[end].IsWord && NameLexicon.NameParticles.Contains(Word(end)) && end + 1 < _tokens.Count && IsCapitalisedWord(end + 1))
                    end++;
                else if (!_tokens[end].IsWord && _text[_tokens[end].Start] == '.' && (NameLexicon.Titles.Contains(Word(end - 1)) || IsInitial(end - 1))
                    && end + 1 < _tokens.Count && IsCapitalisedWord(end + 1) && _tokens[end].Start == _tokens[end - 1].End)
                    end++;
                else if (_tokens[end].IsWord && Word(end) == "of" && NameLexicon.Titles.Contains(Word(end - 1)) && end + 1 < _tokens.Count && IsCapitalisedWord(end + 1))
                    end++;
                else
                    break;
            }
            AddRun(start, end);
            i = end;
        }
    }

    private void AddRun(int start, int end)
    {
        while (start < end && NameLexicon.CapitalisedFunctionWords.Contains(Word(start)))
            start++;
        if (start >= end)
            return;
        int lastTitle = -1;
        for (int k = start; k < end; k++)
            if (_tokens[k].IsWord && NameLexicon.Titles.Contains(Word(k)))
                lastTitle = k;
        int nameStart = lastTitle >= 0 ? lastTitle + 1 : start;
        while (nameStart < end && (!_tokens[nameStart].IsWord || NameLexicon.NonPersonWords.Contains(Word(nameStart)) && lastTitle >= 0 && nameStart < end - 1))
            nameStart++;
        if (nameStart >= end)
            return;
        int nameWords = 0;
        for (int k = nameStart; k < end; k++)
        {
            if (!_tokens[k].IsWord)
                continue;
            if (NameLexicon.NonPersonWords.Contains(StripPossessive(Word(k))))
                return;
            nameWords++;
        }
        var roleWords = new List<string>();
        for (int k = start; k < nameStart; k++)
            if (_tokens[k].IsWord)
                roleWords.Add(Word(k).ToLowerInvariant());
        // A lower-case role just before the name: "pollster Pat Caddell", "spokesman John Kirby".
        if (start > 0 && _tokens[start - 1].IsWord && NameLexicon.RoleHeads.ContainsKey(Word(start - 1)))
        {
            roleWords.Insert(0, Word(start - 1).ToLowerInvariant());
            if (start > 1 && _tokens[start - 2].IsWord && !NameLexicon.Determiners.Contains(Word(start - 2)) && !NameLexicon.Prepositions.Contains(Word(start - 2)))
                roleWords.Insert(0, Word(start - 2).ToLowerInvariant());
        }
        bool titled = roleWords.Count > 0;
        if (!titled && nameWords > 4)
            return;
        int nameEnd = _tokens[end - 1].End;
        string last = _text[_tokens[end - 1].Start..nameEnd];
        int possessive = PossessiveLength(last);
        var nameSpan = new TextSpan(_tokens[nameStart].Start, nameEnd - possessive);
        int before = start - 1;
        while (before >= 0 && _tokens[before].IsWord && NameLexicon.RoleHeads.ContainsKey(Word(before)))
            before--;
        bool prepositional = before >= 0 && _tokens[before].IsWord && NameLexicon.Prepositions.Contains(Word(before));
        var mention = new PersonMention
        {
            Span = new TextSpan(_tokens[start].Start, nameEnd - possessive),
            NameSpan = nameSpan,
            Name = NormaliseSpaces(nameSpan.Of(_text)),
            Sentence = SentenceOf(_tokens[start].Start),
            Prepositional = prepositional,
            Gender = GenderOf(roleWords),
            Speaks = IsSpeechVerb(end) || IsSpeechVerb(start - 1),
        };
        if (roleWords.Count > 0 && roleWords.Any(w => NameLexicon.RoleHeads.ContainsKey(w)))
            mention.Roles.Add([.. roleWords.Where(w => w != "of")]);
        var apposition = AppositionAfter(end);
        if (apposition is not null)
            mention.Roles.Add(apposition);
        // A bare single word counts only when titled; untitled single words are kept as surname candidates.
        _mentions.Add(mention);
        if (!titled && nameWords == 1)
            mention.Canonical = "?";
    }

    private bool IsSpeechVerb(int i) =>
        i >= 0 && i < _tokens.Count && _tokens[i].IsWord && SpeechVerbs.TryGet(_text.AsSpan(_tokens[i].Start, _tokens[i].End - _tokens[i].Start), out var form) && form == CueForm.Finite;

    private string[]? AppositionAfter(int end)
    {
        if (end + 1 >= _tokens.Count || _tokens[end].IsWord || _text[_tokens[end].Start] != ',')
            return null;
        int k = end + 1;
        if (!_tokens[k].IsWord || !(Word(k) is "the" or "a" or "an"))
            return null;
        var words = new List<string>();
        for (k++; k < _tokens.Count && words.Count < MaxAppositionWords; k++)
        {
            if (!_tokens[k].IsWord)
                break;
            words.Add(Word(k).ToLowerInvariant());
        }
        return words.Count > 0 && NameLexicon.RoleHeads.ContainsKey(words[^1]) ? [.. words] : null;
    }

    private static char GenderOf(List<string> roleWords)
    {
        foreach (var w in roleWords)
        {
            if (NameLexicon.FemaleTitles.Contains(w))
                return 'f';
            if (NameLexicon.MaleTitles.Contains(w))
                return 'm';
        }
        return '\0';
    }

    private void Canonicalise()
    {
        // An untitled single word is a person when it somewhere speaks ("Caddell said") or has a full name.
        var speakers = new HashSet<string>(_mentions.Where(m => m.Speaks).Select(m => m.Name), StringComparer.Ordinal);
        foreach (var m in _mentions)
            if (m.Canonical == "?" && speakers.Contains(m.Name))
                m.Canonical = "";
        foreach (var m in _mentions)
        {
            if (m.Canonical.Length > 0 && m.Canonical != "?")
                continue;
            var best = FullNameFor(m.Name, m.Span.Start);
            if (best is not null)
                m.Canonical = best;
            else if (m.Canonical == "?")
                m.Canonical = "";
            else
                m.Canonical = m.Name;
        }
        _mentions.RemoveAll(m => m.Canonical.Length == 0);
        // Gender and roles are per person: share them across the person's mentions.
        foreach (var group in _mentions.GroupBy(m => m.Canonical, StringComparer.Ordinal))
        {
            char g = group.Select(m => m.Gender).FirstOrDefault(c => c != '\0');
            foreach (var m in group)
                m.Gender = g;
        }
    }

    /// <summary>The longest multi-word name ending in <paramref name="name"/>'s last word (earlier mentions first), or null.</summary>
    private string? FullNameFor(string name, int position)
    {
        string lastWord = LastWord(name);
        string? best = null;
        bool bestEarlier = false;
        foreach (var other in _mentions)
        {
            if (other.Canonical == "?" || !other.Name.Contains(' '))
                continue;
            if (!string.Equals(LastWord(other.Name), lastWord, StringComparison.Ordinal))
                continue;
            bool earlier = other.Span.Start < position;
            if (best is null || (earlier && !bestEarlier) || (earlier == bestEarlier && other.Name.Length > best.Length))
            {
                best = other.Name;
                bestEarlier = earlier;
            }
        }
        return best ?? (name.Contains(' ') ? name : null);
    }

    /// <summary>The canonical form of a name as written in an attribution ("Putin" → "Vladimir Putin").</summary>
    public string Canonicalise(string name, int position)
    {
        name = NormaliseSpaces(StripPossessive(name));
        return FullNameFor(name, position) ?? name;
    }

    public PersonMention? Overlapping(TextSpan span)
    {
        foreach (var m in _mentions)
            if (m.NameSpan.Overlaps(span))
                return m;
        return null;
    }

    /// <summary>
    /// The antecedent of he/she at <paramref name="position"/>: in the pronoun's sentence, the first
    /// person before it; in earlier sentences, the first person that is not a prepositional object.
    /// </summary>
    public PersonMention? Antecedent(int position, char gender)
    {
        int sentence = SentenceOf(position);
        PersonMention? fallback = null;
        for (int s = sentence; s >= 0 && s > sentence - PronounLookbackSentences; s--)
        {
            PersonMention? firstInSentence = null;
            foreach (var m in _mentions)
            {
                if (m.Sentence != s || m.Span.Start >= position)
                    continue;
                if (m.Gender != '\0' && gender != '\0' && m.Gender != gender)
                    continue;
                fallback ??= m;
                if (!m.Prepositional)
                {
                    firstInSentence = m;
                    break;
                }
            }
            if (firstInSentence is not null)
                return firstInSentence;
        }
        return fallback;
    }

    /// <summary>The person most recently given a role matching a descriptor ("the Russian defense chief").</summary>
    public PersonMention? ForDescriptor(IReadOnlyList<string> words, int position)
    {
        if (words.Count == 0 || !NameLexicon.RoleHeads.TryGetValue(words[^1], out var headClass))
            return null;
        PersonMention? best = null;
        foreach (var m in _mentions)
        {
            if (m.Span.Start >= position)
                break;
            foreach (var role in m.Roles)
            {
                if (role.Length == 0 || !NameLexicon.RoleHeads.TryGetValue(role[^1], out var roleClass) || roleClass != headClass)
                    continue;
                bool modifiersMatch = true;
                for (int i = 0; i < words.Count - 1 && modifiersMatch; i++)
                {
                    var w = words[i];
                    if (NameLexicon.Determiners.Contains(w))
                        continue;
                    modifiersMatch = role.Contains(w, StringComparer.OrdinalIgnoreCase);
                }
                if (modifiersMatch)
                    best = m;
            }
        }
        return best;
    }

    public int SentenceOf(int position)
    {
        int lo = 0, hi = _sentences.Count - 1, found = 0;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_sentences[mid].Start <= position)
            {
                found = mid;
                lo = mid + 1;
            }
            else
                hi = mid - 1;
        }
        return found;
    }

    private static string LastWord(string name)
    {
        int space = name.LastIndexOf(' ');
        return space < 0 ? name : name[(space + 1)..];
    }

    private static int PossessiveLength(string word) =>
        word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal) ? 2 : 0;

    internal static string StripPossessive(string word) => word[..(word.Length - PossessiveLength(word))];

    internal static string NormaliseSpaces(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
