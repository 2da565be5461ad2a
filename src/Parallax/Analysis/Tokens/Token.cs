using Parallax.Model;

namespace Parallax.Analysis.Tokens;

/// <summary>A word or a single punctuation character of the text: <c>[Start, End)</c> and which of the two it is.</summary>
/// <param name="Start">The first code unit.</param>
/// <param name="End">One past the last code unit.</param>
/// <param name="IsWord">True for a word, false for a punctuation character.</param>
public readonly record struct Token(int Start, int End, bool IsWord)
{
    /// <summary>The token as a span of the text.</summary>
    public TextSpan Span => new(Start, End);
}
