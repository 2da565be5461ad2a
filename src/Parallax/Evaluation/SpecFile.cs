using System.Text.RegularExpressions;

namespace Parallax.Evaluation;

/// <summary>One expectation of a spec case: <c>kind: value</c>, the value also split into <c>|</c>-separated fields.</summary>
internal sealed record SpecLine(string Kind, string Value, int LineNumber)
{
    public IReadOnlyList<string> Fields { get; } = Value.Split('|', StringSplitOptions.TrimEntries);

    /// <summary>The field at <paramref name="index"/>, or <paramref name="fallback"/> when the line has fewer fields or it is empty.</summary>
    public string Field(int index, string fallback) => index < Fields.Count && Fields[index].Length > 0 ? Fields[index] : fallback;

    public override string ToString() => Value.Length == 0 ? Kind + ":" : $"{Kind}: {Value}";
}

/// <summary>One case of a spec file: its input text, its settings and the lines expected from it.</summary>
internal sealed record SpecCase(string File, int LineNumber, string Name, IReadOnlyDictionary<string, string> Settings, string Input, IReadOnlyList<SpecLine> Expected)
{
    public const string KnownMiss = "known-miss";

    /// <summary>A known miss is scored where a component is scored, but not asserted on its own.</summary>
    public bool IsKnownMiss => Settings.ContainsKey(KnownMiss);

    /// <summary>Unique within a folder: file and name, or file and line when the case has no name.</summary>
    public string Id => Name.Length > 0 ? $"{File}: {Name}" : $"{File}:{LineNumber}";

    public override string ToString() => Id;
}

/// <summary>
/// The one spec-file format (*.spec) every component's hand-written cases use. A case is a header line
/// <c>=== name</c> (the name may be left out), optional settings <c>@key: value</c> or <c>@flag</c>, the
/// input text (one or more lines, kept as written), a line <c>---</c>, then one expectation per line,
/// <c>kind: field | field | ...</c>, or <c>(none)</c>. Lines starting with <c>#</c> are comments
/// everywhere but inside the input; blank lines between expectations are skipped.
/// </summary>
internal static partial class SpecFile
{
    public const string Extension = ".spec";

    [GeneratedRegex(@"^@(?<key>[a-z][a-z-]*)(?::\s*(?<value>.*))?$")]
    private static partial Regex SettingLine();

    [GeneratedRegex(@"^(?<kind>[a-z][a-z-]*):(?: (?<value>.*))?$")]
    private static partial Regex ExpectationLine();

    /// <summary>Every case of every *.spec file in <paramref name="folder"/>, files in name order.</summary>
    public static IEnumerable<SpecCase> ReadFolder(string folder) =>
        Directory.GetFiles(folder, "*" + Extension).Order(StringComparer.Ordinal).SelectMany(Read);

    public static IEnumerable<SpecCase> Read(string path) =>
        Parse(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path));

    public static List<SpecCase> Parse(string file, string content)
    {
        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var cases = new List<SpecCase>();
        var i = 0;
        while (i < lines.Length && !lines[i].StartsWith("===", StringComparison.Ordinal))
            i++;
        while (i < lines.Length)
        {
            var header = i;
            var name = lines[i++][3..].Trim();
            var settings = new Dictionary<string, string>(StringComparer.Ordinal);
            for (; i < lines.Length; i++)
            {
                if (lines[i].Length == 0 || lines[i].StartsWith('#'))
                    continue;
                if (SettingLine().Match(lines[i]) is not { Success: true } m)
                    break;
                settings[m.Groups["key"].Value] = m.Groups["value"].Value.TrimEnd();
            }
            var start = i;
            while (i < lines.Length && lines[i] != "---")
            {
                if (lines[i].StartsWith("===", StringComparison.Ordinal))
                    throw new FormatException($"{file}:{i + 1}: the case has no '---' line");
                i++;
            }
            if (i == lines.Length)
                throw new FormatException($"{file}:{header + 1}: the case has no '---' line");
            var end = i;
            while (end > start && lines[end - 1].Trim().Length == 0)
                end--;
            var input = string.Join('\n', lines[start..end]);
            var expected = new List<SpecLine>();
            for (i++; i < lines.Length && !lines[i].StartsWith("===", StringComparison.Ordinal); i++)
            {
                var line = lines[i];
                if (line.Trim().Length == 0 || line.StartsWith('#') || line.TrimEnd() == "(none)")
                    continue;
                if (ExpectationLine().Match(line) is not { Success: true } m)
                    throw new FormatException($"{file}:{i + 1}: expected 'kind: field | field ...', got '{line}'");
                expected.Add(new SpecLine(m.Groups["kind"].Value, m.Groups["value"].Value, i + 1));
            }
            cases.Add(new SpecCase(file, header + 1, name, settings, input, expected));
        }
        return cases;
    }
}
