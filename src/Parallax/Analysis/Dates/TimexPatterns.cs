using System.Text.RegularExpressions;

namespace Parallax.Analysis.Dates;

/// <summary>
/// The source-generated patterns the temporal tagger scans with. Month and weekday names are matched
/// case-sensitively (capitalised) so that "may" and "march" as verbs never start a date; the rest is
/// case-insensitive. Every pattern is linear: bounded alternations, no nested quantifiers.
/// </summary>
internal static partial class TimexPatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    public const string Month = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    public const string Weekday = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private const string Year = @"(?:1[6-9]|20)\d\d";
    private const string Day = @"(?:3[01]|[12]\d|0?[1-9])";
    private const string Tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private const string Ones = "one|two|three|four|five|six|seven|eight|nine";

    /// <summary>A count: digits, number words ("twenty-five"), "a"/"an", or a vague amount ("several").</summary>
    public const string Number = @"\d+(?:\.\d+)?|(?:" + Tens + ")(?:[- ](?:" + Ones + "))?|" + Ones +
        "|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:a |one )?hundred|a dozen|dozen|half an?|an?|several|a few|few|many|a couple of|couple of|numerous";

    public const string Unit = @"seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|centur(?:y|ies)";
    private const string PluralUnit = "seconds|minutes|hours|days|weeks|months|years|decades";
    private const string PartOfDay = "morning|afternoon|evening|night";
    private const string TimeZone = "GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|EET|EEST|MSK";

    /// <summary>"December 15", "Dec. 23, 2016", "Sept. 30".</summary>
    [GeneratedRegex(@"\b(?<month>" + Month + @")\.?\s+(?<day>" + Day + @")(?:st|nd|rd|th)?\b(?!:\d|\.\d|,\d)(?:,?\s+(?<year>" + Year + @")\b)?", Options)]
    public static partial Regex MonthDay();

    /// <summary>"23 December 2016", "15th of March".</summary>
    [GeneratedRegex(@"\b(?<day>" + Day + @")(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>" + Month + @")\b\.?(?:,?\s+(?<year>" + Year + @")\b)?", Options)]
    public static partial Regex DayMonth();

    /// <summary>"March 2011", "Aug. of 1988".</summary>
    [GeneratedRegex(@"\b(?<month>" + Month + @")\.?,?\s+(?:of\s+)?(?<year>" + Year + @")\b", Options)]
    public static partial Regex MonthYear();

    /// <summary>A month name alone ("in January"); the tagger checks its context.</summary>
    [GeneratedRegex(@"\b(?<month>" + Month + @")\b\.?", Options)]
    public static partial Regex MonthAlone();

    /// <summary>"2016-12-23" and US numeric "12/23/2016".</summary>
    [GeneratedRegex(@"\b(?:(?<year>(?:19|20)\d\d)-(?<month>0[1-9]|1[0-2])-(?<day>[0-3]\d)|(?<month>1[0-2]|0?[1-9])/(?<day>[0-3]?\d)/(?<year>(?:19|20)\d\d))\b", Options)]
    public static partial Regex NumericDate();

    /// <summary>A bare year, with its possessive ("1989's"); the tagger rejects counts ("2000 people").</summary>
    [GeneratedRegex(@"(?<![\w$£€.,/:])(?<!(?<!\b(?i:mid))-)(?<year>" + Year + @")(?![\w%]|[.,:/-]\d)(?:'s)?", Options)]
    public static partial Regex BareYear();

    /// <summary>"the 1990s", "the '90s", "1980s".</summary>
    [GeneratedRegex(@"(?i:(?:\bthe\s+)?)(?:\b(?<century>1[6-9]|20)(?<decade>\d)0|['‘’](?<short>\d)0)'?s\b", Options)]
    public static partial Regex Decade();

    /// <summary>Years spelled out, as transcripts write them: "nineteen ninety-six", "two thousand and one", "the year two thousand".</summary>
    [GeneratedRegex(@"(?i:\b(?:the\s+year\s+)?(?:nineteen[\s-]+(?<tens>" + Tens + @")(?:[\s-]+(?<ones>" + Ones + @"))?|two\s+thousand(?:\s+and)?(?:[\s-]+(?<ones>" + Ones + @"))?)\b(?![\s-]+(?:" + Unit + @"|people|dollars)\b))", Options)]
    public static partial Regex SpelledYear();

    /// <summary>"the nineties", "the twenties".</summary>
    [GeneratedRegex(@"(?i:\bthe\s+(?<tens>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b)", Options)]
    public static partial Regex SpelledDecade();

    /// <summary>"the 20th century", "the twenty-first century".</summary>
    [GeneratedRegex(@"(?i:\b(?:the\s+)?(?:(?<n>1\d|2[01]|[1-9])(?:st|nd|rd|th)|(?<word>nineteenth|twentieth|twenty-first))\s+century\b)", Options)]
    public static partial Regex OrdinalCentury();

    /// <summary>A season after a temporal word ("in the summer", "into the summer", "this spring", "winter of 1994"); "fall" alone is a verb.</summary>
    [GeneratedRegex(@"(?i:\b(?<pre>in|into|during|by|until|since|through|throughout|over|of|this|last|next)\s+(?:the\s+)?(?:(?:early|late)\s+)?(?<season>spring|summer|autumn|winter)\b)", Options)]
    public static partial Regex Season();

    /// <summary>"year-end", "year's end", "the end of the year".</summary>
    [GeneratedRegex(@"(?i:\b(?:year[- ]end|year's\s+end|the\s+end\s+of\s+the\s+year)\b)", Options)]
    public static partial Regex YearEnd();

    /// <summary>"the weekend", "over the weekend".</summary>
    [GeneratedRegex(@"(?i:\bthe\s+weekend\b)", Options)]
    public static partial Regex TheWeekend();

    /// <summary>Unquantified plural spans of time: "for years", "in coming weeks", "the past few months".</summary>
    [GeneratedRegex(@"(?i:\b(?:(?<pre>(?:the\s+)?(?:coming|next\s+few|past\s+few|last\s+few|recent))\s+|(?<prep>for|within|over)\s+)(?<unit>years|months|weeks|days|decades|centuries|hours|minutes)\b)", Options)]
    public static partial Regex VaguePlural();

    /// <summary>"last week", "next month", "this year", "the past year", "this summer", "the coming weekend", "that year".</summary>
    [GeneratedRegex(@"(?i:\b(?<the>the\s+)?(?:this\s+)?(?<dir>last|next|this|that|past|coming|previous|following|current|same)\s+(?<unit>week|month|year|quarter|decade|century|weekend|spring|summer|fall|autumn|winter)\b)", Options)]
    public static partial Regex RelativeUnit();

    /// <summary>"last May", "next Friday", "this September", "the previous Friday", "the following Monday".</summary>
    [GeneratedRegex(@"(?i:\b(?:(?<dir>last|next|this|past|coming)|the\s+(?<dir>previous|preceding|following))\s+)(?:(?<month>" + Month + @")|(?<weekday>" + Weekday + @"))\b", Options)]
    public static partial Regex RelativeName();

    /// <summary>"yesterday", "today", "tomorrow", "tonight", "this morning", "last night", "yesterday afternoon", "mid-afternoon yesterday".</summary>
    [GeneratedRegex(@"(?i:\b(?:(?<word>yesterday|today|tomorrow|tonight|overnight)(?:\s+(?<part>" + PartOfDay + @"))?|(?<word>this|last)\s+(?<part>" + PartOfDay + @")|(?:mid-|early\s+|late\s+)?(?<part>" + PartOfDay + @")\s+(?<word>yesterday|today|tomorrow))\b)", Options)]
    public static partial Regex DayWord();

    /// <summary>A part of the day after a preposition, with no day named: "in the morning", "by mid afternoon", "during the late evening".</summary>
    [GeneratedRegex(@"(?i:\b(?:in|by|during|until|through|throughout)\s+(?<span>(?:the\s+(?:early\s+|late\s+)?|mid[- ]|early\s+|late\s+)(?<part>morning|afternoon|evening))\b)", Options)]
    public static partial Regex PartOfDayAlone();

    /// <summary>"Thursday", "Friday night"; "Tuesday nights" (plural: a recurring part of day).</summary>
    [GeneratedRegex(@"\b(?<weekday>" + Weekday + @")\b(?:\s+(?<part>(?i:" + PartOfDay + @"))(?<plural>s)?\b)?", Options)]
    public static partial Regex WeekdayName();

    /// <summary>
    /// Right after a bare weekday, another one with a plural part of day that both share: "Monday and Tuesday nights",
    /// "Saturday or Sunday mornings". Anchored (\G) at the end of the first weekday.
    /// </summary>
    [GeneratedRegex(@"\G,?\s+(?:and|or|&)\s+(?:" + Weekday + @")\s+(?<part>(?i:" + PartOfDay + @"))s\b", Options)]
    public static partial Regex SharedPluralPartOfDay();

    /// <summary>
    /// "two years ago", "a day later", "three months earlier", "48 hours after", approximate "a week or so ago", "a month
    /// or two ago"; bare plurals "days later", "years ago".
    /// </summary>
    [GeneratedRegex(@"(?i:\b(?:(?<count>" + Number + @")[\s-]+(?<unit>" + Unit + @")(?:\s+or\s+(?:so|two|three))?|(?<!\b(?:the|first|last|early|final|those|these|few|recent|past)\s+)(?<unit>" + PluralUnit + @"))\s+(?<dir>ago|earlier|later|before|after|from\s+now|hence|previously|prior)\b)", Options)]
    public static partial Regex Offset();

    /// <summary>
    /// "in five years", "in two weeks", "in a year or two", "in about a month": a count after "in" that may be a wait
    /// (a point ahead, when the clause looks ahead) rather than a length. The count starts the span; "in" stays outside.
    /// </summary>
    [GeneratedRegex(@"(?i:\bin\s+(?<span>(?:(?:about|around|roughly|nearly|perhaps|maybe|just|only|another)\s+)?(?<count>" + Number + @")\s+(?<unit>days?|weeks?|months?|years?|decades?)(?<approx>\s+or\s+(?:so|two|three))?)\b(?![\s-]+(?:old|long|of|ago|earlier|later|before|after|from)\b|'))", Options)]
    public static partial Regex InCount();

    /// <summary>
    /// Seasons in the plural recur: "summers", "the past three summers", "the last two winters"; "springs" only after
    /// "past"/"last"/"next" (else water or coils). Lowercase, so the names Summers and Winters stay names.
    /// </summary>
    [GeneratedRegex(@"\b(?:(?i:(?:the\s+)?(?:past|last|next|coming|previous)\s+(?:(?:" + Number + @")\s+)?)(?<season>springs)|(?:(?i:(?:the\s+)?(?:past|last|next|coming|previous)\s+(?:(?:" + Number + @")\s+)?))?(?<season>summers|winters|autumns))\b", Options)]
    public static partial Regex PluralSeason();

    /// <summary>Right after a quarter or half, its past end day without a year: " ended Oct. 31". Anchored (\G).</summary>
    [GeneratedRegex(@"\G,?\s+(?i:ended)\s+(?<month>" + Month + @")\.?\s+(?<day>" + Day + @")\b(?!,?\s+(?:1[6-9]|20)\d\d)", Options)]
    public static partial Regex EndedOn();

    /// <summary>"later in the day", "earlier in the week", "the end of the month" (not the idiom "at the end of the day"): the unit under discussion.</summary>
    [GeneratedRegex(@"(?i:\b(?:(?:later|earlier|early|late)\s+in\s+(?<span>the\s+(?<unit>day|week|month))|(?:end|beginning|start|middle)\s+of\s+(?<span>the\s+(?<unit>week|month)))\b(?!['’-]))", Options)]
    public static partial Regex UnitInDiscussion();

    /// <summary>"that very day", "the same day", "that same week", "that very morning", "the same year": the time last named.</summary>
    [GeneratedRegex(@"(?i:\b(?:that\s+(?:very\s+|same\s+)?|the\s+(?:very\s+)?same\s+)(?<unit>day|week|morning|afternoon|evening|night)\b|\b(?:that\s+(?:very|same)|the\s+(?:very\s+)?same)\s+(?<unit>month|year)\b)", Options)]
    public static partial Regex ThatVeryDay();

    /// <summary>"the weeks that followed", "the following days", "the ensuing months", "the days since", "the weeks to come": an unmeasured stretch.</summary>
    [GeneratedRegex(@"(?i:\bthe\s+(?:(?:following|ensuing|subsequent|intervening)\s+(?<unit>" + PluralUnit + @")|(?<unit>" + PluralUnit + @")\s+(?:that\s+(?:followed|preceded)|since|ahead|to\s+come))\b)", Options)]
    public static partial Regex FollowingStretch();

    /// <summary>"decades-old", "years-long", "centuries-old": a compound adjective measuring an unspecified number of units; "month-long" one unit.</summary>
    [GeneratedRegex(@"(?i:\b(?<unit>" + PluralUnit + @"|centuries|(?<one>year|month|week|day|hour|minute|decade|century))-(?:long|old)\b)", Options)]
    public static partial Regex VagueCompound();

    /// <summary>"the 1988 quarter", "the 1989 period": the period under discussion, in a named year.</summary>
    [GeneratedRegex(@"(?i:\bthe\s+(?<year>" + Year + @")\s+(?:quarter|period)\b)", Options)]
    public static partial Regex YearPeriod();

    /// <summary>"last year's quarter", "the quarter a year ago", "the corresponding period last year": the period under discussion, a year back.</summary>
    [GeneratedRegex(@"(?i:\b(?:last\s+year's\s+(?:quarter|period)|the\s+(?:(?:same|corresponding|comparable)\s+)?(?:quarter|period)\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))\b)", Options)]
    public static partial Regex PriorYearPeriod();

    /// <summary>"year-earlier", "the year-ago quarter", "the year-earlier period".</summary>
    [GeneratedRegex(@"(?i:\b(?:the\s+)?year[- ](?:ago|earlier)(?:\s+(?:quarter|period|month|half))?\b(?![\s-]+(?:" + Number + @")[\s-]+(?:" + Unit + @")))", Options)]
    public static partial Regex YearAgoAdjective();

    /// <summary>
    /// "the third quarter", "third-quarter", "the first half of 2016", "the second quarter of this year"; with a
    /// year only, "the last half of 1989", "the final quarter of 1990" and "the first two quarters of 1990" (a half).
    /// </summary>
    [GeneratedRegex(@"(?i:\b(?:the\s+)?(?:(?<edge>last|final)\s+(?<unit>quarter|half)|(?<pair>first|last|final)\s+two\s+quarters)\s+of\s+(?:fiscal\s+)?(?<year>" + Year + @")\b|\b(?:the\s+)?(?<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?<unit>quarter|half)\b(?:\s+of\s+(?:fiscal\s+)?(?<year>" + Year + @")\b|(?:\s+of)?\s+(?<rel>this|last|next)\s+year\b)?)", Options)]
    public static partial Regex Quarter();

    /// <summary>"the quarter", "the latest quarter", "the most recent period".</summary>
    [GeneratedRegex(@"(?i:\b(?:the|this|that)\s+(?:(?<adj>latest|most\s+recent|current|recent|previous)\s+(?<unit>quarter|period)|(?<unit>quarter))\b(?!-))", Options)]
    public static partial Regex CurrentQuarter();

    /// <summary>"the year", "the full year", "the current year", "the fiscal year", "the current fiscal year".</summary>
    [GeneratedRegex(@"(?i:\b(?:the|this)\s+(?:(?:full|whole|entire|current|calendar|fiscal)\s+){0,2}year\b(?!-))", Options)]
    public static partial Regex TheYear();

    /// <summary>"two weeks", "48 hours", "the past two months", "two-year", "the first nine months", "2 1/2 years", "a minute and a half", "20 more years", "eight trading days".</summary>
    [GeneratedRegex(@"(?i:\b(?:(?<pre>(?:over\s+|in\s+|for\s+)?the\s+(?:past|last|next|first|previous|coming|latest|final|following|remaining|initial)|the|another)\s+)?(?<count>" + Number + @")(?:\s+(?<half>1/2|and\s+a\s+half)|(?<half>½))?[\s-]+(?:(?:additional|more|extra|further|trading|business|working|straight|consecutive)\s+)?(?<unit>" + Unit + @")(?<half>\s+and\s+a\s+half)?(?:[\s-]+(?:long|old))?\b)", Options)]
    public static partial Regex Duration();

    /// <summary>
    /// A holiday or named day, capitalised ("Christmas Eve", "Presidents' Day", "Eid al-Adha", "the Fourth of July"; a bank
    /// holiday in any case), with "last"/"next"/"this" before it and a year after it ("Easter 1998", "Christmas of 2015").
    /// </summary>
    [GeneratedRegex(@"\b(?:(?<dir>(?i:last|next|this))\s+)?(?<name>New\s+Year['’]?s(?:\s+(?:Day|Eve))?|Martin\s+Luther\s+King(?:,?\s+Jr\.?)?\s+Day|MLK\s+Day|Presidents?['’]?\s+Day|Washington['’]s\s+Birthday"
        + @"|Valentine['’]?s\s+Day|(?:St\.?|Saint)\s+Patrick['’]?s\s+Day|Ash\s+Wednesday|Palm\s+Sunday|(?:Maundy|Holy)\s+Thursday|Good\s+Friday"
        + @"|(?:Orthodox\s+)?Easter(?:\s+(?:Sunday|Monday|Day))?|Orthodox\s+Christmas|Ascension\s+Day|Pentecost|Whit\s+Monday"
        + @"|May\s+Day|(?i:(?:(?:early\s+)?May|spring|summer|August)\s+bank\s+holiday|bank\s+holiday)|Memorial\s+Day|Juneteenth|Independence\s+Day|(?i:the\s+)?Fourth\s+of\s+July"
        + @"|Bastille\s+Day|Labor\s+Day|Columbus\s+Day|Halloween|Guy\s+Fawkes\s+(?:Night|Day)|Bonfire\s+Night|Election\s+Day|Veterans['’]?\s+Day|Remembrance\s+(?:Sunday|Day)|Armistice\s+Day"
        + @"|Thanksgiving(?:\s+Day)?|Christmas(?:\s+(?:Eve|Day))?|Boxing\s+Day|Passover|Pesach|Rosh\s+Hashanah?|Yom\s+Kippur|Hanukk?ah|Chanukah"
        + @"|Ramadan|Eid(?:[\s-]+(?:al|ul|el)[\s-]+(?:Fitr|Adha))?|Islamic\s+New\s+Year|Diwali|Deepavali|(?:Lunar|Chinese)\s+New\s+Year)\b(?!['’-]\w)(?:,?\s+(?:of\s+)?(?<year>" + Year + @")\b)?", Options)]
    public static partial Regex HolidayName();

    /// <summary>"3 p.m.", "10:30 am", "15:00 GMT".</summary>
    [GeneratedRegex(@"(?i:\b(?<hour>1[0-2]|0?[1-9])(?::(?<minute>[0-5]\d))?\s*(?<ampm>a\.m\.|p\.m\.|am\b|pm\b)(?:\s+(?<zone>" + TimeZone + @")\b)?|\b(?<hour>[01]?\d|2[0-3]):(?<minute>[0-5]\d)\b(?!:\d)(?:\s*(?:hours|hrs)\b)?(?:\s*(?<zone>" + TimeZone + @")\b)?|\b(?<noon>noon|midday|midnight)\b)", Options)]
    public static partial Regex ClockTime();

    /// <summary>"now", "currently", "recently", "the then-current", "someday", "the past", "the future".</summary>
    [GeneratedRegex(@"(?i:\b(?:(?<word>right\s+now|now|then[\s-]current|currently|current|someday|recently|recent|lately|nowadays|these\s+days|at\s+present)|(?<word>the\s+(?:near\s+|distant\s+)?(?:past|future)|in\s+future))\b(?!\s+(?:years|months|weeks|days|decades|quarters)\b))", Options)]
    public static partial Regex SpecialReference();

    /// <summary>"every week", "each Monday", "per year", "every other day", "each July" (the month capitalised: "each may" is a verb).</summary>
    [GeneratedRegex(@"(?i:\b(?:every|each|per)\s+(?:(?<count>other|two|three|four|five|six|\d+)\s+)?(?:(?<unit>day|week|month|year|quarter|hour|minute|decade|weekend|morning|afternoon|evening|night)s?|(?<weekday>" + Weekday + @")|(?-i:(?<month>January|February|March|April|May|June|July|August|September|October|November|December))))\b", Options)]
    public static partial Regex EveryUnit();

    /// <summary>"weekly", "annually": the tagger keeps them only as adverbs.</summary>
    [GeneratedRegex(@"(?i:\b(?<word>hourly|daily|nightly|weekly|biweekly|monthly|quarterly|annually|yearly)\b)", Options)]
    public static partial Regex FrequencyAdverb();

    /// <summary>A modifier written before a date that the TimeML span includes: "early", "mid-", "the end of", "fiscal".</summary>
    [GeneratedRegex(@"(?i:(?<!-)\b(?:early|earlier(?:\s+on)?|late|later(?:\s+on)?|mid|fiscal|calendar|the\s+(?:early|late|mid)|(?:the\s+)?(?:end|beginning|start|middle|first\s+half|second\s+half|turn)\s+of)(?:\s+|-)\z)", Options)]
    public static partial Regex ModifierBefore();

    /// <summary>Runs of white space, folded to one space when a matched phrase is looked up.</summary>
    [GeneratedRegex(@"\s+", Options)]
    public static partial Regex Whitespace();

    /// <summary>Words that make a clause talk about the future ("will", "plans to", "is scheduled", "said it would", "to be published").</summary>
    [GeneratedRegex(@"(?i:\b(?:will|won't|shall|'ll|going\s+to|plans?\s+to|(?:is|are)\s+scheduled|expected\s+to|expects?\s+to|is\s+to|are\s+to|set\s+to|due\s+to\s+(?:be|start|begin|meet|take)|intends?\s+to|next|would(?!\s+not\b|n't)|to\s+be\s+[a-z]+ed)\b)", Options)]
    public static partial Regex FutureMarker();

    /// <summary>
    /// Past-tense reporting verbs and common irregular past forms that anchor a clause in the past even when a future
    /// word follows; forms that double as participles ("paid", "sold") only when no auxiliary makes them passive ("would be paid").
    /// </summary>
    [GeneratedRegex(@"(?i:\b(?:said|told|announced|reported|added|was|were|had|did|met|died|killed|ended|began|came|went|took|gave|rose|fell|saw|became|grew|ran|wrote|spoke|chose|drove|flew|knew)\b|(?<!\b(?:be|been|being|is|are|am|has|have|to|get|gets|got)\s+)\b(?:brought|made|sold|bought|paid|won|lost|left|held|led|spent|sent|built|struck|found|kept|fought|caught)\b)", Options)]
    public static partial Regex PastMarker();
}
