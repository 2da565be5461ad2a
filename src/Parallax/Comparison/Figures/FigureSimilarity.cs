using Parallax.Text;

namespace Parallax.Comparison.Figures;

/// <summary>
/// How alike two figures of different articles are. The gate (<see cref="Compatible"/>) asks whether they can count
/// or measure the same thing; the score adds how much their sentences and clauses share.
/// </summary>
internal static class FigureSimilarity
{
    /// <summary>
    /// Whether two figures can be about the same thing:
    /// <list type="bullet">
    /// <item>a measure (percent, a currency, km, a span of time) only meets the same unit, and a word of its clause
    /// must match one of the other's near the figures, or a word of the same lexicon class ("new funding" / "new spending"),
    /// or the amounts are one (<see cref="SameAmount"/>: "suspended Trump's accounts for two years" / "suspended from its
    /// platforms for two years"; "$2.9bn" / "$3bn" for one plan);</item>
    /// <item>two counts of named nouns need a shared class ("jobs" / "positions"; "civilians" / "people"); a count of
    /// persons ("people") does not meet a count of a narrower noun ("children"), but a bare number may meet either;</item>
    /// <item>two counts whose clauses name events need a shared event ("killed" / "death toll", not "wounded");</item>
    /// <item>the size of a whole meets only the size of a whole (<see cref="WholeCue"/>);</item>
    /// <item>two bare numbers without an event share at least <see cref="FigureGrouper.MinBareMatches"/> sentence words.</item>
    /// </list>
    /// </summary>
    public static bool Compatible(Figure a, Figure b)
    {
        // Two outlets giving one person's age or one age band ("Hodgkins, 38" / "a 38-year-old Floridian"; "children ages
        // 5 to 11" twice) agree on a fact; two different ages in one story are nearly always two persons or two bands
        // ("people 65 and older" / "those ages 18 to 64"), not a dispute, so ages meet only ages from the same year
        // ("ages 12 to 15" / "as young as 12").
        if (a.Age || b.Age)
            return a.Age && b.Age && a.Quantity.Value == b.Quantity.Value;
        // Two agencies' magnitudes of one quake differ by a few tenths (5.9 / 6.1, 8.6 / 8.7); further apart they are two
        // quakes of one story (the main shock and an aftershock, or the great quake of years before), not a dispute. A
        // bare number may still be a magnitude the reader did not name.
        if (IsMagnitude(a) != IsMagnitude(b) && a.UnitKey.Length > 0 && b.UnitKey.Length > 0)
            return false;
        if ((IsMagnitude(a) || IsMagnitude(b)) && Math.Abs(a.Quantity.Value - b.Quantity.Value) > MaxMagnitudeGap + 1e-9)
            return false;
        // A whole counts something else than its parts ("of the seven members" / "two members preferring"); it meets a
        // figure that is not a whole only as the same count named twice ("two of the five Republicans" / "all five
        // Republican appointees"), never in dispute with it.
        if (a.Whole != b.Whole && !FigureAgreement.Agree(a.Quantity, 0, b.Quantity, 0))
            return false;
        // A part of a group ("Fifteen of the wounded were in critical condition") is fewer than the group ("wounded another
        // 40"): one figure only as the same count named twice ("11 of the dead were children" / "11 children were killed").
        if (a.Part != b.Part && !(a.Quantity.Value == b.Quantity.Value && a.Quantity.High == b.Quantity.High))
            return false;
        if (RunningAndDayToll(a, b))
            return false;
        if (BlocOfASide(a, b) is { } bloc)
            return bloc;
        if (a.Measure || b.Measure)
        {
            if (!(a.Measure && b.Measure) || !SameUnit(a, b))
                return false;
            // An offset from another event ("a day after the proposal") meets only the same span: two outlets' offsets
            // are mostly from two events, never a dispute.
            if ((a.Offset || b.Offset) && !(a.Quantity.Value == b.Quantity.Value && a.Quantity.High == b.Quantity.High))
                return false;
            // A share written as a fraction ("a quarter", "half of the board") meets a percentage only through the group it
            // is a share of, said near both: "half" alone is said of too many things for one amount to be enough.
            return NearestLocal(a, b) <= FigureGrouper.MaxNearRanks || SharedClass(a.Local, b.Local)
                || !a.Share && !b.Share && SameAmount(a, b) || LengthOfOneThing(a, b) || YearsSinceOneEvent(a, b);
        }
        if (a.Events.Count > 0 && b.Events.Count > 0 && !a.Events.Overlaps(b.Events))
            return false;
        if (OtherDays(a, b))
            return false;
        bool aNamed = a.People || a.Nouns.Count > 0, bNamed = b.People || b.Nouns.Count > 0;
        if (aNamed && bNamed && (a.People != b.People ? !PeopleOfOneKind(a, b) && !PeopleCountedAsCases(a, b) && !NationalsNamedTwice(a, b) && !MostlyOfTheKind(a, b) : !a.People && !a.Nouns.Overlaps(b.Nouns))
            && !JobsOfWorkers(a, b) && !MembersOfAGroup(a, b))
            return false;
        // Two counts of different nouns that meet only through a noun of their clauses ("943,000 workers" as nonfarm
        // payrolls / "943,000 jobs") need a value that does not coincide by chance: "three residential buildings" hit by
        // raids and "three children" killed in raids are two figures.
        if (aNamed && bNamed && !a.People && !b.People && !a.OwnNouns.Overlaps(b.OwnNouns)
            && Math.Min(Math.Abs(a.Quantity.Value), Math.Abs(b.Quantity.Value)) < MinPeopleOfOneKind)
            return false;
        // One exact, distinctive value in two outlets' reports of one story is one figure ("62,500" / "62,500 refugees"), and
        // so is a precise amount and a rounded mention of it ("188,829 migrants" / "nearly 190,000 migrants").
        if (SameDistinctiveValue(a, b) || RoundedOfPrecise(a, b))
            return true;
        if (!aNamed && !bNamed && a.Events.Count == 0 && b.Events.Count == 0)
            return ContentWords.Matches(a.Context, b.Context) >= FigureGrouper.MinBareMatches - (SameBound(a, b) ? 1 : 0);
        // A bare number with no event says nothing of what it counts: it meets only what its sentence shares, unless
        // both are what was expected ("the 870,000 economists had expected" / "were looking for 845,000 new jobs").
        if (((!aNamed && a.Events.Count == 0) || (!bNamed && b.Events.Count == 0)) && !(a.Forecast && b.Forecast))
            return ContentWords.Matches(a.Context, b.Context) >= FigureGrouper.MinBareMatches - 1;
        return true;
    }

