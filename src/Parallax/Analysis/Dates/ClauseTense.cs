using System.Collections.Frozen;

namespace Parallax.Analysis.Dates;

/// <summary>
/// The tense the verb governing a date gives it, read word by word backwards from the date to the start of its
/// clause: "intends to travel on Friday", "as soon as Wednesday", "delayed until Monday", "has set the hearing for
/// Thursday", "flies Sunday to", "is expected Friday", "will … on Tuesday" look ahead; "said on Friday", "was
/// arrested Monday" look back (<see cref="TemporalDirection.Completed"/>: the clause's own verb is past, so a date
/// without a year is on or before the reference). The scan stops at a comma, a colon, a bracket, a quote or a conjunction that opens
/// another clause ("that", "and", "who"), so a "would" there does not decide this clause. <c>null</c> when the
/// clause names no verb before the date.
/// </summary>
internal static class ClauseTense
{
    /// <summary>How many words back the governing verb is looked for.</summary>
    private const int MaxWords = 12;

    /// <summary>Words that put what follows in the future by themselves.</summary>
    private static readonly FrozenSet<string> FutureWords = new[]
    {
        "will", "shall", "won't", "won’t", "would", "must", "should", "might", "gonna", "going", "is", "are", "expected", "scheduled", "rescheduled", "due", "slated",
        "planned", "planning", "expects", "plans", "intends", "aims", "hopes", "wants", "expect", "intend",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Verbs in the simple present that news uses for what is scheduled ("flies Sunday to Rome", "meets Tuesday",
    /// "the court hears the case Friday").
    /// </summary>
    private static readonly FrozenSet<string> ScheduledPresent = new[]
    {
        "flies", "travels", "meets", "visits", "arrives", "leaves", "departs", "heads", "opens", "closes", "starts", "begins",
        "resumes", "returns", "holds", "hosts", "faces", "plays", "votes", "testifies", "appears", "goes", "launches", "expires",
        "convenes", "reconvenes", "rules", "decides", "unveils", "releases", "takes", "kicks", "wraps", "premieres", "airs",
        "debuts", "hears", "delivers", "addresses", "lands", "sails", "competes", "races", "marches", "speaks", "gathers",
        "reopens", "ends", "finishes",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The same verbs' base forms ("they meet Tuesday"); after "to" or "did" the word before decides.</summary>
    private static readonly FrozenSet<string> ScheduledBase = new[]
    {
        "fly", "travel", "meet", "visit", "arrive", "leave", "head", "open", "close", "start", "begin", "resume", "return", "hold",
        "host", "face", "play", "vote", "testify", "appear", "go", "launch", "convene", "reconvene", "rule", "decide", "unveil", "release", "take",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Participles that look ahead only with a preposition of time-to ("postponed until Monday"; "postponed Monday" is when it happened).</summary>
    private static readonly FrozenSet<string> Deferrals = new[]
    {
        "postponed", "delayed", "deferred", "adjourned", "moved", "pushed", "put", "recessed", "extended", "suspended", "rescheduled", "set", "fixed",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words of intending, agreeing or scheduling: the infinitive they govern lies ahead ("agreed to meet on Friday", "is due to start").</summary>
    private static readonly FrozenSet<string> IntentWords = new[]
    {
        "agreed", "decided", "promised", "pledged", "vowed", "threatened", "planned", "voted", "called", "urged", "asked", "invited",
        "offered", "prepared", "hoped", "intended", "expected", "was", "were", "is", "are", "am", "intend", "intends", "plan", "plans",
        "want", "wants", "expect", "expects", "hope", "hopes", "aim", "aims", "agree", "agrees", "decide", "decides", "promise", "promises",
        "set", "due", "scheduled", "slated", "going", "likely", "ready", "about", "able", "poised", "preparing", "planning", "seeking", "seeks",
        "need", "needs", "has", "have", "ought", "used", "told", "ordered", "allowed", "forced", "persuaded", "instructed", "directed",
        "required", "encouraged",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Nouns of plan or undertaking: the infinitive they govern lies ahead ("KKR's program to pay down the loan by February",
    /// "a plan to close the plant in March") unless a past verb before them tells of a plan carried out ("completed the
    /// agreement to buy it in January").
    /// </summary>
    private static readonly FrozenSet<string> IntentNouns = new[]
    {
        "program", "programme", "plan", "plans", "agreement", "proposal", "offer", "bid", "effort", "attempt", "deal", "pledge",
        "commitment", "intention", "scheme", "campaign", "drive", "deadline", "timetable", "schedule", "move", "promise",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before a base-form verb that make it a present-tense predicate ("they meet Tuesday").</summary>
    private static readonly FrozenSet<string> Subjects = new[] { "they", "we", "you", "i", "both", "all", "leaders", "ministers", "people" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words in -s that are not plural subjects.</summary>
    private static readonly FrozenSet<string> NotSubjects = new[] { "its", "his", "this", "was", "has", "is", "as", "us", "thus", "does", "less" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before a word of plan that put the plan in the past ("had been due to expire", "as previously planned").</summary>
    private static readonly FrozenSet<string> LookBackAuxiliaries = new[] { "had", "been", "previously", "originally", "initially", "once" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that may follow a past verb (nothing, a preposition, a determiner, a pronoun); a lowercase noun after an -ed word makes it an adjective ("preferred shares").</summary>
    private static readonly FrozenSet<string> AfterVerb = new[]
    {
        "on", "in", "at", "by", "for", "from", "until", "till", "to", "during", "since", "after", "before", "late", "early", "last", "again",
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "this", "that", "these", "those", "some", "him", "them", "it", "us", "me",
        "off", "up", "down", "out", "back", "over", "here", "there", "home",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Past forms that are not in -ed.</summary>
    private static readonly FrozenSet<string> IrregularPast = new[]
    {
        "said", "told", "was", "were", "had", "did", "met", "began", "came", "went", "took", "gave", "rose", "fell", "saw", "became",
        "grew", "ran", "wrote", "spoke", "chose", "drove", "flew", "knew", "left", "held", "led", "sent", "won", "lost", "made", "sold",
        "bought", "paid", "spent", "built", "struck", "found", "kept", "fought", "caught", "brought", "got", "hit", "shot", "quit",
        "stood", "broke", "threw", "sank", "slid", "swept", "tore", "froze", "stole", "woke", "wore", "withdrew", "overthrew", "hung",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that open another clause: the scan stops before them.</summary>
    private static readonly FrozenSet<string> ClauseOpeners = new[]
    {
        "that", "which", "who", "whom", "and", "but", "when", "while", "because", "if", "although", "though", "whereas", "where", "after", "since", "before",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs that give a deadline through "until": "the rebels have until Monday", "gave them until Friday".</summary>
    private static readonly FrozenSet<string> Ultimatums = new[] { "has", "have", "had", "gave", "given", "give", "gives", "them", "him", "her", "us", "you" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Modifiers between a preposition and its date ("until mid-November", "by the end of").</summary>
    private static readonly FrozenSet<string> DateModifiers = new[] { "mid", "early", "late", "the", "end", "of", "beginning", "start", "middle" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Auxiliaries before a participle that make it passive: the tense is theirs, not the participle's.</summary>
    private static readonly FrozenSet<string> PassiveAuxiliaries = new[]
    {
        "be", "been", "being", "is", "are", "am", "was", "were", "to", "get", "gets", "got",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns that follow "to" as a place, not a verb ("returned to work", "sent to court").</summary>
    private static readonly FrozenSet<string> PlaceNouns = new[]
    {
        "work", "school", "church", "court", "bed", "power", "hospital", "prison", "jail", "town", "office", "trial", "market", "sea", "war",
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those", "date", "about", "around",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Prepositions that mark the end of a wait ("until Monday", "to Thursday") after a deferral.</summary>
    private static readonly FrozenSet<string> UntilPrepositions = new[] { "until", "till", "to", "for", "into", "through" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The direction the clause's verb gives a date that starts at <paramref name="start"/>, or null.</summary>
    public static TemporalDirection? At(string text, int start, int clauseStart)
    {
        Span<(int Start, int End)> words = stackalloc (int, int)[MaxWords];
        int count = Collect(text, start, clauseStart, words);
        // The preposition before the date, across its modifiers: "until mid-November", "by early February".
        int first = 0;
        while (first < count - 1 && In(DateModifiers, Word(text, words[first])))
            first++;
        ReadOnlySpan<char> nearest = count > 0 ? Word(text, words[first]) : default;
        for (int i = 0; i + 2 < count; i++)
        {
            // "as soon as Wednesday", "as soon as trading opens Monday": the whole phrase looks ahead.
            if (Word(text, words[i + 2]).Equals("as", StringComparison.OrdinalIgnoreCase) && Word(text, words[i + 1]).Equals("soon", StringComparison.OrdinalIgnoreCase)
                && Word(text, words[i]).Equals("as", StringComparison.OrdinalIgnoreCase))
                return TemporalDirection.Future;
        }
        for (int i = 0; i < count; i++)
        {
            var w = Word(text, words[i]);
            var older = i + 1 < count ? Word(text, words[i + 1]) : default;
            var newer = i > 0 ? Word(text, words[i - 1]) : default;
            if (w.Equals("than", StringComparison.OrdinalIgnoreCase) && older.Equals("later", StringComparison.OrdinalIgnoreCase))
                return TemporalDirection.Future; // "no later than Friday"
            if (w.EndsWith("'ll", StringComparison.OrdinalIgnoreCase) || w.EndsWith("’ll", StringComparison.OrdinalIgnoreCase))
                return TemporalDirection.Future;
            if (w.Equals("would", StringComparison.OrdinalIgnoreCase) && (newer.Equals("not", StringComparison.OrdinalIgnoreCase) || newer.Equals("never", StringComparison.OrdinalIgnoreCase)))
                return TemporalDirection.Completed; // "would not comment Monday": a refusal already made
            if ((nearest.Equals("until", StringComparison.OrdinalIgnoreCase) || nearest.Equals("till", StringComparison.OrdinalIgnoreCase)) && i > 0 && In(Ultimatums, w))
                return TemporalDirection.Future; // "have until Monday to", "gave them until Friday"
            if (In(Deferrals, w))
            {
                if (In(UntilPrepositions, nearest))
                    return TemporalDirection.Future; // "delayed until Monday", "has set the hearing for Thursday"
                if (w.Equals("set", StringComparison.OrdinalIgnoreCase) || w.Equals("fixed", StringComparison.OrdinalIgnoreCase))
                    continue; // "set a record Monday": the verb of another sense
                return TemporalDirection.Completed; // "postponed Monday": when it was postponed
            }
            if (w.Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                // An infinitive after a word of intent: "intends to travel on Friday", "agreed to meet Friday", "is set to
                // announce"; not "to total assets", "returned to work", "agreed to a ceasefire".
                var oldest = i + 2 < count ? Word(text, words[i + 2]) : default;
                if (newer.Length > 0 && char.IsLower(newer[0]) && !In(PlaceNouns, newer) && (In(IntentWords, older) || In(IntentWords, oldest)))
                {
                    // "had been scheduled to expire Friday", "had planned to meet Tuesday": a plan made in the past, perhaps
                    // since changed; the clause says neither ahead nor done, so the date falls back to its nearest reading.
                    int plan = In(IntentWords, older) ? i + 1 : i + 2;
                    if (plan + 1 < count && In(LookBackAuxiliaries, Word(text, words[plan + 1])))
                        return TemporalDirection.Unknown;
                    return TemporalDirection.Future; // also across an object: "asked it to respond by Oct. 31"
                }
                if (newer.Length > 0 && char.IsLower(newer[0]) && !In(PlaceNouns, newer) && In(IntentNouns, older) && !PastBefore(text, words[(i + 2)..count]))
                    return TemporalDirection.Future; // "the program to pay down the loan by February"
                continue;
            }
            if (In(ScheduledBase, w))
            {
                if (older.Equals("did", StringComparison.OrdinalIgnoreCase) || older.Equals("didn't", StringComparison.OrdinalIgnoreCase) || older.Equals("didn’t", StringComparison.OrdinalIgnoreCase))
                    return TemporalDirection.Completed;
                if (In(Subjects, older) || older.Length > 3 && older[^1] == 's' && !In(NotSubjects, older) || older.Length > 1 && char.IsUpper(older[0]))
                    return TemporalDirection.Future; // "they meet Tuesday", "voters go to the polls Sunday", "Smith and Jones meet Monday"
                continue; // "to meet", "will not meet", "the close of business": the words before decide
            }
            if (In(FutureWords, w))
            {
                if (In(LookBackAuxiliaries, older))
                    continue; // "had been due to expire Friday", "as previously planned": a plan made in the past
                return TemporalDirection.Future;
            }
            if (In(ScheduledPresent, w))
                return TemporalDirection.Future;
            if (IsPast(w) && (In(IrregularPast, w) || IsVerbPosition(newer)))
            {
                if (In(PassiveAuxiliaries, older))
                    continue; // a passive: the auxiliary decides ("would be paid", "to be published", "was arrested")
                if (i + 1 == count && count == MaxWords)
                    return null; // the word before it, which may make it a passive, lies beyond the words read
                return TemporalDirection.Completed;
            }
            if (w.Equals("been", StringComparison.OrdinalIgnoreCase))
                return TemporalDirection.Completed; // "has been arrested Monday"
        }
        return null;
    }

    /// <summary>Whether a past verb stands among <paramref name="words"/> (nearest first): "announced an agreement to".</summary>
    private static bool PastBefore(string text, ReadOnlySpan<(int Start, int End)> words)
    {
        for (int i = 0; i < words.Length; i++)
        {
            var w = Word(text, words[i]);
            if (IsPast(w) && (In(IrregularPast, w) || IsVerbPosition(i > 0 ? Word(text, words[i - 1]) : default)))
                return true;
        }
        return false;
    }

    /// <summary>Whether the word after a participle (nearer the date) leaves it a verb: nothing, a listed word, a name or a number.</summary>
    private static bool IsVerbPosition(ReadOnlySpan<char> next) => next.Length == 0 || !char.IsLower(next[0]) || In(AfterVerb, next);

    private static bool In(FrozenSet<string> set, ReadOnlySpan<char> word) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>A past form: a listed irregular one, or a lowercase word in -ed that is not an adjective or a prospective participle.</summary>
    private static bool IsPast(ReadOnlySpan<char> w) =>
        In(IrregularPast, w)
        || w.Length > 4 && char.IsLower(w[0]) && w.EndsWith("ed", StringComparison.Ordinal)
           && (!w.EndsWith("eed", StringComparison.Ordinal) || w.EndsWith("reed", StringComparison.Ordinal))
           && !In(TemporalLexicon.ProspectiveParticiples, w) && !In(TemporalLexicon.NotParticiples, w);

    private static ReadOnlySpan<char> Word(string text, (int Start, int End) w) => text.AsSpan(w.Start, w.End - w.Start);

    /// <summary>The words before <paramref name="start"/>, nearest first, up to a clause boundary or <see cref="MaxWords"/>.</summary>
    private static int Collect(string text, int start, int clauseStart, Span<(int Start, int End)> into)
    {
        int n = 0, i = start;
        while (n < into.Length)
        {
            while (i > clauseStart && text[i - 1] is ' ' or '\t' or '-')
                i--;
            if (i <= clauseStart)
                break;
            int end = i;
            while (i > clauseStart && (char.IsLetter(text[i - 1]) || text[i - 1] is '\'' or '’'))
                i--;
            if (i == end)
            {
                // An amount ("$6 billion", "3.5%", "1,200") is skipped; any other mark ends the clause.
                while (i > clauseStart && (char.IsDigit(text[i - 1]) || text[i - 1] is '$' or '£' or '€' or '%'
                    || text[i - 1] is '.' or ',' && i - 2 >= clauseStart && char.IsDigit(text[i - 2])))
                    i--;
                if (i == end)
                    break; // punctuation, a line break: another clause
                continue;
            }
            var word = text.AsSpan(i, end - i);
            if (In(ClauseOpeners, word))
                break;
            into[n++] = (i, end);
        }
        return n;
    }
}
