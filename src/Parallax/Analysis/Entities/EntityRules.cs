namespace Parallax.Analysis.Entities;

/// <summary>
/// The word lists and thresholds of rule-based entity recognition, named so a reader can see and change
/// them in one place. Lists of names (countries, cities, organizations, titles, given names) live in Data/.
/// </summary>
internal static class EntityRules
{
    /// <summary>Headline detection: a line with at least this many words of this length, this share capitalised.</summary>
    public const int HeadlineMinWords = 3;
    public const int HeadlineWordMinLength = 4;
    public const double HeadlineCapitalShare = 0.6;
    public const double AllCapsLineShare = 0.8;

    /// <summary>Longest run of capitalised tokens a person name may have ("Luiz Inacio Lula da Silva").</summary>
    public const int MaxPersonTokens = 6;

    /// <summary>An unknown all-caps word of this many letters is taken as an organization's acronym.</summary>
    public const int MinAcronymLength = 2;
    public const int MaxAcronymLength = 5;

    /// <summary>How many tokens before a name a lower-case title may start ("the Russian defense minister Sergei Shoigu").</summary>
    public const int TitleLookBehind = 4;

    private static readonly StringComparer Ci = StringComparer.OrdinalIgnoreCase;

    /// <summary>Words that take their period with them: titles, initials are handled apart.</summary>
    private static readonly WordSet PeriodAbbreviations = WordSet.Of(Ci,
        "Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Lt", "Col", "Capt", "Sgt", "Gov", "St", "Jr", "Sr", "Prof",
        "Rev", "Maj", "Adm", "Cmdr", "Inc", "Corp", "Ltd", "Co", "Mt", "Ft", "Brig", "Pres", "Supt", "Messrs", "Mme", "Gens", "Sens", "Reps");


    /// <summary>Arabic and other name particles written before a hyphen or as their own word inside a name.</summary>
    private static readonly WordSet NameParticles = WordSet.Of(Ci,
        "al", "el", "ad", "as", "ash", "at", "az", "ar", "an", "ul", "bin", "ibn", "bint", "abu", "ben");


    /// <summary>Prefixes split off a hyphenated name: "pro-Assad", "Anti-Putin", "ex-President", "then-Senator".</summary>
    public static readonly WordSet HyphenPrefixes = WordSet.Of(Ci,
        "pro", "anti", "ex", "non", "post", "pre", "mid", "then", "neo", "pan", "trans", "un", "all", "over", "under");

    /// <summary>Particles that may open a name as a word of their own ("al Qaeda", "bin Laden").</summary>
    public static readonly WordSet StandaloneParticles = WordSet.Of(StringComparer.Ordinal, "al", "el", "bin", "ibn", "bint", "abu");

    /// <summary>Lower-case words allowed inside a person's name between two capitalised ones.</summary>
    public static readonly WordSet PersonConnectors = WordSet.Of(StringComparer.Ordinal,
        "bin", "ibn", "bint", "al", "el", "abu", "de", "da", "di", "do", "dos", "das", "du", "del", "della", "van", "von", "der", "den",
        "ter", "la", "le", "y");

    /// <summary>Connectors that join "Ministry of Defense", "Secretary of State", "Organisation for the ...".</summary>
    public static readonly WordSet OfConnectors = WordSet.Of(StringComparer.Ordinal, "of", "for", "on");

    /// <summary>Verbs of saying that, right after a name, make it a person's ("Shoigu said").</summary>
    public static readonly WordSet SpeechVerbs = WordSet.Of(Ci,
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "noted", "notes", "stressed", "stresses",
        "warned", "warns", "insisted", "insists", "explained", "explains", "announced", "announces", "claimed", "claims",
        "argued", "argues", "wrote", "writes", "tweeted", "tweets", "asked", "asks", "replied", "replies", "responded",
        "urged", "urges", "confirmed", "confirms", "denied", "denies", "acknowledged", "suggested", "suggests", "declared",
        "emphasized", "emphasised", "emphasizes", "commented", "predicted", "admitted", "vowed", "vows", "pledged",
        "promised", "believes", "thinks", "recalled", "concluded", "testified", "alleged", "described", "called", "praised",
        "criticized", "criticised", "accused", "thanked", "met", "visited", "signed", "resigned", "spoke", "speaks");

