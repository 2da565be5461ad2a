namespace Parallax.Tests.Support;

/// <summary>Folders of the checkout the tests run from.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Find();

    public static string Samples => Path.Combine(Root, "samples");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Parallax.slnx")) && Directory.Exists(Path.Combine(dir.FullName, "samples")))
                return dir.FullName;
        }
        throw new InvalidOperationException("the checkout's root (with Parallax.slnx and samples/) was not found");
    }
}
