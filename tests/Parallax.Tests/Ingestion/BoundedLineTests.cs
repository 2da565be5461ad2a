using System.IO.Compression;
using System.Text;
using Parallax.Extraction.Inputs;

namespace Parallax.Tests.Ingestion;

/// <summary>A JSONL line is measured while it is read: one over the limit is skipped without being held whole.</summary>
public sealed class BoundedLineTests
{
    [Fact]
    public void Lines_split_on_newlines_drop_a_carriage_return_and_keep_the_last_unterminated_one()
    {
        var lines = new BoundedLineReader(new StringReader("one\r\ntwo\n\nthree"), 10);
        var read = new List<string>();
        while (lines.ReadLine(out var tooLong) is { } line)
        {
            Assert.False(tooLong);
            read.Add(line);
        }
        Assert.Equal(["one", "two", "", "three"], read);
    }

    [Fact]
    public void A_line_over_the_limit_is_reported_and_the_next_one_is_read()
    {
        var lines = new BoundedLineReader(new StringReader(new string('x', 50_000) + "\nshort\n" + new string('y', 11)), 10);
        Assert.Equal("", lines.ReadLine(out var first));
        Assert.True(first);
        Assert.Equal("short", lines.ReadLine(out var second));
        Assert.False(second);
        Assert.Equal("", lines.ReadLine(out var third));
        Assert.True(third);
        Assert.Null(lines.ReadLine(out _));
    }

    [Fact]
    public void A_compressed_upload_holding_one_huge_line_costs_about_the_limit_not_the_line()
    {
        // 200 MB of one line in about 200 KB of gzip, then a good line.
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gz.Write("{\"id\":\"huge\",\"text\":\""u8);
            var chunk = new byte[1 << 20];
            chunk.AsSpan().Fill((byte)'a');
            for (int i = 0; i < 200; i++)
                gz.Write(chunk);
            gz.Write("\"}\n{\"id\":\"fine\",\"text\":\"The bridge reopened on Monday, the council said.\"}\n"u8);
        }
        var reader = new InputReader(new InputLimits { MaxJsonlLineBytes = 1024 * 1024 });
        var bytes = ms.ToArray();
        // Read on this thread, so that its allocations alone are counted (other tests run beside it).
        long before = GC.GetAllocatedBytesForCurrentThread();
        var items = reader.ReadStream("bomb.jsonl.gz", () => new MemoryStream(bytes), InputFormats.FromPath("bomb.jsonl.gz"), InputFormats.IsGzip("bomb.jsonl.gz")).ToList();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal("line too large (the limit is 1,048,576 bytes)", items[0].Error?.Reason);
        Assert.Equal(2, items[1].Document?.Line);
        // Reading the line whole would take 400 MB of characters at least; the budget is ten times the limit's.
        Assert.True(allocated < 40L * 1024 * 1024, $"{allocated:N0} bytes allocated");
    }
}