    /// <summary>Words that may stand between a name and its speech verb ("Putin has also said").</summary>
    public static readonly WordSet SpeechAuxiliaries = WordSet.Of(Ci,
        "has", "had", "have", "also", "later", "earlier", "then", "would", "will", "previously", "again", "once", "reportedly");

    /// <summary>Prepositions after which an unknown capitalised word is a place ("in Kafr Nabl").</summary>
    public static readonly WordSet PlacePrepositions = WordSet.Of(Ci,
        "in", "near", "outside", "across", "around", "into", "towards", "toward", "throughout", "inside");

    /// <summary>Verbs whose object, when an unknown capitalised word, is a place ("shelled Kafranbel").</summary>
    public static readonly WordSet PlaceVerbs = WordSet.Of(Ci,
        "hit", "struck", "shelled", "bombed", "bombarded", "captured", "recaptured", "seized", "entered", "besieged",
        "stormed", "liberated", "evacuated", "overran", "encircled", "retook", "attacked", "raided", "targeted");

    /// <summary>Words that join list members: a member after a place is a place ("Mosul and Tal Afar").</summary>
    public static readonly WordSet ListJoiners = WordSet.Of(StringComparer.Ordinal, "and", "or", ",");

    /// <summary>How many capitalised words ahead an organization head may close a name joined by "and" or a possessive.</summary>
    public const int OrganizationHeadLookAhead = 4;

    /// <summary>Lower-case nouns after which the capitalised words before them are a place ("Idlib province").</summary>
    public static readonly WordSet PlaceHeadNouns = WordSet.Of(StringComparer.Ordinal,
        "province", "city", "region", "district", "governorate", "town", "village", "county", "countryside", "suburb",
        "suburbs", "neighborhood", "neighbourhood", "state", "prefecture", "oblast", "municipality", "valley", "river", "border");

    /// <summary>Last words that make a capitalised run an organization ("Syrian Arab Army", "Acme Corp.").</summary>
    public static readonly WordSet OrganizationHeads = WordSet.Of(StringComparer.Ordinal,
        "Ministry", "Party", "Army", "Council", "University", "Inc.", "Inc", "Corp.", "Corp", "Corporation", "Ltd.", "Ltd", "LLC",
        "Co.", "Group", "Company", "Bank", "Agency", "Committee", "Commission", "Organization", "Organisation", "Foundation",
        "Institute", "Association", "Federation", "League", "Union", "Movement", "Front", "Forces", "Brigade", "Brigades",
        "Guard", "Guards", "Navy", "Corps", "Court", "Parliament", "Assembly", "Congress", "Senate", "Department", "Office",
        "Service", "Services", "College", "Academy", "News", "Times", "Post", "Journal", "Network", "Television", "TV",
        "Radio", "Press", "Club", "Fund", "Watch", "International", "Alliance", "Coalition", "Bureau", "Authority",
        "Administration", "Police", "Airlines", "Airways", "Motors", "Industries", "Holdings", "Partners", "Center",
        "Centre", "Observatory", "Crescent", "Tribunal", "Cabinet", "Government", "Herald", "Tribune", "Gazette", "Magazine",
        "Channel", "Broadcasting", "Council", "Secretariat", "Mission", "Board", "Society", "Church", "Hospital", "School",
        "Brotherhood", "Legion", "Battalion", "Regiment", "Division", "Command", "Reuters", "Media", "Technologies", "Systems",
        "Energy", "Oil", "Petroleum", "Railways", "Embassy", "Consulate", "Museum", "Directorate", "Authority", "Labs", "Project",
        "Committees", "Councils", "Units", "Parties", "Ministries", "Agencies", "Organizations", "Organisations", "Associations",
        "Unions", "Courts", "Universities", "Companies", "Banks", "Institutes", "Foundations", "Fronts", "Movements", "Armies",
        "Circuit");

