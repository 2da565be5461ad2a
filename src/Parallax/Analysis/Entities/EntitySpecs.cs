namespace Parallax.Analysis.Entities;

/// <summary>One expected mention of a spec case: type, mention text, canonical name, and a role when the spec gives one.</summary>
public sealed record ExpectedEntity(EntityType Type, string Text, string Name, string? Role);

/// <summary>One hand-written case of an entity spec file: a snippet and the mentions it must yield.</summary>
public sealed record EntitySpecCase(string File, string Name, string Snippet, IReadOnlyList<ExpectedEntity> Expected, bool KnownMiss)
{
    public override string ToString() => $"{File}: {Name}";
}

/// <summary>Precision, recall and role accuracy of the recognizer over spec cases.</summary>
public sealed record EntitySpecScore(int Cases, int Expected, int Found, int Right, int RolesExpected, int RolesRight)
{
    public double Precision => Found == 0 ? 0 : Right / (double)Found;
    public double Recall => Expected == 0 ? 0 : Right / (double)Expected;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public double RoleAccuracy => RolesExpected == 0 ? 0 : RolesRight / (double)RolesExpected;
}

/// <summary>
/// Entity spec files (*.spec): "=== case name", snippet lines, "---", then one expected mention per line,
/// <c>TYPE MENTION TEXT | CANONICAL NAME | ROLE</c> (TYPE is person, org or place; name defaults to the
/// text; role is checked when given) or "(none)". A case name ending in "[known miss]" is scored but
/// not asserted on its own. A mention is right when type, text and canonical name all match.
/// </summary>
public static class EntitySpecs
{
    public const string KnownMissMarker = "[known miss]";

    public static IEnumerable<EntitySpecCase> ReadFolder(string folder) =>
        Directory.GetFiles(folder, "*.spec").Order(StringComparer.Ordinal).SelectMany(Parse);

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

    /// <summary>Scores <paramref name="recognize"/> over the cases; <paramref name="log"/> gets each extra and missed mention.</summary>
    public static EntitySpecScore Score(IEnumerable<EntitySpecCase> cases, Func<string, IReadOnlyList<EntityMention>> recognize, Action<string>? log = null)
    {
        int count = 0, right = 0, found = 0, gold = 0, roleRight = 0, roleGold = 0;
        foreach (var spec in cases)
        {
            count++;
            var mentions = recognize(spec.Snippet);
            var remaining = spec.Expected.ToList();
            found += mentions.Count;
            gold += spec.Expected.Count;
            foreach (var m in mentions)
            {
                var match = remaining.FindIndex(e => e.Type == m.Type && e.Text == m.Text && e.Name == m.Name);
                if (match < 0)
                {
                    log?.Invoke($"extra    {spec}: {m.Type} '{m.Text}' -> '{m.Name}'");
                    continue;
                }
                right++;
                if (remaining[match].Role is { } role)
                {
                    roleGold++;
                    if (role == m.Role)
                        roleRight++;
                }
                remaining.RemoveAt(match);
            }
            foreach (var miss in remaining)
            {
                log?.Invoke($"missed   {spec}: {miss.Type} '{miss.Text}' -> '{miss.Name}'");
                if (miss.Role is not null)
                    roleGold++;
            }
        }
        return new EntitySpecScore(count, gold, found, right, roleGold, roleRight);
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
}
