namespace Parallax.Bench.Data;

/// <summary>
/// Finds the public evaluation datasets: <c>PARALLAX_DATASETS</c> when set, else a <c>shared/datasets</c>
/// folder beside any ancestor of the working or the executable's directory (the repository's
/// <c>../shared/datasets</c>, also from BenchmarkDotNet's generated build folders below bin/).
/// </summary>
public static class DatasetLocator
{
    public const string EnvironmentVariable = "PARALLAX_DATASETS";

    private const string SharedDatasets = "shared/datasets";

    public static string? Find()
    {
        var given = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(given))
            return Directory.Exists(given) ? Path.GetFullPath(given) : null;
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, SharedDatasets);
                if (Directory.Exists(candidate))
                    return candidate;
            }
        }
        return null;
    }

    /// <summary>A path under the datasets folder; throws with a clear message when it is missing.</summary>
    public static string Require(string relative)
    {
        var root = Find() ?? throw new InvalidOperationException($"datasets not found (set {EnvironmentVariable})");
        var path = Path.Combine(root, relative);
        if (!File.Exists(path) && !Directory.Exists(path))
            throw new InvalidOperationException($"dataset missing: {path}");
        return path;
    }
}