    /// <summary>
    /// A running total ("136 civilians have died since July 11") and a toll its sentence dates to a day ("18 civilians were
    /// killed on Wednesday"): the total counts many incidents, the toll one, so two different values are two figures. A
    /// total said without "since" ("the war has killed about 250,000 people") or a toll of no day may still be the same
    /// running total; the same value is one figure named twice.
    /// </summary>
    private static bool RunningAndDayToll(Figure a, Figure b)
    {
        if (a.Running == b.Running || a.Quantity.Value == b.Quantity.Value && a.Quantity.High == b.Quantity.High)
            return false;
        var toll = a.Running ? b : a;
        return toll.Days is { Length: > 0 };
    }

    /// <summary>
    /// A side of a vote tally and a bloc that voted that way ("6-3" / "six conservative justices sided with the state"): one
    /// figure when the values are one, else no figure of each other ("69-30" / "19 GOP senators voted for it": a part).
    /// Null when neither is such a pair.
    /// </summary>
    private static bool? BlocOfASide(Figure a, Figure b)
    {
        var (side, bloc) = a.Side is not null ? (b, a) : (a, b);
        if (bloc.Side is null || side.Quantity.Unit != bloc.Side)
            return null;
        return side.Quantity.Value == bloc.Quantity.Value && side.Quantity.High is null && bloc.Quantity.High is null;
    }

    /// <summary>
    /// Two different counts of one event whose sentences place them days apart are two incidents' counts, not a dispute:
    /// "a week ago 2,000 people left the towns" / "some 7,000 residents left on Friday"; "last week a blast killed 14" /
    /// "the toll rose to 31 on Tuesday". Every day one sentence names is more than a day from every day the other names
    /// (the next morning's report of an evening's toll is the same incident). A sentence naming no day is taken to
    /// report the month before its article's publication, so that an incident recalled from last year ("a raid last
    /// year killed nine and injured 200") is not the news of the day; two sentences naming none say nothing. The same
    /// value is left alone: a figure given with two dates is more likely one figure misdated (tried for small values
    /// both dated weeks apart: it lost a group on unread coverage and gained none).
    /// </summary>
    private static bool OtherDays(Figure a, Figure b)
    {
        if (a.Days is not { } da || b.Days is not { } db || a.Events.Count == 0 || b.Events.Count == 0 || da.Length == 0 && db.Length == 0
            || a.Quantity.Value == b.Quantity.Value && a.Quantity.High == b.Quantity.High)
            return false;
        if (da.Length == 0 || db.Length == 0)
        {
            var (dated, undated) = da.Length == 0 ? (db, a) : (da, b);
            if (undated.Published is not { } published)
                return false;
            var news = (published.AddDays(-UndatedNewsDays), published);
            foreach (var d in dated)
            {
                if (!Apart(d, news))
                    return false;
            }
            return true;
        }
        // Loops, not LINQ: this runs for every pair of figures, and a closure per call would be garbage per pair.
        foreach (var x in da)
        {
            foreach (var y in db)
            {
                if (!Apart(x, y))
                    return false;
            }
        }
        return true;
    }

    /// <summary>More than <see cref="MaxDaysBetween"/> days lie between the two spans.</summary>
    private static bool Apart((DateOnly First, DateOnly Last) x, (DateOnly First, DateOnly Last) y) =>
        y.First.DayNumber - x.Last.DayNumber > MaxDaysBetween || x.First.DayNumber - y.Last.DayNumber > MaxDaysBetween;

