using System.Text.RegularExpressions;

namespace Parallax.Extraction.Boilerplate;

/// <summary>
/// Serialized widgets and markup that scrapers leave in the text: PHP var_dump output
/// (<c>string(779) "[{...}]"</c>, <c>array(3) {</c>, <c>[0]=&gt;</c>), JSON arrays and objects of items,
/// stray HTML tags, &lt;script&gt;/&lt;style&gt; blocks and script statements. A dump or block that opens
/// on one line may run over the following lines; <see cref="BlockEnd"/> finds where it closes.
/// </summary>
internal static partial class WidgetDumps
{
    /// <summary>The most lines one dump or script block may swallow; past it we stop rather than eat the article.</summary>
    public const int MaxBlockLines = 400;

    /// <summary>Text left once tags are removed, at or under which a tag line counts as markup.</summary>
    public const int MaxTextInMarkupLine = 24;

    [GeneratedRegex(@"^(?:(?:string|array|object|int|float|bool|NULL)\s*\(\s*[\w\\]*\s*\)(?:#\d+\s*\(\d+\))?\s*(?:""|\{|$|\d|true|false)|\[\s*(?:""[^""]{0,80}""|\d{1,6})\s*\]\s*=>|\[\s*\{\s*""|\{\s*""[^""]{1,80}""\s*:|\[\s*""[^""]{0,200}""\s*(?:,|\])|\}\s*,?\s*\{\s*"")",
        RegexOptions.CultureInvariant)]
    private static partial Regex DumpRegex();

    [GeneratedRegex(@"^<(?:!--|/?[A-Za-z][\w:\-]*(?:\s[^<>]{0,400})?/?>)")]
    private static partial Regex TagStartRegex();

    [GeneratedRegex(@"<[^<>]{0,400}>")]
    private static partial Regex AnyTagRegex();

    [GeneratedRegex(@"^(?:(?:var|let|const)\s+[\w$]+\s*=|function\s*[\w$]*\s*\(|\(\s*function\s*\(|(?:window|document|googletag|jQuery|\$)\s*[.(]|[\w$.]+\s*\(\s*function\s*\()|^[\s})\];,]+$|^if\s*\(.{0,200}\)\s*\{$")]
    private static partial Regex ScriptStatementRegex();

    [GeneratedRegex(@"<\s*(script|style|noscript|iframe)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RawBlockOpenRegex();

    /// <summary>Whether a line is a dump, markup or script line (judged on the line alone).</summary>
    public static BoilerplateKind Classify(string line)
    {
        if (line.Length == 0)
            return BoilerplateKind.None;
        char c = line[0];
        if (c is 's' or 'a' or 'o' or 'i' or 'f' or 'b' or 'N' or '[' or '{' or '}' && DumpRegex().IsMatch(line))
            return BoilerplateKind.WidgetDump;
        if (c == '<' && TagStartRegex().IsMatch(line))
        {
            if (RawBlockOpenRegex().IsMatch(line))
                return BoilerplateKind.Markup;
            var remaining = AnyTagRegex().Replace(line, "").Trim();
            if (remaining.Length <= MaxTextInMarkupLine)
                return BoilerplateKind.Markup;
        }
        if (ScriptStatementRegex().IsMatch(line))
            return BoilerplateKind.Markup;
        return BoilerplateKind.None;
    }

    /// <summary>
    /// The index of the last line of the block that starts at <paramref name="start"/> (a line
    /// <see cref="Classify"/> flagged): the line that balances its brackets, or closes its
    /// &lt;script&gt;/&lt;style&gt;. A one-line dump returns <paramref name="start"/>.
    /// </summary>
    public static int BlockEnd(IReadOnlyList<string> lines, int start)
    {
        var first = lines[start];
        var raw = RawBlockOpenRegex().Match(first);
        int limit = Math.Min(lines.Count - 1, start + MaxBlockLines);
        if (raw.Success)
        {
            var close = "</" + raw.Groups[1].Value;
            for (int i = start; i <= limit; i++)
            {
                if (lines[i].Contains(close, StringComparison.OrdinalIgnoreCase))
                    return i;
            }
            return start;
        }

        // var_dump strings are not escaped, so their quotes cannot be counted: the string ends at a closing quote.
        if (first.StartsWith("string(", StringComparison.Ordinal))
        {
            for (int i = start; i <= limit; i++)
            {
                if (lines[i].EndsWith('"') && (i > start || first.IndexOf('"') < first.Length - 1))
                    return i;
            }
            return start;
        }

        int depth = 0;
        for (int i = start; i <= limit; i++)
        {
            depth += BracketBalance(lines[i]);
            if (depth <= 0)
                return i;
        }
        return start;
    }

    /// <summary>Opened minus closed brackets, ignoring those inside double-quoted strings.</summary>
    private static int BracketBalance(string line)
    {
        int balance = 0;
        bool inString = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (inString)
            {
                if (c == '\\')
                    i++;
                else if (c == '"')
                    inString = false;
                continue;
            }
            switch (c)
            {
                case '"': inString = true; break;
                case '{' or '[': balance++; break;
                case '}' or ']': balance--; break;
            }
        }
        return balance;
    }
}
