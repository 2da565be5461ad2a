namespace Parallax.Analysis.Entities;

internal enum CandidateState : byte
{
    /// <summary>Typed by a gazetteer, a pattern, a title or context.</summary>
    Resolved,

    /// <summary>Capitalised words with no evidence (sentence start, headline): kept only if a person in the article has their last word as surname.</summary>
    Pending,

    /// <summary>A lone unknown word mid-sentence: a person, by a known surname or by default.</summary>
    PendingStrong,

    /// <summary>A month name ("May") that is a person only by a known surname and no date around it.</summary>
    PendingMonth,
}

/// <summary>A typed (or pending) token range [First, Last] found by <see cref="CandidateScanner"/>.</summary>
internal struct EntityCandidate
{
    public int First;
    public int Last;
    public EntityType Type;
    public CandidateState State;

    /// <summary>Canonical name from a gazetteer; null for persons and pattern names (their text is the name).</summary>
    public string? Name;

    public string? Role;
}
