using System.CommandLine;
using Parallax.Acquisition.Fetching;
using Parallax.Cli.Console;
using Parallax.Comparison.Report;
using Parallax.Extraction;
using Parallax.Rendering;
using Parallax.Store;

namespace Parallax.Cli.Commands;

/// <summary>
/// <c>parallax fetch URL... [--ingest [--db DB]] [--warc OUT.warc.gz] --contact ADDRESS</c>: fetches pages politely
/// (robots.txt, one request at a time per host, at least a second apart) and prints the same JSONL as
/// <c>extract</c>, or ingests them; one line on standard error for each URL that gave no page.
/// </summary>
internal static class FetchCommand
{
    /// <summary>Where a contact can be given once for every run.</summary>
    public const string ContactVariable = "PARALLAX_CONTACT";

    /// <summary>The --contact and --user-agent options of every command that fetches.</summary>
    internal static (Option<string?> Contact, Option<string?> UserAgent) ContactOptions() => (
        new Option<string?>("--contact")
        {
            Description = $"An e-mail address or URL where site owners can reach you, sent in the User-Agent (or set ${ContactVariable})",
        },
        new Option<string?>("--user-agent") { Description = "A whole User-Agent of your own instead (it should still say how to reach you)" });

    /// <summary>The User-Agent for the options given (the contact from the environment when not given), or null when there is no way to reach the user.</summary>
    internal static string? UserAgent(string? contact, string? userAgent)
    {
        contact ??= Environment.GetEnvironmentVariable(ContactVariable);
        if (!string.IsNullOrWhiteSpace(userAgent))
            return userAgent.Trim();
        return string.IsNullOrWhiteSpace(contact) ? null : FetchOptions.UserAgentFor(contact.Trim());
    }

    public static Command Create()
    {
        var urls = new Argument<string[]>("URL") { Description = "Pages to fetch (http or https)", Arity = ArgumentArity.OneOrMore };
        var ingest = new Option<bool>("--ingest") { Description = "Add the pages to the store instead of printing them" };
        var db = StoreOptions.Db();
        var warc = new Option<string?>("--warc") { Description = "Also write every exchange to this web archive (OUT.warc.gz; rotates at 1 GB to OUT-00001.warc.gz, …)" };
        var (contact, userAgent) = ContactOptions();
        var output = CommonOptions.Output();
        warc.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } w && !w.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase))
                r.AddError("--warc takes a file name ending in .warc.gz");
        });
        var command = new Command("fetch", "Fetch pages politely (robots.txt, one request per host at a time, 1 s apart) and extract them, or --ingest them")
        {
            urls, ingest, db, warc, contact, userAgent, output,
        };
        command.SetAction((parse, cancel) => RunAsync(parse.GetValue(urls)!, parse.GetValue(ingest), parse.GetValue(db), parse.GetValue(warc),
            parse.GetValue(contact) ?? Environment.GetEnvironmentVariable(ContactVariable), parse.GetValue(userAgent), parse.GetValue(output), cancel));
        return command;
    }

    private static async Task<int> RunAsync(string[] urls, bool ingest, string? db, string? warc, string? contact, string? userAgent, FileInfo? outputFile, CancellationToken cancel)
    {
        if (string.IsNullOrWhiteSpace(userAgent) && string.IsNullOrWhiteSpace(contact))
            return ErrorReporter.Fatal($"fetch needs --contact ADDRESS (or ${ContactVariable}): sites should be able to reach whoever crawls them");
        if (!ingest && db is not null)
            return ErrorReporter.Fatal("--db is for --ingest");
        var options = new FetchOptions
        {
            UserAgent = string.IsNullOrWhiteSpace(userAgent) ? FetchOptions.UserAgentFor(contact!.Trim()) : userAgent.Trim(),
            ArchivePath = warc,
        };
        using var fetcher = new PageFetcher(options, CliLogging.For<PageFetcher>());
        var source = new FetchSource(fetcher, urls);
        if (ingest)
            return await IngestCommand.IngestAsync(source, db, Ingestor.DefaultBatchSize, cancel);

        var errors = new ErrorReporter();
        using var output = OutputTarget.Open(outputFile);
        await foreach (var r in new ArticleReader().ReadAsync(source.ReadAsync(cancel), cancel))
        {
            if (r.Error is { } e)
                errors.Report(e);
            else
            {
                if (r.Warning is { } w)
                    ErrorReporter.Warn(w);
                ReportJson.WriteLine(ReportArticles.FromArticle(r.Article!, r.Line), output.Stream);
            }
        }
        output.Commit();
        return errors.ExitCode;
    }
}
