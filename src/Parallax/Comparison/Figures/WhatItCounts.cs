using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Parallax.Analysis;
using Parallax.Analysis.Quantities;
using Parallax.Text;

namespace Parallax.Comparison.Figures;

/// <summary>
/// Resolves what a quantity counts or measures from its clause: the counted noun (its unit; for a bare number,
/// the noun of a count right before it — "by 88,000 jobs to 938,000"), the lexicon classes of that noun
/// (<see cref="CountedThings"/>: "positions" is a count of jobs), the event the clause reports of it (the verb or
/// noun around it: "killed at least 41", "27 were wounded", "the death toll rose to 19"), and the content words
/// of the clause and the sentence.
/// </summary>
internal static partial class WhatItCounts
{
    /// <summary>Content words before a figure, in its clause, that may say what it measures ("annual inflation climbed to").</summary>
    public const int LocalWordsBefore = 5;

    /// <summary>Content words after a figure, in its clause ("of Castavian mortgages", "against the euro").</summary>
    public const int LocalWordsAfter = 3;

    /// <summary>Clause words before a figure searched for its event ("the death toll in the attack rose to 19").</summary>
    public const int EventWordsBefore = 6;

    /// <summary>Clause words after a figure searched for its event ("27 people were later confirmed wounded").</summary>
    public const int EventWordsAfter = 4;

    /// <summary>Most words between a count and a bare number that takes its noun ("88,000 jobs to 938,000").</summary>
    public const int ImpliedNounGap = 3;

    /// <summary>The lexicon class of evacuations (Data/counted-things.txt).</summary>
    private const string EvacuatedClass = "evacuated";

    /// <summary>The lexicon class of what is launched or fired (missiles, rockets, shells).</summary>
    private const string LaunchedClass = "launched";

    /// <summary>Punctuation that closes a clause: what a figure measures is not read across it.</summary>
    private const string ClauseBreaks = ",;:()—–\n";

    private static readonly System.Buffers.SearchValues<char> SentenceStops = System.Buffers.SearchValues.Create(".;:!?\n");

