namespace Parallax.Stories;

/// <summary>
/// Where one article went: its ordinal in the grouper (0, 1, 2, ... in the order added), the story it joined,
/// whether that story was opened for it, the earlier article it nearly duplicates (a wire copy or a
/// republication; null when none), and the stories merged away because of it: into its story, or, when the
/// article taught grouping its outlet's delay, an earlier late report's story folded into the story its text
/// matched (<see cref="StoryGrouper.Resolve"/> gives where each went).
/// </summary>
internal sealed record StoryAssignment(int Article, int Story, bool Opened, int? DuplicateOf, IReadOnlyList<int> Merged);
