using System.CommandLine;
using Parallax.Cli.Console;
using Parallax.Store;
using Parallax.Web.Services;

namespace Parallax.Cli.Commands;

/// <summary>Options shared by the commands that use the store.</summary>
internal static class StoreOptions
{
    public static Option<string?> Db() => new("--db")
    {
        Description = $"The store: an SQLite file, or a PostgreSQL database as postgresql://user@host:port/db; default ${StoreLocation.EnvironmentVariable}, else ./{StoreLocation.DefaultPath}",
    };

    public static Option<string?> Outlet() => new("--outlet") { Description = "Only articles of this outlet (case-insensitive)" };

    public static Option<string?> From() => new("--from") { Description = "Only articles published on or after this day (YYYY-MM-DD)" };

    public static Option<string?> To() => new("--to") { Description = "Only articles published on or before this day (YYYY-MM-DD)" };

    public static Option<string?> Entity() => new("--entity") { Description = "Only articles that name this person, organization or place (its canonical name)" };

    public static Option<int> Limit(int defaultValue) => new("--limit", "-n")
    {
        Description = "At most this many results",
        DefaultValueFactory = _ => defaultValue,
    };

    /// <summary>The storage engines, logging what they do under the store's category.</summary>
    private static StoreEngines Engines => KnownEngines.Create(CliLogging.Factory.CreateLogger(KnownEngines.LogCategory));

    /// <summary>Opens the store for reading; on failure prints one line naming it and returns null.</summary>
    public static async Task<IStoryReader?> OpenReaderAsync(string? option, CancellationToken cancel)
    {
        var path = StoreLocation.Resolve(option);
        try
        {
            return await Engines.OpenReaderAsync(path, cancel);
        }
        catch (StoreException e)
        {
            System.Console.Error.WriteLine($"parallax: {e.Message}");
            return null;
        }
    }

    /// <summary>Opens the store for writing (creating or upgrading it); on failure prints one line naming it and returns null.</summary>
    public static async Task<IStoryWriter?> OpenWriterAsync(string? option, CancellationToken cancel)
    {
        var path = StoreLocation.Resolve(option);
        // A store file in a folder that does not exist is a typo more often than a wish: refuse it, named, rather than
        // create folders (the user can make the folder first).
        if (!path.Contains("://", StringComparison.Ordinal) && !path.Contains('=') && Path.GetDirectoryName(Path.GetFullPath(path)) is { } dir && !Directory.Exists(dir))
        {
            System.Console.Error.WriteLine(Parallax.Rendering.TerminalText.Clean($"parallax: {path}: the folder {dir} does not exist (make it first)"));
            return null;
        }
        try
        {
            return await Engines.OpenWriterAsync(path, cancel);
        }
        catch (StoreException e)
        {
            System.Console.Error.WriteLine($"parallax: {e.Message}");
            return null;
        }
    }

    /// <summary>
    /// For the commands that query the store: checks the filter options and the limit, then opens the store
    /// for reading. On failure one line says why, and <c>ExitCode</c> is the status to exit with.
    /// </summary>
    public static async Task<(IStoryReader? Store, StoreFilter Filter, int ExitCode)> OpenForQueryAsync(string? db, string? outlet, string? from, string? to,
        string? entity, int limit, CancellationToken cancel)
    {
        var (filter, error) = Filter(outlet, from, to, entity);
        if (error is not null)
            return (null, new StoreFilter(), ErrorReporter.Fatal(error));
        if (limit < 1)
            return (null, filter!, ErrorReporter.Fatal("--limit must be at least 1"));
        var store = await OpenReaderAsync(db, cancel);
        return (store, filter!, store is null ? ExitCodes.StoreFailed : ExitCodes.Ok);
    }

    /// <summary>The filter from the options, or an error message naming the bad one.</summary>
    public static (StoreFilter? Filter, string? Error) Filter(string? outlet, string? from, string? to, string? entity) =>
        StoreQuery.Filter(outlet, from, to, entity, OptionName);

    /// <summary>A query parameter as the command line spells it.</summary>
    public static string OptionName(string parameter) => "--" + parameter;
}
