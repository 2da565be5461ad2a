using Parallax.Analysis.Tokens;
using Parallax.Analysis.Sentences;
using Parallax.Model;

namespace Parallax.Analysis.Quotes;

/// <summary>
/// Direct quotes (every mark style, split around the attribution, across paragraphs, unclosed to the
/// paragraph's end) and reported speech ("Putin said that …", "…, according to X") with their speakers.
/// Quote spans exclude the marks. A quoted stretch shorter than <see cref="MinQuoteWords"/> words is a
/// scare quote or a title, not a quote, unless it stands as its own utterance next to a speech cue
/// ("“No,” he said.").
/// </summary>
public sealed class QuoteExtractor : IAnalysisComponent
{
    /// <summary>Quoted stretches of 1–3 words ("so-called “moderate rebels”") are scare quotes.</summary>
    public const int MinQuoteWords = 4;

    /// <summary>Longest quoted stretch in title case without end punctuation read as a title ("“The Art of the Deal”").</summary>
    public const int MaxTitleWords = 10;

    /// <summary>Longest title-case stretch ending in a comma or period (US style puts them inside the marks) still read as a title.</summary>
    public const int MaxPunctuatedTitleWords = 6;

    /// <inheritdoc />
    public string Name => "quotes";

    /// <inheritdoc />
    public IReadOnlyList<Layer> Requires { get; } = [Layers.Tokens, Layers.Sentences];

    /// <inheritdoc />
    public IReadOnlyList<Layer> Assigns { get; } = [Layers.Quotes];

    /// <summary>Entities, when present, give speakers their canonical names.</summary>
    public IReadOnlyList<Layer> ReadsWhenPresent { get; } = [Layers.Entities];

    /// <inheritdoc />
    public void Process(AnalysisContext context) =>
        context.Set(Layers.Quotes, Extract(context.Text, context.Get(Layers.Tokens), context.Get(Layers.Sentences), context.Get(Layers.Entities)));

    /// <summary>The quotes of a bare text (tokenized and split here); for callers outside the pipeline.</summary>
    internal static List<Quote> Extract(string text, IReadOnlyList<EntityMention> entities) =>
        Extract(text, Tokenizer.Tokenize(text), SentenceSplitter.Split(text), entities);

    internal static List<Quote> Extract(string text, IReadOnlyList<Token> tokenLayer, IReadOnlyList<TextSpan> sentenceLayer, IReadOnlyList<EntityMention> entities)
    {
        // The scanners index these lists in their inner loops: List<T>'s indexer, not an interface call. The pipeline's
        // layers are lists already; only hand-made documents are copied.
        var tokens = tokenLayer as List<Token> ?? [.. tokenLayer];
        var sentences = sentenceLayer as List<TextSpan> ?? [.. sentenceLayer];
        var paragraphs = Paragraphs.Split(text);
        var spans = QuotedSpanScanner.Scan(text, paragraphs);
        var masked = spans.Where(s => !s.Single && WordCount(text, s.Inner) >= MinQuoteWords)
            .Select(s => new TextSpan(s.Open, s.Close >= 0 ? s.Close + 1 : s.Inner.End)).ToList();
        var persons = new PersonIndex(text, tokens, sentences, p => InAny(masked, p));
        var reader = new PhraseReader(text, tokens);
        var finder = new AttributionFinder(reader);
        var resolver = new SpeakerResolver(text, persons, entities);
        var accepted = new List<Found>();
        for (int i = 0; i < spans.Count; i++)
        {
            var found = Attribute(text, sentences, paragraphs, spans, i, finder, persons, resolver, accepted);
            if (found is not null)
                accepted.Add(found with { Group = PieceOf(found, accepted) ?? accepted.Count });
        }
        var quotes = new List<Quote>(accepted.Count);
        var pieces = new int[accepted.Count];
        foreach (var f in accepted)
            pieces[f.Group]++;
        var heads = new Dictionary<int, Quote>();
        var directQuotes = new List<(Quote Quote, int Group)>(accepted.Count);
        for (int i = 0; i < accepted.Count; i++)
        {
            var f = accepted[i];
            var inner = WithoutClosingPunctuation(text, f.Span.Inner);
            var reported = resolver.Mention(f.Mention);
            var mention = resolver.Usable(reported);
            var quote = new Quote(inner, inner.Of(text), true)
            {
                Speaker = mention is { } sp ? resolver.Resolve(sp) : null,
                SpeakerSpan = reported?.Span,
                CueSpan = f.Cue,
                SourceKind = mention is { } k ? resolver.Kind(k) : null,
            };
            quotes.Add(quote);
            directQuotes.Add((quote, pieces[f.Group] > 1 ? f.Group : -1));
            if (f.Group == i && pieces[i] > 1)
                heads[i] = quote;
        }
        var direct = accepted.Select(f => f.Span.Inner).ToList();
        quotes.AddRange(ReportedSpeechFinder.Find(text, sentences, reader, finder, resolver, [.. masked, .. direct]));
        quotes.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return heads.Count == 0 ? quotes : WithGroups(quotes, directQuotes, heads);
    }

