namespace Parallax.Comparison.Figures;

/// <summary>A quantity of one article of a story.</summary>
internal readonly record struct FigureRef(int Article, int Index);

/// <summary>Figures of several articles that count or measure the same thing; <paramref name="Why"/> says how they disagree.</summary>
internal sealed record FigureGroup(IReadOnlyList<FigureRef> Members, string About, bool Agree, string? Why = null)
{
    /// <summary>The members that are an article's earlier report of the count (<see cref="Figure.Earlier"/>); empty when none.</summary>
    public IReadOnlyList<FigureRef> Earlier { get; init; } = [];
}
