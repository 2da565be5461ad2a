using Parallax.Analysis;

namespace Parallax.Comparison.Figures;

/// <summary>
/// One quantity of an article and what it counts or measures, as <see cref="WhatItCounts"/> resolved it.
/// </summary>
/// <param name="Ref">The article and the quantity's index in it.</param>
/// <param name="Quantity">The quantity.</param>
/// <param name="UnitKey">Stem of the unit's last word, "" for a bare number.</param>
/// <param name="UnitWords">The unit's canonical last word and the word as written.</param>
/// <param name="Measure">A unit of the unit lexicon (percent, a currency, km, a span of time) rather than a counted noun.</param>
/// <param name="Nouns">Classes of what is counted (lexicon classes, or the head noun's stem); empty when nothing is named.</param>
/// <param name="OwnNouns">The classes of <paramref name="Nouns"/> read from the counted noun itself, not from the clause around it.</param>
/// <param name="People">What is counted is persons and nothing more ("people", "civilians", "Americans").</param>
/// <param name="Persons">What is counted is persons of one kind ("children", "soldiers", "aid workers"; lexicon kind <c>person</c>).</param>
/// <param name="Events">Lexicon classes of what happened to it, read from the clause ("killed", "wounded").</param>
/// <param name="Context">Content words of the sentence, other figures masked.</param>
/// <param name="Local">Content words of the figure's clause next to it, verbs of change left out.</param>
/// <param name="Ranks">Each clause word's distance from the figure on its side.</param>
/// <param name="Perpetrators">How many attackers a toll says it includes ("nine, including the gunman": 1).</param>
/// <param name="Source">Stems of the source the sentence attributes the figure to ("the Observatory said"); empty when none.</param>
/// <param name="Forecast">What was expected, not what happened ("economists were expecting 870,000 jobs").</param>
/// <param name="Whole">The size of a whole another figure is part of ("six of the seven members"; <see cref="WholeCue"/>).</param>
/// <param name="Share">A share written as a fraction, read as a percentage ("two-thirds of voters"; <see cref="WhatItCounts.IsShare"/>).</param>
internal sealed record Figure(
    FigureRef Ref, Quantity Quantity, string UnitKey, string[] UnitWords, bool Measure,
    HashSet<string> Nouns, HashSet<string> OwnNouns, bool People, bool Persons, HashSet<string> Events,
    ContentWords Context, ContentWords Local, int[] Ranks, int Perpetrators, HashSet<string> Source, bool Forecast, bool Whole,
    bool Share)
{
    /// <summary>How a measure moved by its clause's verb of change: +1 up ("rose to 5.4%"), −1 down ("fell to 5.8%"), 0 unsaid.</summary>
    public int Direction { get; init; }

    /// <summary>
    /// The spans of days the figure's sentence names ("on Tuesday", "last week", "in 2015"), resolved against the
    /// publication date; empty when it names none, null when the figure has no day to compare (a measure, a running
    /// total "since 2011"). Two tolls of days apart are two incidents' tolls.
    /// </summary>
    public (DateOnly First, DateOnly Last)[]? Days { get; init; }

    /// <summary>
    /// The side of a vote ("yea", "nay") a bloc named by its leaning or party voted ("six conservative justices sided with
    /// the state"): a part of that side, or all of it when the values are one.
    /// </summary>
    public string? Side { get; init; }

    /// <summary>
    /// A span of time that places something against another event ("a day after the proposal", "three days ago", "two
    /// weeks earlier"), not a length anything lasted; <see cref="WhatItCounts.IsOffset"/>.
    /// </summary>
    public bool Offset { get; init; }

    /// <summary>A bare count of a part of a group named after it ("Fifteen of the wounded"; <see cref="WholeCue.IsPart"/>).</summary>
    public bool Part { get; init; }

    /// <summary>
    /// A count over a period that runs to the time of writing ("more than 280,000 killed since the conflict began",
    /// "136 civilians since July 11"): its sentence has a "since" that opens a period (<see cref="FigureCues.RunningTotal"/>).
    /// Not the count of one incident.
    /// </summary>
    public bool Running { get; init; }

    /// <summary>
    /// For a measure, the lexicon classes of the noun it is the size of, written right after it ("the $1.2 trillion
    /// measure": bill; <see cref="FigureCues.HeadOfAmount"/>); empty when none.
    /// </summary>
    public string[] Heads { get; init; } = [];

    /// <summary>
    /// The figure is an earlier report of a count its article also gives as it stands now ("the Observatory had earlier
    /// reported 12 dead"; <see cref="FigureCues.EarlierReport"/>): it joins the later count's group whatever its value,
    /// and takes no part in the group's verdict.
    /// </summary>
    public bool Earlier { get; init; }

    /// <summary>
    /// A part of a count said before it in its sentence ("executed 48 people, among them 10 children", "110 of them under
    /// 18"; <see cref="FigureCues.IsIncludedPart"/>, <see cref="WholeCue.IsPartOfThem"/>): the children of that toll, not a
    /// restatement of another count of the article.
    /// </summary>
    public bool Included { get; init; }

    /// <summary>
    /// The classes of persons a count of people is said to be mostly or all of ("22 people, mostly children";
    /// <see cref="FigureCues.MostlyKind"/>); empty when none.
    /// </summary>
    public string[] Mostly { get; init; } = [];

    /// <summary>The day the figure's article was published (its reference date), when known.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>An age: a person's or an age band's (<see cref="WhatItCounts.IsAge"/>).</summary>
    public bool Age { get; } = WhatItCounts.IsAge(Quantity);

    /// <summary>Significant digits of the value as written (62,500 → 3; <see cref="FigureSimilarity.SignificantDigits"/>), once per figure.</summary>
    public int Digits { get; } = FigureSimilarity.SignificantDigits(Math.Abs(Quantity.Value));

    /// <summary>What the figure counts, in words for the report ("people killed", "job").</summary>
    public string Label
    {
        get
        {
            var noun = Quantity.Unit is { Length: > 0 } u ? Analysis.Quantities.UnitNames.Of(u) : People || Nouns.Count == 0 ? "" : Nouns.First();
            var ev = Events.Count > 0 ? Events.First() : "";
            return $"{noun} {ev}".Trim();
        }
    }
}
