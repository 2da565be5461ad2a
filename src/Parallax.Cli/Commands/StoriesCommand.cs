using System.CommandLine;
using Parallax.Cli.Console;
using Parallax.Rendering;
using Parallax.Store;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax stories [--db DB] [--format text|jsonl]</c>: the stored stories, newest or busiest first, filtered.</summary>
internal static class StoriesCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var format = CommonOptions.Format("text", "text", "jsonl");
        var sort = new Option<string>("--sort")
        {
            Description = "newest (latest publication first) or busiest (most articles first)",
            DefaultValueFactory = _ => "newest",
        };
        sort.AcceptOnlyFromAmong("newest", "busiest");
        var (outlet, from, to, entity) = (StoreOptions.Outlet(), StoreOptions.From(), StoreOptions.To(), StoreOptions.Entity());
        var limit = StoreOptions.Limit(50);
        var command = new Command("stories", "List the stored stories") { db, format, sort, outlet, from, to, entity, limit };
        command.SetAction((parse, cancel) => RunAsync(parse.GetValue(db), parse.GetValue(format)!, parse.GetValue(sort)!, parse.GetValue(outlet),
            parse.GetValue(from), parse.GetValue(to), parse.GetValue(entity), parse.GetValue(limit), cancel));
        return command;
    }

    private static async Task<int> RunAsync(string? dbOption, string format, string sort, string? outlet, string? from, string? to, string? entity, int limit,
        CancellationToken cancel)
    {
        var (opened, filter, status) = await StoreOptions.OpenForQueryAsync(dbOption, outlet, from, to, entity, limit, cancel);
        if (opened is null)
            return status;
        await using var store = opened;
        var stories = await store.StoriesAsync(filter, StoreQuery.Order(sort, StoreOptions.OptionName).Order, limit, cancel: cancel);
        using var output = OutputTarget.Open(null);
        if (format == "jsonl")
        {
            foreach (var s in stories)
                StoreJson.WriteLine(StoryListing.From(s, await store.StoryMembersAsync(s.Id, cancel)), output.Stream);
        }
        else
        {
            using var w = new StreamWriter(output.Stream, leaveOpen: true);
            foreach (var s in stories)
                w.WriteLine(StoreText.StoryLine(s));
            if (stories.Count == 0)
                System.Console.Error.WriteLine("parallax: no stories match");
        }
        output.Commit();
        return ExitCodes.Ok;
    }
}