    /// <summary>
    /// Most days between the spans two sentences name for one incident's counts. A toll is updated for days and the
    /// sentence may name the day of the update ("raised the toll to 1,941 on Tuesday") or of the incident ("the quake on
    /// Saturday killed 1,419"), so only a gap of more than a week tells two incidents apart.
    /// </summary>
    private const int MaxDaysBetween = 7;

    /// <summary>How far before its article's publication a count whose sentence names no day may report.</summary>
    private const int UndatedNewsDays = 30;

    /// <summary>
    /// A count of people and a count of persons of one kind ("12 people" / "12 aid workers" killed; "five people on
    /// board" / "five soldiers") are one figure when the same thing happened to both and they give one value, not a
    /// small one (two or three of anything coincide); a toll of people and a different toll of its children are two
    /// figures, civilians are never combatants and adults never children.
    /// </summary>
    private static bool PeopleOfOneKind(Figure a, Figure b)
    {
        var (people, kind) = a.People ? (a, b) : (b, a);
        if (!people.People || !kind.Persons || !a.Events.Overlaps(b.Events) && !SameDistinctiveValue(a, b))
            return false;
        // Persons named by their part in the event ("43 people were arrested" / "more than 40 protesters were detained";
        // hostages freed, suspects charged) are all the people it happened to, so their counts may differ as any two
        // outlets' counts do; children or soldiers among a toll may be a part of it.
        if (a.Events.Overlaps(b.Events) && kind.OwnNouns.Overlaps(RoleKinds) && a.Quantity.Value >= MinPeopleOfOneKind && b.Quantity.Value >= MinPeopleOfOneKind
            && !IsOrderOfMagnitude(a.Quantity) && !IsOrderOfMagnitude(b.Quantity))
            return true;
        if (a.Quantity.Value != b.Quantity.Value || a.Quantity.High != b.Quantity.High || a.Quantity.Value < MinPeopleOfOneKind
            || IsOrderOfMagnitude(a.Quantity) || IsOrderOfMagnitude(b.Quantity))
            return false;
        return !(people.UnitKey == CivilianKey && kind.Nouns.Overlaps(Combatants)) && !(people.UnitKey == AdultKey && kind.OwnNouns.Contains(ChildClass));
    }

    /// <summary>
    /// A toll of people said to be mostly persons of one kind and another outlet's count of those persons: "killed 22 people,
    /// mostly children" / "20 children were killed". The kind's count is most of the toll, so not under half of it, and
    /// not a part named with its whole ("including 15 children"), which is a share of another count.
    /// </summary>
    private static bool MostlyOfTheKind(Figure a, Figure b)
    {
        var (people, kind) = a.People ? (a, b) : (b, a);
        if (!people.People || !kind.Persons || people.Mostly.Length == 0 || kind.Included || kind.Part
            || IsOrderOfMagnitude(a.Quantity) || IsOrderOfMagnitude(b.Quantity))
            return false;
        bool named = false;
        foreach (var cls in people.Mostly)
            named |= kind.OwnNouns.Contains(cls);
        double p = Math.Abs(people.Quantity.High ?? people.Quantity.Value), k = Math.Abs(kind.Quantity.Value);
        return named && k >= p / 2 && k <= p * 2;
    }

