using System.Text.RegularExpressions;

namespace Parallax.Analysis.Dates;

/// <summary>Which way a relative expression without "last"/"next" points from the reference.</summary>
internal enum TemporalDirection
{
    /// <summary>No tense word near the expression.</summary>
    Unknown,
    Past,
    Future,

    /// <summary>
    /// A past verb governs the expression directly ("the year ended Jan. 31", "shares issued on July 1"):
    /// the date lies on or before the reference, even when it could be an upcoming one.
    /// </summary>
    Completed,
}

/// <summary>
/// What resolving one article's expressions needs: the text, the reference day, and the last calendar
/// value resolved (anaphoric "a year earlier", "the quarter" refer back to it). One instance per
/// <see cref="TemporalTagger.Process"/> call, so the tagger itself stays stateless.
/// </summary>
internal sealed class TimexContext(string text, DateOnly? reference)
{
    /// <summary>How far back a future word may stand from the expression and still set its tense.</summary>
    private const int TenseWindow = 80;

    /// <summary>How far sentence boundaries are looked for: a text without punctuation must not make every lookup scan it all.</summary>
    private const int SentenceReach = 400;

    public string Text { get; } = text;

    public DateOnly? Reference { get; } = reference;

    /// <summary>The last DATE value resolved to a calendar point (2016-12-15, 1989-Q3), for anaphora.</summary>
    public string? LastCalendarValue { get; set; }

    /// <summary>Where the expression that gave <see cref="LastCalendarValue"/> starts.</summary>
    public int LastCalendarStart { get; set; }

    /// <summary>The last quarter resolved (1989-Q3): the period a results story discusses, for "the 1988 period", "the year-ago quarter".</summary>
    public string? LastQuarterValue { get; set; }

    /// <summary>
    /// Whether the period under discussion is the year so far ("for the nine months, …") rather than the quarter
    /// last named: "the 1988 period" is then the year.
    /// </summary>
    public bool YearToDate { get; set; }

    /// <summary>Day-precision values resolved so far, by position, for clock times ("3 p.m. Friday").</summary>
    public List<(int Start, string Day)> Days { get; } = [];

    /// <summary>The day a clock time at [start, end) falls on: a day named in its sentence, else the reference day.</summary>
    public string? DayNear(int start, int end)
    {
        int from = SentenceStart(start, SentenceReach), to = SentenceEnd(end, SentenceReach);
        string? best = null;
        int bestDistance = int.MaxValue;
        // Days are recorded in text order: walk back from the last one only while still inside the sentence.
        for (int i = Days.Count - 1; i >= 0; i--)
        {
            var (s, day) = Days[i];
            if (s < from)
                break;
            if (s > to)
                continue;
            int distance = Math.Abs(s - start);
            if (distance < bestDistance)
            {
                best = day;
                bestDistance = distance;
            }
        }
        return best ?? (Reference is { } r ? TimexCalendar.Day(r) : null);
    }

    /// <summary>
    /// The tense of the clause around [start, end): first the word that governs it ("effective", "since", a past
    /// participle), then the verb of its own clause (<see cref="ClauseTense"/>); failing both, future when a future
    /// word ("will", "plans to") stands before the expression in its sentence with no past reporting verb between
    /// them; past otherwise, as news mostly reports what happened.
    /// </summary>
    public TemporalDirection DirectionAt(int start, int end)
    {
        if (GoverningDirection(start) is { } governed)
            return governed;
        return ClauseDirectionAt(start, end);
    }

    /// <summary>
    /// The tense of the clause around [start, end) without the word right before it: for a count after "in", where a
    /// participle before "in" is the verb the wait belongs to ("would be redeemed in five years"), not a past date's.
    /// </summary>
    public TemporalDirection ClauseDirectionAt(int start, int end)
    {
        int from = SentenceStart(start, TenseWindow);
        if (ClauseTense.At(Text, start, from) is { } clause)
            return clause;
        int to = SentenceEnd(end, 30);
        var before = Text.AsSpan(from, start - from);
        int lastFuture = LastIndex(TimexPatterns.FutureMarker(), before);
        int lastPast = LastIndex(TimexPatterns.PastMarker(), before);
        if (lastFuture >= 0 && lastFuture > lastPast)
            return TemporalDirection.Future;
        if (lastPast >= 0)
            return TemporalDirection.Past;
        {
            // Nothing before: "Talks will resume Monday" has its verb before; "Monday's meeting will" after.
            var after = Text.AsSpan(end, to - end);
            int nextFuture = FirstIndex(TimexPatterns.FutureMarker(), after);
            int nextPast = FirstIndex(TimexPatterns.PastMarker(), after);
            if (nextFuture >= 0 && (nextPast < 0 || nextFuture < nextPast))
                return TemporalDirection.Future;
            if (nextPast >= 0)
                return TemporalDirection.Past;
        }
        return TemporalDirection.Unknown;
    }