    /// <summary>Sets <see cref="Quote.Group"/> of each piece of a split statement to the index of its first piece in the final list.</summary>
    private static List<Quote> WithGroups(List<Quote> quotes, List<(Quote Quote, int Group)> direct, Dictionary<int, Quote> heads)
    {
        var index = new Dictionary<Quote, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < quotes.Count; i++)
            index[quotes[i]] = i;
        foreach (var (quote, group) in direct)
        {
            if (group >= 0)
                quotes[index[quote]] = quote with { Group = index[heads[group]] };
        }
        return quotes;
    }

    /// <summary>
    /// The group of the statement a quote continues, when it is a further piece of the quote before it: split around
    /// that quote's attribution (“A,” he said, “B.” — the cue lies between the two and is either shared or inherited),
    /// or reopened in the next paragraph after that quote ran to its paragraph's end unclosed.
    /// </summary>
    private static int? PieceOf(Found found, List<Found> accepted)
    {
        if (accepted.Count == 0 || found.Speaker is null)
            return null;
        var previous = accepted[^1];
        if (previous.Cue is not { } cue || found.Cue != cue || previous.Speaker is not { } speaker || found.Speaker.Value.Span != speaker.Span)
            return null;
        bool between = cue.Start >= EndOf(previous.Span) && cue.End <= found.Span.Open;
        if (previous.Span.Paragraph == found.Span.Paragraph && between)
            return previous.Group;
        bool reopened = previous.Span.Close < 0 && found.Span.Paragraph == previous.Span.Paragraph + 1;
        return reopened ? previous.Group : null;
    }

    /// <summary>
    /// The quoted words without the comma or period that US style puts inside the closing mark
    /// ("“We will rebuild,” she said." → "We will rebuild"): that mark ends the reporting sentence, not the words.
    /// "?", "!" and "…" belong to the words and stay; so does the period of an abbreviation ("…in the U.S.").
    /// </summary>
    internal static TextSpan WithoutClosingPunctuation(string text, TextSpan inner)
    {
        int end = inner.End;
        while (end > inner.Start && char.IsWhiteSpace(text[end - 1]))
            end--;
        if (end - inner.Start < 2 || text[end - 1] is not (',' or '.'))
            return inner;
        if (text[end - 1] == '.' && (text[end - 2] == '.' || EndsInAbbreviation(text, inner.Start, end - 1)))
            return inner;
        end--;
        while (end > inner.Start && char.IsWhiteSpace(text[end - 1]))
            end--;
        return end > inner.Start ? new TextSpan(inner.Start, end) : inner;
    }

    /// <summary>The word before the period at <paramref name="dot"/> has a period of its own ("U.S.", "a.m.") or is a single letter (an initial).</summary>
    private static bool EndsInAbbreviation(string text, int start, int dot)
    {
        int k = dot;
        while (k > start && !char.IsWhiteSpace(text[k - 1]))
            k--;
        var word = text.AsSpan(k, dot - k);
        return word.Contains('.') || (word.Length == 1 && char.IsUpper(word[0]));
    }

    /// <summary>
    /// An accepted quote. <see cref="Speaker"/> is the phrase next to the cue, which a continuation quote inherits;
    /// <see cref="Mention"/> is the phrase reported for this quote (a pronoun's own sentence subject, see <see cref="SubjectForPronoun"/>).
    /// </summary>
    private sealed record Found(QuotedSpan Span, SpeakerPhrase? Speaker, TextSpan? Cue, int Sentence)
    {
        public SpeakerPhrase? Mention { get; init; } = Speaker;

        /// <summary>The index in the accepted list of the first piece of the statement this quote belongs to.</summary>
        public int Group { get; init; }
    }

    private static Found? Attribute(string text, List<TextSpan> sentences, List<TextSpan> paragraphs, List<QuotedSpan> spans, int index,
        AttributionFinder finder, PersonIndex persons, SpeakerResolver resolver, List<Found> accepted)
    {
        var span = spans[index];
        var paragraph = paragraphs[span.Paragraph];
        int openSentence = SentenceIndex(sentences, span.Open);
        var sentenceStart = sentences.Count > 0 ? Math.Max(sentences[openSentence].Start, paragraph.Start) : paragraph.Start;
        bool hasPrevInParagraph = index > 0 && spans[index - 1].Paragraph == span.Paragraph;
        int floor = Math.Max(sentenceStart, hasPrevInParagraph ? EndOf(spans[index - 1]) : paragraph.Start);
        Attribution? after = null;
        if (span.Close >= 0)
        {
            int closeSentence = SentenceIndex(sentences, span.Close);
            int limit = Math.Min(paragraph.End, sentences.Count > 0 ? SentenceEndAfter(text, sentences, closeSentence, span.Close) : paragraph.End);
            if (index + 1 < spans.Count && spans[index + 1].Paragraph == span.Paragraph)
                limit = Math.Min(limit, spans[index + 1].Open);
            after = finder.After(span.Close + 1, limit);
        }
        var before = finder.Before(span.Open, floor, sentenceStart);
        if (before is null && after is null && span.Open == paragraph.Start && span.Paragraph > 0 && text[paragraphs[span.Paragraph - 1].End - 1] == ':')
        {
            // "Caddell continued:" / "The Times reports:" introduces the quote paragraph that follows.
            var previous = paragraphs[span.Paragraph - 1];
            int lead = sentences.Count > 0 ? Math.Max(previous.Start, sentences[SentenceIndex(sentences, previous.End - 1)].Start) : previous.Start;
            before = finder.Before(span.Open, lead, lead);
        }
        char last = text[span.Inner.End - 1];
        Attribution? attribution = last == ',' ? after ?? before : before ?? after;
        // A transcript line inside the marks: "“PENCE: Well, look, …”" — the label is the speaker.
        if (TranscriptLabel(text, span.Inner) is { } label)
            attribution = new Attribution(label.Cue, label.Speaker, CueForm.Finite);
        int words = WordCount(text, span.Inner);
        bool utterance = attribution is not null && (last is ',' or '.' or '!' or '?' or '…' || IsSentenceWide(text, sentences, span));
        // A short stretch is a partial quote only when its sentence attributes it ("called the plan “a disaster”").
        var sentence = sentences.Count > 0 ? sentences[openSentence] : paragraph;
        TextSpan? sentenceCue = words < MinQuoteWords && !utterance ? finder.CueBetween(sentence.Start, sentence.End, spans) : null;
        if (words < MinQuoteWords && !((utterance || sentenceCue is not null) && !span.Single))
            return null;
        // Marks around no word at all ("“\”") quote nothing.
        if (!HasLetterOrDigit(text, span.Inner))
            return null;
        if (attribution is null && sentenceCue is not null)
            attribution = finder.MainClause(sentence.Start, sentence.End, spans);
        // A quote deep inside a reporting clause: "Trump tells his supporters at a rally to “go and vote”".
        if (attribution is null && sentence.Start < span.Open)
            attribution = finder.MainClause(sentence.Start, span.Open, spans);
        // Top-level single marks quote when attributed, when they are the whole sentence, or after a
        // headline's "Speaker:" ("Minister: ‘We will not …’"); otherwise they are likely apostrophes.
        if (span.Single && attribution is null && !IsSentenceWide(text, sentences, span) && !AfterColon(text, span.Open))
            return null;
        // A title right after its verb is the verb's object, a work's name ("wrote “The Long Harbour Road”", "directed
        // “…”"), not words said.
        if (LooksLikeTitle(text, span.Inner, words)
            && (attribution is null || AfterNameOrDeterminer(text, span.Open) || RightAfter(text, attribution.Value.Cue, span.Open)))
            return null;
        SpeakerPhrase? speaker = attribution?.Speaker;
        TextSpan? cue = attribution?.Cue;
        if (attribution is { Form: CueForm.Participle })
        {
            var previous = accepted.LastOrDefault(f => f.Sentence == openSentence && f.Speaker is not null);
            speaker = finder.ParticipleAgent(attribution.Value.Cue.Start, sentenceStart) ?? previous?.Speaker ?? finder.MainClause(sentenceStart, span.Open, spans)?.Speaker
                ?? finder.SentenceSubject(Tokenizer.FirstAtOrAfter(finder.Tokens, sentenceStart), Tokenizer.FirstAtOrAfter(finder.Tokens, attribution.Value.Cue.Start));
        }
        else if (attribution is null)
        {
            // A quote split around its attribution, or continued in a new paragraph, keeps the speaker.
            var previous = accepted.Count > 0 ? accepted[^1] : null;
            if (previous is not null && previous.Speaker is not null
                && (previous.Span.Paragraph == span.Paragraph
                    || (previous.Span.Paragraph == span.Paragraph - 1 && span.Open == paragraph.Start && IsLastInParagraph(spans, previous.Span))))
            {
                speaker = previous.Speaker;
                cue = previous.Cue;
            }
            else if (openSentence > 0 && sentences[openSentence - 1].Start >= paragraph.Start)
            {
                // The sentence before, in the same paragraph, names the speaker: "…, Schiff said. “The other factor …”"
                var lead = finder.MainClause(sentences[openSentence - 1].Start, sentences[openSentence - 1].End, spans);
                speaker = lead?.Speaker;
                cue = lead?.Cue;
            }
        }
        // "…, according to X" elsewhere in the sentence, else the subject of a sentence that quotes without a speech verb.
        if (speaker is null && sentences.Count > 0 && finder.AccordingTo(sentence.Start, sentence.End, spans) is { } according)
        {
            speaker = according.Speaker;
            cue = according.Cue;
        }
        if (speaker is null && sentences.Count > 0)
            speaker = finder.QuotingSubject(Math.Max(sentence.Start, paragraph.Start), span.Open);
        // No speaker rather than a wrong one: a sentence opener, a date, a heading or a dateline read as the speaker gives
        // way to "according to X" in the sentence or the subject right before the cue, else to none.
        if (speaker is { } junk && resolver.IsNoMention(junk))
        {
            speaker = null;
            if (sentences.Count > 0 && finder.AccordingTo(sentence.Start, sentence.End, spans) is { Speaker: { } source } a && !resolver.IsNoMention(source))
            {
                speaker = source;
                cue = a.Cue;
            }
            else if (JunkSpeakers.IsPartyStateTag(junk.Span.Of(text)) && finder.Reader.Backward(Tokenizer.FirstAtOrAfter(finder.Tokens, junk.Span.Start) - 1 + 0,
                         Tokenizer.FirstAtOrAfter(finder.Tokens, sentence.Start), out bool tagged) is { Kind: PhraseKind.Name } named && !tagged)
            {
                // "Paul Ryan, R-Wis., …": the name the party tag follows.
                speaker = named;
            }
            else if (cue is { } c && sentences.Count > 0)
            {
                // The subject right before the cue, else the next cue of the sentence and its subject
                // ("Following initial reports …, the nominee said …": "reports" is a noun, "said" the cue).
                int cueToken = Tokenizer.FirstAtOrAfter(finder.Tokens, c.Start);
                var next = finder.Reader.Backward(cueToken, Tokenizer.FirstAtOrAfter(finder.Tokens, sentence.Start), out bool prepositional);
                speaker = next is { } n && !prepositional && !resolver.IsNoMention(n) && n.Span.End <= c.Start ? n : null;
                if (speaker is null && c.End < span.Open && finder.MainClause(c.End, span.Open, spans) is { Speaker: { } later } m && !resolver.IsNoMention(later))
                {
                    speaker = later;
                    cue = m.Cue;
                }
            }
        }
        var mention = speaker is { Kind: PhraseKind.Pronoun } pronoun && pronoun.Refers is null && sentences.Count > 0
            ? SubjectForPronoun(text, pronoun, sentences, finder, persons)
            : speaker;
        return new Found(span, speaker, cue, openSentence) { Mention = mention };
    }

    private static bool HasLetterOrDigit(string text, TextSpan span)
    {
        for (int k = span.Start; k < span.End; k++)
            if (char.IsLetterOrDigit(text[k]))
                return true;
        return false;
    }

    /// <summary>Most words in a transcript label ("PENCE:", "SEN. KAINE:").</summary>
    private const int MaxLabelWords = 3;

    /// <summary>
    /// A transcript label opening the quoted words: one to <see cref="MaxLabelWords"/> words in capitals, at least two
    /// letters in the last, then a colon ("PENCE: Well, …"). Gives the label as a name and the colon as the cue.
    /// </summary>
    private static (SpeakerPhrase Speaker, TextSpan Cue)? TranscriptLabel(string text, TextSpan inner)
    {
        int i = inner.Start;
        while (i < inner.End && char.IsWhiteSpace(text[i]))
            i++;
        int start = i, words = 0, letters = 0;
        while (i < inner.End && words < MaxLabelWords)
        {
            letters = 0;
            while (i < inner.End && (char.IsUpper(text[i]) || text[i] is '.' or '-' or '\'' or '’'))
            {
                letters += char.IsUpper(text[i]) ? 1 : 0;
                i++;
            }
            if (letters == 0)
                return null;
            words++;
            if (i < inner.End && text[i] == ':')
                return letters >= 2 ? (new SpeakerPhrase(new TextSpan(start, i), PhraseKind.Name), new TextSpan(i, i + 1)) : null;
            if (i >= inner.End || text[i] != ' ')
                return null;
            i++;
        }
        return null;
    }

    /// <summary>
    /// A pronoun speaker that repeats the subject of its own sentence takes that subject ("Lynch said she recalled
    /// thinking, “…”", "Trump mocked what he called “…”"): the clause's subject is the speaker's mention. The
    /// subject must agree: the same pronoun, a person of the pronoun's gender (or unknown) for he/she, a name with no
    /// known gender for it. A conjunction, colon or semicolon before the pronoun opens a clause of its own ("…, but he said").
    /// </summary>
    private static SpeakerPhrase SubjectForPronoun(string text, SpeakerPhrase pronoun, List<TextSpan> sentences, AttributionFinder finder, PersonIndex persons)
    {
        var sentence = sentences[SentenceIndex(sentences, pronoun.Span.Start)];
        // "…, but he said that …": a conjunction opens a new clause with a subject of its own.
        int k = pronoun.Span.Start;
        while (k > sentence.Start && !char.IsLetter(text[k - 1]))
            k--;
        int w = k;
        while (w > sentence.Start && char.IsLetter(text[w - 1]))
            w--;
        if (ClauseConjunctions.Contains(text[w..k]) || text.AsSpan(sentence.Start, pronoun.Span.Start - sentence.Start).IndexOfAny(':', ';') >= 0)
            return pronoun;
        if (finder.QuotingSubject(sentence.Start, pronoun.Span.Start) is not { } subject)
            return pronoun;
        var word = pronoun.Span.Of(text);
        if (subject.Kind == PhraseKind.Pronoun)
            return subject.Span.Of(text).Equals(word, StringComparison.OrdinalIgnoreCase) ? subject : pronoun;
        var person = persons.Overlapping(subject.Span);
        if (NameLexicon.PersonPronouns.Contains(word))
        {
            char gender = word.Equals("she", StringComparison.OrdinalIgnoreCase) ? 'f' : 'm';
            return person is not null && (person.Gender == '\0' || person.Gender == gender) ? subject : pronoun;
        }
        return word.Equals("it", StringComparison.OrdinalIgnoreCase) && person is not { Gender: 'f' or 'm' } ? subject : pronoun;
    }

    /// <summary>Conjunctions that open a clause with its own subject.</summary>
    private static readonly HashSet<string> ClauseConjunctions = new(StringComparer.OrdinalIgnoreCase) { "but", "and", "yet", "so", "or", "while", "although", "though" };

    private static bool AfterColon(string text, int open)
    {
        int k = open - 1;
        while (k >= 0 && text[k] == ' ')
            k--;
        return k >= 0 && text[k] == ':';
    }

    private static bool IsLastInParagraph(List<QuotedSpan> spans, QuotedSpan quoted)
    {
        int i = spans.IndexOf(quoted);
        return i == spans.Count - 1 || spans[i + 1].Paragraph != quoted.Paragraph;
    }

    /// <summary>The quote is (nearly) its whole sentence: only marks and punctuation lie outside it.</summary>
    private static bool IsSentenceWide(string text, List<TextSpan> sentences, QuotedSpan span)
    {
        if (sentences.Count == 0)
            return false;
        var s = sentences[SentenceIndex(sentences, span.Open)];
        for (int k = s.Start; k < s.End; k++)
            if ((k < span.Inner.Start || k >= span.Inner.End) && char.IsLetterOrDigit(text[k]))
                return false;
        return true;
    }

    private static int EndOf(QuotedSpan span) => span.Close >= 0 ? span.Close + 1 : span.Inner.End;

    private static int SentenceEndAfter(string text, List<TextSpan> sentences, int index, int position)
    {
        var s = sentences[index];
        // A closing mark right after a sentence end belongs to the same utterance: "…win.” he said" still attributes.
        // After a period inside the marks, a capitalised word opens a new sentence instead: "…“Peace Through Strength.” He told …".
        if (s.End <= position + 1 && index + 1 < sentences.Count && !(text[position - 1] == '.' && OpensCapitalised(text, sentences[index + 1])))
            return sentences[index + 1].End;
        return s.End;
    }

    private static bool OpensCapitalised(string text, TextSpan sentence)
    {
        int k = sentence.Start;
        while (k < sentence.End && !char.IsLetter(text[k]))
            k++;
        return k < sentence.End && char.IsUpper(text[k]);
    }

    internal static int SentenceIndex(List<TextSpan> sentences, int position)
    {
        int lo = 0, hi = sentences.Count - 1, found = 0;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sentences[mid].Start <= position)
            {
                found = mid;
                lo = mid + 1;
            }
            else
                hi = mid - 1;
        }
        return found;
    }

    internal static bool InAny(List<TextSpan> spans, int position)
    {
        int lo = 0, hi = spans.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (spans[mid].End <= position)
                lo = mid + 1;
            else if (spans[mid].Start > position)
                hi = mid - 1;
            else
                return true;
        }
        return false;
    }

    internal static int WordCount(string text, TextSpan span)
    {
        int count = 0;
        bool inWord = false;
        for (int k = span.Start; k < span.End; k++)
        {
            bool w = char.IsLetterOrDigit(text[k]);
            if (w && !inWord)
                count++;
            // "couldn’t", "al-Assad" and "3,210" are one word each
            inWord = w || (inWord && (text[k] is '\'' or '’' or '-' || (text[k] is ',' or '.' && k > 0 && char.IsDigit(text[k - 1]) && k + 1 < span.End && char.IsDigit(text[k + 1]))));
        }
        return count;
    }

    /// <summary>Words before an opening mark that make a title-case stretch a name of a work ("on MSNBC’s “Morning Joe”", "a “Town Hall Forum”").</summary>
    private static readonly HashSet<string> TitleLeads = new(StringComparer.Ordinal) { "a", "an", "the", "his", "her", "their", "its", "of", "on" };

    /// <summary>Whether only spaces stand between a cue of writing or asking and a quote's opening mark.</summary>
    /// <remarks>Only for verbs of writing and asking: a title-case slogan said or tweeted stays a quote.</remarks>
    private static bool RightAfter(string text, TextSpan cue, int open) =>
        cue.End <= open && text.AsSpan(cue.End, open - cue.End).IsWhiteSpace()
        && SpeechVerbs.Family(text[cue.Start..cue.End]) is SpeechVerbFamily.Written or SpeechVerbFamily.Request;

    /// <summary>
    /// The opening mark follows a possessive ("CBS’s “Face the Nation”"), a determiner or "on"/"of": a title-case stretch
    /// there names a show, a book or an event even when its sentence attributes other words.
    /// </summary>
    private static bool AfterNameOrDeterminer(string text, int open)
    {
        int e = open;
        while (e > 0 && text[e - 1] == ' ')
            e--;
        int b = e;
        while (b > 0 && (char.IsLetter(text[b - 1]) || text[b - 1] is '’' or '\''))
            b--;
        var word = text.AsSpan(b, e - b);
        return word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("s’", StringComparison.Ordinal)
            || TitleLeads.Contains(word.ToString());
    }

    /// <summary>Title case throughout and no end punctuation: a book, film, show or slogan named in quotes.</summary>
    private static bool LooksLikeTitle(string text, TextSpan inner, int words)
    {
        char end = text[inner.End - 1];
        if (words > MaxTitleWords || end is '?' or '!' || (char.IsPunctuation(end) && end is not (',' or '.')) || (end is ',' or '.' && words > MaxPunctuatedTitleWords))
            return false;
        bool startOfWord = true;
        for (int k = inner.Start; k < inner.End; k++)
        {
            char c = text[k];
            if (char.IsLetter(c) && startOfWord && char.IsLower(c))
            {
                int e = k;
                while (e < inner.End && char.IsLetter(text[e]))
                    e++;
                if (!TitleSmallWords.Contains(text[k..e]))
                    return false;
            }
            startOfWord = char.IsWhiteSpace(c);
        }
        return true;
    }

    private static readonly HashSet<string> TitleSmallWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "as", "vs", "is",
    };
}
