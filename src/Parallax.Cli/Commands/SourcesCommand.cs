using System.CommandLine;
using System.Globalization;
using Parallax.Acquisition.Feeds;
using Parallax.Acquisition.Fetching;
using Parallax.Acquisition.Sources;
using Parallax.Cli.Console;
using Parallax.Store;

namespace Parallax.Cli.Commands;

/// <summary>
/// <c>parallax sources list|add|remove|check</c>: the outlets <c>follow</c> watches, kept in a sources file
/// (<c>--sources FILE</c>, <c>$PARALLAX_SOURCES</c>, else <c>./sources.json</c>); <c>list --db</c> adds each
/// outlet's health from the store.
/// </summary>
internal static class SourcesCommand
{
    public static Option<string?> SourcesOption() => new("--sources")
    {
        Description = $"The sources file (default ${SourcesFile.EnvironmentVariable}, else ./{SourcesFile.DefaultPath})",
    };

    public static Command Create()
    {
        var command = new Command("sources", "The outlets `follow` watches: list them (with their health), add, remove or check them");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Add());
        command.Subcommands.Add(Remove());
        command.Subcommands.Add(Check());
        return command;
    }

    private static Command List()
    {
        var sources = SourcesOption();
        var db = StoreOptions.Db();
        var health = new Option<bool>("--health") { Description = "Add each outlet's health from the store (last success, articles a day, shares failed, blocked, undated, without text, last error)" };
        var command = new Command("list", "List the sources, with their health from the store when --health is given") { sources, db, health };
        command.SetAction((parse, cancel) => ListAsync(SourcesFile.Resolve(parse.GetValue(sources)), parse.GetValue(db), parse.GetValue(health), cancel));
        return command;
    }

    private static async Task<int> ListAsync(string path, string? dbOption, bool health, CancellationToken cancel)
    {
        if (Load(path) is not { } sources)
            return ExitCodes.Usage;
        if (sources.Count == 0)
        {
            System.Console.Error.WriteLine($"parallax: {path}: no sources yet (add one: parallax sources add NAME --feed URL)");
            return ExitCodes.Ok;
        }
        var w = System.Console.Out;
        if (!health)
        {
            foreach (var s in sources)
            {
                w.WriteLine($"{s.Name}\t{s.Feeds.Count} feed{(s.Feeds.Count == 1 ? "" : "s")}, {s.Sitemaps.Count} sitemap{(s.Sitemaps.Count == 1 ? "" : "s")}\t" +
                    $"every {SourcesFile.FormatInterval(s.Poll)}\t{s.Language ?? "-"}\t{s.Country ?? "-"}\t{s.Homepage ?? "-"}");
            }
            return ExitCodes.Ok;
        }
        await using var store = await StoreOptions.OpenReaderAsync(dbOption, cancel);
        if (store is null)
            return ExitCodes.StoreFailed;
        if (store is not ICrawlState state)
            return ErrorReporter.Fatal($"{StoreLocation.Display(store.Location)}: this store keeps no follow state");
        var now = DateTimeOffset.UtcNow;
        var rows = SourceHealth.Of(sources, await state.FeedStatesAsync(cancel), await state.UrlStatesSinceAsync(now - SourceHealth.Window, cancel), now);
        w.WriteLine("outlet\tlast success\tarticles/day\tpages\tfailed\tblocked\tno date\tno text\tlast error");
        foreach (var h in rows)
        {
            w.WriteLine(string.Join('\t',
                h.Name,
                h.LastSuccess is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "never",
                h.ArticlesPerDay.ToString("0.#", CultureInfo.InvariantCulture),
                h.Pages.ToString(CultureInfo.InvariantCulture),
                Percent(h.Failed), Percent(h.Blocked), Percent(h.NoDate), Percent(h.NoText),
                h.LastError ?? "-"));
        }
        return ExitCodes.Ok;
    }

    private static string Percent(double share) => share.ToString("0%", CultureInfo.InvariantCulture);

    private static Command Add()
    {
        var name = new Argument<string>("NAME") { Description = "The outlet's name (it becomes its articles' outlet)" };
        var homepage = new Option<string?>("--homepage") { Description = "The outlet's homepage" };
        var feeds = new Option<string[]>("--feed") { Description = "A feed (RSS, Atom or JSON Feed); repeat for more", AllowMultipleArgumentsPerToken = false };
        var sitemaps = new Option<string[]>("--sitemap") { Description = "A sitemap or news sitemap; repeat for more" };
        var language = new Option<string?>("--language") { Description = "ISO 639-1 language code (en)" };
        var country = new Option<string?>("--country") { Description = "ISO 3166-1 country code (GB)" };
        var poll = new Option<string>("--poll") { Description = "How often to look: 30s, 15m, 2h", DefaultValueFactory = _ => "15m" };
        var discover = new Option<bool>("--discover") { Description = "Find the feeds and sitemaps from the homepage (its feed links, robots.txt, the usual paths) and ask before adding them" };
        var yes = new Option<bool>("--yes", "-y") { Description = "With --discover: add what is found without asking" };
        var sources = SourcesOption();
        var (contact, userAgent) = FetchCommand.ContactOptions();
        var command = new Command("add", "Add an outlet, or replace the one of that name")
        {
            name, homepage, feeds, sitemaps, language, country, poll, discover, yes, sources, contact, userAgent,
        };
        command.SetAction((parse, cancel) => AddAsync(SourcesFile.Resolve(parse.GetValue(sources)), new Source
        {
            Name = parse.GetValue(name)!.Trim(),
            Homepage = parse.GetValue(homepage),
            Feeds = parse.GetValue(feeds) ?? [],
            Sitemaps = parse.GetValue(sitemaps) ?? [],
            Language = parse.GetValue(language),
            Country = parse.GetValue(country),
        }, parse.GetValue(poll)!, parse.GetValue(discover), parse.GetValue(yes),
            FetchCommand.UserAgent(parse.GetValue(contact), parse.GetValue(userAgent)), cancel));
        return command;
    }

    private static async Task<int> AddAsync(string path, Source source, string poll, bool discover, bool yes, string? userAgent, CancellationToken cancel)
    {
        if (!SourcesFile.TryParseInterval(poll, out var interval))
            return ErrorReporter.Fatal($"--poll '{poll}' is not an interval such as 30s, 15m or 2h");
        source = source with { Poll = interval };
        if (Load(path) is not { } list)
            return ExitCodes.Usage;
        if (discover)
        {
            if (source.Homepage is null || !Uri.TryCreate(source.Homepage, UriKind.Absolute, out var home) || home.Scheme is not ("http" or "https"))
                return ErrorReporter.Fatal("--discover needs --homepage with an http or https URL");
            if (userAgent is null)
                return ErrorReporter.Fatal($"--discover fetches pages: it needs --contact ADDRESS (or ${FetchCommand.ContactVariable})");
            using var fetcher = new PageFetcher(new FetchOptions { UserAgent = userAgent }, CliLogging.For<PageFetcher>());
            var found = await new SourceDiscovery(fetcher).DiscoverAsync(home, cancel);
            foreach (var p in found.Problems)
                System.Console.Error.WriteLine($"parallax: {p}");
            var newFeeds = found.Feeds.Except(source.Feeds).ToList();
            var newSitemaps = found.Sitemaps.Except(source.Sitemaps).ToList();
            foreach (var f in newFeeds)
                System.Console.Out.WriteLine($"found feed     {f}");
            foreach (var s in newSitemaps)
                System.Console.Out.WriteLine($"found sitemap  {s}");
            if (newFeeds.Count + newSitemaps.Count == 0)
                System.Console.Error.WriteLine($"parallax: {home}: no feed or sitemap found");
            else if (!yes && !Confirm($"Add these {newFeeds.Count + newSitemaps.Count} to {source.Name}?"))
            {
                System.Console.Error.WriteLine("parallax: nothing added (say --yes to add what is found without asking)");
                return ExitCodes.Ok;
            }
            source = source with { Feeds = [.. source.Feeds, .. newFeeds], Sitemaps = [.. source.Sitemaps, .. newSitemaps] };
        }
        try
        {
            SourcesFile.Validate(source, $"{path}: {source.Name}");
        }
        catch (SourcesException e)
        {
            return ErrorReporter.Fatal(e.Message);
        }
        var replaced = list.Any(s => s.Name.Equals(source.Name, StringComparison.OrdinalIgnoreCase));
        var updated = list.Where(s => !s.Name.Equals(source.Name, StringComparison.OrdinalIgnoreCase)).Append(source).ToList();
        SourcesFile.Save(path, updated);
        System.Console.Out.WriteLine($"{(replaced ? "replaced" : "added")} {source.Name}: {source.Feeds.Count} feed(s), {source.Sitemaps.Count} sitemap(s), every {SourcesFile.FormatInterval(source.Poll)} ({path})");
        return ExitCodes.Ok;
    }

    /// <summary>Asks on the terminal; without one (a script, a pipe) the answer is no.</summary>
    private static bool Confirm(string question)
    {
        if (System.Console.IsInputRedirected)
            return false;
        System.Console.Error.Write($"{question} [y/N] ");
        var answer = System.Console.ReadLine()?.Trim();
        return answer is not null && (answer.Equals("y", StringComparison.OrdinalIgnoreCase) || answer.Equals("yes", StringComparison.OrdinalIgnoreCase));
    }

    private static Command Remove()
    {
        var names = new Argument<string[]>("NAME") { Description = "The outlets to remove", Arity = ArgumentArity.OneOrMore };
        var sources = SourcesOption();
        var command = new Command("remove", "Remove outlets (their stored articles stay)") { names, sources };
        command.SetAction(parse =>
        {
            var path = SourcesFile.Resolve(parse.GetValue(sources));
            if (Load(path) is not { } list)
                return ExitCodes.Usage;
            var errors = new ErrorReporter();
            var gone = new List<string>();
            foreach (var n in parse.GetValue(names)!)
            {
                if (list.Any(s => s.Name.Equals(n.Trim(), StringComparison.OrdinalIgnoreCase)))
                    gone.Add(n.Trim());
                else
                    errors.Report(new Extraction.Inputs.InputError(n, $"no such source in {path}"));
            }
            if (gone.Count > 0)
            {
                SourcesFile.Save(path, [.. list.Where(s => !gone.Contains(s.Name, StringComparer.OrdinalIgnoreCase))]);
                System.Console.Out.WriteLine($"removed {string.Join(", ", gone)} ({path})");
            }
            return errors.ExitCode;
        });
        return command;
    }

    private static Command Check()
    {
        var names = new Argument<string[]>("NAME") { Description = "The outlets to check (default: all)", Arity = ArgumentArity.ZeroOrMore };
        var sources = SourcesOption();
        var (contact, userAgent) = FetchCommand.ContactOptions();
        var command = new Command("check", "Fetch each feed and sitemap once and say what it gives (entries, dates, problems)") { names, sources, contact, userAgent };
        command.SetAction((parse, cancel) => CheckAsync(SourcesFile.Resolve(parse.GetValue(sources)), parse.GetValue(names) ?? [],
            FetchCommand.UserAgent(parse.GetValue(contact), parse.GetValue(userAgent)), cancel));
        return command;
    }

    private static async Task<int> CheckAsync(string path, string[] names, string? userAgent, CancellationToken cancel)
    {
        if (Load(path) is not { } list)
            return ExitCodes.Usage;
        if (userAgent is null)
            return ErrorReporter.Fatal($"check fetches feeds: it needs --contact ADDRESS (or ${FetchCommand.ContactVariable})");
        var errors = new ErrorReporter();
        var chosen = names.Length == 0 ? list : list.Where(s => names.Contains(s.Name, StringComparer.OrdinalIgnoreCase)).ToList();
        foreach (var n in names.Where(n => !list.Any(s => s.Name.Equals(n, StringComparison.OrdinalIgnoreCase))))
            errors.Report(new Extraction.Inputs.InputError(n, $"no such source in {path}"));
        using var fetcher = new PageFetcher(new FetchOptions { UserAgent = userAgent }, CliLogging.For<PageFetcher>());
        var checks = chosen.SelectMany(s => s.Listings.Select(url => (Source: s, Url: url))).ToList();
        var results = await Task.WhenAll(checks.Select(async c => (c.Source, c.Url, Got: await fetcher.FetchFeedAsync(c.Url, null, cancel))));
        foreach (var (source, url, got) in results)
        {
            if (got.Error is { } error)
            {
                errors.Report(new Extraction.Inputs.InputError(url, error));
                continue;
            }
            var doc = FeedParser.Parse(got.Body, got.FinalUrl, got.ContentType);
            if (doc.Format == FeedFormat.Unknown)
            {
                errors.Report(new Extraction.Inputs.InputError(url, doc.Problems.Count > 0 ? $"not a feed or sitemap ({doc.Problems[0]})" : "not a feed or sitemap"));
                continue;
            }
            int dated = doc.Entries.Count(e => e.Published is not null);
            var newest = doc.Entries.Select(e => e.Published).Max();
            System.Console.Out.WriteLine($"{source.Name}\t{url}\t{FormatName(doc.Format)}: {doc.Entries.Count} entries ({dated} dated" +
                (newest is { } t ? $", newest {t.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}" : "") + ")" +
                (doc.ChildSitemaps.Count > 0 ? $", {doc.ChildSitemaps.Count} child sitemaps" : "") +
                (doc.Problems.Count > 0 ? $", {doc.Problems.Count} problem{(doc.Problems.Count == 1 ? "" : "s")}: {doc.Problems[0]}" : ""));
        }
        return errors.ExitCode;
    }

    private static string FormatName(FeedFormat f) => f switch
    {
        FeedFormat.Rss => "RSS",
        FeedFormat.Atom => "Atom",
        FeedFormat.JsonFeed => "JSON Feed",
        FeedFormat.Sitemap => "sitemap",
        FeedFormat.SitemapIndex => "sitemap index",
        FeedFormat.TextSitemap => "text sitemap",
        _ => "unknown",
    };

    /// <summary>The sources file, or null after one line saying why it cannot be used.</summary>
    internal static IReadOnlyList<Source>? Load(string path)
    {
        try
        {
            return SourcesFile.Load(path);
        }
        catch (SourcesException e)
        {
            ErrorReporter.Fatal(e.Message);
            return null;
        }
        catch (IOException e)
        {
            ErrorReporter.Fatal($"{path}: {e.Message}");
            return null;
        }
    }
}
