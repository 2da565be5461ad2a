using Parallax.Analysis.Entities;
using Parallax.Evaluation;
using Parallax.Tests.Specs;

namespace Parallax.Tests.Analysis;

/// <summary>
/// Entity specs (lines described in <see cref="EntitySpecs"/>), compared in any order. A role is compared only
/// where the spec gives one.
/// </summary>
internal sealed class EntitiesSpecAdapter : ISpecAdapter
{
    public static readonly EntitiesSpecAdapter Instance = new();

    public string Folder => "Entities";

    public bool Ordered => false;

    public static IReadOnlyList<EntitySpecCase> All { get; } =
        SpecRunner.Cases(Instance.Folder).Select(EntitySpecs.FromSpec).ToList();

    public IEnumerable<string> Expected(SpecCase spec) => EntitySpecs.FromSpec(spec).Expected.Select(Line);

    public IEnumerable<string> Actual(SpecCase spec)
    {
        var expected = EntitySpecs.FromSpec(spec).Expected;
        return EntityRecognizer.Recognize(spec.Input).Select(m =>
        {
            Assert.Equal(m.Text, spec.Input[m.Span.Start..m.Span.End]);
            var wantsRole = expected.Any(e => e.Type == m.Type && e.Text == m.Text && e.Name == m.Name && e.Role is not null);
            return Line(new ExpectedEntity(m.Type, m.Text, m.Name, wantsRole ? m.Role : null));
        });
    }

    private static string Line(ExpectedEntity e) =>
        SpecLines.Format(EntitySpecs.Kind(e.Type), $"{e.Text} | {e.Name}{(e.Role is null ? "" : " | " + e.Role)}");
}
