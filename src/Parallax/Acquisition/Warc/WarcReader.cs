using System.IO.Compression;
using System.Text;
using Parallax.Acquisition.Http;
using Parallax.Extraction.Inputs;
using Parallax.Model;

namespace Parallax.Acquisition.Warc;

/// <summary>
/// Reads web archives (WARC 1.0 and 1.1; <c>.warc</c>, and <c>.warc.gz</c> with one gzip member per record, as
/// Common Crawl's CC-NEWS and <c>wget --warc-file</c> write them) as a stream of documents: each <c>response</c>
/// record holding an HTML page (status 2xx) becomes a document with its <c>WARC-Target-URI</c> as the article's
/// URL and its record number as its line. Other records (requests, metadata, redirects, images) are skipped. A
/// truncated or corrupt record is one error item naming the file, the record and its offset; the reader then
/// finds the next record, so the good ones are kept. Limits (<see cref="WarcLimits"/>) hold while reading.
/// </summary>
public sealed class WarcReader(WarcLimits? limits = null)
{
    private readonly WarcLimits _limits = limits ?? WarcLimits.Default;

    /// <summary>Whether a file name is a web archive's (<c>.warc</c> or <c>.warc.gz</c>).</summary>
    public static bool IsWarcPath(string path) =>
        path.EndsWith(".warc", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>The documents of one archive, and an error item for each record that could not be read.</summary>
    public IEnumerable<InputItem> Read(string path)
    {
        long length;
        try
        {
            length = new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [InputItem.Fail(path, e is UnauthorizedAccessException ? "permission denied" : $"cannot read ({e.Message})")];
        }
        if (!File.Exists(path))
            return [InputItem.Fail(path, "no such file or directory")];
        var counter = new Counter();
        return path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? ReadGzip(path, length, counter) : ReadPlain(path, counter);
    }

    private IEnumerable<InputItem> ReadPlain(string path, Counter counter)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        var segment = new Segment(this, path, new ByteReader(file), baseOffset: null, counter);
        while (segment.Next() is { } item)
            yield return item;
        if (counter.Records == 0)
            yield return InputItem.Fail(path, "no WARC record in the file");
    }

    private IEnumerable<InputItem> ReadGzip(string path, long length, Counter counter)
    {
        var members = new GzipMembers(path, length);
        long start = members.Next(0);
        if (start < 0)
        {
            yield return InputItem.Fail(path, "no WARC record in the file (a .warc.gz holds gzip members that each start with 'WARC/')");
            yield break;
        }
        if (start > 0)
            yield return InputItem.Fail($"{path}: offset 0", $"{start:N0} bytes that are not a WARC gzip member were skipped");
        while (start >= 0)
        {
            long next = members.Next(start + 1);
            long end = next < 0 ? length : next;
            using (var region = new FileRegion(path, start, end - start))
            using (var gzip = new GZipStream(region, CompressionMode.Decompress))
            {
                var segment = new Segment(this, path, new ByteReader(gzip), baseOffset: start, counter);
                while (segment.Next() is { } item)
                    yield return item;
            }
            start = next;
        }
    }

    private sealed class Counter
    {
        public int Records;
    }

    /// <summary>The records of one run of WARC bytes: a whole .warc, or one gzip member.</summary>
    private sealed class Segment(WarcReader owner, string path, ByteReader reader, long? baseOffset, Counter counter)
    {
        private bool _done;
        private string? _resumedVersion;
        private int _record;
        private long _offset;

        private string Where => $"{path}: record {_record} (offset {_offset})";

        /// <summary>The next document or error; null at the end of the segment.</summary>
        public InputItem? Next()
        {
            while (!_done)
            {
                try
                {
                    if (ReadRecord() is { } item)
                        return item;
                }
                catch (InvalidDataException)
                {
                    _done = true;
                    return InputItem.Fail(Where, "corrupt gzip data; the rest of this member was skipped");
                }
                catch (IOException e)
                {
                    _done = true;
                    return InputItem.Fail(Where, $"cannot read ({e.Message})");
                }
            }
            return null;
        }