    /// <summary>Last words of names that are neither persons, organizations nor places: laws, events, prizes ("Policing Act").</summary>
    public static readonly WordSet OtherHeads = WordSet.Of(StringComparer.Ordinal,
        "Act", "Bill", "Agreement", "Accord", "Accords", "Treaty", "Plan", "Program", "Programme", "Initiative", "Doctrine",
        "Amendment", "Declaration", "Resolution", "Prize", "Award", "Awards", "Cup", "Games", "Olympics", "War", "Revolution",
        "Day", "Summit", "Conference", "Festival", "Protocol", "Deal", "Law", "Code", "Index", "Report", "Strategy", "Era",
        "Crisis", "Spring", "Storm", "Hurricane", "Operation", "Championship", "League's", "Tournament", "Marathon");

    /// <summary>First words that, followed by "of", make an organization ("Ministry of Defense", "University of Damascus").</summary>
    public static readonly WordSet OrganizationOfHeads = WordSet.Of(StringComparer.Ordinal,
        "Ministry", "University", "Bank", "Department", "Church", "House", "Army", "Office", "Council", "Court", "Commission",
        "Institute", "Organization", "Organisation", "League", "Union", "Federation", "Association", "Board", "Committee",
        "Academy", "College", "School", "Museum", "Party", "Coalition", "Alliance", "Front", "Movement", "Agency", "Fund",
        "Center", "Centre", "Federal", "Chamber", "Embassy", "Bureau", "Directorate", "Assembly", "Parliament", "Supreme");

    /// <summary>Titles that, followed by "of", keep the run together ("Secretary of State", "Chief of Staff", "Mayor of London").</summary>
    public static readonly WordSet TitleOfHeads = WordSet.Of(StringComparer.Ordinal,
        "Secretary", "Chief", "Minister", "Mayor", "Governor", "Prince", "Princess", "King", "Queen", "Duke", "Duchess", "President",
        "Head", "Emir", "Commissioner", "Chancellor", "Director", "Commander");

    /// <summary>Arabic words that open the names of armed groups and movements ("Jaish al-Islam", "Ahrar al-Sham").</summary>
    public static readonly WordSet ArabicOrganizationLeads = WordSet.Of(StringComparer.Ordinal,
        "Jaish", "Jaysh", "Liwa", "Harakat", "Jabhat", "Ahrar", "Ansar", "Kataib", "Kata'ib", "Hayat", "Hay'at",
        "Faylaq", "Saraya", "Asaib", "Asa'ib", "Jund", "Tahrir", "Hizb", "Majlis");

    /// <summary>Lower-case word endings that stay joined to a title by a hyphen ("President-elect").</summary>
    public static readonly WordSet TitleHyphenSuffixes = WordSet.Of(StringComparer.Ordinal, "elect", "designate");

    /// <summary>Last words that make a capitalised run a place ("Hamidiyeh Street", "Taurus Mountains").</summary>
    public static readonly WordSet PlaceHeads = WordSet.Of(StringComparer.Ordinal,
        "Street", "Square", "River", "Sea", "Ocean", "Mountains", "Mountain", "Island", "Islands", "Valley", "Lake", "Desert",
        "Bay", "Peninsula", "Strait", "Canal", "Province", "Governorate", "County", "District", "Region", "Heights", "Airport",
        "Base", "Bridge", "Park", "Plain", "Plains", "Coast", "Avenue", "Road", "Boulevard", "Hills", "Camp", "Gate", "Crossing",
        "Highway", "Port", "Harbor", "Harbour", "Oblast", "Prefecture", "Township", "Neighborhood");

    /// <summary>First words that make a capitalised run a place ("Mount Qasioun", "Gulf of Aden").</summary>
    public static readonly WordSet PlacePrefixes = WordSet.Of(StringComparer.Ordinal,
        "Mount", "Lake", "Gulf", "Port", "Fort", "Cape", "Isle", "Camp", "Sea", "Strait", "Bay");

