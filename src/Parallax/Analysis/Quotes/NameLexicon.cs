namespace Parallax.Analysis.Quotes;

/// <summary>Word tables the speaker finder and the person resolver read (all compared case-insensitively).</summary>
internal static class NameLexicon
{
    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);

    /// <summary>Personal pronouns that can be a speaker; he/she resolve to a person, the rest stay as written.</summary>
    public static readonly HashSet<string> Pronouns = Set("he", "she", "they", "i", "we", "it", "you");

    public static readonly HashSet<string> PersonPronouns = Set("he", "she");

    public static readonly HashSet<string> Determiners = Set(
        "the", "a", "an", "his", "her", "their", "its", "our", "one", "another", "some", "many", "several", "two",
        "three", "four", "other", "both", "most", "few", "this", "that", "these", "those");

    /// <summary>Words before a name that make it an object, not a subject ("met with Putin", "presented by officials").</summary>
    public static readonly HashSet<string> Prepositions = Set(
        "with", "by", "of", "to", "from", "at", "for", "in", "on", "about", "against", "among", "including", "into",
        "toward", "towards", "than", "like", "between", "over", "under", "after", "before", "during", "without", "via",
        "through", "across", "around", "near", "behind", "outside", "inside", "along", "throughout", "within", "beyond", "upon");

    /// <summary>Words that end a noun phrase when walking back from a verb.</summary>
    public static readonly HashSet<string> PhraseBreakers = Set(
        "and", "or", "but", "that", "who", "whom", "which", "whose", "when", "where", "while", "as", "if", "because",
        "is", "was", "are", "were", "be", "been", "being", "not", "also", "so", "then", "than", "what", "how", "why",
        "said", "says", "told", "added");

    /// <summary>Adverbs and auxiliaries allowed between a subject and its speech verb ("Putin further added", "he has said").</summary>
    public static readonly HashSet<string> VerbModifiers = Set(
        "also", "further", "later", "then", "has", "had", "have", "once", "again", "previously", "recently", "would",
        "will", "had", "did", "does", "do", "earlier", "often", "repeatedly", "always", "never", "just", "even", "still",
        "reportedly", "separately", "simply", "flatly", "openly", "publicly", "privately", "tersely", "bluntly");

    /// <summary>Plural or collective nouns that can speak without a name: "officials said", "sources told".</summary>
    public static readonly HashSet<string> PeopleNouns = Set(
        "officials", "official", "sources", "source", "analysts", "experts", "residents", "witnesses", "critics",
        "aides", "supporters", "police", "authorities", "diplomats", "observers", "activists", "people", "voters",
        "lawmakers", "democrats", "republicans", "investigators", "prosecutors", "spokesman", "spokeswoman",
        "spokesperson", "campaign", "ministry", "government", "statement", "report", "reports", "researchers",
        "organizers", "protesters", "economists", "officers", "doctors", "commanders", "leaders", "members", "insiders");

    /// <summary>Role nouns a descriptor ends in ("the Russian defense chief"); each maps to its synonym class.</summary>
    public static readonly Dictionary<string, string> RoleHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        ["president"] = "president", ["leader"] = "leader", ["premier"] = "premier", ["chancellor"] = "premier",
        ["minister"] = "minister", ["chief"] = "minister", ["head"] = "minister", ["secretary"] = "minister",
        ["boss"] = "minister", ["spokesman"] = "spokesperson", ["spokeswoman"] = "spokesperson",
        ["spokesperson"] = "spokesperson", ["senator"] = "senator", ["governor"] = "governor", ["general"] = "general",
        ["commander"] = "general", ["ambassador"] = "ambassador", ["envoy"] = "ambassador", ["chairman"] = "chair",
        ["chairwoman"] = "chair", ["director"] = "director", ["mayor"] = "mayor", ["candidate"] = "candidate",
        ["nominee"] = "candidate", ["king"] = "king", ["monarch"] = "king", ["queen"] = "queen", ["prince"] = "prince",
        ["emir"] = "king", ["pope"] = "pope", ["judge"] = "judge", ["justice"] = "judge", ["official"] = "official",
        ["diplomat"] = "ambassador", ["congressman"] = "representative", ["congresswoman"] = "representative",
        ["representative"] = "representative", ["attorney"] = "attorney", ["prosecutor"] = "attorney",
        ["ceo"] = "director", ["manager"] = "director", ["pollster"] = "pollster", ["strategist"] = "strategist",
        ["billionaire"] = "billionaire", ["mogul"] = "billionaire", ["lawmaker"] = "representative",
        ["sheikh"] = "king", ["cleric"] = "cleric", ["spokesmen"] = "spokesperson",
    };

    /// <summary>Title words that open a person's name: "President Putin", "Sen. Warren", "Defense Minister Shoigu".</summary>
    public static readonly HashSet<string> Titles = Set(
        "president", "vice", "prime", "minister", "secretary", "senator", "sen", "rep", "representative", "gov",
        "governor", "gen", "general", "mr", "mrs", "ms", "miss", "dr", "chancellor", "king", "queen", "prince",
        "princess", "pope", "judge", "justice", "mayor", "ambassador", "spokesman", "spokeswoman", "chairman",
        "chairwoman", "director", "commander", "colonel", "col", "lt", "lieutenant", "admiral", "adm", "sheikh",
        "emir", "crown", "deputy", "chief", "leader", "envoy", "pastor", "rev", "sgt", "sergeant", "captain", "capt",
        "maj", "major", "professor", "prof", "attorney", "speaker", "candidate", "nominee", "sir", "lord", "dame",
        "ayatollah", "imam", "cardinal", "bishop", "archbishop", "premier", "marshal", "brig", "officer", "agent", "coach",
        "councillor", "councilor", "councilman", "councilwoman", "alderman", "commissioner", "superintendent", "sheriff",
        "inspector", "chairperson", "mp", "trustee", "president-elect", "sen.", "delegate", "assemblyman", "assemblywoman");

    /// <summary>Words that mark a capitalised run as an organisation, a place or a date rather than a person.</summary>
    public static readonly HashSet<string> NonPersonWords = Set(
        "states", "kingdom", "union", "nations", "gulf", "sea", "ocean", "river", "mountains", "street", "square",
        "city", "county", "republic", "party", "ministry", "department", "council", "committee", "agency", "news",
        "tv", "times", "post", "press", "journal", "army", "forces", "force", "guard", "group", "bank", "fund",
        "court", "house", "senate", "congress", "parliament", "university", "college", "institute", "center",
        "centre", "foundation", "association", "organization", "organisation", "company", "corp", "inc", "airlines",
        "airport", "station", "media", "network", "channel", "radio", "daily", "weekly", "magazine", "club",
        "church", "hospital", "school", "office", "administration", "commission", "authority", "corps", "navy",
        "brigade", "front", "movement", "state", "coalition", "alliance", "avenue", "road", "park", "hall", "tower",
        "palace", "kremlin", "pentagon", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "east", "west", "north", "south", "middle", "america", "american", "europe",
        "european", "africa", "asia", "world", "international", "national", "federal", "democratic", "republican",
        "island", "islands", "valley", "province", "region", "district", "airport", "museum", "police", "service",
        "services", "security", "intelligence", "affairs", "reuters", "sana", "afp", "ap", "cnn", "bbc", "fox",
        "twitter", "facebook", "google", "apple", "microsoft", "god", "allah", "christmas", "easter", "ramadan",
        "consult", "poll", "polls", "campaign", "foreign", "defense", "defence", "interior", "justice", "treasury",
        "energy", "health", "education", "trade", "white", "york", "washington", "moscow", "london", "paris",
        "syria", "russia", "iran", "turkey", "china", "iraq", "israel", "aleppo", "damascus", "ukraine", "germany",
        "france", "britain", "england", "japan", "india", "pakistan", "afghanistan", "egypt", "lebanon", "jordan",
        "saudi", "arabia", "yemen", "libya", "qatar", "kazakhstan", "tehran", "ankara", "beijing", "kiev", "kyiv",
        "iowa", "ohio", "florida", "nevada", "texas", "california", "virginia", "carolina", "michigan", "pennsylvania");

    /// <summary>Capitalised words that open sentences and are never part of a name.</summary>
    public static readonly HashSet<string> CapitalisedFunctionWords = Set(
        "the", "a", "an", "in", "on", "at", "but", "and", "or", "so", "if", "as", "for", "with", "after", "before",
        "when", "while", "this", "that", "these", "those", "there", "here", "his", "her", "their", "its", "our",
        "my", "we", "i", "he", "she", "they", "it", "you", "also", "earlier", "later", "meanwhile", "however",
        "during", "since", "although", "despite", "according", "yet", "still", "now", "then", "last", "next",
        "by", "from", "to", "of", "about", "what", "who", "why", "how", "where", "not", "no", "yes", "all", "some",
        "many", "most", "more", "both", "each", "every", "one", "two", "read", "watch", "see", "like", "for", "though",
        "thus", "instead", "indeed", "even", "once", "only", "just", "because", "unlike", "whether", "asked");

    /// <summary>Name particles that may sit inside a name in lower case: "Bashar al-Assad", "Ursula von der Leyen".</summary>
    public static readonly HashSet<string> NameParticles = Set("al", "bin", "ibn", "de", "da", "del", "der", "van", "von", "la", "le", "di", "du", "el", "abu");

    /// <summary>Titles that tell a person's gender, for he/she agreement.</summary>
    public static readonly HashSet<string> FemaleTitles = Set("mrs", "ms", "miss", "queen", "princess", "dame", "spokeswoman", "chairwoman", "congresswoman", "lady");

    public static readonly HashSet<string> MaleTitles = Set("mr", "king", "prince", "sir", "lord", "spokesman", "chairman", "congressman", "sheikh", "emir", "pope", "ayatollah");
}
