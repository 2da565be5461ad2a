namespace Parallax.Store;

/// <summary>Where the store is: <c>--db PATH</c>, else <c>PARALLAX_DB</c>, else <c>./parallax.db</c>.</summary>
public static class StoreLocation
{
    /// <summary>The environment variable naming the store.</summary>
    public const string EnvironmentVariable = "PARALLAX_DB";
    /// <summary>The store's path when nothing names one.</summary>
    public const string DefaultPath = "parallax.db";

    /// <summary>The store's location: the option, else the environment variable, else the default path.</summary>
    public static string Resolve(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option))
            return option;
        var env = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(env) ? DefaultPath : env;
    }
}