    /// <summary>Adjectives of affiliation that, like demonyms, stand before titles and names but are no entity alone.</summary>
    public static readonly WordSet Affiliations = WordSet.Of(StringComparer.Ordinal,
        "Republican", "Democratic", "Democrat", "Conservative", "Liberal", "Labour", "Socialist", "Communist", "Independent",
        "Islamist", "Islamic", "Muslim", "Christian", "Jewish", "Sunni", "Shia", "Shiite", "Shi'ite", "Kurdish", "Arab", "Western",
        "European", "African", "Asian", "Soviet", "Catholic", "Orthodox", "Alawite", "Druze", "Yazidi", "Latino", "Hispanic",
        "Black", "White", "Gulf", "Palestinian", "Former", "Acting", "Interim", "Outgoing", "Incoming", "Late", "Then",
        "Veteran", "Senior", "Top", "State", "Federal", "Regional", "Local", "Opposition", "Rebel", "Militant", "Jihadist",
        "Deputy", "Assistant", "First", "Ex", "Retired", "Chief", "Supreme", "Vice", "Foreign", "Defense", "Defence", "Interior");

    /// <summary>Lower-case titles too common as plain words to mark the next capitalised word as a person ("a major Syrian city").</summary>
    public static readonly WordSet AmbiguousLowercaseTitles = WordSet.Of(Ci,
        "major", "general", "justice", "father", "chair", "head", "chief", "deputy", "officer", "secretary", "speaker",
        "director", "leader", "commander", "captain", "judge", "coach", "inspector", "detective");

    /// <summary>Words before a title in an apposition that do not change the role ("the then defense minister").</summary>
    public static readonly WordSet Qualifiers = WordSet.Of(Ci,
        "former", "acting", "interim", "current", "new", "outgoing", "incoming", "late", "then", "veteran", "longtime", "top",
        "senior", "chief", "powerful", "embattled", "country's", "nation's", "kingdom's", "group's", "party's");

    /// <summary>Capitalised words that are no part of a name: function words, weekdays, sentence adverbs, bylines.</summary>
    public static readonly WordSet NonEntityWords = WordSet.Of(StringComparer.Ordinal,
        "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You", "His", "Her",
        "Their", "Our", "My", "Your", "Him", "Them", "Us", "In", "On", "At", "By", "For", "From", "With", "Without", "After",
        "Before", "During", "Since", "Until", "As", "If", "When", "While", "Where", "Why", "How", "What", "Who", "Whom", "Which",
        "But", "And", "Or", "Nor", "So", "Yet", "Also", "However", "Meanwhile", "Moreover", "Furthermore", "Although", "Though",
        "Because", "Earlier", "Later", "Then", "Now", "Today", "Yesterday", "Tomorrow", "Tonight", "There", "Here", "Some", "Many",
        "Most", "More", "All", "Both", "Each", "Every", "No", "Not", "None", "One", "Two", "Three", "Four", "Five", "Six", "Seven",
        "Eight", "Nine", "Ten", "Eleven", "Twelve", "Fifteen", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty",
        "Ninety", "Hundred", "Thousand", "Million", "Billion", "Hundreds", "Thousands", "Millions", "Dozens", "According", "Over", "Among", "Against",
        "Despite", "Following", "Amid", "Between", "Through", "Last", "Next", "Second", "Third", "Such", "Several",
        "Other", "Another", "Any", "Only", "Just", "Even", "Still", "Once", "Instead", "Indeed", "Perhaps", "Thus", "Therefore",
        "Nevertheless", "Regarding", "Please", "Read", "Click", "Share", "Related", "Photo", "Photos", "Video", "Videos", "Image",
        "Updated", "Advertisement", "Subscribe", "Sign", "Breaking", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday", "Sunday", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Is", "Are", "Was", "Were", "Be", "Been", "Do",
        "Does", "Did", "Has", "Have", "Had", "Will", "Would", "Can", "Could", "Should", "Might", "Must", "Shall", "Let",
        "Yes", "Oh", "Well", "Why", "Every", "Much", "Few", "Little", "Very", "Too", "Again", "Already", "Always", "Never",
        "Often", "Sometimes", "Recently", "Currently", "Previously", "Finally", "Eventually", "Ultimately", "Additionally",
        "Similarly", "Likewise", "Otherwise", "Overall", "Specifically", "Notably", "Unlike", "Like", "Via", "Per", "Upon", "Within",
        "About", "Above", "Below", "Across", "Along", "Around", "Behind", "Beyond", "Into", "Near", "Off", "Out", "Up", "Down",
        "Toward", "Towards", "Whether", "Unless", "Whereas", "Once", "Copyright", "Editor", "Editing", "Reporting", "Writing",
        "Additional", "Source", "Sources", "Comments", "Comment", "Tags", "Topics", "Menu", "Search", "Login", "Print",
        "Email", "Follow", "Like", "Tweet", "Listen", "More", "Latest", "Opinion", "Analysis", "Exclusive",
        "Officials", "Official", "Dear", "Hi", "Hello", "Thanks", "Thank", "Sorry",
        "Christmas", "Easter", "Ramadan", "Eid", "Covid", "COVID", "Internet", "God", "Allah", "Jesus", "Muslims",
        "Christians", "Jews", "Kurds", "Arabs", "Sunnis", "Shiites", "Alawites", "Democrats", "Republicans", "Conservatives",
        "Liberals", "Islamists", "Jihadists", "Don't", "It's", "That's", "There's", "We're", "I'm", "He's", "She's");

