namespace Parallax.Analysis.Quantities;

/// <summary>How a number was written; the rules treat words, digits and orders of magnitude differently.</summary>
internal enum NumberForm : byte
{
    Digits,
    Words,

    /// <summary>"dozens", "hundreds of", "tens of thousands": [low, 10 × low].</summary>
    Vague,

    /// <summary>"half of", "two-thirds of".</summary>
    Fraction,
}

/// <summary>A number as read from the tokens: its value, where it starts and ends, and its scale word.</summary>
internal struct NumberExpression
{
    public double Value;
    public double? High;
    public NumberForm Form;

    /// <summary>The multiplier a scale word applied ("million" → 1e6); 1 when none.</summary>
    public double Scale;

    /// <summary>The value before the scale word ("1.5" of "1.5 million").</summary>
    public double Raw;

    public int FirstToken;

    /// <summary>One past the last token of the number (and of its scale word).</summary>
    public int EndToken;

    public int Start;
    public int End;

    public readonly bool HasScale => Scale != 1;
}
