using System.Globalization;

namespace Parallax.Analysis.Quantities;

internal enum TokenKind : byte
{
    Word,
    Number,
    Symbol,
}

/// <summary>
/// One token of the quantity scanner. Numbers carry their parsed value and shape (digit count, grouping,
/// decimals) so later rules can tell "2016" from "2,016" without re-reading the text.
/// </summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public double Value { get; init; }
    public int IntegerDigits { get; init; }
    public bool Grouped { get; init; }
    public bool HasDecimals { get; init; }

    public int Length => End - Start;
}

/// <summary>
/// A hand-written scanner: words (letters, with inner apostrophes), numbers
/// (digits with thousands separators and a decimal part; a decimal comma only where unambiguous) and
/// single symbols. Whitespace separates tokens; adjacency is read from the offsets.
/// </summary>
internal static class QuantityTokenizer
{
    /// <summary>Thin and no-break spaces some outlets group digits with ("1 000 000").</summary>
    private const string GroupingSpaces = "\u00A0\u2009\u202F";

    public static void Tokenize(string text, List<Token> into)
    {
        int i = 0, n = text.Length;
        while (i < n)
        {
            char c = text[i];
            if (c == '\n')
            {
                // A line break ends every phrase, like punctuation: "a 50 bp move\n\nCrown gains" is two lines.
                if (into.Count == 0 || into[^1].Kind != TokenKind.Symbol || text[into[^1].Start] != '\n')
                    into.Add(new Token(i, i + 1, TokenKind.Symbol));
                i++;
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < n && char.IsAsciiDigit(text[i + 1]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1]))))
            {
                i = ScanNumber(text, i, into);
                continue;
            }
            if (char.IsLetter(c))
            {
                int start = i++;
                while (i < n)
                {
                    char d = text[i];
                    // Digits end a word: "PS2.7m", "S22", "COVID19" become word + number, and the rules decide.
                    if (char.IsLetter(d) || char.GetUnicodeCategory(d) == UnicodeCategory.NonSpacingMark)
                        i++;
                    else if ((d == '\'' || d == '\u2019') && i + 1 < n && char.IsLetter(text[i + 1]))
                        i += 2;
                    else
                        break;
                }
                into.Add(new Token(start, i, TokenKind.Word));
                continue;
            }
            int len = char.IsHighSurrogate(c) && i + 1 < n ? 2 : 1;
            into.Add(new Token(i, i + len, TokenKind.Symbol));
            i += len;
        }
    }

    private static int ScanNumber(string text, int start, List<Token> into)
    {
        int n = text.Length, i = start;
        Span<char> buffer = stackalloc char[64];
        int b = 0, intDigits = 0;
        bool grouped = false, decimals = false;
        while (i < n && char.IsAsciiDigit(text[i]))
        {
            if (b < 48) buffer[b++] = text[i];
            intDigits++;
            i++;
        }
        // Thousands groups: ",ddd" (or a thin space) followed by a non-digit or another group.
        int leading = intDigits;
        while (leading <= 3 && i < n && (text[i] == ',' || GroupingSpaces.Contains(text[i]) || SpaceGroup(text, i)) && IsGroup(text, i + 1))
        {
            for (int k = 1; k <= 3; k++)
                if (b < 48) buffer[b++] = text[i + k];
            intDigits += 3;
            grouped = true;
            i += 4;
        }
        if (i + 1 < n && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            decimals = true;
            if (b < 48) buffer[b++] = '.';
            i++;
            while (i < n && char.IsAsciiDigit(text[i]))
            {
                if (b < 63) buffer[b++] = text[i];
                i++;
            }
        }
        else if (!grouped && intDigits > 0 && IsDecimalComma(text, i))
        {
            decimals = true;
            buffer[b++] = '.';
            i++;
            while (i < n && char.IsAsciiDigit(text[i]))
                buffer[b++] = text[i++];
        }
        if (intDigits == 0)
        {
            // ".001": the scanner entered on the dot.
            buffer[b++] = '0';
        }
        var value = double.Parse(buffer[..b], NumberStyles.Float, CultureInfo.InvariantCulture);
        into.Add(new Token(start, i, TokenKind.Number) { Value = value, IntegerDigits = intDigits, Grouped = grouped, HasDecimals = decimals });
        return i;
    }

    /// <summary>
    /// "300 000 civilians", "1 200 000": a plain space groups thousands as in French and translated copy when three
    /// digits follow it and neither a digit nor a hyphen comes after them ("3 100-year-old trees" stays two numbers).
    /// </summary>
    private static bool SpaceGroup(string text, int at) =>
        text[at] == ' ' && at + 4 <= text.Length && (at + 4 == text.Length || text[at + 4] is not ('-' or '\u2010' or '\u2011'));

    private static bool IsGroup(string text, int at) =>
        at + 3 <= text.Length
        && char.IsAsciiDigit(text[at]) && char.IsAsciiDigit(text[at + 1]) && char.IsAsciiDigit(text[at + 2])
        && (at + 3 == text.Length || !char.IsAsciiDigit(text[at + 3]));

    /// <summary>"3,5" reads as 3.5 only when one or two digits follow the comma and no list or group continues.</summary>
    private static bool IsDecimalComma(string text, int at)
    {
        int n = text.Length;
        if (at + 1 >= n || text[at] != ',' || !char.IsAsciiDigit(text[at + 1]))
            return false;
        int k = at + 1;
        while (k < n && char.IsAsciiDigit(text[k]))
            k++;
        int digits = k - at - 1;
        if (digits > 2)
            return false;
        // A following comma or digit run means a list ("1,2,3") or a code.
        return k == n || (text[k] != ',' && text[k] != '.' && !char.IsLetterOrDigit(text[k]));
    }
}
