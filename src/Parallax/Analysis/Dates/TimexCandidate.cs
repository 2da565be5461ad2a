namespace Parallax.Analysis.Dates;

/// <summary>Computes a candidate's TimeML value once the candidates before it have been resolved.</summary>
internal delegate string? TimexResolver(TimexContext context, int start, int end);

/// <summary>
/// A possible temporal expression found by one rule. Overlapping candidates compete: the longest wins,
/// then the rule listed first in <see cref="TimexRules"/>. <see cref="Anaphoric"/> values ("a year earlier")
/// are computed from the last calendar value and do not become the anchor themselves.
/// <see cref="Optional"/> candidates are dropped when they resolve to nothing ("that very day" with no day named before it).
/// </summary>
internal readonly record struct TimexCandidate(int Start, int End, TimexType Type, TimexResolver Resolve, int Priority, bool Anaphoric = false, bool Optional = false)
{
    public int Length => End - Start;
}
