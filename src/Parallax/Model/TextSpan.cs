namespace Parallax.Model;

/// <summary>A half-open range <c>[Start, End)</c> of UTF-16 code units in an article's clean text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>The number of code units covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the two spans share at least one code unit.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>True when <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    /// <summary>The covered text of <paramref name="text"/>.</summary>
    public string Of(string text) => text.Substring(Start, Length);

    /// <summary>The span as <c>[Start, End)</c>.</summary>
    public override string ToString() => $"[{Start}, {End})";
}
