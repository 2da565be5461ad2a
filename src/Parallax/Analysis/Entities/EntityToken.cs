namespace Parallax.Analysis.Entities;

[Flags]
internal enum TokenFlags : ushort
{
    None = 0,
    Word = 1,
    /// <summary>Starts with an upper-case letter, or is a particle-prefixed name ("al-Assad").</summary>
    Capitalized = 2,
    /// <summary>Two or more letters, all upper case ("NATO", "U.S.").</summary>
    AllCaps = 4,
    /// <summary>First word of a sentence, a line, or a quotation: its capital says nothing.</summary>
    SentenceStart = 8,
    /// <summary>On a title-case line (a headline), where every capital says nothing.</summary>
    Headline = 16,
    /// <summary>Ends in a possessive 's, which <see cref="EntityToken.CoreEnd"/> leaves out.</summary>
    Possessive = 32,
    /// <summary>Punctuation that ends a sentence or a clause run (. ! ? ; newline).</summary>
    Boundary = 64,
    /// <summary>A comma.</summary>
    Comma = 128,
}

/// <summary>One word or punctuation mark; <see cref="CoreEnd"/> excludes a possessive ending.</summary>
internal readonly record struct EntityToken(int Start, int End, int CoreEnd, TokenFlags Flags)
{
    public bool Is(TokenFlags flag) => (Flags & flag) != 0;

    public bool IsWord => (Flags & TokenFlags.Word) != 0;

    public bool IsCapitalized => (Flags & TokenFlags.Capitalized) != 0;

    public ReadOnlySpan<char> Core(string text) => text.AsSpan(Start, CoreEnd - Start);
}
