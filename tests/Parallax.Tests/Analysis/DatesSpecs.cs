using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Parallax.Tests.Analysis;

/// <summary>One case of a Specs/Dates file: a snippet, its reference day, and the expressions expected in it.</summary>
internal sealed record DatesSpecCase(string Id, string Snippet, DateOnly? Reference, IReadOnlyList<string> Expected);

/// <summary>Reads the readable spec files in tests/Parallax.Tests/Specs/Dates (format in their README.md).</summary>
internal static partial class DatesSpecs
{
    [GeneratedRegex("""^=\s*(?<type>Date|Time|Duration|Set)\s+(?<value>\S+)\s+"(?<text>.*)"\s*$""")]
    private static partial Regex ExpectedLine();

    public static string Folder([CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "..", "Specs", "Dates");

    public static IReadOnlyDictionary<string, DatesSpecCase> All { get; } = Load();

    private static Dictionary<string, DatesSpecCase> Load()
    {
        var cases = new Dictionary<string, DatesSpecCase>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Folder(), "*.txt").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            string? snippet = null;
            DateOnly? reference = null;
            var expected = new List<string>();
            int start = 0;
            void Flush()
            {
                if (snippet is not null)
                {
                    var id = $"{Path.GetFileNameWithoutExtension(file)}:{start + 1}";
                    cases.Add(id, new DatesSpecCase(id, snippet, reference, expected.ToArray()));
                }
                snippet = null;
                reference = null;
                expected.Clear();
            }
            for (int i = 0; i < lines.Length; i++)
            {
                var line = lines[i].TrimEnd();
                if (line.StartsWith('#'))
                    continue;
                if (line.Length == 0)
                {
                    Flush();
                    continue;
                }
                if (line.StartsWith("> ", StringComparison.Ordinal))
                {
                    Flush();
                    snippet = line[2..];
                    start = i;
                }
                else if (line.StartsWith("@ ", StringComparison.Ordinal))
                {
                    var r = line[2..].Trim();
                    reference = r == "none" ? null : DateOnly.ParseExact(r, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                }
                else if (ExpectedLine().Match(line) is { Success: true } m)
                    expected.Add(Describe(m.Groups["type"].Value, m.Groups["value"].Value, m.Groups["text"].Value));
                else
                    throw new FormatException($"{file}:{i + 1}: cannot read '{line}'");
            }
            Flush();
        }
        return cases;
    }

    /// <summary>The one-line form both sides of a comparison are written in.</summary>
    public static string Describe(string type, string? value, string text) => $"{type} {value ?? "null"} \"{text}\"";
}
