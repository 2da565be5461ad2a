using Parallax.Analysis.Entities;

namespace Parallax.Tests.Analysis;

/// <summary>The entity spec cases of tests/Parallax.Tests/Specs/Entities, found by walking up from the test binary.</summary>
internal static class EntitiesSpecFile
{
    public static string Folder { get; } = FindFolder();

    public static IReadOnlyList<EntitySpecCase> All { get; } = EntitySpecs.ReadFolder(Folder).ToList();

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
