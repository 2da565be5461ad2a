namespace Parallax.Tests.Support;

/// <summary>
/// Finds ../shared (the seeds and the public datasets) from the test's working folder. Tests that need it
/// call <see cref="RequirePath"/>, which skips them with a clear message when it is absent.
/// </summary>
internal static class SharedData
{
    public static string? Root { get; } = Find();

    private static string? Find()
    {
        var env = Environment.GetEnvironmentVariable("PARALLAX_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env))
            return env;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared");
            if (Directory.Exists(Path.Combine(candidate, "seeds")))
                return Path.GetFullPath(candidate);
        }
        return null;
    }

    /// <summary>The full path of a file or folder under ../shared, or a skip when it is not there.</summary>
    public static string RequirePath(string relative)
    {
        var path = Root is null ? null : Path.Combine(Root, relative);
        if (path is null || !(File.Exists(path) || Directory.Exists(path)))
            Assert.Skip($"../shared/{relative} is not present beside the checkout (set PARALLAX_SHARED to its folder)");
        return path!;
    }
}
