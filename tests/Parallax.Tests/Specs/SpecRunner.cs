using System.Collections.Concurrent;
using Parallax.Evaluation;
using Parallax.Tests.Support;

namespace Parallax.Tests.Specs;

/// <summary>Runs the spec cases of any component through its <see cref="ISpecAdapter"/>.</summary>
internal static class SpecRunner
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<SpecCase>> Loaded = new(StringComparer.Ordinal);

    public static string FolderPath(string folder) => Path.Combine(RepoPaths.Root, "tests", "Parallax.Tests", "Specs", folder);

    /// <summary>Every case of the folder's *.spec files, read once.</summary>
    public static IReadOnlyList<SpecCase> Cases(string folder) =>
        Loaded.GetOrAdd(folder, f => SpecFile.ReadFolder(FolderPath(f)).ToList());

    /// <summary>The ids of the cases to assert one by one: all but the known misses.</summary>
    public static TheoryData<string> Ids(ISpecAdapter adapter) =>
        new(Cases(adapter.Folder).Where(c => !c.IsKnownMiss).Select(c => c.Id));

    public static SpecCase Case(ISpecAdapter adapter, string id) => Cases(adapter.Folder).Single(c => c.Id == id);

    /// <summary>Fails with the case's place and both line lists when the component's lines differ from the expected ones.</summary>
    public static void Check(ISpecAdapter adapter, string id)
    {
        var spec = Case(adapter, id);
        var expected = adapter.Expected(spec).ToList();
        var actual = adapter.Actual(spec).ToList();
        if (!adapter.Ordered)
        {
            expected.Sort(StringComparer.Ordinal);
            actual.Sort(StringComparer.Ordinal);
        }
        if (!expected.SequenceEqual(actual, StringComparer.Ordinal))
        {
            Assert.Fail($"Specs/{adapter.Folder}/{spec.File}{SpecFile.Extension}:{spec.LineNumber} {spec.Name}\n"
                + $"expected:\n{Lines(expected)}\nactual:\n{Lines(actual)}");
        }
    }

    private static string Lines(List<string> lines) => lines.Count == 0 ? "  (none)" : string.Join('\n', lines.Select(l => "  " + l));
}
