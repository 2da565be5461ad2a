using System.CommandLine;
using Parallax.Cli.Console;
using Parallax.Store;
using Parallax.Web;

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
            Description = $"The access token clients must give (Authorization: Bearer, or the sign-in page); default ${TokenVariable}",
        };
        var command = new Command("serve", "Serve the web UI and the HTTP API over the store") { db, urls, token };
        command.SetAction((parse, cancel) => RunAsync(parse.GetValue(db), parse.GetValue(urls)!, parse.GetValue(token), cancel));
        return command;
    }

    private static async Task<int> RunAsync(string? dbOption, string urls, string? token, CancellationToken cancel)
    {
        token ??= Environment.GetEnvironmentVariable(TokenVariable);
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
            LogLevel = CliLogging.MinimumLevel,
        };
        try
        {
            WebApp.Run(options, url => System.Console.Out.WriteLine($"parallax: serving {options.DbPath} on {url} (Ctrl-C stops)"));
        }
        catch (InvalidOperationException e)
        {
            return ErrorReporter.Fatal(e.Message);
        }
        catch (IOException e)
        {
            System.Console.Error.WriteLine($"parallax: cannot listen on {urls}: {e.Message}");
            return ExitCodes.StoreFailed;
        }
        return ExitCodes.Ok;
    }
}
