namespace Parallax.Analysis.Quantities;

/// <summary>The word lists the quantity rules consult, as named tables.</summary>
internal static class QuantityCues
{
    /// <summary>Approximation and bound phrases written before a number, longest first; kept as written.</summary>
    public static readonly string[] Approximations =
    [
        "an estimated", "an average of", "as many as", "as much as", "as few as", "as little as", "in excess of", "upwards of",
        "more than", "less than", "fewer than", "greater than", "higher than", "lower than", "at least", "at most", "up to",
        "close to", "just under", "just over", "well over", "well under", "slightly more than", "slightly less than",
        "nearly", "almost", "about", "around", "roughly", "approximately", "some", "over", "under", "below", "above",
        "estimated", "circa", "approx.", "approx", "ca.", "barely", "sub",
        "~", "≈", ">", "<", "≥", "≤", "+/-", "±",
    ];

    /// <summary>Every word that opens an approximation phrase ("more" of "more than").</summary>
    public static readonly HashSet<string> ApproximationWords =
        new(Approximations.Select(a => a.Split(' ')[0]), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words of a hedge or an addition between a verb and its count ("killed at least nine", "wounded another four", "a
    /// further 40"), for reading over it.
    /// </summary>
    public static readonly HashSet<string> HedgeTokens = new(StringComparer.OrdinalIgnoreCase)
    {
        "at", "least", "more", "than", "over", "about", "some", "nearly", "almost", "around", "roughly", "approximately",
        "another", "further", "estimated", "a", "an", "up", "to", "as", "many", "much",
    };

    public static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };

    /// <summary>Month names that are also common words: a date only when capitalised.</summary>
    public static readonly HashSet<string> AmbiguousMonths = new(StringComparer.Ordinal) { "March", "May", "June", "Jan", "Mar", "Dec" };

    public static readonly HashSet<string> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun",
    };

