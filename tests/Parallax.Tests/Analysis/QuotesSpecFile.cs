using System.Runtime.CompilerServices;
using Parallax.Model;

namespace Parallax.Tests.Analysis;

/// <summary>
/// Readable spec files under tests/Parallax.Tests/Specs/: each case is <c>=== name</c>, the snippet, a line
/// <c>---</c>, then one expected annotation per line (<c>S:</c>, <c>Q:</c>, <c>R:</c>, <c>C:</c>) or <c>none</c>.
/// Fields are separated by <c> | </c>; a mention written <c>he@2</c> is the second "he" in the snippet.
/// </summary>
internal sealed record SpecCase(string Name, string Text, IReadOnlyList<string> Expected)
{
    public override string ToString() => Name;

    /// <summary>The span of the <paramref name="n"/>th occurrence of a mention written <c>text</c> or <c>text@n</c>.</summary>
    public TextSpan Find(string mention)
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
            do
                pos = Text.IndexOf(mention, pos + 1, StringComparison.Ordinal);
            while (pos >= 0 && !IsWholeWord(pos, mention.Length));
            Assert.True(pos >= 0, $"{Name}: the snippet has no occurrence {k + 1} of '{mention}'");
        }
        return new TextSpan(pos, pos + mention.Length);
    }

    /// <summary>A mention starting or ending in a letter must not sit inside a longer word ("he" is not in "the").</summary>
    private bool IsWholeWord(int pos, int length) =>
        !(char.IsLetter(Text[pos]) && pos > 0 && char.IsLetter(Text[pos - 1]))
        && !(char.IsLetter(Text[pos + length - 1]) && pos + length < Text.Length && char.IsLetter(Text[pos + length]));
}

internal static class QuotesSpecFile
{
    public static string Folder(string topic, [CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "..", "Specs", topic);

    public static List<SpecCase> Load(string topic)
    {
        var cases = new List<SpecCase>();
        foreach (var file in Directory.GetFiles(Folder(topic), "*.txt").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllText(file).Replace("\r\n", "\n").Split('\n');
            string? name = null;
            var text = new List<string>();
            var expected = new List<string>();
            bool inExpected = false;
            void Flush()
            {
                if (name is not null)
                    cases.Add(new SpecCase($"{Path.GetFileNameWithoutExtension(file)}: {name}", string.Join('\n', text).Trim('\n'), [.. expected]));
            }
            foreach (var line in lines)
            {
                if (line.StartsWith("=== ", StringComparison.Ordinal))
                {
                    Flush();
                    name = line[4..].Trim();
                    text.Clear();
                    expected.Clear();
                    inExpected = false;
                }
                else if (name is null || (line.StartsWith('#') && !inExpected && text.Count == 0))
                    continue;
                else if (line == "---")
                    inExpected = true;
                else if (inExpected)
                {
                    if (line.Trim().Length > 0)
                        expected.Add(line.Trim());
                }
                else
                    text.Add(line);
            }
            Flush();
        }
        return cases;
    }

    public static string[] Fields(string line) => line[(line.IndexOf(':') + 1)..].Split(" | ").Select(f => f.Trim()).ToArray();
}