    /// <summary>Words that join two clauses ("... to 9.8% in May and the crown slid ..."); relative pronouns are not among them, since "people who were injured" still describes the people.</summary>
    private static readonly FrozenSet<string> ClauseJoiners =
        new[] { "and", "but", "while", "whereas", "as", "or", "though", "although", "because", "after", "before", "since", "when" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Verbs of change ("rose", "raised", "climbed to", "fell by") say how a figure moved, not what it measures:
    /// they are left out of the clause words (compared by Porter stem), though they may still name an event.
    /// </summary>
    private static readonly FrozenSet<string> ChangeVerbs = new[]
    {
        "rise", "rose", "risen", "raise", "lift", "increase", "climb", "jump", "gain", "grow", "grew", "grown", "surge", "soar",
        "fall", "fell", "fallen", "drop", "decline", "decrease", "slide", "slid", "slip", "cut", "reduce", "lower", "plunge", "sink", "sank",
        "reach", "hit", "stand", "stood", "put", "firm", "ease", "edge", "hike", "add", "bring", "brought", "take", "took", "taken",
    }.Select(PorterStemmer.Stem).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs of change upward and downward, by Porter stem: the direction a measure moved ("fell to 5.8%").</summary>
    private static readonly FrozenSet<string> RiseVerbs = new[]
    {
        "rise", "rose", "risen", "increase", "climb", "jump", "gain", "grow", "grew", "grown", "surge", "soar", "swell", "spike", "accelerate",
    }.Select(PorterStemmer.Stem).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> FallVerbs = new[]
    {
        "fall", "fell", "fallen", "drop", "decline", "decrease", "slide", "slid", "slip", "plunge", "sink", "sank", "tumble", "dip", "shrink", "shrank", "slow",
    }.Select(PorterStemmer.Stem).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Members of a chamber named without a party: a count of them that voted one way is a side of the tally.</summary>
    private static readonly FrozenSet<string> Legislators = new[]
    {
        "senator", "lawmaker", "legislator", "member", "representative", "congressman", "congressmen", "delegate", "justice", "judge", "mp",
        "juror", "commissioner", "trustee", "councillor", "councilor", "regent",
    }.Select(PorterStemmer.Stem).ToFrozenSet(StringComparer.Ordinal);

    private const string CaseClass = "case", RulingClass = "ruling";

    /// <summary>Words that put an article's cases in a court: its cases are its decisions, not a disease's.</summary>
    [GeneratedRegex(@"\b(?:[Cc]ourts?|[Jj]ustices|[Jj]udges?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CourtRegex();

    /// <summary>Stem of "members": a count of a group's members, whoever the group is.</summary>
    internal static readonly string MemberKey = PorterStemmer.Stem("member");

    private const string PercentUnit = "percent";

    private const string DecadeUnit = "decade", YearUnit = "year", MonthUnit = "month", WeekUnit = "week", DayUnit = "day";

    /// <summary>Days a month is read as when a length in months meets one in days.</summary>
    private const double DaysAMonth = 30;

    /// <summary>
    /// A share of a group written as a fraction: a value below 1 whose text says a part ("half", "two-thirds", "a
    /// quarter", "one in five", "two out of three", "3/4") and whose unit, if any, is what it counts, not a measure.
    /// </summary>
    public static bool IsShare(Quantity q)
    {
        if (q.Value is <= 0 or >= 1 || q.Unit is { Length: > 0 } u && UnitLexicon.Match(u, 0, attached: false, out _) is not null)
            return false;
        var text = q.Text.AsSpan();
        foreach (var word in ShareWords)
        {
            if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return text.Contains('/');
    }

    private static readonly string[] ShareWords = ["half", "third", "quarter", "fourth", "fifth", " in ", " out of "];

    /// <summary>Whether a word is of the lexicon's classes of votes ("votes", "ayes", "nays").</summary>
    private static bool IsVoteWord(string word)
    {
        foreach (var (cls, _) in CountedThings.Of(word))
        {
            if (SoleFigures.TallyClasses.Contains(cls))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Whether "in" or "by" stands right before the figure ("cut in half", "slashed by half"): for a "half" the reader took
    /// after a verb of cutting, the amount of the cut. Not "one in five", whose "in" is its own.
    /// </summary>
    private static bool IsCutBy(string text, int start)
    {
        int end = start;
        while (end > 0 && text[end - 1] == ' ')
            end--;
        return end > 2 && (text.AsSpan(end - 2, 2).Equals("in", StringComparison.OrdinalIgnoreCase) || text.AsSpan(end - 2, 2).Equals("by", StringComparison.OrdinalIgnoreCase))
            && (end == 2 || !char.IsLetter(text[end - 3]));
    }

    /// <summary>
    /// Whether a span of time is an offset from another event: "ago" in it or "after", "before", "earlier", "later",
    /// "prior" right after it ("came a day after the proposal", "two weeks ago"). Two outlets' offsets are mostly from
    /// different events ("a day after the convoy was suspended" / "two days after jets hit the convoy").
    /// </summary>
    public static bool IsOffset(string text, Quantity q)
    {
        if (q.Text.EndsWith(" ago", StringComparison.OrdinalIgnoreCase))
            return true;
        int i = q.Span.End;
        while (i < text.Length && text[i] == ' ')
            i++;
        if (i == q.Span.End)
            return false;
        int start = i;
        while (i < text.Length && char.IsLetter(text[i]))
            i++;
        return OffsetWords.Contains(text.AsSpan(start, i - start));
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OffsetWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "after", "before", "earlier", "later", "ago", "prior", "afterwards", "afterward", "beforehand",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>An age ("Hodgkins, 38", "a 69-year-old MP", "children ages 5 to 11", "people 65 and older").</summary>
    public static bool IsAge(Quantity q) => q.Unit is { } u && u.EndsWith("of age", StringComparison.OrdinalIgnoreCase);

    public static Figure Resolve(AnalyzedArticle article, int articleIndex, int index, Quantity q)
    {
        // "two-thirds of voters", "one in five adults", "half of the states": a share of a group, which another outlet
        // gives as a percentage ("67% of voters").
        string? shareOf = null;
        bool share = IsShare(q);
        // "cut emissions in half", "slashed by half": how much a measure moved, as "a 50% cut" says it, not a share of a group.
        bool move = share && q.Text.Equals("half", StringComparison.OrdinalIgnoreCase) && IsCutBy(article.Text, q.Span.Start);
        if (share)
        {
            shareOf = q.Unit;
            q = q with { Value = q.Value * 100, High = q.High * 100, Unit = PercentUnit };
        }
        // "two decades" is "20 years": spans of time meet only in one unit, and decades are written for years.
        else if (q.Unit is DecadeUnit)
        {
            q = q with { Value = q.Value * 10, High = q.High * 10, Unit = YearUnit };
        }
        // "for a week" is "for seven days": a week is always seven days.
        else if (q.Unit is WeekUnit)
        {
            q = q with { Value = q.Value * 7, High = q.High * 7, Unit = DayUnit };
        }
        // "the two-month moratorium" is "will last for 60 days": a month is 28 to 31 days, and thirty of them read with the
        // rounding a measure in days is given (60 holds 57.6–62.4) hold every count of days a length in months stands for.
        else if (q.Unit is MonthUnit)
        {
            q = q with { Value = q.Value * DaysAMonth, High = q.High * DaysAMonth, Unit = DayUnit };
        }
        var clause = Clause(article, q, shareOf);
        var local = ContentWords.Of(clause.Local);
        var ranks = clause.Ranks.Length == local.Count ? clause.Ranks : new int[local.Count];
        var text = article.Text;
        // "11 of the victims were children": the kind after "were" is what a toll's part counts; the toll noun keeps its event.
        var partKind = q.Unit is null || TollNouns.Contains(PorterStemmer.Stem(LastWord(q.Unit).ToLowerInvariant()))
            ? FigureCues.NounOfTheDead(text, q.Span.End, clause.End) : null;
        // "Sixty-nine senators voted for the bill": the chamber's members who voted one way are that side of the tally; a
        // party's ("19 GOP senators voted for it") are a part of it.
        var side = q.Unit is { } counted && Legislators.Contains(PorterStemmer.Stem(LastWord(counted)))
            ? FigureCues.VoteSide(text, clause.Start, q.Span.End, clause.End) ?? FigureCues.MajorityAfter(text, q.Span.End, clause.End) : null;
        // A bloc named by its leaning or party ("six conservative justices sided with the state") may be the whole side or
        // a part of it: it keeps its noun, and meets the side of a tally only with the same value (Figure.Side).
        bool bloc = side is not null && q.Unit!.Trim().Contains(' ');
        var unit = (bloc ? null : side)
            ?? partKind ?? q.Unit ?? FigureCues.VoteSide(text, clause.Start, q.Span.End, clause.End) ?? FigureCues.NounAfterComparative(text, q.Span.End, clause.End)
            ?? ImpliedNoun(article, q) ?? FigureCues.NounBefore(text, clause.Start, q.Span.Start)
            ?? FigureCues.NounAfterQuote(text, q.Span.End, clause.End) ?? "";
        // "15 members of medical staff" counts staff: a group named by a noun of persons says who the members are.
        if (side is null && PorterStemmer.Stem(LastWord(Head(unit)).ToLowerInvariant()) == MemberKey
            && FigureCues.GroupOfMembers(text, q.Span.End, clause.End) is { } group)
            unit = group;
        // "the 870,000 economists had expected": the forecasters are not what the figure counts.
        bool forecast = q.Unit is not null && FigureCues.IsForecaster(LastWord(Head(unit)), text, q.Span.End, clause.End);
        if (forecast)
            unit = "";
        else
            forecast = FigureCues.ForecastersAfter(text, q.Span.End, clause.End);
        for (int w = 0; w < clause.WordsBefore && !forecast; w++)
            forecast = FigureCues.IsForecastWord(clause.EventWords[w]);
        forecast = forecast || FigureCues.ForecastGoesOn(text, article.Quantities, q, clause.Start);
        bool measure = unit.Length > 0 && UnitLexicon.Match(unit, 0, attached: false, out _) is not null;
        var nouns = new HashSet<string>(StringComparer.Ordinal);
        var events = new HashSet<string>(StringComparer.Ordinal);
        bool people = false, persons = false;
        // The sides of a vote tally count nothing but their side.
        bool tally = unit is QuantityParser.YeaUnit or QuantityParser.NayUnit;
        if (unit.Length > 0 && !measure)
        {
            var words = Head(unit).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // "claimed 400,000 lives" is read as a count of "life": the form written names the toll, unless the lives
            // were saved ("the vaccine saved 300 lives"). Only for the count's own noun, not one taken from the clause.
            if (ReferenceEquals(unit, q.Unit) && words.Length > 0 && LastWord(q.Text).Equals(LivesForm, StringComparison.OrdinalIgnoreCase)
                && !SavedBefore(clause.EventWords, clause.WordsBefore))
                words[^1] = LivesForm;
            // "service members" is "servicemembers": a head written as two words that the lexicon knows as one.
            if (words.Length >= 2 && !CountedThings.Of(words[^2] + words[^1]).IsEmpty)
                words = [.. words[..^2], words[^2] + words[^1]];
            // "10 GOP votes" counts votes: the party before them says whose, and no count of its members.
            bool votes = words.Length > 0 && IsVoteWord(words[^1]);
            for (int i = 0; i < words.Length; i++)
            {
                bool head = i == words.Length - 1, known = false;
                foreach (var (cls, kind) in CountedThings.Of(words[i]))
                {
                    known = true;
                    if (kind == CountedKind.Event)
                        events.Add(cls);
                    else if (kind == CountedKind.People && head)
                        people = true;
                    else if (kind is CountedKind.Noun || kind is CountedKind.Person && (head || !votes))
                        nouns.Add(cls);
                    persons |= kind == CountedKind.Person && head;
                }
                // "5 million Americans", "60 Syrians": a nationality counts persons and nothing more of who they are.
                if (head && !known && IsDemonym(words[i]))
                    people = known = true;
                if (head && !known)
                    nouns.Add("=" + PorterStemmer.Stem(words[i].ToLowerInvariant()));
            }
            if (people)
            {
                nouns.Clear();
                persons = false;
            }
        }
        // "ruled in two cases" counts a court's decisions: the cases of an article about a court ("the Supreme Court in two
        // cases", and further down "no recorded dissents in the two cases").
        if (nouns.Contains(CaseClass) && CourtRegex().IsMatch(text))
            nouns.Add(RulingClass);
        var ownNouns = nouns.Count == 0 ? NoNouns : new HashSet<string>(nouns, StringComparer.Ordinal);
        // The clause's events, and for a count of a named thing the classes of nouns around it ("Nonfarm payrolls
        // increased by 943,000 workers": a count of jobs as well).
        foreach (var word in clause.EventWords)
        {
            var classes = CountedThings.Of(word);
            // A word that says what happened ("killed", whose stem is also "killing"'s) says nothing of what is counted:
            // "39 rebel fighters had been killed" and "11 children were killed" count no murders.
            bool happened = false;
            foreach (var (_, kind) in classes)
                happened |= kind == CountedKind.Event;
            foreach (var (cls, kind) in classes)
            {
                if (kind == CountedKind.Event)
                    events.Add(cls);
                else if (!happened && kind is CountedKind.Noun or CountedKind.Person && nouns.Count > 0 && !tally && !char.IsUpper(word[0]))
                    nouns.Add(cls);
            }
        }
        if (partKind is not null && q.Unit is { } tollNoun)
        {
            foreach (var (cls, k) in CountedThings.Of(LastWord(tollNoun)))
            {
                if (k == CountedKind.Event)
                    events.Add(cls);
            }
        }
        // Driven from their homes is an evacuation said without the verb; a count of homes is not.
        if ((people || unit.Length == 0) && FigureCues.Displaced(text, q.Span.End, clause.End))
            events.Add(EvacuatedClass);
        // "with 50 others injured", "left 12 people dead": a participle right after the count says what happened to
        // it, whatever else the clause names ("the death toll was 20 with 50 others injured").
        if (!measure && ParticipleEvent(text, q.Span.End, clause.End, article.Quantities, EventBefore(clause)) is { Count: > 0 } own)
        {
            events.Clear();
            events.UnionWith(own);
        }
        // "killed at least 41", "27 were wounded", "the death toll rose to 19": a toll left bare counts people.
        if (unit.Length == 0 && !tally && events.Overlaps(PersonEvents))
            people = true;
        // Persons are not what is launched or fired where something else happened to them: "30 fighters were killed in
        // an offensive they had launched" counts the dead, the launch was theirs.
        if ((people || persons) && events.Count > 1)
            events.Remove(LaunchedClass);
        string[] unitWords = unit.Length == 0 ? [] : [LastWord(unit), LastWord(q.Text).Trim('.', ',', ';', ':', ')', '(')];
        // Where the figure's time is read (its days, a running total's "since"): its sentence, at most DayReach either side.
        int timeFrom = Math.Max(clause.Start, q.Span.Start - DayReach), timeTo = Math.Min(clause.End, q.Span.End + DayReach);
        return new Figure(new FigureRef(articleIndex, index), q, unit.Length == 0 ? "" : PorterStemmer.Stem(LastWord(unit)), unitWords,
            measure, nouns, ownNouns, people, persons, events,
            clause.Context, local, ranks,
            people || nouns.Count == 0 ? FigureCues.Perpetrators(text, q.Span.End, clause.End) : 0,
            FigureCues.Source(text, clause.Start, clause.End, q.Span.Start, q.Span.End), forecast, WholeCue.IsWhole(text, q), share && !move)
        {
            Direction = measure ? DirectionOf(clause.EventWords, clause.WordsBefore) : 0,
            Days = measure ? null : DaysNamed(text, article.Dates, timeFrom, timeTo),
            Running = !measure && FigureCues.RunningTotal(text, timeFrom, timeTo),
            Earlier = FigureCues.EarlierReport(text, clause.Start, q.Span.Start),
            Included = clause.Included || WholeCue.IsPartOfThem(text, q),
            Mostly = people && !measure ? FigureCues.MostlyKind(text, q.Span.End) : [],
            Heads = measure ? FigureCues.HeadOfAmount(text, q.Span.End, clause.End) : [],
            Published = article.ReferenceDate?.Day,
            Side = bloc ? side : null,
            // "11 of the dead were children" names the kind it counts (partKind): a count of children, which another outlet
            // may dispute; "Fifteen of the wounded were in critical condition" names none and stays a part.
            Part = unit.Length == 0 && WholeCue.IsPart(text, q),
            Offset = measure && IsOffset(text, q),
        };
    }

    /// <summary>
    /// The spans of days of the dates and times resolved between <paramref name="start"/> and <paramref name="end"/> (the
    /// figure's sentence, at most <see cref="DayReach"/> either side of it), the narrowest where one holds another; null
    /// for a running total.
    /// </summary>
    /// <remarks>
    /// A sentence with "since" counts a running total ("more than 280,000 killed since the conflict began in 2011"): its
    /// dates open the period the count covers, so it has no day of its own to compare.
    /// </remarks>
    private static (DateOnly, DateOnly)[]? DaysNamed(string text, IReadOnlyList<TimeExpression> dates, int start, int end)
    {
        if (HasWord(text.AsSpan(start, end - start), "since"))
            return null;
        List<(DateOnly, DateOnly)>? days = null;
        for (int i = 0; i < dates.Count; i++)
        {
            var d = dates[i];
            if (d.Span.Start >= end)
                break; // dates are in text order
            if (d.Span.Start >= start && d.Span.End <= end && d.Type is TimexType.Date or TimexType.Time && d.Value is { } value
                && Analysis.Dates.TimexCalendar.TryDays(value, out var first, out var last))
                (days ??= []).Add((first, last));
        }
        if (days is null)
            return [];
        // "the second time this month ... after 17 were killed in an October 2 attack": a span that holds a narrower day of
        // the same sentence is the setting, the narrower day the incident's. Loops, not a predicate over the list being
        // pruned: a sentence names a few dates.
        var narrowest = new List<(DateOnly, DateOnly)>(days.Count);
        foreach (var d in days)
        {
            bool holdsAnother = false;
            foreach (var o in days)
                holdsAnother |= o != d && o.Item1 >= d.Item1 && o.Item2 <= d.Item2;
            if (!holdsAnother)
                narrowest.Add(d);
        }
        return [.. narrowest];
    }

    /// <summary>
    /// How far from a figure, within its sentence, a date or "since" is read as its time: unpunctuated copy runs a
    /// "sentence" to a paragraph, whose far dates are other events'.
    /// </summary>
    private const int DayReach = 200;

    private static readonly HashSet<string> NoNouns = new(StringComparer.Ordinal);

    /// <summary>Nouns of a toll that say nothing of who was hit ("11 of the victims were children"), by Porter stem.</summary>
    private static readonly FrozenSet<string> TollNouns = new[] { "victims", "casualties", "dead" }.Select(PorterStemmer.Stem).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Events that happen to persons, so that a bare count of them counts people.</summary>
    private static readonly FrozenSet<string> PersonEvents = new[] { "killed", "wounded", "missing" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The event classes of a participle or "dead" right after the figure ("50 others injured"); empty when none.</summary>
    /// <remarks>
    /// A verb with a count of its own after it is the next clause's verb, the comma between them lost: "killed more than
    /// 220000 people wounded at least one million".
    /// </remarks>
    private static HashSet<string> ParticipleEvent(string text, int from, int clauseEnd, IReadOnlyList<Quantity> quantities, bool eventBefore)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        int p = from;
        // "11 civilians including a journalist for a local channel were killed", "14 people, including two aid workers,
        // were killed", "14 people, among them three children, were wounded": the passive after the parts is the count's.
        bool comma = p < clauseEnd && p < text.Length && text[p] == ',';
        if (comma)
            p++;
        while (p < clauseEnd && p < text.Length && text[p] == ' ')
            p++;
        if (p == from)
            return found;
        int e = NextWord(text, p, clauseEnd);
        if (e == p)
            return found;
        if (PartsStart(text, p, e, clauseEnd) is int parts && AuxiliaryAfterParts(text, parts, clauseEnd) is var (auxStart, auxEnd))
            (p, e) = (auxStart, auxEnd);
        else if (comma)
            return found;
        // The figure's own passive ("21 others were wounded", "two had been killed"): its verb is what happened to it,
        // whatever the clause before it names ("four were killed, adding that 21 others were wounded").
        for (int aux = 0; aux < MaxAuxiliaries && AuxiliaryWords.Contains(text.AsSpan(p, e - p)); aux++)
        {
            if (WordAfter(text, e, clauseEnd) is not var (next, end))
                return found;
            (p, e) = (next, end);
        }
        var word = text[p..e];
        // A verb with a count after it is that count's when the figure already has a verb before it ("killed 220000 people
        // wounded at least one million"); a figure with none is the subject of a list of counts and participles, as
        // headlines write them ("2 Killed 10 Injured").
        if (!IsParticiple(word) || eventBefore && HasOwnCount(text, e, quantities))
            return found;
        // In a headline a capitalised word after it may be a count the reader left (title case hides "Dozens"): "Attacks
        // Kill 10 Civilians Injured Dozens" is no count of the injured; "Child Killed, 9 Civilians Injured in" is.
        if (char.IsUpper(word[0]) && WordAfter(text, e, clauseEnd) is var (afterStart, _) && char.IsUpper(text[afterStart]))
            return found;
        // "suffered injuries", "sustained wounds", "suffered from suffocation": what happened is the noun after the verb.
        if (word is "suffered" or "sustained")
        {
            for (int hop = 0; hop < 2; hop++)
            {
                if (WordAfter(text, e, clauseEnd) is not var (next, end))
                    return found;
                (p, e) = (next, end);
                if (text.AsSpan(p, e - p) is not ("from" or "serious" or "minor" or "severe" or "light"))
                    break;
            }
            word = text[p..e];
        }
        foreach (var (cls, kind) in CountedThings.Of(word))
        {
            if (kind == CountedKind.Event)
                found.Add(cls);
        }
        return found;
    }

    /// <summary>Whether a word that names an event stands before the figure in its clause ("killed at least 41").</summary>
    private static bool EventBefore(ClauseWords clause)
    {
        for (int w = 0; w < clause.WordsBefore; w++)
        {
            if (NamesEvent(clause.EventWords[w]))
                return true;
        }
        return false;
    }

    /// <summary>Most characters of hedge words ("at least", "another", "more than") between a verb and its count.</summary>
    private const int HedgeReach = 16;

    /// <summary>Whether a count of the article starts right after a verb, with at most a hedge between ("wounded at least 40").</summary>
    private static bool HasOwnCount(string text, int verbEnd, IReadOnlyList<Quantity> quantities)
    {
        foreach (var other in quantities)
        {
            int start = other.Span.Start;
            if (start < verbEnd || start > verbEnd + HedgeReach)
                continue;
            var gap = text.AsSpan(verbEnd, start - verbEnd);
            bool hedges = true;
            foreach (var range in gap.Split(' '))
                hedges &= gap[range].IsEmpty || QuantityCues.HedgeTokens.Has(gap[range]);
            if (hedges)
                return true;
        }
        return false;
    }

    /// <summary>
    /// +1 when the nearest verb of change before the figure in its clause goes up ("rose to"), −1 down ("fell to"); else
    /// the noun of change the figure sizes, the first word after it ("a 12% increase", "a 3 percent drop"); else 0.
    /// </summary>
    private static int DirectionOf(IReadOnlyList<string> eventWords, int wordsBefore)
    {
        for (int w = 0; w < wordsBefore && w < eventWords.Count; w++)
        {
            if (MoveOf(eventWords[w]) is int move and not 0)
                return move;
        }
        return wordsBefore < eventWords.Count ? MoveOf(eventWords[wordsBefore]) : 0;
    }

    private static int MoveOf(string word)
    {
        var stem = PorterStemmer.Stem(word.ToLowerInvariant());
        return RiseVerbs.Contains(stem) ? 1 : FallVerbs.Contains(stem) ? -1 : 0;
    }

    /// <summary>The written form of a count of lives, which the lexicon knows as a toll.</summary>
    private const string LivesForm = "lives";

    /// <summary>Verbs that keep lives rather than take them ("saved", "spared", "protect").</summary>
    private static readonly FrozenSet<string> SaveVerbs = new[] { "save", "spare", "protect", "rescue", "preserve" }
        .Select(PorterStemmer.Stem).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a verb that keeps lives stands before the figure in its clause ("could save 300 lives").</summary>
    private static bool SavedBefore(IReadOnlyList<string> eventWords, int wordsBefore)
    {
        for (int w = 0; w < wordsBefore && w < eventWords.Count; w++)
        {
            if (SaveVerbs.Contains(PorterStemmer.Stem(eventWords[w].ToLowerInvariant())))
                return true;
        }
        return false;
    }

    /// <summary>A nationality as a noun ("Americans", "Syrians"), from the gazetteer of countries.</summary>
    private static bool IsDemonym(string word) =>
        word.Length > 2 && char.IsUpper(word[0])
        && Analysis.Entities.EntityLexicon.Instance.TryGetName(word, out var entry) && entry.Is(Analysis.Entities.LexKind.Demonym);

    /// <summary>The unit without what follows "of" ("ton of aid" → "ton").</summary>
    private static string Head(string unit)
    {
        int of = unit.IndexOf(" of ", StringComparison.OrdinalIgnoreCase);
        int per = unit.IndexOf(" per ", StringComparison.OrdinalIgnoreCase);
        int cut = of < 0 ? per : per < 0 ? of : Math.Min(of, per);
        return cut < 0 ? unit : unit[..cut];
    }

    /// <summary>
    /// The counted noun a bare number leaves implied: that of a count just before it in the sentence, with only
    /// a few stop words between ("rose from 88,000 jobs to 938,000", "12 people, then 19").
    /// </summary>
    private static string? ImpliedNoun(AnalyzedArticle article, Quantity q)
    {
        Quantity? previous = null;
        foreach (var other in article.Quantities)
        {
            if (other.Span.End <= q.Span.Start && other.Unit is not null && (previous is null || other.Span.End > previous.Span.End))
                previous = other;
        }
        if (previous is null || UnitLexicon.Match(previous.Unit!, 0, attached: false, out _) is not null)
            return null;
        var gap = article.Text.AsSpan(previous.Span.End, q.Span.Start - previous.Span.End);
        if (gap.Length > 40 || gap.IndexOfAny(SentenceStops) >= 0)
            return null;
        int words = 0;
        foreach (var w in WordTokenizer.Words(gap))
        {
            var word = gap.Slice(w.Start, w.Length).ToString().ToLowerInvariant();
            if (++words > ImpliedNounGap || !StopWords.Contains(word) || ClauseJoiners.Contains(word) && word != "and")
                return null;
        }
        return previous.Unit;
    }

    /// <summary>A sentence's text with every quantity of the article in it blanked out.</summary>
    private static string Masked(AnalyzedArticle article, Model.TextSpan sentence)
    {
        var chars = article.Text.ToCharArray(sentence.Start, sentence.End - sentence.Start);
        foreach (var other in article.Quantities)
        {
            int from = Math.Max(other.Span.Start, sentence.Start), to = Math.Min(other.Span.End, sentence.End);
            for (int c = from; c < to; c++)
                chars[c - sentence.Start] = ' ';
        }
        return new string(chars);
    }

    /// <summary>Fewest content words a figure's sentence must have to stand alone (<see cref="Clause"/>).</summary>
    private const int ShortSentenceWords = 2;

    private readonly record struct ClauseWords(ContentWords Context, string Local, int[] Ranks, List<string> EventWords, int WordsBefore, int Start, int End, bool Included);

    /// <summary>
    /// The sentence around a quantity and the words of its clause next to it, both without the quantity itself
    /// or any other figure of the sentence ("by 75 basis points to 7.25%": the basis points are not what 7.25% measures).
    /// For a share read as a percentage, <paramref name="shareOf"/> is the group it counts ("adults" of "one in five
    /// adults"), a word next to it.
    /// </summary>
    private static ClauseWords Clause(AnalyzedArticle article, Quantity q, string? shareOf)
    {
        var text = article.Text;
        var sentences = article.Get(Layers.Sentences);
        int index = -1;
        for (int i = 0; i < sentences.Count && index < 0; i++)
        {
            if (sentences[i].Contains(q.Span))
                index = i;
        }
        var sentence = index >= 0 ? sentences[index] : q.Span;
        var masked = Masked(article, sentence);
        int at = q.Span.Start - sentence.Start, end = q.Span.End - sentence.Start;
        var words = new List<(int Start, int End)>();
        foreach (var w in WordTokenizer.Words(masked))
            words.Add((w.Start, w.End));
        var before = new List<string>();
        var eventWords = new List<string>();
        int gapEnd = at, seen = 0;
        // A part of a toll ("killed 58 people, including 20 children") takes the toll's event from across the break;
        // the clause words stay its own.
        bool part = FigureCues.IsIncludedPart(masked, at), crossed = false;
        for (int k = words.Count - 1; k >= 0 && seen < EventWordsBefore; k--)
        {
            var (ws, we) = words[k];
            if (we > at)
                continue;
            if (!Continues(masked, we, gapEnd, ws, we))
            {
                if (!part || crossed)
                    break;
                crossed = true;
            }
            var word = masked[ws..we];
            if (IsContent(word))
            {
                seen++;
                eventWords.Add(word);
                if (!crossed && before.Count < LocalWordsBefore && !ChangeVerbs.Contains(PorterStemmer.Stem(word.ToLowerInvariant())))
                    before.Add(word);
            }
            gapEnd = ws;
        }
        int wordsBefore = eventWords.Count;
        var after = new List<string>();
        int gapStart = end;
        seen = 0;
        foreach (var (ws, we) in words)
        {
            if (seen >= EventWordsAfter)
                break;
            if (ws < end)
                continue;
            if (!Continues(masked, gapStart, ws, ws, we))
                break;
            var word = masked[ws..we];
            // A verb with a count of its own starts the next clause, its comma lost: "killed more than 220000 people
            // wounded at least one million" (the figure keeps the event it has).
            if (NamesEvent(word) && HasOwnCount(text, sentence.Start + we, article.Quantities) && eventWords.Exists(NamesEvent))
                break;
            // Skipped only when the figure has an event of its own: a part keeps its whole's ("11 children were among
            // the 26 civilians killed").
            if (ParticipleOfOther(article, q, text, sentence.Start + ws, word) && eventWords.Exists(NamesEvent))
            {
                gapStart = we;
                continue;
            }
            if (IsContent(word))
            {
                seen++;
                eventWords.Add(word);
                if (after.Count < LocalWordsAfter && !ChangeVerbs.Contains(PorterStemmer.Stem(word.ToLowerInvariant())))
                    after.Add(word);
            }
            gapStart = we;
        }
        // "before" runs from the figure outwards; each side's words are ranked by distance, the unit's stuff is at 0.
        var stuff = shareOf is null ? UnitStuff(q.Unit ?? "") : shareOf;
        var ranks = Enumerable.Range(0, before.Count).Reverse()
            .Concat(Enumerable.Range(0, after.Count))
            .Concat(Enumerable.Repeat(0, ContentWords.Of(stuff).Count)).ToArray();
        before.Reverse();
        // A sentence that says nothing but the figure ("He was 94.") goes on from the one before it ("Warner, who served
        // five terms, has died."): what the figure is about is said there.
        var context = ContentWords.Of(masked);
        if (index > 0 && context.Count < ShortSentenceWords)
            context = ContentWords.Of(Masked(article, sentences[index - 1]) + " " + masked);
        return new ClauseWords(context, string.Join(' ', before.Concat(after).Append(stuff)), ranks, eventWords, wordsBefore, sentence.Start, sentence.End, part);
    }

    /// <summary>
    /// Whether the word at <paramref name="at"/> is the participle of another quantity right before it ("was 20 with
    /// 50 others injured": the injured are the 50, not the 20).
    /// </summary>
    private static bool ParticipleOfOther(AnalyzedArticle article, Quantity q, string text, int at, string word)
    {
        if (!IsParticiple(word))
            return false;
        foreach (var other in article.Quantities)
        {
            if (ReferenceEquals(other, q) || other.Span.End > at || other.Span.End < at - 1)
                continue;
            if (text.AsSpan(other.Span.End, at - other.Span.End).IsWhiteSpace())
                return true;
        }
        return false;
    }

    private static bool NamesEvent(string word)
    {
        foreach (var (_, kind) in CountedThings.Of(word))
        {
            if (kind == CountedKind.Event)
                return true;
        }
        return false;
    }

    /// <summary>
    /// The auxiliary (or the count's own active verb: "died", "suffered") that follows the parts named after "including"
    /// ("including a journalist for a local channel were killed"), within <see cref="MaxIncludedWords"/> words; null at a
    /// clause's end, a relative pronoun (the parts' own clause: "including two who were wounded") or a second "including".
    /// </summary>
    private static (int Start, int End)? AuxiliaryAfterParts(string text, int from, int clauseEnd)
    {
        int p = from, limit = Math.Min(clauseEnd, text.Length);
        for (int words = 0; words < MaxIncludedWords; words++)
        {
            while (p < limit && (text[p] is ' ' or ',' or '"' or '\u201c' or '\u201d' or '\''))
                p++;
            int e = p;
            // A word runs on over a hyphen, a point or an apostrophe inside it ("pro-opposition", "2.5", "O'Neill").
            while (e < limit && (char.IsLetterOrDigit(text[e]) || text[e] is '-' or '.' or '\'' or '\u2019' && e + 1 < limit && char.IsLetterOrDigit(text[e + 1])))
                e++;
            if (e == p)
                return null;
            var word = text.AsSpan(p, e - p);
            if (words > 0 && AuxiliaryWords.Contains(word) && word is not "reportedly" and not "also")
                return (p, e);
            // An active verb of the count itself: "including women and children suffered from suffocation", "including
            // two children died".
            if (words > 0 && (word is "suffered" or "sustained" or "died" or "perished" or "drowned"))
                return (p, e);
            if (word is "who" or "which" or "that" or "whom" or "whose" or "including")
                return null;
            p = e;
        }
        return null;
    }

    /// <summary>
    /// Where the parts of a count begin when the word at <paramref name="p"/> names them: after "including", or after
    /// "among them" / "among whom" ("14 people, among them three children, were wounded"); null otherwise.
    /// </summary>
    private static int? PartsStart(string text, int p, int e, int clauseEnd)
    {
        var word = text.AsSpan(p, e - p);
        if (word.SequenceEqual("including"))
            return e;
        if (!word.SequenceEqual("among"))
            return null;
        return WordAfter(text, e, clauseEnd) is var (next, end) && text.AsSpan(next, end - next) is "them" or "whom" ? end : null;
    }

    /// <summary>Most words of the parts named after "including" before the count's own verb.</summary>
    private const int MaxIncludedWords = 8;

    /// <summary>The word after the spaces that follow <paramref name="end"/>, within the clause; null when none follows.</summary>
    private static (int Start, int End)? WordAfter(string text, int end, int clauseEnd)
    {
        int next = end;
        while (next < clauseEnd && next < text.Length && text[next] == ' ')
            next++;
        int after = NextWord(text, next, clauseEnd);
        return next == end || after == next ? null : (next, after);
    }

    /// <summary>The end of the letters that start at <paramref name="from"/>, before <paramref name="limit"/>.</summary>
    private static int NextWord(string text, int from, int limit)
    {
        int e = from;
        while (e < limit && e < text.Length && char.IsLetter(text[e]))
            e++;
        return e;
    }

    /// <summary>Auxiliaries of a passive between a count and its participle ("were", "had been").</summary>
    private static readonly FrozenSet<string> Auxiliaries =
        new[] { "was", "were", "is", "are", "been", "be", "being", "has", "have", "had", "reportedly", "also" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AuxiliaryWords = Auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Most auxiliaries read before the participle ("had also been").</summary>
    private const int MaxAuxiliaries = 3;

    /// <summary>
    /// A participle or "dead" that may say what happened to a count; capitalised only when it names an event, as headlines
    /// write them ("2 Killed, 10 Injured in Shelling"), so that a name ("Ahmed") is never one.
    /// </summary>
    private static bool IsParticiple(string word)
    {
        if (word.Length == 0 || !char.IsLower(word[0]) && !(char.IsUpper(word[0]) && NamesEvent(word)))
            return false;
        var lower = char.IsUpper(word[0]) ? word.ToLowerInvariant() : word;
        return lower.EndsWith("ed", StringComparison.Ordinal) || lower is "dead" or "hurt" or "missing" or "slain";
    }

    /// <summary>False when a clause break lies in the gap [gapStart, gapEnd) or the word [ws, we) joins clauses.</summary>
    private static bool Continues(string s, int gapStart, int gapEnd, int ws, int we)
    {
        for (int c = gapStart; c < gapEnd; c++)
        {
            if (ClauseBreaks.Contains(s[c], StringComparison.Ordinal))
                return false;
        }
        return !ClauseJoiners.Contains(s[ws..we]);
    }

    private static bool IsContent(string word)
    {
        var lower = word.ToLowerInvariant();
        return char.IsLetter(word[0]) && (!StopWords.Contains(lower) || StopWords.IsMeaningful(lower));
    }

    /// <summary>The words after "of" in a unit name the stuff measured ("cubic metres of water"): they belong to the clause words.</summary>
    private static string UnitStuff(string unit)
    {
        int of = unit.IndexOf(" of ", StringComparison.OrdinalIgnoreCase);
        return of < 0 ? "" : unit[(of + 4)..];
    }

    public static string LastWord(string unit)
    {
        // Any white space: pages write "400\u00a0shootings" with a no-break space.
        var trimmed = unit.Trim().ToLowerInvariant();
        int space = trimmed.Length - 1;
        while (space >= 0 && !char.IsWhiteSpace(trimmed[space]))
            space--;
        return space < 0 ? trimmed : trimmed[(space + 1)..];
    }

    /// <summary>
    /// Whether <paramref name="word"/> stands in <paramref name="text"/> as a word of its own, any case. A vectorised search,
    /// not a regex: it runs over the sentence of every figure, and sentences of unpunctuated copy run to paragraphs.
    /// </summary>
    private static bool HasWord(ReadOnlySpan<char> text, string word)
    {
        for (int from = 0; from < text.Length;)
        {
            int at = text[from..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
                return false;
            at += from;
            int after = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (after == text.Length || !char.IsLetter(text[after])))
                return true;
            from = after;
        }
        return false;
    }
}