    /// <summary>
    /// A count of a nationality and a count of persons of that nationality named by their trade, with values that agree:
    /// "The 200 Afghans" / "about 200 Afghan interpreters", "5,000 Syrians" / "5,000 Syrian refugees". A nationality says
    /// who the persons are, as the trade does.
    /// </summary>
    private static bool NationalsNamedTwice(Figure a, Figure b)
    {
        var (nationals, kind) = a.People ? (a, b) : (b, a);
        // A nationality is capitalised ("Afghans"); "people" and "civilians" leave here, before anything is split.
        if (!nationals.People || kind.People || nationals.UnitKey.Length == 0 || nationals.Quantity.Unit is not { Length: > 0 } n || !char.IsUpper(n[0])
            || kind.Quantity.Unit is not { } unit || Math.Min(a.Quantity.Value, b.Quantity.Value) < MinPeopleOfOneKind
            || IsOrderOfMagnitude(a.Quantity) || IsOrderOfMagnitude(b.Quantity) || !FigureAgreement.Agree(a.Quantity, 0, b.Quantity, 0))
            return false;
        var words = unit.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!kind.Persons && !IsAgentNoun(words[^1]))
            return false;
        // The nationality as the kind's modifier, capitalised as a nationality is ("Afghan interpreter").
        for (int i = 0; i < words.Length - 1; i++)
        {
            if (char.IsUpper(words[i][0]) && PorterStemmer.Stem(words[i].ToLowerInvariant()) == nationals.UnitKey)
                return true;
        }
        return false;
    }

    /// <summary>A noun of a person by what they do ("interpreter", "contractor", "journalist", "student", "technician").</summary>
    private static bool IsAgentNoun(string word) =>
        word.Length > 4 && (word.EndsWith("er", StringComparison.Ordinal) || word.EndsWith("or", StringComparison.Ordinal)
            || word.EndsWith("ist", StringComparison.Ordinal) || word.EndsWith("ian", StringComparison.Ordinal)
            || word.EndsWith("ant", StringComparison.Ordinal) || word.EndsWith("ent", StringComparison.Ordinal));

    /// <summary>
    /// People said to be infected, or to have tested positive, are the cases of an outbreak: "1,234 people had been
    /// infected" / "1,243 cases had been confirmed". The people's own clause must say so; "1,200 people were evacuated"
    /// is no count of cases.
    /// </summary>
    private static bool PeopleCountedAsCases(Figure a, Figure b)
    {
        var (people, cases) = a.People ? (a, b) : (b, a);
        if (!people.People || !cases.OwnNouns.Contains(CaseClass) || people.Events.Count > 0)
            return false;
        foreach (var word in people.Local.Lower)
        {
            foreach (var (cls, _) in CountedThings.Of(word))
            {
                if (cls == CaseClass)
                    return true;
            }
        }
        return false;
    }

    private const string CaseClass = "case";

    /// <summary>
    /// Jobs and the workers who hold them are one count when the value is distinctive ("will cut 11,000 jobs" / "is laying
    /// off more than 11,000 employees"; "added 531,000 jobs" / "hired 531,000 workers"), or one is the other's rounding: a
    /// round "5,000 jobs" and "5,000 workers" stay two counts.
    /// </summary>
    private static bool JobsOfWorkers(Figure a, Figure b) =>
        (a.Nouns.Contains(JobClass) && b.Nouns.Contains(WorkerClass) || a.Nouns.Contains(WorkerClass) && b.Nouns.Contains(JobClass))
        && (SameDistinctiveValue(a, b) || RoundedOfPrecise(a, b));

    private const string JobClass = "job", WorkerClass = "worker";

    /// <summary>
    /// A count of a group's members, the group left unsaid or named by a name ("killed at least 25 members", "25 members of
    /// the Nusra Front"), and a count of persons of one kind to which the same happened ("25 militants were killed"), when
    /// their values agree: the members are persons of some kind, and which kind is what the other outlet says. Two values
    /// that disagree are as likely two groups' tolls ("18 members of the SDF" killed by a strike / "13 militants" the SDF
    /// killed), and a value too small to tell one count from another still stops them (below).
    /// </summary>
    private static bool MembersOfAGroup(Figure a, Figure b)
    {
        var (members, kind) = a.UnitKey == WhatItCounts.MemberKey ? (a, b) : (b, a);
        return members.UnitKey == WhatItCounts.MemberKey && kind.UnitKey != WhatItCounts.MemberKey && kind.Persons && !kind.People
            && members.Events.Count > 0 && kind.Events.Count > 0 && members.Events.Overlaps(kind.Events)
            && FigureAgreement.Agree(a.Quantity, a.Perpetrators, b.Quantity, b.Perpetrators);
    }

    /// <summary>Least value for which a count of people and one of persons of a kind may be one figure.</summary>
    private const double MinPeopleOfOneKind = 5;

    private static readonly string CivilianKey = PorterStemmer.Stem("civilians");

    // Adults are never the children of the same count.
    private static readonly string AdultKey = PorterStemmer.Stem("adults");

    private const string ChildClass = "child";

    /// <summary>Lexicon classes of persons who fight: never the civilians of the same toll.</summary>
    private static readonly HashSet<string> Combatants = new(StringComparer.Ordinal) { "fighter", "soldier", "police" };

    /// <summary>Lexicon classes of persons named by their part in an event: the protesters, the hostages, the suspects, the migrants.</summary>
    private static readonly HashSet<string> RoleKinds = new(StringComparer.Ordinal) { "protester", "hostage", "suspect", "migrant" };

    /// <summary>
    /// Whether two same-valued figures of one article may be mentions of one figure: compatible, and no people/kind mix
    /// unless one thing happened to both and <see cref="PeopleOfOneKind"/> holds ("killed 270 soldiers" / "killed 270 people"),
    /// and neither is a part of another toll ("executed 48 people, among them 10 children" is no mention of "air strikes
    /// killed at least 10 people" further down).
    /// </summary>
    public static bool SameMention(Figure a, Figure b) =>
        (!(a.People && b.Persons || a.Persons && b.People) || a.Events.Overlaps(b.Events) && PeopleOfOneKind(a, b) && !a.Included && !b.Included)
        && Compatible(a, b);

    /// <summary>
    /// The same value written exactly, distinctive enough that two outlets giving it in one story mean one figure: three
    /// significant digits or more ("62,500", "254", "1,495,709"), or two from a thousand up ("15,000", "$6.4 billion").
    /// Not an order of magnitude in words, nor a hedged or rounded figure of one digit ("about 100", "$10 billion").
    /// </summary>
    public static bool SameDistinctiveValue(Figure a, Figure b)
    {
        var (x, y) = (a.Quantity, b.Quantity);
        if (x.Value != y.Value || x.High != y.High || x.High is not null || IsOrderOfMagnitude(x) || IsOrderOfMagnitude(y))
            return false;
        int digits = a.Digits;
        return digits >= 3 || digits == 2 && Math.Abs(x.Value) >= 1000;
    }

    /// <summary>
    /// A precise amount and a mention of it written to fewer digits, from a thousand up: one side to three significant
    /// digits or more, the other to two or more, and the coarse one is the precise one rounded to its digits, or cut
    /// in the direction its hedge says ("$138.7 million" / "almost $139 million"; "1,626,042 signatures" / "more than 1.6
    /// million signatures"; "188,829 migrants" / "more than 188,000 migrants"). "more than 178,000" is not a mention of
    /// 188,000, though the two wordings allow one value. One digit is too coarse ("$2 trillion" is said of many things),
    /// and so are two of a small number; three are not ("$4.33" / "$4.331" a gallon).
    /// </summary>
    public static bool RoundedOfPrecise(Figure a, Figure b)
    {
        var (x, y) = (a.Quantity, b.Quantity);
        if (x.Value == y.Value || x.High is not null || y.High is not null || IsOrderOfMagnitude(x) || IsOrderOfMagnitude(y)
            || Math.Max(a.Digits, b.Digits) < 3 || Math.Min(a.Digits, b.Digits) < 2 || a.Digits == b.Digits
            || Math.Min(Math.Abs(x.Value), Math.Abs(y.Value)) < 1000 && Math.Min(a.Digits, b.Digits) < 3 || Math.Sign(x.Value) != Math.Sign(y.Value))
            return false;
        var (precise, coarse, digits) = a.Digits > b.Digits ? (x, y, b.Digits) : (y, x, a.Digits);
        double place = Math.Pow(10, Math.Floor(Math.Log10(Math.Abs(precise.Value))) - digits + 1);
        double scaled = Math.Abs(precise.Value) / place;
        double written = FigureAgreement.BoundOf(coarse) switch
        {
            1 => Math.Floor(scaled),
            -1 => Math.Ceiling(scaled),
            _ => Math.Round(scaled, MidpointRounding.AwayFromZero),
        };
        return Math.Abs(written * place - Math.Abs(coarse.Value)) <= 1e-9 * Math.Abs(coarse.Value);
    }

    /// <summary>Significant digits of a value as news writes it: 62,500 → 3, 15,000 → 2, 6.4 billion → 2, 254 → 3.</summary>
    public static int SignificantDigits(double v)
    {
        if (v <= 0 || !double.IsFinite(v))
            return 0;
        // Thirteen significant digits round away the noise of scaled values (6.4 × 10⁹); trailing zeros are not significant.
        Span<char> buffer = stackalloc char[32];
        if (!v.TryFormat(buffer, out int written, "E12", System.Globalization.CultureInfo.InvariantCulture))
            return 0;
        var mantissa = buffer[..written];
        mantissa = mantissa[..mantissa.IndexOf('E')].TrimEnd('0');
        int digits = 0;
        foreach (var c in mantissa)
            digits += char.IsAsciiDigit(c) ? 1 : 0;
        return digits;
    }

    /// <summary>
    /// Two measures of one unit with one exact value of two significant digits or more, whose sentences share a word
    /// ("prices increased 0.8 percent" / "the month-to-month gain was 0.8%" share none and stay apart; "3.6 percent" /
    /// "3.6%" for one forecast of inflation): the gate already found the unit and a clause or class match.
    /// </summary>
    private static bool SameMeasuredValue(Figure a, Figure b) =>
        a.Measure && b.Measure && a.Quantity.Value == b.Quantity.Value && a.Quantity.High == b.Quantity.High
        && !IsOrderOfMagnitude(a.Quantity) && !IsSpanOfTime(a) && a.Digits >= 2
        && ContentWords.Matches(a.Context, b.Context) >= 1;

    /// <summary>
    /// One exact measure of two significant digits or more, not a span of time, that moved the same way in both ("unemployment
    /// fell to 5.8%" / "the jobless rate dropped to 5.8 percent"): the direction says what the sentences' different words do
    /// not. A rise and a fall to one value, or an unsaid move, need the sentences.
    /// </summary>
    private static bool SameMove(Figure a, Figure b) =>
        a.Measure && b.Measure && a.Direction != 0 && a.Direction == b.Direction && a.Digits >= 2
        && a.Quantity.Value == b.Quantity.Value && a.Quantity.High is null && b.Quantity.High is null
        && a.Quantity.Approximation is null && b.Quantity.Approximation is null && !IsSpanOfTime(a) && SameUnit(a, b);

    /// <summary>Two counts of one named kind with one exact value ("850,000 jobs" / "850,000 new jobs").</summary>
    private static bool SameValueOfOneKind(Figure a, Figure b) =>
        !a.Measure && !b.Measure && a.Quantity.Value == b.Quantity.Value && a.Quantity.High == b.Quantity.High
        && !IsOrderOfMagnitude(a.Quantity) && (a.People && b.People || a.Nouns.Overlaps(b.Nouns) || BlocOfASide(a, b) == true);

    /// <summary>
    /// Two counts to which one thing happened, of one kind ("2,300 people from their homes" / "3,100 people had been
    /// evacuated"), or with the kind left implied on a side when their values agree ("killed at least 16 people" / "put
    /// the death toll at 16"; "wounded another 40" / "wounded 40"): a bare toll is too common to dispute on the event alone.
    /// </summary>
    private static bool SameKindAndEvent(Figure a, Figure b) =>
        !a.Measure && !b.Measure && a.Events.Overlaps(b.Events)
        && (a.People && b.People || a.Nouns.Overlaps(b.Nouns)
            || (!Named(a) || !Named(b)) && FigureAgreement.Agree(a.Quantity, a.Perpetrators, b.Quantity, b.Perpetrators));

    /// <summary>
    /// Two forecasts of one named kind, or one left bare ("economists were expecting 870,000 jobs" / "had been looking for
    /// 845,000 new jobs" / "the 870,000 economists had expected"): what was expected is one figure of the story, and
    /// outlets that give it differently dispute it.
    /// </summary>
    private static bool ForecastsOfOneKind(Figure a, Figure b) =>
        a.Forecast && b.Forecast && !a.Measure && !b.Measure && (a.People && b.People || a.Nouns.Overlaps(b.Nouns) || !Named(a) || !Named(b));

    /// <summary>
    /// Two amounts of one unit written as the size of one kind of thing ("the $1.2 trillion measure" / "a roughly $1 trillion
    /// infrastructure bill"; <see cref="Figure.Heads"/>), not an order of magnitude apart: one thing's size, however the
    /// sentences around them run.
    /// </summary>
    internal static bool SizesOfOneThing(Figure a, Figure b)
    {
        if (!a.Measure || !b.Measure || a.Heads.Length == 0 || b.Heads.Length == 0 || IsOrderOfMagnitude(a.Quantity) || IsOrderOfMagnitude(b.Quantity))
            return false;
        var (low, high) = Sizes(a, b);
        if (low <= 0 || high / low > FigureGrouper.ImplausibleRatio)
            return false;
        foreach (var x in a.Heads)
        {
            if (Array.IndexOf(b.Heads, x) >= 0)
                return true;
        }
        return false;
    }

    /// <summary>Whether the figure names what it counts (people, or a noun).</summary>
    public static bool Named(Figure f) => f.People || f.Nouns.Count > 0;

    /// <summary>
    /// How alike two figures' readings are (0 when <see cref="Compatible"/> refuses them). With
    /// <paramref name="revision"/>, one is its own article's earlier report of the other (<see cref="Figure.Earlier"/>):
    /// the values may be far apart ("one person was killed" reported earlier, "at least nine" now).
    /// </summary>
    public static double Score(Figure a, Figure b, bool revision = false)
    {
        if (a.Context.Count == 0 || b.Context.Count == 0 || !Compatible(a, b))
            return 0;
        double matches = ContentWords.Matches(a.Context, b.Context);
        double containment = matches / Math.Min(a.Context.Count, b.Context.Count);
        double dice = 2 * matches / (a.Context.Count + b.Context.Count);
        double sentence = Math.Max(dice, 0.6 * containment);
        double local = LocalMatches(a, b);
        double clause = local == 0 ? 0 : 2 * local / (a.Local.Count + b.Local.Count);
        double score = sentence + FigureGrouper.LocalWeight * clause;
        bool distinctive = SameDistinctiveValue(a, b), rounded = RoundedOfPrecise(a, b);
        if (score < FigureGrouper.MinContext)
        {
            // Two counts of the same kind of thing to which the same happened ("2,300 people from their homes" /
            // "3,100 people had been evacuated") are one figure of one story however differently the sentences run; so
            // are one exact value of one kind ("850,000 jobs" / "850,000 new jobs", "254" yeas / "254" yeas) and one
            // distinctive value, or its rounding.
            if (!SameKindAndEvent(a, b) && !SameValueOfOneKind(a, b) && !distinctive && !rounded && !SameMeasuredValue(a, b)
                && !ForecastsOfOneKind(a, b) && !SameMove(a, b) && !SizesOfOneThing(a, b) && !LengthOfOneThing(a, b)
                && !YearsSinceOneEvent(a, b) && !NationalsNamedTwice(a, b))
                return 0;
            score = FigureGrouper.MinContext;
        }
        if (a.Measure)
        {
            // The gate already found what both measure beside them; the noun both amounts size says it outright.
            score += SizesOfOneThing(a, b) ? 2 * FigureGrouper.NounBonus : FigureGrouper.NounBonus;
        }
        else
        {
            bool bothEvents = a.Events.Count > 0 && b.Events.Count > 0;
            bool bothNouns = (a.People || a.Nouns.Count > 0) && (b.People || b.Nouns.Count > 0);
            // What was expected is the event of two forecasts ("were expecting" / "had been looking for").
            if (bothEvents || a.Forecast && b.Forecast)
                score += FigureGrouper.EventBonus;
            if (bothNouns)
                score += FigureGrouper.NounBonus;
            if (!bothEvents && !bothNouns)
                score *= FigureGrouper.HalfKnownCredit;
        }
        // Two figures attributed to one source ("the Observatory said" / "Observatory chief ... told AFP") are its figure
        // in both outlets: where an outlet gives two sources' tolls, the source tells which is which.
        if (a.Source.Count > 0 && b.Source.Count > 0 && a.Source.Overlaps(b.Source))
            score += FigureGrouper.SourceBonus;
        // What was expected is not what happened: "870,000 expected" and "943,000 added" are two figures.
        if (a.Forecast != b.Forecast)
            score *= FigureGrouper.ForecastMismatchCredit;
        var (low, high) = Sizes(a, b);
        // Two outlets' figures for one thing are seldom far apart: beyond the ratio, the score falls with the distance.
        if (low > 0 && high / low > FigureGrouper.ImplausibleRatio && !revision)
            score *= FigureGrouper.ImplausibleRatio * low / high;
        if (IsOrderOfMagnitude(a.Quantity) || IsOrderOfMagnitude(b.Quantity))
            score *= FigureGrouper.OrderOfMagnitudeCredit;
        // Two ages meet only from one year (Compatible): "ages 12 to 15" and "as young as 12" give one youngest age.
        if (a.Quantity.Value == b.Quantity.Value && (a.Quantity.High == b.Quantity.High || a.Age && b.Age))
            score += (distinctive ? FigureGrouper.SameValueBonus + FigureGrouper.DistinctiveValueBonus : FigureGrouper.SameValueBonus)
                + (SameBound(a, b) ? FigureGrouper.AgreeBonus : 0);
        else if (FigureAgreement.Agree(a.Quantity, a.Perpetrators, b.Quantity, b.Perpetrators))
            score += FigureGrouper.AgreeBonus + (rounded ? FigureGrouper.DistinctiveValueBonus : 0);
        return Math.Min(1, score);
    }

    /// <summary>The smaller and the larger of two figures' sizes (absolute values).</summary>
    public static (double Low, double High) Sizes(Figure a, Figure b)
    {
        double x = Math.Abs(a.Quantity.Value), y = Math.Abs(b.Quantity.Value);
        return x <= y ? (x, y) : (y, x);
    }

    /// <summary>
    /// Two measures of one unit whose amounts are one: the same value and a word of their sentences shared, or values
    /// the wordings allow to be one ("$2.9bn" / "$3bn", "nearly 30%" / "29.4%") and two words shared; two spans of time
    /// of different lengths need <see cref="FigureGrouper.MinBareMatches"/>. In one story, one amount in one unit is seldom
    /// two things ("expected to remain at the base for a week" / "expected to stay there for around a week"); the score
    /// still needs the sentences alike.
    /// </summary>
    private static bool SameAmount(Figure a, Figure b)
    {
        if (IsOrderOfMagnitude(a.Quantity) || IsOrderOfMagnitude(b.Quantity))
            return false;
        bool same = a.Quantity.Value == b.Quantity.Value && a.Quantity.High == b.Quantity.High;
        if (!same && !FigureAgreement.Agree(a.Quantity, 0, b.Quantity, 0))
            return false;
        // Two lengths of time ("two years" / "three years") are said of many things in one story: their sentences must
        // share more; one distinctive amount ("$6.4 billion") is one thing.
        if (!IsSpanOfTime(a) && (SameDistinctiveValue(a, b) || RoundedOfPrecise(a, b)))
            return true;
        if (SameMove(a, b))
            return true;
        double needed = IsSpanOfTime(a) ? (same ? 1 : FigureGrouper.MinBareMatches) : same ? 1 : 2;
        return ContentWords.Matches(a.Context, b.Context) >= needed;
    }

    /// <summary>
    /// One value under one bound, written alike ("below 400,000" / "dipped below 400,000"; "more than 2,000" / "over 2,000"):
    /// the outlets repeat one threshold the story turns on.
    /// </summary>
    private static bool SameBound(Figure a, Figure b) =>
        a.Quantity.Value == b.Quantity.Value && a.Quantity.High is null && b.Quantity.High is null && a.Quantity.Value >= 10
        && FigureAgreement.BoundOf(a.Quantity) is int sa && sa != 0 && sa == FigureAgreement.BoundOf(b.Quantity);

    /// <summary>Most two magnitudes of one quake may differ (<see cref="Compatible"/>).</summary>
    public const double MaxMagnitudeGap = 0.3;

    private static bool IsMagnitude(Figure f) => f.Quantity.Unit == Analysis.Quantities.QuantityParser.MagnitudeUnit;

    internal static bool IsSpanOfTime(Figure f) =>
        f.Quantity.Unit is { Length: > 0 } unit && Analysis.Quantities.UnitLexicon.Match(unit, 0, attached: false, out _)?.Kind == Analysis.Quantities.UnitKind.Time;

    /// <summary>"tens of thousands", "dozens", "hundreds": a range of one order of magnitude written in words.</summary>
    public static bool IsOrderOfMagnitude(Analysis.Quantity q) =>
        q.High is double high && high == 10 * q.Value && q.Text.Length > 0 && char.IsLetter(q.Text[0]);

    // Spans of time meet only in one unit: WordNet makes "days" and "years" synonyms (a lifetime), never one figure's units.
    private static bool SameUnit(Figure a, Figure b) =>
        a.UnitKey == b.UnitKey
        || !(IsSpanOfTime(a) && IsSpanOfTime(b)) && a.UnitWords.Any(x => b.UnitWords.Any(y => Synonyms.AreSynonyms(x, y)))
        || SameAmountOfARate(a, b);

    /// <summary>"$92 a month" / "an increase of $92": one amount, once with its rate and once without (or rounded: "$4.33 a gallon" / "$4.331").</summary>
    private static bool SameAmountOfARate(Figure a, Figure b)
    {
        if (a.Quantity.Unit is not { } ua || b.Quantity.Unit is not { } ub
            || (a.Quantity.Value != b.Quantity.Value || a.Quantity.High != b.Quantity.High) && !RoundedOfPrecise(a, b))
            return false;
        int pa = ua.IndexOf(" per ", StringComparison.Ordinal), pb = ub.IndexOf(" per ", StringComparison.Ordinal);
        return (pa >= 0) != (pb >= 0) && string.Equals(pa >= 0 ? ua[..pa] : ua, pb >= 0 ? ub[..pb] : ub, StringComparison.Ordinal);
    }

    /// <summary>
    /// One length of one thing that lasts, said as a modifier and as a span: a penalty or restriction ("a conditional
    /// two-year ban" / "suspended Trump's accounts for two years", "a 10-year sentence" / "sentenced to 10 years in prison",
    /// "a 14-day quarantine" / "must isolate for 14 days"), a truce ("an eight-hour truce" / "the pause is to last for
    /// eight hours") or an outage ("a six-hour blackout" / "the outage lasted six hours"). The modifier has its noun beside
    /// it; the span's verb may stand several words off, so the other side's whole sentence counts. The same value only.
    /// </summary>
    private static bool LengthOfOneThing(Figure a, Figure b) =>
        IsSpanOfTime(a) && a.Quantity.Value == b.Quantity.Value && a.Quantity.High == b.Quantity.High
        && (SharedClass(a.Local, b.Context, LastingClasses) || SharedClass(a.Context, b.Local, LastingClasses));

    /// <summary>
    /// An anniversary and an offset of as many years: "the 20th anniversary" / "the towers fell two decades ago", "the 75th
    /// anniversary of the landings" / "75 years after the landings". An anniversary counts the years since its event, and
    /// a story marking one gives that count both ways. The same value only.
    /// </summary>
    private static bool YearsSinceOneEvent(Figure a, Figure b) =>
        a.Quantity.Value == b.Quantity.Value && a.Quantity.High is null && b.Quantity.High is null && a.UnitKey == b.UnitKey
        && (IsAnniversary(a) && b.Offset || IsAnniversary(b) && a.Offset);

    private static bool IsAnniversary(Figure f) => f.Quantity.Text.Contains("anniversar", StringComparison.OrdinalIgnoreCase);

    /// <summary>The lexicon classes of things whose length is told (<see cref="LengthOfOneThing"/>).</summary>
    private static readonly string[] LastingClasses = ["ban", "sentence", "restriction", "truce", "outage"];

    /// <summary>
    /// True when a clause word of each belongs to one class of the counted-things lexicon; with <paramref name="only"/>,
    /// one of those classes.
    /// </summary>
    private static bool SharedClass(ContentWords a, ContentWords b, string[]? only = null)
    {
        foreach (var x in a.Lower)
        {
            foreach (var (cls, _) in CountedThings.Of(x))
            {
                if (only is not null && Array.IndexOf(only, cls) < 0)
                    continue;
                foreach (var y in b.Lower)
                {
                    foreach (var (other, _) in CountedThings.Of(y))
                    {
                        if (cls == other)
                            return true;
                    }
                }
            }
        }
        return false;
    }

    /// <summary>
    /// Words the two clause neighbourhoods share, each used once: by stem or synonym, but not a name against a
    /// name ("Bank", "Castavia": the story's names sit beside every figure).
    /// </summary>
    private static int LocalMatches(Figure fa, Figure fb)
    {
        ContentWords a = fa.Local, b = fb.Local;
        var used = new bool[b.Count];
        int matches = 0;
        for (int i = 0; i < a.Count; i++)
        {
            for (int j = 0; j < b.Count; j++)
            {
                if (used[j] || (a.Capitalised[i] && b.Capitalised[j]))
                    continue;
                if (Alike(a, b, i, j))
                {
                    used[j] = true;
                    matches++;
                    break;
                }
            }
        }
        return matches;
    }

    /// <summary>The least sum of ranks (distance from the figure) of two matching clause words, or int.MaxValue.</summary>
    private static int NearestLocal(Figure fa, Figure fb)
    {
        ContentWords a = fa.Local, b = fb.Local;
        int nearest = int.MaxValue;
        for (int i = 0; i < a.Count; i++)
        {
            for (int j = 0; j < b.Count; j++)
            {
                if (fa.Ranks[i] + fb.Ranks[j] < nearest && !(a.Capitalised[i] && b.Capitalised[j]) && Alike(a, b, i, j))
                    nearest = fa.Ranks[i] + fb.Ranks[j];
            }
        }
        return nearest;
    }

    private static bool Alike(ContentWords a, ContentWords b, int i, int j) =>
        a.Stems[i] == b.Stems[j] || a.SynonymOf(i, b, j);
}
