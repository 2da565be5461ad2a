using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Parallax.Text;

namespace Parallax.Comparison.Figures;

/// <summary>
/// What the words around a figure say beyond what it counts: a toll that counts its attacker ("nine, including the
/// gunman"), the source a figure is attributed to ("the Observatory put the toll at 31"), a noun named before it
/// ("the number of victims is at least 70"), and a forecast whose forecasters are not what it counts ("the 870,000
/// economists had expected"). Every pattern reads a short stretch of one sentence with bounded repetitions.
/// </summary>
internal static partial class FigureCues
{
    /// <summary>Most characters after a figure searched for "including the gunman".</summary>
    private const int PerpetratorReach = 80;

    /// <summary>Most characters before a figure searched for "the number of X is".</summary>
    private const int NumberOfReach = 90;

    /// <summary>Most characters after a figure searched for "from their homes".</summary>
    private const int DisplacedReach = 60;

    /// <summary>Most words of the phrase that names a figure's source, read from its reporting verb.</summary>
    private const int SourceWords = 10;

    /// <summary>
    /// "nine people dead, including the gunman", "12 killed, among them two attackers": the toll counts who did it.
    /// Not after "not" ("eight, not including the gunman"); "plus the gunman" is left out, since it adds to the count.
    /// </summary>
    [GeneratedRegex(@"^\W{0,3}(?:[\p{L}-]+\W{1,3}){0,8}?(?<!\bnot\s)(?:including|among\s+them|counting)\s+(?:(?<n>the|a|an|one|two|three|four|both|its|their)\s+)?(?:(?:suicide|lone|alleged|suspected|armed)\s+)?(?<who>gunm[ae]n|shooters?|attackers?|assailants?|bombers?|perpetrators?|hijackers?|killers?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PerpetratorsRegex();

    /// <summary>"the number of victims [in the explosion] is at least", "the total of people evacuated rose to": the noun before the figure.</summary>
    [GeneratedRegex(@"\b(?:number|count|total|tally)\s+of\s+(?<noun>[\p{L}-]+)(?:\s+(?:\[[^\]]{0,40}\]|\([^)]{0,40}\)|[\p{L}-]+)){0,5}?\s+(?:is|was|are|were|stood\s+at|stands\s+at|rose\s+to|reached|climbed\s+to|has\s+risen\s+to|had\s+risen\s+to|hit|jumped\s+to|totalled|totaled)\s*(?:(?:at\s+least|more\s+than|over|nearly|almost|about|some|around|up\s+to)\s*)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberOfRegex();

    /// <summary>
    /// "a magnitude 7.2 earthquake", "a magnitude of 6.4": a scale named before its reading, which
    /// the compound after it names too ("a 7.2-magnitude quake").
    /// </summary>
    [GeneratedRegex(@"\b(?<noun>magnitude)(?:\s+of)?\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScaleBeforeRegex();

    /// <summary>
    /// "forcing 2,300 people from their homes", "2,000 remain out of their homes", "left 500 homeless", "3,100 residents
    /// had been moved out of the lower town", "forced to flee": people displaced, said without the verb "evacuate". Not
    /// "returned to their homes", "pulled out of the rubble", nor homes as what is counted ("500 homes").
    /// </summary>
    [GeneratedRegex(@"^\W{0,3}(?:[\p{L}'-]+\W{1,3}){0,4}?(?:(?:from|out\s+of)\s+(?:their|his|her)\s+(?:own\s+)?homes?|homeless|(?:moved|forced|driven|ordered)\s+out\s+of|forced\s+to\s+(?:leave|flee))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DisplacedRegex();

    /// <summary>
    /// Whether the sentence gives the figure as an earlier report of a count: a cue before it that the count was reported
    /// before ("the Observatory had earlier reported 12 dead", "SANA reported earlier that one person was killed", "the
    /// source earlier put the toll at 5", "updating a previous toll of 112", "from the initially reported 473,000"), with
    /// no word of the later count between the cue and the figure ("had earlier reported 12 but now says 20"). Not a time
    /// of the event ("Earlier on Friday a car bomb killed 20") nor earlier reports the figure corrects ("contrary to earlier
    /// reports, 20 died": the noun cue needs its article).
    /// </summary>
    public static bool EarlierReport(string text, int sentenceStart, int figureStart)
    {
        var before = text.AsSpan(sentenceStart, figureStart - sentenceStart);
        int last = -1;
        foreach (var m in EarlierReportRegex().EnumerateMatches(before))
            last = m.Index + m.Length;
        return last >= 0 && !LaterCountRegex().IsMatch(before[last..]);
    }

    [GeneratedRegex(@"\b(?:(?:(?:had|has|have)\s+)?earlier\s+(?:reported|said|put|given|gave|announced|stated|estimated|counted|recorded|confirmed|told)|(?:reported|said|announced|stated|estimated)\s+earlier|(?:an?|the)\s+(?:earlier|previous|prior|initial|preliminary)\s+(?:death\s+)?(?:toll|tally|count|figure|estimate|report)s?|initially\s+(?:reported|said|put|gave|estimated|announced))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EarlierReportRegex();

    /// <summary>Words between an earlier-report cue and a figure that introduce the later count instead.</summary>
    [GeneratedRegex(@"\b(?:now|but|later|since|revised|raised|updated|rose|risen|climbed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LaterCountRegex();

    /// <summary>
    /// "since" opening the period a running total covers: a date or a season ("since July 11", "since 2011", "since last
    /// month", "since early March"), or the start of the conflict or crisis ("since the war began", "since the start of the
    /// uprising"). Not a clause of cause ("since the army refused"), which names no period, nor a day of the week or "last
    /// week" ("killed in battles since Wednesday afternoon"): a few days are the incident's own span, and its toll.
    /// </summary>
    [GeneratedRegex(@"\bsince\s+(?:(?:the\s+)?(?:start|beginning|outbreak|onset|end)\b|(?:the|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:war|conflict|uprising|revolution|crisis|pandemic|fighting|offensive|campaign|operation|siege|invasion|insurgency|protests?|outbreak|attacks?|strikes?|bombardment|ceasefire|truce)\b|(?:early|late|mid-?)\s*(?:\d{4}|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|(?:Jan(?:uary)?|Feb(?:ruary)?|March|Mar|April|Apr|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b|(?:1[89]|20)\d{2}\b|last\s+(?:month|year|spring|summer|autumn|fall|winter)\b|(?:it|they)\s+(?:began|started|erupted|broke\s+out)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RunningSinceRegex();

    /// <summary>
    /// Whether a sentence counts a running total: a "since" that opens a period (<see cref="RunningSinceRegex"/>), not one
    /// that dates a record ("the biggest job gain since August last year", "the first time since 2019", "its lowest since
    /// March"), which compares the figure to the past rather than adding it up.
    /// </summary>
    public static bool RunningTotal(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        foreach (var m in RunningSinceRegex().EnumerateMatches(span))
        {
            if (!AfterRecord(span[..m.Index]))
                return true;
        }
        return false;
    }

    /// <summary>Most words before "since" searched for a superlative or a record that it dates.</summary>
    private const int RecordWords = 10;

    private static bool AfterRecord(ReadOnlySpan<char> before)
    {
        int words = 0;
        int end = before.Length;
        while (end > 0 && words < RecordWords)
        {
            while (end > 0 && !char.IsLetter(before[end - 1]))
            {
                // A clause break ends the search: "killed 136 civilians, the most since March" is still dated.
                if (before[end - 1] is '.' or ';' or ':')
                    return false;
                end--;
            }
            int start = end;
            while (start > 0 && (char.IsLetter(before[start - 1]) || before[start - 1] == '-'))
                start--;
            if (start == end)
                break;
            var word = before[start..end];
            if (Records.Contains(word.ToString()) || word.Length > 5 && word.EndsWith("est", StringComparison.OrdinalIgnoreCase)
                && !word.EndsWith("quest", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("rest", StringComparison.OrdinalIgnoreCase)
                && !word.EndsWith("test", StringComparison.OrdinalIgnoreCase))
                return true;
            words++;
            end = start;
        }
        return false;
    }

    /// <summary>Words that make a "since" date a record rather than open a period ("the most since", "the first time since").</summary>
    private static readonly FrozenSet<string> Records = new[] { "most", "first", "record", "best", "worst", "fewest", "never" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The lexicon classes of the noun an amount is the size of, written right after it as its modifier: "the $1.2 trillion
    /// measure", "a roughly $1 trillion infrastructure bill", "the $3.5 trillion spending package" (the compound's last word
    /// the lexicon knows). At most <see cref="HeadWords"/> words, up to a function word: "$1.2 trillion for roads" and "$40
    /// million in aid" name no head. Empty when none.
    /// </summary>
    public static string[] HeadOfAmount(string text, int amountEnd, int clauseEnd)
    {
        int i = amountEnd;
        string? found = null;
        for (int w = 0; w < HeadWords && i < clauseEnd; w++)
        {
            int start = i;
            while (start < clauseEnd && (text[start] == ' ' || text[start] == '\u00a0' || w == 0 && text[start] == '-'))
                start++;
            int end = start;
            while (end < clauseEnd && (char.IsLetter(text[end]) || text[end] == '-' && end + 1 < clauseEnd && char.IsLetter(text[end + 1])))
                end++;
            if (end == start)
                break;
            var word = text[start..end];
            if (NotAHead.Contains(word))
                break;
            var classes = CountedThings.Of(word);
            if (classes.IsEmpty)
            {
                // The compound ends at a word the lexicon does not know: its last known word is the head.
                if (found is not null)
                    break;
            }
            else
            {
                found = word;
            }
            i = end;
        }
        if (found is null)
            return [];
        var heads = new List<string>();
        foreach (var (cls, kind) in CountedThings.Of(found))
        {
            if (kind == CountedKind.Noun)
                heads.Add(cls);
        }
        return [.. heads];
    }

    /// <summary>Most words read after an amount for the noun it is the size of (<see cref="HeadOfAmount"/>).</summary>
    private const int HeadWords = 3;

    /// <summary>Words after an amount that show it is not a modifier: prepositions, verbs, conjunctions, a determiner.</summary>
    private static readonly FrozenSet<string> NotAHead = new[]
    {
        "for", "in", "to", "of", "on", "at", "by", "from", "with", "into", "over", "under", "per", "each", "a", "an", "the", "and",
        "or", "but", "than", "that", "which", "who", "was", "is", "are", "were", "be", "been", "will", "would", "has", "have", "had",
        "more", "less", "last", "this", "next", "ago", "later", "earlier", "after", "before", "since", "as", "worth",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the clause after a figure says its people were driven from their homes (<see cref="DisplacedRegex"/>).</summary>
    public static bool Displaced(string text, int figureEnd, int clauseEnd) =>
        figureEnd < clauseEnd && DisplacedRegex().IsMatch(text.AsSpan(figureEnd, Math.Min(clauseEnd, figureEnd + DisplacedReach) - figureEnd));

    /// <summary>
    /// "120 voted against", "while 67 opposed it", "212 voted in favour", "(the 221 lawmakers) who voted to impeach", "three
    /// justices dissented", "all nine members of the board backed it", "four sided with the chief justice", "a five-justice
    /// majority": a count that is one side of a vote. A short "of the …" may stand between the count and its verb ("nine
    /// members of the school board backed", "68 of the 100-member Senate supported"), and so may who put them there ("the
    /// six justices appointed by Republican presidents voting to uphold"); "backed by" and "supported by" say who backs the
    /// count, not how it voted.
    /// </summary>
    [GeneratedRegex(@"^\s+(?:of\s+(?:the|its|their)\s+(?:[\p{L}\p{N}'-]+\s+){0,3}?[\p{L}'-]+\s+)?(?:(?:nominated|appointed|named|picked|chosen|elected)\s+by\s+(?:[\p{L}'.-]+\s+){1,3}?)?(?:who\s+)?(?:(?:had|have|has|were|was|then|also|all|eventually|ultimately)\s+){0,2}(?:(?<nay>vot(?:ed|ing)\s+(?:against|no\b|nay)|opposed\b|dissent(?:ed|ing)?\b|in\s+(?:the\s+)?(?:dissent|minority)\b)|(?<yea>vot(?:ed|ing)\s+(?:for\b|in\s+fav(?:o|ou)r|yes\b|yea|to\s+(?!be\b)\p{L})|sided\s+with\b|(?:backed|supported)\b(?!\s+by\b)|joined\s+the\s+majority\b|in\s+the\s+majority\b|(?:formed|made\s+up)\s+the\s+majority\b))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VoteSideRegex();

    /// <summary>
    /// "with 48 against", "52 in favour and 48 against": a side of a vote named without the verb, the word after the count
    /// ending its phrase.
    /// </summary>
    [GeneratedRegex(@"^\s+(?:(?<nay>against|opposed)|(?<yea>in\s+fav(?:o|ou)r))(?=\s*(?:[,.;)]|and\b|to\b|with\b|$))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ElidedVoteSideRegex();

    /// <summary>"a five-justice majority", "six justices in a conservative majority" read as "five-justice majority": the count is the yeas.</summary>
    [GeneratedRegex(@"^\s+(?:[\p{L}'-]+\s+)?majority\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MajorityAfterRegex();

    /// <summary>
    /// The yeas when a count of a chamber's members is followed by "majority" ("a five-justice majority", "a six-member
    /// conservative majority"), or null.
    /// </summary>
    public static string? MajorityAfter(string text, int figureEnd, int clauseEnd) =>
        figureEnd < clauseEnd && MajorityAfterRegex().IsMatch(text.AsSpan(figureEnd, Math.Min(clauseEnd, figureEnd + DisplacedReach) - figureEnd))
            ? Analysis.Quantities.QuantityParser.YeaUnit : null;

    /// <summary>A sentence about a vote: the elided sides ("with 48 against") count only in one.</summary>
    [GeneratedRegex(@"\bvot(?:e|es|ed|ing)\b|\bballots?\b|\bin\s+fav(?:o|ou)r\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VoteWordRegex();

    /// <summary>
    /// The side of a vote a bare count stands for when the words after it say how it voted ("120 voted against":
    /// the nays; in a sentence about a vote, "with 48 against"), or null.
    /// </summary>
    public static string? VoteSide(string text, int sentenceStart, int figureEnd, int clauseEnd)
    {
        if (figureEnd >= clauseEnd)
            return null;
        int length = Math.Min(clauseEnd, figureEnd + DisplacedReach) - figureEnd;
        var m = VoteSideRegex().Match(text, figureEnd, length);
        if (!m.Success)
        {
            m = ElidedVoteSideRegex().Match(text, figureEnd, length);
            if (!m.Success || !VoteWordRegex().IsMatch(text.AsSpan(sentenceStart, clauseEnd - sentenceStart)))
                return null;
        }
        return m.Groups["nay"].Success ? Analysis.Quantities.QuantityParser.NayUnit : Analysis.Quantities.QuantityParser.YeaUnit;
    }

    /// <summary>A verb that attributes what a sentence says to a source.</summary>
    [GeneratedRegex(@"\b(?<back>said|says|say|told|tells|reported|reports|put|puts|gave|gives|estimated|estimates|confirmed|announced|stated|counted|recorded|documented)\b|\b(?<fwd>according\s+to|citing|cited\s+by|quoted\s+by)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AttributionRegex();

    /// <summary>"101,789 "obsolete and outdated" names": a quoted modifier between a number and its noun.</summary>
    [GeneratedRegex(@"^\s*[""“'‘][^""”'’\n]{1,40}[""”'’]\s+(?<noun>\p{L}[\p{L}-]*)", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedModifierRegex();

    /// <summary>"had expected", "were forecasting", "predict": what forecasters do with a figure.</summary>
    [GeneratedRegex(@"^\s+(?:(?:had|have|has|were|are|was|is|been|had\s+been|widely|on\s+average)\s+){0,2}(?:expect|forecast|predict|estimat|anticipat|project|penciled|pencilled|look(?:ed|ing)?\s+for)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForecastVerbRegex();

    /// <summary>
    /// "the nearly 1 million jobs economists expected", "a 3.6% rise analysts polled by Reuters had forecast": forecasters and
    /// their verb right after the figure's noun, a relative clause that makes the figure what was expected.
    /// </summary>
    [GeneratedRegex(@"^\s+(?:(?:most|many|some)\s+)?(?:economists|analysts|forecasters|experts|pollsters|strategists|traders|investors)(?:\s+(?:polled|surveyed)\s+by(?:\s+\p{Lu}[\p{L}&.-]*){1,3})?(?:\s+(?:had|have|has|were|are|was|is|been|widely|on\s+average)){0,2}\s+(?:expect|forecast|predict|estimat|anticipat|project|penciled|pencilled|look(?:ed|ing)?\s+for)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForecastersAfterRegex();

    /// <summary>True when forecasters and their verb follow the figure in its clause ("1 million jobs economists expected").</summary>
    public static bool ForecastersAfter(string text, int figureEnd, int clauseEnd)
    {
        int length = Math.Min(80, Math.Max(0, clauseEnd - figureEnd));
        return length > 0 && ForecastersAfterRegex().IsMatch(text.AsSpan(figureEnd, length));
    }

    /// <summary>Those who forecast a figure; as the noun after it they are its subject, not what it counts.</summary>
    private static readonly FrozenSet<string> Forecasters = new[]
    {
        "economist", "analyst", "forecaster", "expert", "pollster", "strategist", "observer", "trader", "investor", "estimate",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before a figure, in its clause, that make it a forecast ("were expecting 870,000", "economists surveyed by").</summary>
    private static readonly FrozenSet<string> ForecastWords = new[]
    {
        "expect", "expects", "expected", "expecting", "forecast", "forecasts", "forecasting", "forecasted", "predict", "predicts",
        "predicted", "predicting", "anticipated", "anticipating", "consensus", "surveyed", "polled", "economists", "analysts", "forecasters",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a figure goes on a forecast said just before it in its sentence: "economists had expected prices to rise 3.6
    /// percent over the year, and 0.2 percent from the month before". The figure before is a forecast (a forecast word
    /// among the <see cref="ForecastReach"/> words before it) and only "and" and a few words stand between the two.
    /// </summary>
    public static bool ForecastGoesOn(string text, IReadOnlyList<Analysis.Quantity> quantities, Analysis.Quantity q, int sentenceStart)
    {
        Analysis.Quantity? previous = null;
        foreach (var other in quantities)
        {
            if (other.Span.End <= q.Span.Start && other.Span.Start >= sentenceStart && (previous is null || other.Span.Start > previous.Span.Start))
                previous = other;
        }
        if (previous is null || q.Span.Start - previous.Span.End > CoordinatedGap)
            return false;
        var gap = text.AsSpan(previous.Span.End, q.Span.Start - previous.Span.End);
        if (gap.IndexOfAny(".;:!?") >= 0 || !AndRegex().IsMatch(gap))
            return false;
        var before = text.AsSpan(sentenceStart, previous.Span.Start - sentenceStart);
        var words = new List<string>();
        foreach (var w in Text.WordTokenizer.Words(before))
            words.Add(before.Slice(w.Start, w.Length).ToString());
        for (int i = words.Count - 1; i >= 0 && i >= words.Count - ForecastReach; i--)
        {
            if (ForecastWords.Contains(words[i]))
                return true;
        }
        return false;
    }

    /// <summary>Most characters between two coordinated figures of one forecast (<see cref="ForecastGoesOn"/>).</summary>
    private const int CoordinatedGap = 40;

    /// <summary>Words before a figure searched for the forecast word that another figure goes on (<see cref="ForecastGoesOn"/>).</summary>
    private const int ForecastReach = 8;

    [GeneratedRegex(@"\band\b", RegexOptions.CultureInvariant)]
    private static partial Regex AndRegex();

    /// <summary>True for a word that makes the figure after it a forecast ("expecting", "consensus", "economists").</summary>
    public static bool IsForecastWord(string word) => ForecastWords.Contains(word);

    /// <summary>Common nouns that name a source in an attribution ("a medical source", "the ministry", "witnesses").</summary>
    private static readonly FrozenSet<string> SourceNouns = new[]
    {
        "source", "official", "monitor", "observatory", "ministry", "agency", "television", "tv", "media", "police", "hospital",
        "medic", "doctor", "witness", "activist", "governor", "spokesman", "spokeswoman", "spokesperson", "army", "military",
        "government", "authorities", "authority", "department", "survey", "poll", "group", "rescuer", "newspaper", "outlet",
    }.SelectMany(w => new[] { w, PorterStemmer.Stem(w) }).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>How many perpetrators a toll says it counts ("nine, including the gunman": 1); 0 when none.</summary>
    public static int Perpetrators(string text, int figureEnd, int sentenceEnd)
    {
        int length = Math.Min(PerpetratorReach, Math.Max(0, sentenceEnd - figureEnd));
        if (length == 0)
            return 0;
        var m = PerpetratorsRegex().Match(text, figureEnd, length);
        if (!m.Success)
            return 0;
        return m.Groups["n"].Value.ToLowerInvariant() switch
        {
            "two" or "both" => 2,
            "three" => 3,
            "four" => 4,
            _ => 1,
        };
    }

    /// <summary>
    /// The noun a figure counts, named before it ("the number of victims is at least 70" → "victims"), or the scale it reads
    /// ("a magnitude 7.2 earthquake" → "magnitude"), or null.
    /// </summary>
    public static string? NounBefore(string text, int sentenceStart, int figureStart)
    {
        int from = Math.Max(sentenceStart, figureStart - NumberOfReach);
        var m = NumberOfRegex().Match(text, from, figureStart - from);
        if (m.Success)
            return m.Groups["noun"].Value;
        m = ScaleBeforeRegex().Match(text, from, figureStart - from);
        return m.Success ? m.Groups["noun"].Value.ToLowerInvariant() : null;
    }

    /// <summary>
    /// The plural noun after a quoted modifier ("101,789 "obsolete and outdated" names" → "names"), or null: the
    /// quantity reader stops at the quote, so the counted noun is left behind it.
    /// </summary>
    public static string? NounAfterQuote(string text, int figureEnd, int sentenceEnd)
    {
        if (NounAfter(QuotedModifierRegex(), text, figureEnd, sentenceEnd, 60) is not { } noun)
            return null;
        return char.IsLower(noun[0]) && (noun.EndsWith('s') || !CountedThings.Of(noun).IsEmpty) ? noun : null;
    }

    /// <summary>"…, including at least 20 children", "…, among them 11 children", "…, of whom 12": a part of a count just before.</summary>
    [GeneratedRegex(@"\b(?:including|includes|included|among\s+(?:them|whom|those|the\s+\p{L}+)|of\s+whom)\s+(?:at\s+least|about|around|some|nearly|almost|more\s+than|over|up\s+to)?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IncludedRegex();

    /// <summary>
    /// Whether the words right before a figure make it a part of a count said before it in the sentence ("killed 58
    /// people, including 20 children"): what happened to the whole happened to the part, across the comma.
    /// </summary>
    public static bool IsIncludedPart(string sentence, int figureStart)
    {
        figureStart = Math.Clamp(figureStart, 0, sentence.Length);
        int from = Math.Max(0, figureStart - 40);
        return IncludedRegex().IsMatch(sentence.AsSpan(from, figureStart - from));
    }

    /// <summary>The <c>noun</c> group of <paramref name="pattern"/> matched right after a figure, within <paramref name="reach"/> characters of its clause; null when none.</summary>
    private static string? NounAfter(Regex pattern, string text, int figureEnd, int clauseEnd, int reach) =>
        MatchAfter(pattern, text, figureEnd, clauseEnd, reach) is { } m ? m.Groups["noun"].Value : null;

    /// <summary><paramref name="pattern"/> matched right after a figure, within <paramref name="reach"/> characters of its clause; null when none.</summary>
    private static Match? MatchAfter(Regex pattern, string text, int figureEnd, int clauseEnd, int reach)
    {
        int length = Math.Min(reach, Math.Max(0, clauseEnd - figureEnd));
        if (length == 0)
            return null;
        var m = pattern.Match(text, figureEnd, length);
        return m.Success ? m : null;
    }

    /// <summary>"100 or more employees", "50 or fewer seats": a bound's noun after the comparative.</summary>
    [GeneratedRegex(@"^\s+(?:or|and)\s+(?:more|fewer|less|over|above|under)\s+(?<noun>\p{Ll}[\p{L}-]*)", RegexOptions.CultureInvariant)]
    private static partial Regex ComparativeNounRegex();

    /// <summary>
    /// The noun a bare number counts when a comparative stands between them ("companies with 100 or more employees"):
    /// a plural or a lexicon noun, not a verb ("100 or more were killed").
    /// </summary>
    public static string? NounAfterComparative(string text, int figureEnd, int clauseEnd)
    {
        if (NounAfter(ComparativeNounRegex(), text, figureEnd, clauseEnd, 40) is not { } noun)
            return null;
        bool lexicon = false;
        foreach (var (_, kind) in CountedThings.Of(noun))
            lexicon |= kind != CountedKind.Event;
        return lexicon || noun.Length > 3 && noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.Ordinal) ? noun : null;
    }

    /// <summary>", most of them children", ", mostly women and children", ", all of them soldiers": who most of a count were.</summary>
    [GeneratedRegex(@"^,?\s+(?:(?:most|all|nearly\s+all|almost\s+all|the\s+majority)\s+of\s+(?:them|whom)\s+(?:were\s+|being\s+)?|(?:mostly|mainly|largely|predominantly|overwhelmingly|chiefly|primarily)\s+)(?<noun>\p{Ll}[\p{L}-]*)(?:,?\s+and\s+(?<noun>\p{Ll}[\p{L}-]*))?",
        RegexOptions.CultureInvariant)]
    private static partial Regex MostlyKindRegex();

    /// <summary>
    /// The lexicon classes of persons a count of people is said to be mostly or all of, right after it ("killed 22 people,
    /// mostly children"; "26 civilians, most of them women and children"): another outlet that counts only those persons
    /// ("20 children were killed") may give the same toll. Empty when none is said, or the words are no persons
    /// ("most of them from the north").
    /// </summary>
    public static string[] MostlyKind(string text, int figureEnd)
    {
        // Across the comma that ends the count's clause: the description follows it.
        if (MatchAfter(MostlyKindRegex(), text, figureEnd, text.Length, MostlyReach) is not { } m)
            return [];
        List<string>? classes = null;
        foreach (Capture c in m.Groups["noun"].Captures)
        {
            foreach (var (cls, kind) in CountedThings.Of(c.Value))
            {
                if (kind == CountedKind.Person && !(classes ??= []).Contains(cls))
                    classes.Add(cls);
            }
        }
        return classes?.ToArray() ?? [];
    }

    /// <summary>Characters after a count searched for who most of it were (<see cref="MostlyKind"/>).</summary>
    private const int MostlyReach = 60;

    /// <summary>"9 of the dead were children", "11 of the victims were children", "9 were children": a toll's part and its kind.</summary>
    [GeneratedRegex(@"^(?:\s+of\s+(?:the|those)\s+(?:dead|killed|victims|wounded|injured|casualties))?\s+(?:were|was)\s+(?:(?:all|mostly|also)\s+)?(?<noun>\p{Ll}[\p{L}-]*)",
        RegexOptions.CultureInvariant)]
    private static partial Regex DeadOfKindRegex();

    /// <summary>
    /// The kind a bare part of a toll counts when the sentence names it after "were" ("The Observatory said 9 of the dead
    /// were children"; after a count of victims, "11 of the victims were children"): a noun of the lexicon's persons or
    /// people, not a verb ("9 of the dead were identified") nor a place ("were from the village").
    /// </summary>
    public static string? NounOfTheDead(string text, int figureEnd, int clauseEnd)
    {
        if (NounAfter(DeadOfKindRegex(), text, figureEnd, clauseEnd, 60) is not { } noun)
            return null;
        foreach (var (_, kind) in CountedThings.Of(noun))
        {
            if (kind is CountedKind.Person or CountedKind.People)
                return noun;
        }
        return null;
    }

    /// <summary>"… members of medical staff", "… members of the armed police": the group named after a count of members.</summary>
    [GeneratedRegex(@"^\s+of\s+(?:(?:the|a|an|its|their|his|her|our)\s+)?(?<w>\p{Ll}[\p{L}-]*)(?:\s+(?<w>\p{Ll}[\p{L}-]*)){0,2}",
        RegexOptions.CultureInvariant)]
    private static partial Regex MembersOfRegex();

    /// <summary>Words that end the name of a group after "members of": a clause goes on ("of the family who were killed").</summary>
    private static readonly FrozenSet<string> GroupNameEnds = new[] { "who", "that", "which", "were", "was", "are", "is", "in", "on", "at", "and", "or", "from", "with", "by", "to" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// What a count of members counts when the group is named by a noun of persons after it ("15 members of medical
    /// staff" are staff; "nine members of the riot police" are police): that noun, the first of the lexicon's persons or
    /// people within three lower-case words. Null for a group named by a name ("members of the Nusra Front", "of
    /// Congress") or by a noun that says nothing of who they are ("members of one family").
    /// </summary>
    public static string? GroupOfMembers(string text, int figureEnd, int clauseEnd)
    {
        if (MatchAfter(MembersOfRegex(), text, figureEnd, clauseEnd, 50) is not { } m)
            return null;
        foreach (Capture word in m.Groups["w"].Captures)
        {
            if (GroupNameEnds.Contains(word.Value))
                return null;
            foreach (var (_, kind) in CountedThings.Of(word.Value))
            {
                if (kind is CountedKind.Person or CountedKind.People)
                    return word.Value;
            }
        }
        return null;
    }

    /// <summary>"the 870,000 economists had expected": the noun after the number is who forecast it.</summary>
    public static bool IsForecaster(string unitHead, string text, int figureEnd, int sentenceEnd)
    {
        if (!Forecasters.Contains(PorterStemmer.Stem(unitHead.ToLowerInvariant())) && !Forecasters.Contains(unitHead.TrimEnd('s')))
            return false;
        int length = Math.Min(40, Math.Max(0, sentenceEnd - figureEnd));
        return length > 0 && ForecastVerbRegex().IsMatch(text.AsSpan(figureEnd, length));
    }

    /// <summary>
    /// The words naming the source a figure is attributed to: the attribution nearest the figure in its sentence
    /// ("..., the Observatory said", "according to the health ministry", "Observatory chief Rami Abdel Rahman told AFP"),
    /// read back from the reporting verb (and forward after "said", "told", "according to") up to a clause break;
    /// names and source nouns only, as lower-case stems. Empty when the sentence names no source.
    /// </summary>
    public static HashSet<string> Source(string text, int sentenceStart, int sentenceEnd, int figureStart, int figureEnd)
    {
        Match? nearest = null;
        int best = int.MaxValue;
        for (var m = AttributionRegex().Match(text, sentenceStart, sentenceEnd - sentenceStart); m.Success; m = m.NextMatch())
        {
            int distance = m.Index >= figureEnd ? m.Index - figureEnd : Math.Max(0, figureStart - (m.Index + m.Length));
            if (distance < best)
            {
                best = distance;
                nearest = m;
            }
        }
        if (nearest is null)
            return NoSource;
        var words = new HashSet<string>(StringComparer.Ordinal);
        if (nearest.Groups["back"].Success)
            Collect(text, nearest.Index, sentenceStart, -1, figureStart, figureEnd, words);
        Collect(text, nearest.Index + nearest.Length, sentenceEnd, +1, figureStart, figureEnd, words);
        return words;
    }

    // Shared by every figure whose sentence names no source (most of them); never written to.
    private static readonly HashSet<string> NoSource = new(StringComparer.Ordinal);

    /// <summary>Source words from <paramref name="at"/> towards <paramref name="limit"/>, stopping at a clause break or the figure.</summary>
    private static void Collect(string text, int at, int limit, int direction, int figureStart, int figureEnd, HashSet<string> into)
    {
        int taken = 0, i = at;
        while (taken < SourceWords)
        {
            // Skip to the next word, stopping at punctuation that closes the phrase.
            while (direction < 0 ? i > limit : i < limit)
            {
                char c = direction < 0 ? text[i - 1] : text[i];
                if (char.IsLetterOrDigit(c))
                    break;
                if (c is ',' or ';' or ':' or '.' or '"' or '“' or '”' or '(' or ')' or '—' or '–' or '\n')
                    return;
                i += direction;
            }
            if (direction < 0 ? i <= limit : i >= limit)
                return;
            int start = i, end = i;
            if (direction < 0)
            {
                while (start > limit && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '-' or '\'' or '’'))
                    start--;
            }
            else
            {
                while (end < limit && (char.IsLetterOrDigit(text[end]) || text[end] is '-' or '\'' or '’'))
                    end++;
            }
            if (start < figureEnd && end > figureStart)
                return;
            var word = text[start..end];
            i = direction < 0 ? start : end;
            taken++;
            var lower = word.ToLowerInvariant();
            if (char.IsDigit(word[0]) || StopWords.Contains(lower))
                continue;
            var stem = PorterStemmer.Stem(lower);
            if (char.IsUpper(word[0]) || SourceNouns.Contains(lower) || SourceNouns.Contains(stem))
                into.Add(stem);
        }
    }
}
