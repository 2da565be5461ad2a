namespace Parallax.Comparison.Figures;

/// <summary>A quantity of one article of a story.</summary>
internal readonly record struct FigureRef(int Article, int Index);

/// <summary>Figures of several articles that count or measure the same thing; <paramref name="Why"/> says how they disagree.</summary>
internal sealed record FigureGroup(IReadOnlyList<FigureRef> Members, string About, bool Agree, string? Why = null);
