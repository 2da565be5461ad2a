using Parallax.Evaluation;

namespace Parallax.Analysis.Entities;

/// <summary>One expected mention of a spec case: type, mention text, canonical name, and a role when the spec gives one.</summary>
internal sealed record ExpectedEntity(EntityType Type, string Text, string Name, string? Role);

/// <summary>One case of an entity spec file: the spec case and the mentions its lines expect.</summary>
internal sealed record EntitySpecCase(SpecCase Spec, IReadOnlyList<ExpectedEntity> Expected)
{
    public string Snippet => Spec.Input;

    public bool KnownMiss => Spec.IsKnownMiss;

    public override string ToString() => Spec.Id;
}

/// <summary>Precision, recall and role accuracy of the recognizer over spec cases.</summary>
internal sealed record EntitySpecScore(int Cases, int Expected, int Found, int Right, int RolesExpected, int RolesRight)
{
    public double Precision => Found == 0 ? 0 : Right / (double)Found;
    public double Recall => Expected == 0 ? 0 : Right / (double)Expected;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public double RoleAccuracy => RolesExpected == 0 ? 0 : RolesRight / (double)RolesExpected;
}

/// <summary>
/// Entity cases in the one spec format (<see cref="SpecFile"/>): one expected mention per line,
/// <c>KIND: MENTION TEXT | CANONICAL NAME | ROLE</c> with KIND person, org or place (name defaults to the
/// text; role is checked when given). A <c>@known-miss</c> case is scored but not asserted on its own.
/// A mention is right when type, text and canonical name all match.
/// </summary>
internal static class EntitySpecs
{
    public static IEnumerable<EntitySpecCase> ReadFolder(string folder) => SpecFile.ReadFolder(folder).Select(FromSpec);

    public static EntitySpecCase FromSpec(SpecCase spec) =>
        new(spec, spec.Expected.Select(line => Expectation(spec, line)).ToList());

    /// <summary>The expectation-line kind of an entity type.</summary>
    public static string Kind(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "org",
        _ => "place",
    };

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

    private static ExpectedEntity Expectation(SpecCase spec, SpecLine line)
    {
        var type = line.Kind switch
        {
            "person" => EntityType.Person,
            "org" => EntityType.Organization,
            "place" => EntityType.Place,
            var other => throw new FormatException($"{spec.File}.spec:{line.LineNumber}: unknown kind '{other}'"),
        };
        var text = line.Fields[0];
        var role = line.Field(2, "");
        return new ExpectedEntity(type, text, line.Field(1, text), role.Length > 0 ? role : null);
    }
}
