namespace Parallax.Store;

/// <summary>Where the store is: <c>--db PATH</c>, else <c>PARALLAX_DB</c>, else <c>./parallax.db</c>.</summary>
public static class StoreLocation
{
    public const string EnvironmentVariable = "PARALLAX_DB";
    public const string DefaultPath = "parallax.db";

    public static string Resolve(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option))
            return option;
        var env = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(env) ? DefaultPath : env;
    }
}
