using Parallax.Analysis;

namespace Parallax.Tests.Analysis;

/// <summary>One expected mention of a spec case: type, mention text, canonical name, and a role when the spec gives one.</summary>
public sealed record ExpectedEntity(EntityType Type, string Text, string Name, string? Role);

/// <summary>One hand-written case of Specs/Entities/*.spec: a snippet and the mentions it must yield.</summary>
public sealed record EntitySpecCase(string File, string Name, string Snippet, IReadOnlyList<ExpectedEntity> Expected, bool KnownMiss)
{
    public override string ToString() => $"{File}: {Name}";
}

/// <summary>
/// Reads the entity spec files: "=== name", snippet lines, "---", then "TYPE TEXT | NAME | ROLE" lines
/// (or "(none)"). The files live in the source tree; they are found by walking up from the test binary.
/// </summary>
internal static class EntitiesSpecFile
{
    public const string KnownMissMarker = "[known miss]";

    public static string Folder { get; } = FindFolder();

    public static IReadOnlyList<EntitySpecCase> All { get; } = Directory.GetFiles(Folder, "*.spec")
        .Order(StringComparer.Ordinal).SelectMany(Parse).ToList();

    public static IEnumerable<EntitySpecCase> Parse(string path)
    {
        var file = Path.GetFileName(path);
        string? name = null;
        var snippet = new List<string>();
        var expected = new List<ExpectedEntity>();
        var inExpected = false;
        foreach (var raw in File.ReadLines(path).Append("=== end"))
        {
            var line = raw.TrimEnd();
            if (line.StartsWith("===", StringComparison.Ordinal))
            {
                if (name is not null)
                {
                    var known = name.EndsWith(KnownMissMarker, StringComparison.Ordinal);
                    yield return new EntitySpecCase(file, name, string.Join('\n', snippet), expected.ToList(), known);
                }
                name = line[3..].Trim();
                snippet.Clear();
                expected.Clear();
                inExpected = false;
                continue;
            }
            if (name is null || (line.StartsWith('#') && !inExpected && snippet.Count == 0))
                continue;
            if (line == "---")
            {
                inExpected = true;
                continue;
            }
            if (!inExpected)
            {
                snippet.Add(line);
                continue;
            }
            if (line.Length == 0 || line == "(none)")
                continue;
            expected.Add(ParseExpected(line, file, name));
        }
    }

    private static ExpectedEntity ParseExpected(string line, string file, string name)
    {
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
            throw new FormatException($"{file} / {name}: bad expectation '{line}'");
        var type = line[..space] switch
        {
            "person" => EntityType.Person,
            "org" => EntityType.Organization,
            "place" => EntityType.Place,
            var other => throw new FormatException($"{file} / {name}: unknown type '{other}'"),
        };
        var parts = line[(space + 1)..].Split('|', StringSplitOptions.TrimEntries);
        var text = parts[0];
        var canonical = parts.Length > 1 && parts[1].Length > 0 ? parts[1] : text;
        var role = parts.Length > 2 && parts[2].Length > 0 ? parts[2] : null;
        return new ExpectedEntity(type, text, canonical, role);
    }

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Parallax.Tests", "Specs", "Entities");
            if (Directory.Exists(candidate))
                return candidate;
        }
        throw new DirectoryNotFoundException("tests/Parallax.Tests/Specs/Entities not found above " + AppContext.BaseDirectory);
    }
}
