using System.CommandLine;
using Parallax.Cli.Console;
using Parallax.Rendering;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax search QUERY [filters]</c>: full-text search over the stored articles.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("QUERY")
        {
            Description = "Words and \"quoted phrases\", all required; -word excludes a word; word* matches a prefix",
        };
        var db = StoreOptions.Db();
        var format = CommonOptions.Format("text", "text", "jsonl");
        var (outlet, from, to, entity) = (StoreOptions.Outlet(), StoreOptions.From(), StoreOptions.To(), StoreOptions.Entity());
        var limit = StoreOptions.Limit(20);
        var command = new Command("search", "Search the stored articles' titles and texts") { query, db, format, outlet, from, to, entity, limit };
        command.SetAction((parse, cancel) => RunAsync(parse.GetValue(query)!, parse.GetValue(db), parse.GetValue(format)!, parse.GetValue(outlet),
            parse.GetValue(from), parse.GetValue(to), parse.GetValue(entity), parse.GetValue(limit), cancel));
        return command;
    }

    private static async Task<int> RunAsync(string query, string? dbOption, string format, string? outlet, string? from, string? to, string? entity, int limit,
        CancellationToken cancel)
    {
        var (opened, filter, status) = await StoreOptions.OpenForQueryAsync(dbOption, outlet, from, to, entity, limit, cancel);
        if (opened is null)
            return status;
        await using var store = opened;
        var hits = await store.SearchAsync(query, filter, limit, cancel: cancel);
        using var output = OutputTarget.Open(null);
        if (format == "jsonl")
        {
            foreach (var h in hits)
                StoreJson.WriteLine(SearchListing.From(h), output.Stream);
        }
        else
        {
            using var w = new StreamWriter(output.Stream, leaveOpen: true);
            foreach (var h in hits)
                w.WriteLine(StoreText.SearchLines(h, ReportOutput.UseColor(null)));
        }
        output.Commit();
        if (hits.Count == 0)
            System.Console.Error.WriteLine("parallax: no article matches");
        return ExitCodes.Ok;
    }
}
