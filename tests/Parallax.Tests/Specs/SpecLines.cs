using Parallax.Model;

namespace Parallax.Tests.Specs;

/// <summary>
/// Writing expectation lines, and the mentions in them: a mention written <c>he@2</c> is the second whole-word
/// "he" of the input; <c>he</c> is the first.
/// </summary>
internal static class SpecLines
{
    public static string Format(string kind, string value) => value.Length == 0 ? kind + ":" : $"{kind}: {value}";

    /// <summary>The span of the mention <c>text</c> or <c>text@n</c> in <paramref name="input"/>.</summary>
    public static TextSpan Find(string input, string mention)
    {
        int n = 1;
        int at = mention.LastIndexOf('@');
        if (at > 0 && int.TryParse(mention[(at + 1)..], out var parsed))
        {
            n = parsed;
            mention = mention[..at];
        }
        int pos = -1;
        for (int k = 0; k < n; k++)
        {
            pos = Next(input, mention, pos);
            Assert.True(pos >= 0, $"the input has no occurrence {k + 1} of '{mention}'");
        }
        return new TextSpan(pos, pos + mention.Length);
    }

    /// <summary>How <paramref name="span"/> is written as a mention: its text, with <c>@n</c> when it is not the first occurrence.</summary>
    public static string Mention(string input, TextSpan span)
    {
        var text = span.Of(input);
        if (text.Length == 0)
            return $"@at-{span.Start}";
        int k = 0;
        for (int pos = Next(input, text, -1); pos >= 0 && pos <= span.Start; pos = Next(input, text, pos))
        {
            k++;
            if (pos == span.Start)
                return k == 1 ? text : $"{text}@{k}";
        }
        // Not a whole-word occurrence: no mention reads back to this span.
        return $"{text}@at-{span.Start}";
    }

    /// <summary>Canonical form of a written mention (<c>x@1</c> is <c>x</c>).</summary>
    public static string Mention(string input, string mention) => Mention(input, Find(input, mention));

    private static int Next(string input, string text, int after)
    {
        int pos = after;
        do
            pos = input.IndexOf(text, pos + 1, StringComparison.Ordinal);
        while (pos >= 0 && !IsWholeWord(input, pos, text.Length));
        return pos;
    }

    /// <summary>A mention starting or ending in a letter must not sit inside a longer word ("he" is not in "the").</summary>
    private static bool IsWholeWord(string input, int pos, int length) =>
        !(char.IsLetter(input[pos]) && pos > 0 && char.IsLetter(input[pos - 1]))
        && !(char.IsLetter(input[pos + length - 1]) && pos + length < input.Length && char.IsLetter(input[pos + length]));
}