        /// <summary>One record: a document, an error, or null for a record that is skipped.</summary>
        private InputItem? ReadRecord()
        {
            if (_resumedVersion is null)
            {
                reader.SkipLineBreaks();
                if (reader.AtEnd)
                {
                    _done = true;
                    return null;
                }
            }
            _record = ++counter.Records;
            _offset = baseOffset ?? reader.Position - (_resumedVersion is null ? 0 : 5);
            var header = WarcHeader.Read(reader, owner._limits.MaxHeaderBytes, _resumedVersion, out var error);
            _resumedVersion = null;
            if (header is null)
                return Resync(error);
            if (!long.TryParse(header["Content-Length"], out long length) || length < 0)
                return Resync("no valid Content-Length");

            bool isResponse = header.Type == "response" &&
                (header["Content-Type"] ?? "").StartsWith("application/http", StringComparison.OrdinalIgnoreCase);
            if (!isResponse)
            {
                if (reader.Skip(length) < length)
                    return Truncated();
                return EndOfBlock() ? null : Resync("the block does not end where its Content-Length says");
            }
            if (length > owner._limits.MaxRecordBytes)
            {
                if (reader.Skip(length) < length)
                    return Truncated();
                EndOfBlock();
                return InputItem.Fail(Where, $"response record too large ({length:N0} bytes; the limit is {owner._limits.MaxRecordBytes:N0}); skipped");
            }
            var block = new MemoryStream((int)Math.Min(length, 1 << 20));
            if (reader.CopyTo(block, length) < length)
                return Truncated();
            if (!EndOfBlock())
                return Resync("the block does not end where its Content-Length says");
            return owner.Page(path, _record, Where, header, block.GetBuffer().AsSpan(0, (int)block.Length));
        }

        private InputItem Truncated()
        {
            _done = true;
            return InputItem.Fail(Where, "truncated record");
        }

        /// <summary>A record's block is followed by two CRLFs.</summary>
        private bool EndOfBlock()
        {
            var a = reader.ReadLine(16, out _);
            var b = reader.ReadLine(16, out _);
            return a is { Length: 0 } && (b is { Length: 0 } || b is null);
        }

        /// <summary>Reports a damaged record and moves to the next line that starts a record.</summary>
        private InputItem Resync(string reason)
        {
            if (reader.SkipPast("\nWARC/"u8))
            {
                var rest = reader.ReadLine(64, out _) ?? [];
                _resumedVersion = Encoding.Latin1.GetString(rest);
            }
            else
                _done = true;
            return InputItem.Fail(Where, reason);
        }
    }

    /// <summary>A response record's page: a document, an error, or null when it is no HTML page.</summary>
    private InputItem? Page(string path, int record, string where, WarcHeader header, ReadOnlySpan<byte> block)
    {
        var uri = header["WARC-Target-URI"]?.Trim('<', '>', ' ');
        if (string.IsNullOrEmpty(uri))
            return InputItem.Fail(where, "response record without a WARC-Target-URI");
        if (string.IsNullOrEmpty(header["WARC-Date"]))
            return InputItem.Fail(where, "response record without a WARC-Date");
        if (!HttpHead.TryParse(block, out var head))
            return InputItem.Fail(where, "the response record does not hold an HTTP response");
        if (head.Status is < 200 or > 299)
            return null;
        var contentType = head["Content-Type"];
        var media = PageText.MediaType(contentType);
        var body = block[head.BodyOffset..];
        if (media.Length > 0 ? !PageText.IsHtml(media) : !PageText.SniffHtml(body))
            return null;

        byte[] bytes = body.ToArray();
        if ((head["Transfer-Encoding"] ?? "").Contains("chunked", StringComparison.OrdinalIgnoreCase)
            && ContentCoding.TryDechunk(bytes, out var dechunked))
            bytes = dechunked;
        if (!ContentCoding.TryDecode(bytes, head["Content-Encoding"], _limits.MaxBodyBytes, out var decoded, out var error))
            return InputItem.Fail($"{where} {uri}", error);
        if (!PageText.TryDecode(decoded, contentType, out var text, out error))
            return InputItem.Fail($"{where} {uri}", error);
        return InputItem.Of(new RawDocument(path, DocumentFormat.Html, text) { Given = new GivenFields { Url = uri }, Line = record });
    }
}