    /// <summary>Months: no entity alone; "May" is a person only as part of a name or by a known surname in context.</summary>
    public static readonly WordSet Months = WordSet.Of(StringComparer.Ordinal,
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");

    /// <summary>Words before a month that make it a date ("in May", "since March", "mid-May").</summary>
    public static readonly WordSet DateLeadWords = WordSet.Of(Ci,
        "in", "on", "since", "until", "till", "by", "early", "late", "mid", "last", "next", "this", "of", "from", "through",
        "during", "before", "after", "between", "and", "to", "or", "end");

    /// <summary>All-caps words that are not organizations' acronyms.</summary>
    public static readonly WordSet NonAcronyms = WordSet.Of(StringComparer.Ordinal,
        "CEO", "GDP", "TV", "AM", "PM", "OK", "ID", "DNA", "COVID", "PDF", "USD", "EUR", "GBP", "GMT", "UTC", "BC", "AD", "FAQ",
        "HIV", "AIDS", "ISBN", "URL", "HTML", "CCTV", "SUV", "VIP", "PR", "IT", "AI", "II", "III", "IV", "VI", "VII", "VIII",
        "IX", "XI", "XII", "MP", "MPs", "CFO", "COO", "CTO", "LGBT", "LGBTQ", "RPG", "IED", "IEDs", "ICBM", "NGO", "NGOs", "UAV",
        "UAVs", "SAM", "MLRS", "POW", "POWs", "IDP", "IDPs", "QR", "USB", "GPS", "SMS", "CV", "PhD", "MBA", "ET", "EST",
        "PST", "CET", "EDT", "PDT", "RSS", "A", "I", "OMG", "LOL", "USSR", "PS", "NB", "RIP", "ASAP", "FYI", "KM", "KG", "MW",
        "GW", "BBL", "NEW", "THE", "AND", "FOR", "NOT", "BUT", "ALL", "UPDATE", "WATCH", "VIDEO", "PHOTO", "LIVE", "SOS", "UFO");

    public static bool IsHyphen(char c) => c is '-' or '‐';

    public static bool IsApostrophe(char c) => c is '\'' or '’';

    public static bool IsNameParticle(ReadOnlySpan<char> word) => NameParticles.Contains(word);

    /// <summary>A word whose following period belongs to it: a known abbreviation or a one-letter initial.</summary>
    public static bool TakesPeriod(ReadOnlySpan<char> word) =>
        (word.Length == 1 && char.IsUpper(word[0])) || PeriodAbbreviations.Contains(word);

    /// <summary>A quote mark or bracket that opens a quotation, after which a capital says nothing.</summary>
    public static bool IsOpeningQuote(string text, int i)
    {
        var c = text[i];
        if (c is '“' or '‘' or '«' or '(' or '[')
            return true;
        if (c is not ('"' or '\''))
            return false;
        var before = i == 0 || char.IsWhiteSpace(text[i - 1]);
        var after = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
        return before && after;
    }
}