    /// <summary>
    /// The direction the word right before the expression (across "in"/"on") gives it: "effective" announces a
    /// change to come ("effective Feb. 1"), "ahead of" a time still to come; "since" and a past verb or participle ending in -ed ("ended",
    /// "issued", "completed in January") place it before the reference, unless the verb looks ahead ("scheduled").
    /// </summary>
    private TemporalDirection? GoverningDirection(int start)
    {
        var word = TimexRules.WordBefore(Text, start);
        if (TemporalLexicon.GoverningPrepositions.Contains(word))
            word = TimexRules.WordBefore(Text, WordStartBefore(start));
        if (word.Equals("effective", StringComparison.OrdinalIgnoreCase)
            || word.Equals("of", StringComparison.OrdinalIgnoreCase) && TimexRules.WordBefore(Text, WordStartBefore(start)).Equals("ahead", StringComparison.OrdinalIgnoreCase))
            return TemporalDirection.Future;
        if (IsPastParticiple(word) || word.Equals("since", StringComparison.OrdinalIgnoreCase))
            return TemporalDirection.Completed;
        return null;
    }

    /// <summary>A lowercase word in -ed that is a past verb ("ended", "agreed"), not "proceed", "hundred" or a prospective one.</summary>
    private static bool IsPastParticiple(string word) =>
        word.Length > 4 && char.IsLower(word[0]) && word.EndsWith("ed", StringComparison.Ordinal)
        && (!word.EndsWith("eed", StringComparison.Ordinal) || word.EndsWith("reed", StringComparison.Ordinal))
        && !TemporalLexicon.ProspectiveParticiples.Contains(word) && !TemporalLexicon.NotParticiples.Contains(word);

    /// <summary>Where the word before <paramref name="position"/> starts (across spaces).</summary>
    private int WordStartBefore(int position)
    {
        int i = position;
        while (i > 0 && char.IsWhiteSpace(Text[i - 1]))
            i--;
        while (i > 0 && char.IsLetter(Text[i - 1]))
            i--;
        return i;
    }

    private static int LastIndex(Regex regex, ReadOnlySpan<char> span)
    {
        int last = -1;
        foreach (var m in regex.EnumerateMatches(span))
            last = m.Index;
        return last;
    }

    private static int FirstIndex(Regex regex, ReadOnlySpan<char> span)
    {
        foreach (var m in regex.EnumerateMatches(span))
            return m.Index;
        return -1;
    }

    /// <summary>Where the sentence holding <paramref name="position"/> starts, looking back at most <paramref name="reach"/> characters.</summary>
    public int SentenceStart(int position, int reach)
    {
        int limit = Math.Max(0, position - reach);
        for (int i = position - 1; i > limit; i--)
        {
            char c = Text[i];
            if (c == '\n' || ((c is '.' or '!' or '?') && i + 1 < Text.Length && char.IsWhiteSpace(Text[i + 1]) && !IsAbbreviationDot(i)))
                return i + 1;
        }
        return limit;
    }

    /// <summary>Where the sentence holding <paramref name="position"/> ends, looking ahead at most <paramref name="reach"/> characters.</summary>
    public int SentenceEnd(int position, int reach)
    {
        int limit = Math.Min(Text.Length, position + reach);
        for (int i = position; i < limit; i++)
        {
            char c = Text[i];
            if (c == '\n' || ((c is '.' or '!' or '?') && (i + 1 == Text.Length || char.IsWhiteSpace(Text[i + 1])) && !IsAbbreviationDot(i)))
                return i;
        }
        return limit;
    }

    /// <summary>"Dec. 15", "Sept. 30", "U.S." — a dot after a short word or single letter does not end a sentence.</summary>
    private bool IsAbbreviationDot(int dot)
    {
        int start = dot;
        while (start > 0 && char.IsLetter(Text[start - 1]))
            start--;
        int length = dot - start;
        return length is > 0 and <= 4 && char.IsUpper(Text[start]) && (length == 1 || TemporalLexicon.Months.ContainsKey(Text.Substring(start, length)) || TemporalLexicon.Abbreviations.Contains(Text.Substring(start, length)));
    }
}
