using System.CommandLine;
using Parallax.Cli.Console;
using Parallax.Store;
using Parallax.Web;
using Parallax.Web.Security;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax serve [--db DB] [--urls URL]</c>: the web UI and JSON API over the store, on loopback unless told otherwise.</summary>
internal static class ServeCommand
{
    public const string TokenVariable = "PARALLAX_TOKEN";

    public static Command Create()
    {
        var db = StoreOptions.Db();
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen, separated by ';' (default http://127.0.0.1:5117); beyond loopback an access token is required",
            DefaultValueFactory = _ => "http://127.0.0.1:5117",
        };
        var token = new Option<string?>("--token")
        {
            Description = $"The access token clients must give (Authorization: Bearer, or the sign-in page), at least 128 random bits; 'generate' makes and prints one; default ${TokenVariable}",
        };
        var allowedHosts = new Option<string[]>("--allowed-host")
        {
            Description = "A host name this server is reached by, beside localhost, 127.0.0.1 and [::1] (repeatable); other Host headers are refused",
            DefaultValueFactory = _ => [],
        };
        var create = new Option<bool>("--create") { Description = "Create the store when it does not exist (otherwise a missing store is refused)" };
        var command = new Command("serve", "Serve the web UI and the HTTP API over the store") { db, urls, token, allowedHosts, create };
        command.SetAction((parse, cancel) => RunAsync(parse.GetValue(db), parse.GetValue(urls)!, parse.GetValue(token), parse.GetValue(allowedHosts) ?? [],
            parse.GetValue(create), cancel));
        return command;
    }

    private static async Task<int> RunAsync(string? dbOption, string urls, string? token, string[] allowedHosts, bool create, CancellationToken cancel)
    {
        token ??= Environment.GetEnvironmentVariable(TokenVariable);
        if (string.Equals(token, "generate", StringComparison.Ordinal))
        {
            token = TokenStrength.Generate();
            System.Console.Out.WriteLine($"parallax: access token for this run (not stored anywhere): {token}");
        }
        // One rule with the read-only commands: a missing store is refused, naming it, unless --create.
        if (!create && !File.Exists(StoreLocation.Resolve(dbOption)))
        {
            await using var missing = await StoreOptions.OpenReaderAsync(dbOption, cancel);
            if (missing is null)
                return ExitCodes.StoreFailed;
        }
        // Create or upgrade the store before serving, so a bad store is one clear line, not an error page.
        await using (var store = await StoreOptions.OpenWriterAsync(dbOption, cancel))
        {
            if (store is null)
                return ExitCodes.StoreFailed;
        }
        var options = new ServeOptions
        {
            DbPath = StoreLocation.Resolve(dbOption),
            Urls = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Token = string.IsNullOrEmpty(token) ? null : token,
            AllowedHosts = allowedHosts,
            LogLevel = CliLogging.MinimumLevel,
        };
        try
        {
            WebApp.Run(options, url => System.Console.Out.WriteLine($"parallax: serving {StoreLocation.Display(options.DbPath)} on {url} (Ctrl-C stops)"));
        }
        catch (InvalidOperationException e)
        {
            return ErrorReporter.Fatal(e.Message);
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or ArgumentException or FormatException)
        {
            System.Console.Error.WriteLine($"parallax: cannot listen on {urls}: {e.Message}");
            return ExitCodes.StoreFailed;
        }
        return ExitCodes.Ok;
    }
}
