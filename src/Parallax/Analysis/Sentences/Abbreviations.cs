namespace Parallax.Analysis.Sentences;

/// <summary>
/// Abbreviations whose period is not a sentence end. Kept as named tables so the splitter's rules read as data.
/// Compared case-sensitively without the trailing period.
/// </summary>
internal static class Abbreviations
{
    /// <summary>Titles that always precede a name: "Mr. Smith", "Gen. Allen" never end a sentence.</summary>
    public static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Gen", "Sen", "Sens", "Rep", "Reps", "Gov", "Lt", "Col", "Sgt",
        "Capt", "Cpl", "Maj", "Adm", "Cmdr", "Rev", "Hon", "Pres", "Supt", "Insp", "Fr", "Sr", "Jr", "St", "Mt", "Ft",
        "Gens", "Atty", "Amb", "Brig", "Pvt", "Det", "Gov.-elect",
    };

    /// <summary>Abbreviations that continue into a number: "Dec. 23", "No. 5", "Vol. 2", "p. 12".</summary>
    public static readonly HashSet<string> BeforeNumber = new(StringComparer.Ordinal)
    {
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "No", "Nos", "Vol", "Vols", "p", "pp", "Art", "Fig", "Sec", "Ch", "Para", "approx", "ca", "Nr", "Ex",
    };

    /// <summary>Lower-case abbreviations that rarely end a sentence: "vs.", "etc." before a lower-case word is handled generally.</summary>
    public static readonly HashSet<string> Inline = new(StringComparer.Ordinal)
    {
        "vs", "v", "cf", "viz", "approx", "incl", "dept", "est", "ed", "eds", "Inc", "Corp", "Ltd", "Co", "Bros", "Univ",
    };

    /// <summary>
    /// Words that, after a dotted acronym ("U.S.", "a.m."), show a new sentence has begun; any other capitalised
    /// word is read as the acronym's continuation ("U.S. President", "U.N. Security Council").
    /// </summary>
    public static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
        "But", "And", "Or", "So", "Yet", "In", "On", "At", "For", "After", "Before", "When", "While", "If", "As",
        "His", "Her", "Its", "Their", "Our", "My", "Some", "Many", "Most", "Officials", "Meanwhile", "However",
        "Still", "Also", "Earlier", "Later", "Last", "Now", "Then", "Since", "Although", "Despite", "According",
    };
}
