namespace Parallax.Model;

/// <summary>A half-open range <c>[Start, End)</c> of UTF-16 code units in an article's clean text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    public string Of(string text) => text.Substring(Start, Length);

    public override string ToString() => $"[{Start}, {End})";
}