    /// <summary>Words after a number that make it a clock time ("3 p.m.", "10.45pm", "15:00 GMT").</summary>
    public static readonly HashSet<string> ClockWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "am", "pm", "a.m", "p.m", "GMT", "UTC", "EST", "EDT", "PST", "PDT", "CET", "BST", "hrs", "o'clock", "o’clock",
    };

    /// <summary>Words right before a four-digit number that make it a year ("in 2012", "since 2011").</summary>
    public static readonly HashSet<string> YearCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "since", "by", "from", "until", "till", "through", "between", "during", "of", "before", "after", "early", "late",
        "mid", "the", "its", "his", "her", "their", "our", "this", "that", "and", "to", "for", "year", "season", "fiscal", "FY",
        "circa", "around", "spring", "summer", "autumn", "fall", "winter", "end", "start", "beginning", "last", "next", "a", "an",
        "census", "election", "on", "at", "as",
    };

    /// <summary>Street words: a number before a run of capitalised words ending in one is an address ("12 Baker Street").</summary>
    public static readonly HashSet<string> StreetWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Street", "St", "Road", "Rd", "Avenue", "Ave", "Way", "Lane", "Ln", "Drive", "Dr", "Boulevard", "Blvd", "Place", "Pl",
        "Court", "Ct", "Square", "Sq", "Terrace", "Highway", "Hwy", "Parkway", "Close", "Crescent", "Row", "Alley", "Plaza",
    };

    /// <summary>Words that never start or continue a counted-noun phrase after a number.</summary>
    /// <summary>
    /// Verbs and participles of the events news counts ("killing nine", "five were killed", "nine dead"): a number
    /// written in words next to one is a count even without a noun.
    /// </summary>
    public static readonly HashSet<string> EventWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "kill", "kills", "killed", "killing", "dead", "died", "die", "wounded", "wounding", "wounds", "injured", "injuring",
        "injures", "hurt", "arrested", "arresting", "detained", "detaining", "evacuated", "evacuating", "missing", "rescued",
        "abducted", "kidnapped", "executed", "charged", "displaced", "slain",
    };

    /// <summary>Auxiliaries between a number and its event ("five were killed", "two have been arrested").</summary>
    public static readonly HashSet<string> EventAuxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "were", "was", "are", "is", "have", "has", "had", "been", "being", "reportedly", "later", "also", "still",
    };

    /// <summary>
    /// Words of a vote near a falling pair that make it a tally, yeas first ("passed 212-208", "a 52-48 vote",
    /// "ruled 6-3", "the final vote was 69 to 30"), not a game's score.
    /// </summary>
    public static readonly HashSet<string> VoteWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "vote", "votes", "voted", "voting", "passed", "passes", "ruled", "ruling", "approved", "approves", "confirmed",
        "confirms", "margin", "tally", "split", "majority", "decision", "defeated", "rejected", "adopted", "backed", "endorsed",
        // a court's rulings: "upheld the law 6-3", "struck it down 5-4", "sided with the state 7-2"
        "upheld", "upholds", "overturned", "overturns", "struck", "sided", "reversed", "reverses", "affirmed",
        // what a court issues by a tally: "in a 6-3 opinion", "a 2-1 order", "a unanimous 9-0 verdict"
        "opinion", "opinions", "order", "decisions", "rulings", "verdict",
    };

    /// <summary>Verbs of a contest whose two shares follow ("beat Wright 53 percent to 47 percent", "leads 48% to 41%").</summary>
    public static readonly HashSet<string> ContestWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "beat", "beats", "beating", "won", "wins", "winning", "defeated", "defeats", "defeating", "led", "leads", "leading",
        "trailed", "trails", "trailing", "edged", "edges", "topped", "tops", "lost", "loses", "losing", "outpolled", "ahead",
    };

    public static readonly HashSet<string> NotNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "from", "per", "into", "onto", "over", "under", "about",
        "and", "or", "but", "nor", "so", "yet", "as", "than", "that", "which", "who", "whom", "whose", "what", "when", "where", "while",
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "will", "would", "shall",
        "should", "can", "could", "may", "might", "must", "it", "its", "this", "these", "those", "they", "them", "their", "he", "she",
        "his", "her", "we", "us", "our", "you", "your", "i", "me", "my", "him", "there", "here", "not", "no", "all", "each", "every",
        "more", "most", "less", "least", "few", "fewer", "many", "much", "some", "any", "other", "another", "such", "only", "just",
        "also", "even", "still", "up", "down", "out", "off", "ago", "later", "earlier", "before", "after", "since", "until", "during",
        "against", "between", "among", "through", "across", "around", "near", "behind", "beyond", "without", "within", "upon",
        "again", "too", "very", "yes", "plus", "minus", "thus", "always", "perhaps", "sometimes", "besides", "towards", "afterwards",
        "says", "said", "gets", "makes", "goes", "comes", "takes", "gives", "rises", "falls", "drops", "seems", "means", "remains",
        "including", "included", "compared", "respectively", "apiece", "each", "overall", "total", "combined", "altogether",
        "percent", "cent", "times", "if", "because", "though", "although", "whether", "how", "why", "then", "now", "next", "last",
        "first", "second", "third", "former", "latter", "alone", "ahead", "away", "back", "both", "either", "neither", "whereas",
        "vs", "versus", "via", "like", "unlike", "despite", "toward", "onwards", "along", "amid", "amongst", "beside", "outside",
        "inside", "hers", "ours", "yours", "theirs", "themselves", "itself", "himself", "herself", "ourselves", "yourself", "news",
        "following", "regarding", "concerning", "excluding", "throughout",
    };

    /// <summary>Plural nouns without a final s, and their singulars.</summary>
    /// <summary>Words after which a number is an age ("aged 66", "ages 18 to 24").</summary>
    public static readonly HashSet<string> AgeWords = new(StringComparer.OrdinalIgnoreCase) { "aged", "ages", "age" };

    /// <summary>Words for persons before an age band's bound ("people 65 and older", "those 50 and up").</summary>
    public static readonly HashSet<string> AgeBandPersons = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "persons", "adults", "children", "kids", "those", "anyone", "everyone", "individuals", "residents", "americans",
        "seniors", "patients", "women", "men", "girls", "boys", "teens", "teenagers", "workers", "voters", "citizens", "drivers",
    };

    /// <summary>
    /// Words in -ly after a number that begin a description or qualify the clause, not the counted noun ("120, mostly women
    /// and children", "two only", "three respectively").
    /// </summary>
    public static readonly HashSet<string> ClauseAdverbs = new(StringComparer.Ordinal)
    {
        "mostly", "mainly", "largely", "predominantly", "primarily", "chiefly", "overwhelmingly", "only", "nearly", "roughly",
        "approximately", "respectively", "reportedly", "allegedly", "apparently", "initially", "previously", "currently",
        "recently", "originally", "possibly", "probably", "partly", "entirely", "fully", "simply", "directly",
    };

    /// <summary>Singular words for a person before "under"/"over" and an age ("each child under 6", "a person over 65").</summary>
    public static readonly HashSet<string> AgeBoundPersons = new(StringComparer.OrdinalIgnoreCase)
    {
        "child", "kid", "person", "adult", "patient", "woman", "man", "girl", "boy", "teen", "teenager", "individual", "anyone",
        "everyone", "someone", "those",
    };

    /// <summary>Verbs of being before an age band's bound ("who are 65 or older", "must be 18 or older").</summary>
    public static readonly HashSet<string> Copulas = new(StringComparer.OrdinalIgnoreCase) { "am", "are", "is", "be", "were", "was", "been", "being" };

    /// <summary>Words of dying before "at" and an age ("died at 94", "dies at 81").</summary>
    public static readonly HashSet<string> DeathWords = new(StringComparer.OrdinalIgnoreCase) { "died", "dies", "dead", "death" };

    /// <summary>Words before two capitalised words that make them no person's name ("The Dow Jones was 95").</summary>
    public static readonly HashSet<string> NameOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
    };

    /// <summary>Common nouns for a person that an age may follow in apposition ("the victim, 40, was"), besides <see cref="AgeBoundPersons"/>.</summary>
    public static readonly HashSet<string> PersonNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "victim", "suspect", "accused", "deceased", "defendant", "survivor", "witness", "gunman", "shooter", "driver", "passenger",
        "pilot", "officer", "soldier", "actor", "actress", "singer", "rapper", "musician", "comedian", "writer", "author",
        "novelist", "artist", "player", "pitcher", "coach", "athlete", "star", "model", "owner", "founder", "leader", "chief",
        "boss", "manager", "lawyer", "attorney", "doctor", "nurse", "teacher", "student", "pupil", "journalist", "reporter",
        "photographer", "worker", "veteran", "resident", "neighbor", "neighbour", "friend", "girlfriend", "boyfriend", "partner",
        "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister", "mom", "dad", "grandmother",
        "grandfather", "youth", "toddler", "baby", "infant",
    };

    /// <summary>Verbs that give an earthquake's magnitude ("the quake measured 5.9", "an earthquake registering 6.1").</summary>
    public static readonly HashSet<string> MeasuringVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "measured", "measuring", "measures", "registered", "registering", "registers", "rated",
    };

    /// <summary>Words for an earthquake, the subject of a verb of measuring its magnitude.</summary>
    public static readonly HashSet<string> QuakeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "quake", "quakes", "earthquake", "earthquakes", "temblor", "tremor", "tremors", "aftershock", "aftershocks", "shock",
    };

    /// <summary>Forms of "turn" before the age reached ("she turned 80", "before turning 18").</summary>
    public static readonly HashSet<string> TurnWords = new(StringComparer.OrdinalIgnoreCase) { "turn", "turns", "turned", "turning" };

    /// <summary>Words of when after "turned" and an age ("turned 80 on Sunday", "turns 65 next month").</summary>
    public static readonly HashSet<string> AfterTurnedAge = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "in", "last", "this", "next", "earlier", "later", "at", "before", "after", "and", "when", "while", "during", "today",
        "yesterday", "tomorrow",
    };

    /// <summary>Adverbs between a verb of being and an age ("she was just 15", "he is now 38").</summary>
    public static readonly HashSet<string> AgeAdverbs = new(StringComparer.OrdinalIgnoreCase) { "just", "only", "now", "then", "barely", "nearly", "almost" };

    /// <summary>Nouns after "age" that make the number before it an age band ("the 5 to 11 age group", "the 18-29 age bracket").</summary>
    public static readonly HashSet<string> AgeGroupNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "group", "groups", "bracket", "brackets", "range", "band", "bands", "cohort", "category", "categories",
    };

    /// <summary>The words that end an age band after its bound and "and" or "or" ("65 and older", "11 or younger").</summary>
    public static readonly HashSet<string> AgeBandEnds = new(StringComparer.OrdinalIgnoreCase) { "older", "over", "up", "above", "younger", "under", "below" };

    /// <summary>Words between "aged" and the number that still leave it an age ("aged between 18 and 30", "aged about 40").</summary>
    public static readonly HashSet<string> AgeBandCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "between", "from", "about", "around", "roughly", "over", "under", "nearly", "almost",
        // "over the age of 21", "at the ages of 6 and 9"
        "of",
    };

    /// <summary>
    /// Words between a number and its noun that add to a count ("five more seats", "two additional weeks"), or set it
    /// beside another ("killing two and injuring 10 other people", "five other civilians died").
    /// </summary>
    public static readonly HashSet<string> MoreWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "more", "additional", "extra", "further", "fewer", "less", "other",
    };

    /// <summary>Races named by their distance ("the 400m hurdles"): the "m" before them is metres, not a million.</summary>
    public static readonly HashSet<string> RaceEvents = new(StringComparer.OrdinalIgnoreCase)
    {
        "hurdles", "relays", "heats", "finals", "sprints", "races", "semifinals", "semi-finals",
    };

    public static readonly Dictionary<string, string> IrregularPlurals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["people"] = "people", ["men"] = "man", ["women"] = "woman", ["children"] = "child", ["police"] = "police",
        ["personnel"] = "personnel", ["staff"] = "staff", ["cattle"] = "cattle", ["livestock"] = "livestock",
        ["aircraft"] = "aircraft", ["sheep"] = "sheep", ["fish"] = "fish", ["deer"] = "deer", ["teeth"] = "tooth",
        ["mice"] = "mouse", ["geese"] = "goose", ["feet"] = "foot", ["clergy"] = "clergy", ["militia"] = "militia",
        ["crew"] = "crew", ["youth"] = "youth", ["data"] = "data", ["media"] = "media", ["criteria"] = "criterion",
    };

    /// <summary>Plurals ending in "-uses" or "-ves" whose singular is not a plain strip of "s".</summary>
    public static readonly Dictionary<string, string> SpecialSingulars = new(StringComparer.OrdinalIgnoreCase)
    {
        ["viruses"] = "virus", ["buses"] = "bus", ["bonuses"] = "bonus", ["campuses"] = "campus", ["statuses"] = "status",
        ["censuses"] = "census", ["lives"] = "life", ["wives"] = "wife", ["knives"] = "knife", ["wolves"] = "wolf",
        ["halves"] = "half", ["shelves"] = "shelf", ["thieves"] = "thief", ["leaves"] = "leaf", ["loaves"] = "loaf",
        ["series"] = "series", ["species"] = "species", ["analyses"] = "analysis", ["crises"] = "crisis", ["theses"] = "thesis",
        ["diagnoses"] = "diagnosis", ["oases"] = "oasis", ["axes"] = "axis", ["hypotheses"] = "hypothesis",
        ["syntheses"] = "synthesis", ["prognoses"] = "prognosis", ["emphases"] = "emphasis", ["parentheses"] = "parenthesis",
        ["metastases"] = "metastasis", ["paralyses"] = "paralysis", ["neuroses"] = "neurosis", ["psychoses"] = "psychosis",
        ["movies"] = "movie", ["cookies"] = "cookie",
        ["rookies"] = "rookie", ["zombies"] = "zombie", ["calories"] = "calorie", ["pies"] = "pie", ["ties"] = "tie",
        ["lies"] = "lie", ["dies"] = "die", ["goalies"] = "goalie", ["aussies"] = "aussie", ["selfies"] = "selfie",
    };

    /// <summary>Nouns a rate can be "a"/"an" of ("$3,500 a month", "$1,271 an ounce").</summary>
    public static readonly HashSet<string> RateDenominators = new(StringComparer.OrdinalIgnoreCase)
    {
        "second", "minute", "hour", "day", "week", "month", "year", "share", "barrel", "ounce", "gallon", "litre", "liter",
        "pound", "kilo", "kilogram", "ton", "tonne", "head", "person", "night", "piece", "unit", "game", "season", "mile",
    };

    /// <summary>Words after "a year", "a month" … that make it a time relation, not a rate ("$6.8 billion a year earlier").</summary>
    public static readonly HashSet<string> TimeRelations = new(StringComparer.OrdinalIgnoreCase)
    {
        "earlier", "ago", "later", "before", "after", "since", "prior",
    };

    /// <summary>
    /// Bodies named by their size ("the Group of Seven nations", "the Gang of Eight", "the Group of 20"): capitalised before
    /// "of" and a capitalised number word or digits, the number is the name's.
    /// </summary>
    public static readonly HashSet<string> NamedBodies = new(StringComparer.Ordinal) { "Group", "Gang", "Council", "Club", "Band" };

    /// <summary>Lower-case nouns that label the number after them ("category 4", "stage 2"): an identifier, not a count.</summary>
    public static readonly HashSet<string> LabelWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "category", "level", "phase", "stage", "chapter", "article", "section", "resolution", "channel", "number", "no",
        "route", "flight", "gate", "platform", "room", "grade", "class", "type", "version", "episode", "item", "clause",
        "paragraph", "page", "line", "row", "block", "unit", "apartment", "suite", "floor", "exit", "highway", "road",
        "lane", "bus", "tier", "code", "model", "series", "volume", "issue", "rule", "bill", "law", "decree", "order",
        // Stock indexes named with a number, as feeds write them in lower case ("the sp 500", "the ftse 100").
        "sp", "ftse", "nasdaq", "russell", "stoxx", "nikkei", "dax", "cac", "asx", "kospi", "sensex", "nifty", "topix",
    };

    /// <summary>Words before a share price that move or place it ("down 68 p", "at 1112 p"); a spaced "p" counts as pence only after one.</summary>
    /// <summary>Words that make a spaced "C" or "F" after a number a temperature ("highs of 28 C").</summary>
    public static readonly HashSet<string> TemperatureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "temperature", "temperatures", "high", "highs", "low", "lows", "warming", "warmed", "warm", "warmer", "warmest", "heat",
        "heatwave", "hot", "hotter", "hottest", "cold", "colder", "coldest", "cool", "cooler", "chill", "freezing", "frost",
        "melting", "melts", "boiling", "boils", "minus", "mercury", "thermometer", "fever", "weather", "forecast", "degrees",
    };

    public static readonly HashSet<string> PriceMoveWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "down", "up", "at", "by", "to", "from", "fell", "rose", "gained", "lost", "added", "shed", "dropped", "climbed",
        "slipped", "jumped", "closed", "ended", "eased", "firmed",
    };

    /// <summary>Words that may stand between a change's first figure and its "to" ("from 40 overall to 55").</summary>
    public static readonly HashSet<string> ChangeAsides = new(StringComparer.Ordinal)
    {
        "overall", "alone", "apiece", "each", "before", "earlier", "previously", "initially", "originally",
    };

    /// <summary>Capitals after a number that are not what it counts: eras, clock and zone marks, places, and units read elsewhere.</summary>
    public static readonly HashSet<string> NotTallyAcronyms = new(StringComparer.Ordinal)
    {
        "BC", "AD", "BCE", "CE", "AM", "PM", "GMT", "UTC", "BST", "CET", "EST", "EDT", "CST", "CDT", "PST", "PDT", "ET", "PT",
        "US", "USA", "UK", "EU", "UN", "UAE", "NYC", "LA", "DC", "OK", "TV", "ID", "PDF", "FAQ",
    };

    /// <summary>Adjectives that may follow a length ("90 miles wide", "a 37m-long skeleton").</summary>
    public static readonly HashSet<string> DimensionAdjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "long", "wide", "tall", "high", "deep", "thick", "away", "broad", "across",
    };

    /// <summary>Words right before a number that make a following "X to Y" a change, not a range ("rose 5% to 7%").</summary>
    public static readonly HashSet<string> ChangeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "by", "up", "down", "rose", "rise", "rises", "risen", "fell", "fall", "falls", "fallen", "increased", "decreased",
        "jumped", "climbed", "dropped", "slid", "gained", "lost", "added", "shed", "plunged", "surged", "grew", "declined",
        "advanced", "slipped", "soared", "tumbled", "eased", "sank", "cut", "raised", "lowered", "boosted",
    };

    /// <summary>Verbs of cutting that "in half" or "by half" may follow ("cut emissions in half", "slashed by half").</summary>
    public static readonly HashSet<string> CutVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "cut", "cuts", "cutting", "slash", "slashed", "slashes", "slashing", "reduce", "reduced", "reduces", "reducing",
        "lower", "lowered", "lowering", "shrink", "shrank", "shrunk", "shrinking", "trim", "trimmed", "fell", "fallen",
        "dropped", "declined", "decline", "drop", "fall",
    };

    /// <summary>Words that open or join a range ("between 30 and 40", "from 5 to 7").</summary>
    public static readonly HashSet<string> RangeWords = new(StringComparer.OrdinalIgnoreCase) { "between", "from", "to", "and", "or" };

    /// <summary>Determiners allowed between "of" and the counted noun ("one of the …", "millions of their …").</summary>
    public static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "his", "her", "its", "their", "our", "my", "your", "these", "those",
    };

    /// <summary>Lower-case prefixes glued with a hyphen that still leave a number ("sub-7", "minus-5", "magnitude-6.1").</summary>
    public static readonly HashSet<string> NumericHyphenPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "sub", "minus", "over", "under", "mid", "near", "now", "about", "some", "nearly", "almost", "roughly", "magnitude",
    };
}
