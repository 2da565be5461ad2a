using System.Collections.Frozen;
using Parallax.Model;

namespace Parallax.Analysis.Quotes;

/// <summary>
/// What kind of source a speaker phrase names: a document ("the memo", "a 40-page ruling", "the indictment"), a poll
/// ("the survey", "most of those surveyed", "63 percent of voters"), an organisation or a person. Also the verbs that
/// report only a document's or a poll's words ("the letter reads", "as a memo put it", "the poll found").
/// </summary>
internal static class SourceKinds
{
    /// <summary>Head nouns of written sources.</summary>
    public static readonly FrozenSet<string> DocumentNouns = new[]
    {
        "memo", "memos", "memorandum", "letter", "letters", "report", "reports", "statement", "statements", "indictment",
        "ruling", "rulings", "filing", "filings", "complaint", "brief", "lawsuit", "suit", "document", "documents",
        "email", "e-mail", "emails", "article", "editorial", "study", "order", "decision", "opinion", "affidavit",
        "transcript", "release", "communique", "communiqué", "bill", "law", "bylaws", "rules", "constitution",
        "guidelines", "manual", "book", "post", "tweet", "tweets", "message", "note", "notice", "warrant", "motion",
        "petition", "resolution", "agreement", "treaty", "paper", "announcement", "ad", "advertisement", "website",
        "cable", "dossier", "audit", "assessment", "review", "analysis", "directive", "decree", "verdict", "judgment",
        "charter", "platform", "manifesto", "summary", "draft", "proposal", "plan", "policy", "sign", "banner", "headline",
        "caption", "leaflet", "flyer", "textbook", "diary", "journal", "obituary", "will", "contract", "subpoena", "citation",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that make a phrase a poll or its respondents.</summary>
    public static readonly FrozenSet<string> PollWords = new[]
    {
        "poll", "polls", "survey", "surveys", "surveyed", "polled", "respondents", "percent", "%", "majority", "plurality",
        "questioned", "interviewed",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Quantifiers that take a group with "of" and make the whole phrase the subject ("most of those surveyed said").</summary>
    public static readonly FrozenSet<string> Quantifiers = new[]
    {
        "most", "many", "some", "all", "none", "half", "third", "thirds", "quarter", "majority", "minority", "plurality",
        "percent", "%", "few", "several", "each", "one", "two", "three", "dozens", "hundreds", "thousands", "number", "share",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Head nouns of organisations speaking as one.</summary>
    public static readonly FrozenSet<string> OrganizationNouns = new[]
    {
        "ministry", "government", "campaign", "company", "agency", "department", "committee", "council", "party",
        "administration", "commission", "authority", "office", "court", "board", "union", "group", "organization",
        "organisation", "firm", "bank", "army", "military", "police", "embassy", "kremlin", "pentagon", "foundation",
        "association", "coalition", "alliance", "network", "newspaper", "channel", "station", "team", "club", "university",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Verbs that attribute words only to a document or poll subject: "the letter reads", "the indictment read",
    /// "as a memo put it", "the poll found", "the survey shows". After a person they mean something else ("she read a book").
    /// </summary>
    public static readonly FrozenSet<string> DocumentVerbs = new[]
    {
        "reads", "read", "put", "puts", "found", "finds", "shows", "showed", "shown", "concluded", "concludes", "specifies", "specified",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DocumentLookup = DocumentNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PollLookup = PollWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsDocumentNoun(ReadOnlySpan<char> word) => DocumentLookup.Contains(word);

    public static bool IsPollWord(ReadOnlySpan<char> word) => PollLookup.Contains(word);

    private static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> w) =>
        w.EndsWith("’s", StringComparison.Ordinal) || w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2] : w;

    /// <summary>The kind of source a usable speaker phrase names; null when the words do not tell.</summary>
    public static SourceKind? Classify(string text, SpeakerPhrase phrase, PersonIndex persons, IReadOnlyList<EntityMention> entities)
    {
        foreach (var e in entities)
        {
            if (!e.Span.Overlaps(phrase.Span))
                continue;
            if (e.Type == EntityType.Person)
                return SourceKind.Person;
            if (e.Type == EntityType.Organization)
                return SourceKind.Organization;
        }
        var words = phrase.Span.Of(text);
        if (phrase.Kind == PhraseKind.Pronoun)
            return NameLexicon.PersonPronouns.Contains(words) || words.Equals("I", StringComparison.Ordinal) || words.Equals("who", StringComparison.OrdinalIgnoreCase)
                ? SourceKind.Person : null;
        bool poll = false;
        var last = ReadOnlySpan<char>.Empty;
        foreach (var range in words.AsSpan().Split(' '))
        {
            var w = WithoutPossessive(words.AsSpan(range).Trim(",.;:()"));
            if (w.Length == 0)
                continue;
            poll |= IsPollWord(w);
            last = w;
        }
        if (poll)
            return SourceKind.Poll;
        if (IsDocumentNoun(last) && (phrase.Kind == PhraseKind.Descriptor || !char.IsUpper(last[0])))
            return SourceKind.Document;
        if (phrase.Kind == PhraseKind.Name)
        {
            if (persons.Overlapping(phrase.Span) is not null)
                return SourceKind.Person;
            return NameLexicon.NonPersonWords.Contains(last.ToString()) ? SourceKind.Organization : null;
        }
        var head = last.ToString();
        if (OrganizationNouns.Contains(head))
            return SourceKind.Organization;
        return NameLexicon.RoleHeads.ContainsKey(head) || NameLexicon.PeopleNouns.Contains(head) ? SourceKind.Person : null;
    }
}
