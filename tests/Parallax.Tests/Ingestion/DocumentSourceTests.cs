using System.IO.Compression;
using System.Text;
using Parallax.Extraction.Inputs;
using Parallax.Ingestion;
using Parallax.Tests.Support;

namespace Parallax.Tests.Ingestion;

public sealed class DocumentSourceTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static async Task<List<InputItem>> All(IDocumentSource source, CancellationToken cancel = default)
    {
        var items = new List<InputItem>();
        await foreach (var item in source.ReadAsync(cancel))
            items.Add(item);
        return items;
    }

    private static string Describe(InputItem i) =>
        i.Error is { } e ? $"error {Path.GetFileName(e.Source)}: {e.Reason}" : $"{Path.GetFileName(i.Document!.Source)}{(i.Document.Line is { } l ? ":" + l : "")}";

    private static byte[] Gzip(string text)
    {
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true))
            gz.Write(Encoding.UTF8.GetBytes(text));
        return ms.ToArray();
    }

    [Fact]
    public async Task Paths_come_in_order_with_each_bad_input_named_and_the_rest_read()
    {
        _dir.File("in/b.txt", "Second\n\nBody of the second one.");
        _dir.File("in/a.txt", "First\n\nBody of the first one.");
        _dir.File("in/feed.jsonl", "{\"id\":\"x\",\"text\":\"Line one.\"}\n{oops\n{\"id\":\"y\",\"text\":\"Line three.\"}\n");
        _dir.File("in/.hidden.txt", "skipped");
        var single = _dir.File("single.html", "<html><body><p>Alone.</p></body></html>");
        var source = new PathSource([_dir.Combine("in"), _dir.Combine("missing.txt"), single]);

        var items = (await All(source)).Select(Describe).ToList();

        Assert.Equal(["a.txt", "b.txt", "feed.jsonl:1", "error feed.jsonl:2: invalid JSON ('o' is an invalid start of a property name)",
            "feed.jsonl:3", "error missing.txt: no such file or directory", "single.html"], items);
        Assert.Null(source.CountHint); // a JSONL file: its documents are not known without reading it
        Assert.Equal(3, new PathSource([_dir.Combine("in/a.txt"), _dir.Combine("in/b.txt"), single]).CountHint);
    }

    [Fact]
    public async Task Cancelling_stops_the_enumeration_before_the_next_document()
    {
        for (int i = 0; i < 50; i++)
            _dir.File($"many/{i:D3}.txt", $"Title {i}\n\nBody {i}.");
        using var cancel = new CancellationTokenSource();
        var seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in new PathSource([_dir.Combine("many")]).ReadAsync(cancel.Token))
            {
                if (++seen == 3)
                    await cancel.CancelAsync();
            }
        });
        Assert.Equal(3, seen);
    }

    [Fact]
    public async Task Uploads_are_read_in_memory_through_the_same_gzip_limits_and_errors_as_files()
    {
        var limits = new InputReader(new InputLimits { MaxDocumentBytes = 200 });
        var source = new UploadSource(
        [
            new Upload("../../evil/harbour.html", Encoding.UTF8.GetBytes("<html><body><p>The harbour wall was repaired.</p></body></html>")),
            new Upload("notes.txt.gz", Gzip("Notes\n\nThe council met on Tuesday.")),
            new Upload("cut.txt.gz", Gzip("Cut\n\nThis file is truncated on the way.").AsMemory(0, 20)),
            new Upload("big.txt", Encoding.UTF8.GetBytes(new string('x', 500))),
            new Upload("empty.txt", Array.Empty<byte>()),
            new Upload("lines.jsonl", Encoding.UTF8.GetBytes("{\"id\":\"p\",\"text\":\"One.\"}\n{\"id\":\"q\",\"text\":\"Two.\"}\n")),
            new Upload("no name?!", Encoding.UTF8.GetBytes("Plain\n\nText without a known extension.")),
        ], limits);

        var items = (await All(source)).Select(Describe).ToList();

        Assert.Equal(["harbour.html", "notes.txt.gz", "error cut.txt.gz: truncated or corrupt gzip data",
            "error big.txt: file too large (500 bytes; the limit is 200)", "error empty.txt: empty file", "lines.jsonl:1", "lines.jsonl:2", "noname.txt"], items);
        Assert.Equal(8, source.CountHint);
        Assert.False(Directory.Exists(Path.Combine(Path.GetTempPath(), "evil")));
    }

    [Theory]
    [InlineData("../../etc/passwd", "passwd.txt")]
    [InlineData("C:\\Users\\me\\Report.HTML", "Report.html")]
    [InlineData("feed.JSONL.gz", "feed.jsonl.gz")]
    [InlineData("….txt", "upload.txt")]
    [InlineData("a b;c|d.htm", "abcd.htm")]
    public void Upload_names_keep_a_safe_stem_and_a_known_extension(string given, string expected) =>
        Assert.Equal(expected, UploadSource.SafeName(given));

    [Fact]
    public void Inline_progress_reports_on_the_calling_thread_in_order()
    {
        var seen = new List<(int, int)>();
        var progress = new InlineProgress<int>(n => seen.Add((n, Environment.CurrentManagedThreadId)));
        for (int i = 1; i <= 100; i++)
            ((IProgress<int>)progress).Report(i);
        Assert.Equal(Enumerable.Range(1, 100), seen.Select(s => s.Item1));
        Assert.All(seen, s => Assert.Equal(Environment.CurrentManagedThreadId, s.Item2));
    }
}
