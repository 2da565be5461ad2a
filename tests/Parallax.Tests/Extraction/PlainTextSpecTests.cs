using System.Runtime.CompilerServices;
using Parallax.Extraction.PlainText;

namespace Parallax.Tests.Extraction;

/// <summary>
/// Runs the hand-written cases in Specs/PlainText/*.txt. Each case is
/// <c>### name</c>, then expected fields (<c>title:</c>, <c>kind:</c>, <c>published:</c>, <c>outlet:</c>,
/// <c>section:</c>, <c>dateline:</c>, <c>authors:</c> separated by <c>;</c>), then <c>--- input</c> and
/// <c>--- text</c> blocks. A field not listed must come out empty; the text must match exactly.
/// </summary>
public class PlainTextSpecTests
{
    private static readonly string[] FieldNames = ["title", "kind", "published", "outlet", "section", "dateline", "authors"];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(SpecDirectory(), "*.txt").Order(StringComparer.Ordinal))
        {
            foreach (var spec in SpecCase.ReadAll(file))
                data.Add(Path.GetFileName(file), spec.Name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec(string file, string name)
    {
        var spec = SpecCase.ReadAll(Path.Combine(SpecDirectory(), file)).Single(c => c.Name == name);
        var fields = new PlainTextArticleParser().Parse(spec.Input);

        var actual = new Dictionary<string, string?>
        {
            ["title"] = fields.Title,
            ["kind"] = fields.Kind,
            ["published"] = fields.Published?.ToIso(),
            ["outlet"] = fields.Outlet,
            ["section"] = fields.Section,
            ["dateline"] = fields.Dateline,
            ["authors"] = fields.Authors.Count == 0 ? null : string.Join("; ", fields.Authors),
        };
        foreach (var field in FieldNames)
            Assert.Equal($"{field}: {spec.Fields.GetValueOrDefault(field)}", $"{field}: {actual[field]}");
        Assert.Equal(spec.Text, fields.Text);
    }

    [Fact]
    public void There_are_at_least_forty_cases() => Assert.True(Cases().Count >= 40, $"only {Cases().Count} spec cases");

    private static string SpecDirectory([CallerFilePath] string here = "")
    {
        var nextToSource = Path.Combine(Path.GetDirectoryName(here) ?? ".", "..", "Specs", "PlainText");
        if (Directory.Exists(nextToSource))
            return Path.GetFullPath(nextToSource);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Parallax.Tests", "Specs", "PlainText");
            if (Directory.Exists(candidate))
                return candidate;
        }
        throw new DirectoryNotFoundException("tests/Parallax.Tests/Specs/PlainText not found");
    }

    private sealed record SpecCase(string Name, Dictionary<string, string> Fields, string Input, string Text)
    {
        public static List<SpecCase> ReadAll(string path)
        {
            var cases = new List<SpecCase>();
            var lines = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            int i = 0;
            while (i < lines.Length)
            {
                if (!lines[i].StartsWith("### ", StringComparison.Ordinal))
                {
                    i++;
                    continue;
                }
                var name = lines[i++][4..].Trim();
                var fields = new Dictionary<string, string>(StringComparer.Ordinal);
                for (; i < lines.Length && !lines[i].StartsWith("--- input", StringComparison.Ordinal); i++)
                {
                    int colon = lines[i].IndexOf(':', StringComparison.Ordinal);
                    if (colon > 0)
                        fields[lines[i][..colon].Trim()] = lines[i][(colon + 1)..].Trim();
                }
                var input = Block(lines, ref i, "--- text");
                var text = Block(lines, ref i, "### ");
                cases.Add(new SpecCase(name, fields, input, text.Trim('\n')));
            }
            return cases;
        }

        private static string Block(string[] lines, ref int i, string until)
        {
            i++; // the "--- ..." line
            int start = i;
            while (i < lines.Length && !lines[i].StartsWith(until, StringComparison.Ordinal))
                i++;
            return string.Join('\n', lines[start..i]);
        }
    }
}
