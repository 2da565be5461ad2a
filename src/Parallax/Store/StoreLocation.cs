namespace Parallax.Store;

/// <summary>
/// Where the store is: <c>--db LOCATION</c>, else <c>PARALLAX_DB</c>, else <c>./parallax.db</c>. A location is an
/// SQLite file path or a connection URI (<c>postgresql://user@host:port/db</c>); the engine is chosen by it.
/// </summary>
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

    /// <summary>The location as messages show it: a password in a URI (<c>scheme://user:password@host</c>) becomes <c>***</c>.</summary>
    public static string Display(string location)
    {
        int scheme = location.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0)
            return location;
        int at = location.IndexOf('@', scheme + 3);
        if (at < 0)
            return location;
        int colon = location.IndexOf(':', scheme + 3);
        return colon > 0 && colon < at ? string.Concat(location.AsSpan(0, colon + 1), "***", location.AsSpan(at)) : location;
    }
}
