using System.Diagnostics;
using System.Text;
using Parallax.Acquisition.Warc;
using Parallax.Extraction;
using Parallax.Extraction.Inputs;
using Parallax.Tests.Support;

namespace Parallax.Tests.Acquisition;

public sealed class WarcReaderTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Describe(InputItem i) =>
        i.Error is { } e ? $"error {e.Reason}" : $"{i.Document!.Given!.Url} L{i.Document.Line}";

    /// <summary>Runs wget against the loopback server; false (the test then says why it skipped) when wget is absent.</summary>
    private static async Task<bool> Wget(string warcBase, bool compress, params string[] urls)
    {
        if (!File.Exists("/usr/bin/wget"))
            return false;
        var psi = new ProcessStartInfo("/usr/bin/wget") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "--no-verbose", "--tries=1", "--timeout=10", "-e", "robots=off", "--no-config", "-O", "/dev/null", $"--warc-file={warcBase}" })
            psi.ArgumentList.Add(a);
        if (!compress)
            psi.ArgumentList.Add("--no-warc-compression");
        foreach (var u in urls)
            psi.ArgumentList.Add(u);
        using var p = Process.Start(psi)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var stderr = p.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await p.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            p.Kill();
            throw;
        }
        Assert.True(p.ExitCode is 0 or 8, $"wget exited {p.ExitCode}: {await stderr}");
        return true;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_warc_written_by_wget_gives_its_html_pages_with_their_urls_and_text(bool compress)
    {
        await using var site = await LoopbackServer.StartAsync(WarcPages.Map);
        var warcBase = _dir.Combine("crawl");
        if (!await Wget(warcBase, compress, site.Url("/a"), site.Url("/b"), site.Url("/c"), site.Url("/logo.png"), site.Url("/old")))
        {
            Assert.Skip("wget is not installed (.ci/run installs it): the WARC interoperability test did not run");
            return;
        }
        var path = warcBase + (compress ? ".warc.gz" : ".warc");
        var items = new WarcReader().Read(path).ToList();

        Assert.All(items, i => Assert.Null(i.Error));
        Assert.Equal([site.Url("/a"), site.Url("/b"), site.Url("/c"), site.Url("/d")], items.Select(i => i.Document!.Given!.Url));
        var texts = items.Select(i => i.Document!.Content).ToList();
        Assert.Contains("Harbour bridge reopens", texts[0]);
        Assert.Contains("Owners of a café near the square", texts[1]); // windows-1252 by the header
        Assert.Contains("Unions called off the rail strike", texts[2]); // gzip content coding undone
        Assert.Contains("The city library will open", texts[3]);       // reached through the redirect; the 301 itself is no page

        // Through the article reader, as ingest and extract read it: the URL is the record's.
        var articles = new ArticleReader(new InputReader()).Read([path]).ToList();
        Assert.Equal(4, articles.Count(a => a.Article is not null));
        Assert.Equal(site.Url("/b"), articles[1].Article!.Url);
        Assert.Equal("Café owners protest", articles[1].Article!.Title);
    }

    private static string WriteArchive(string path, int pages, long maxFileBytes = WarcWriter.DefaultMaxFileBytes, List<string>? files = null)
    {
        using var writer = new WarcWriter(path, maxFileBytes);
        for (int i = 1; i <= pages; i++)
        {
            var body = Encoding.UTF8.GetBytes(WarcPages.Article($"Story number {i}", $"Paragraph of story {i} about the harbour works and their cost."));
            var request = Encoding.ASCII.GetBytes($"GET /story/{i} HTTP/1.1\r\nHost: news.test\r\nUser-Agent: test\r\n\r\n");
            var head = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {body.Length}\r\n\r\n");
            writer.WriteExchange($"http://news.test/story/{i}", DateTimeOffset.UtcNow, "127.0.0.1", request, head, body);
        }
        files?.AddRange(writer.Files);
        return path;
    }

    [Fact]
    public void The_writer_s_archive_reads_back_page_for_page_and_rotates_its_files()
    {
        var files = new List<string>();
        WriteArchive(_dir.Combine("out.warc.gz"), 6, maxFileBytes: 1500, files);
        Assert.True(files.Count >= 3, $"expected rotation, got {files.Count} files");
        Assert.Equal(_dir.Combine("out.warc.gz"), files[0]);
        Assert.Equal(_dir.Combine("out-00001.warc.gz"), files[1]);
        var urls = files.SelectMany(f => new WarcReader().Read(f)).Select(i => i.Document!.Given!.Url).ToList();
        Assert.Equal(Enumerable.Range(1, 6).Select(i => $"http://news.test/story/{i}"), urls);
    }

    [Fact]
    public void A_truncated_warc_gz_reports_the_cut_record_and_keeps_the_ones_before()
    {
        var path = WriteArchive(_dir.Combine("cut.warc.gz"), 3);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length - 400)]); // into the last exchange
        var items = new WarcReader().Read(path).Select(Describe).ToList();
        Assert.Equal("http://news.test/story/1 L2", items[0]);
        Assert.Equal("http://news.test/story/2 L4", items[1]);
        Assert.Single(items, i => i.StartsWith("error", StringComparison.Ordinal));
        Assert.DoesNotContain(items, i => i.Contains("story/3", StringComparison.Ordinal));
    }

    [Fact]
    public void A_corrupt_member_in_the_middle_costs_only_its_own_record()
    {
        var path = WriteArchive(_dir.Combine("bad.warc.gz"), 3);
        var bytes = File.ReadAllBytes(path);
        // Damage the compressed data of the second response (the fourth member), not its gzip header.
        var starts = Enumerable.Range(0, bytes.Length - 2).Where(i => bytes[i] == 0x1F && bytes[i + 1] == 0x8B && bytes[i + 2] == 8).ToList();
        int at = starts[3] + 40;
        for (int i = at; i < at + 30; i++)
            bytes[i] ^= 0x5A;
        File.WriteAllBytes(path, bytes);
        var items = new WarcReader().Read(path).Select(Describe).ToList();
        Assert.Contains("http://news.test/story/1 L2", items);
        Assert.Contains(items, i => i.StartsWith("http://news.test/story/3", StringComparison.Ordinal));
        Assert.DoesNotContain(items, i => i.StartsWith("http://news.test/story/2", StringComparison.Ordinal));
        Assert.Single(items, i => i.StartsWith("error", StringComparison.Ordinal));
    }

    private static string Record(string type, string uri, string block, int? declaredLength = null) =>
        $"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\nWARC-Date: 2026-11-30T10:00:00Z\r\n" +
        $"WARC-Target-URI: {uri}\r\nContent-Type: application/http; msgtype={type}\r\n" +
        $"Content-Length: {declaredLength ?? Encoding.UTF8.GetByteCount(block)}\r\n\r\n{block}\r\n\r\n";

    private static string Response(string body, string contentType = "text/html; charset=utf-8", int status = 200) =>
        $"HTTP/1.1 {status} X\r\nContent-Type: {contentType}\r\n\r\n{body}";

    [Fact]
    public void A_plain_warc_with_a_wrong_content_length_reports_that_record_and_finds_the_next()
    {
        var good1 = Response(WarcPages.Article("Port strike ends", "Dock workers returned on Friday."));
        var bad = Response(WarcPages.Article("Broken record", "This block is longer than it says."));
        var good2 = Response(WarcPages.Article("Ferry timetable changes", "Ferries will run hourly from May."));
        var path = _dir.File("mixed.warc",
            Record("request", "http://x.test/1", "GET /1 HTTP/1.1\r\n\r\n") +
            Record("response", "http://x.test/1", good1) +
            Record("response", "http://x.test/2", bad, declaredLength: 40) +
            Record("response", "http://x.test/3", good2) +
            Record("response", "http://x.test/img", Response("GIF89a", "image/gif")) +
            Record("response", "http://x.test/missing", Response("<html>gone</html>", status: 404)));
        var items = new WarcReader().Read(path).Select(Describe).ToList();
        Assert.Equal(["http://x.test/1 L2", "error the block does not end where its Content-Length says", "http://x.test/3 L4"], items);
    }

    [Fact]
    public void Records_over_the_limits_are_refused_while_reading_and_the_rest_go_through()
    {
        var big = Response(WarcPages.Article("Huge", new string('x', 50_000)));
        var bomb = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n";
        var zeros = WarcPages.Gzip(new byte[3_000_000]); // 3 MB of zeros in a few kB
        var small = Response(WarcPages.Article("Small page", "A short story about the weather."));
        using (var f = File.Create(_dir.Combine("limits.warc")))
        {
            f.Write(Encoding.UTF8.GetBytes(Record("response", "http://x.test/big", big)));
            var bombBlock = Encoding.ASCII.GetBytes(bomb).Concat(zeros).ToArray();
            f.Write(Encoding.UTF8.GetBytes($"WARC/1.1\r\nWARC-Type: response\r\nWARC-Date: 2026-11-30T10:00:00Z\r\nWARC-Target-URI: http://x.test/bomb\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: {bombBlock.Length}\r\n\r\n"));
            f.Write(bombBlock);
            f.Write("\r\n\r\n"u8);
            f.Write(Encoding.UTF8.GetBytes(Record("response", "http://x.test/small", small)));
        }
        var reader = new WarcReader(new WarcLimits { MaxRecordBytes = 40_000, MaxBodyBytes = 1_000_000 });
        var items = reader.Read(_dir.Combine("limits.warc")).Select(Describe).ToList();
        Assert.Equal(3, items.Count);
        Assert.StartsWith("error response record too large", items[0]);
        Assert.Contains("once decompressed", items[1]);
        Assert.Equal("http://x.test/small L3", items[2]);
    }

    [Fact]
    public async Task A_folder_holding_an_archive_is_read_through_the_path_source_without_a_count()
    {
        WriteArchive(_dir.Combine("in/crawl.warc.gz"), 2);
        _dir.File("in/note.txt", "Harbour note\n\nA plain text article beside the archive.");
        var source = new Parallax.Ingestion.PathSource([_dir.Combine("in")]);
        Assert.Null(source.CountHint); // an archive's pages are not known before it is read
        var items = new List<InputItem>();
        await foreach (var item in source.ReadAsync())
            items.Add(item);
        Assert.Equal(["http://news.test/story/1", "http://news.test/story/2", null], items.Select(i => i.Document!.Given?.Url));
    }

    [Fact]
    public void A_file_that_is_no_warc_is_one_error()
    {
        var items = new WarcReader().Read(_dir.File("notes.warc", "just some notes\n")).ToList();
        Assert.StartsWith("not a WARC record", Assert.Single(items).Error!.Reason);
        var gz = new WarcReader().Read(_dir.File("notes.warc.gz", WarcPages.Gzip("hello"u8.ToArray()))).ToList();
        Assert.Equal("no WARC record in the file (a .warc.gz holds gzip members that each start with 'WARC/')", Assert.Single(gz).Error!.Reason);
    }
}
