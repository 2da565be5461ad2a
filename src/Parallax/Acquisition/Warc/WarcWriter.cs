using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Parallax.Acquisition.Warc;

/// <summary>
/// Writes HTTP exchanges to web archives (WARC 1.1) that <see cref="WarcReader"/>, warcio and the Wayback tools
/// read: a <c>warcinfo</c> record opens each file, then a <c>request</c> and a <c>response</c> record per
/// exchange, each record its own gzip member, with SHA-1 block and payload digests. Files rotate once they pass
/// <c>maxFileBytes</c>: <c>OUT.warc.gz</c>, then <c>OUT-00001.warc.gz</c>, <c>OUT-00002.warc.gz</c>, …
/// Safe to call from several threads (exchanges are written whole, one at a time).
/// </summary>
internal sealed class WarcWriter : IDisposable
{
    /// <summary>Default size at which a new file is started: 1 GB, Common Crawl's size.</summary>
    public const long DefaultMaxFileBytes = 1_000_000_000;

    private readonly string _path;
    private readonly long _maxFileBytes;
    private readonly string _software;
    private readonly Lock _lock = new();
    private FileStream? _file;
    private int _fileNumber;

    public WarcWriter(string path, long maxFileBytes = DefaultMaxFileBytes, string software = "Parallax")
    {
        if (!path.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException($"a web archive's name ends in .warc.gz: {path}");
        _path = path;
        _maxFileBytes = maxFileBytes;
        _software = software;
    }

    /// <summary>The files written so far, in order.</summary>
    public List<string> Files { get; } = [];

    /// <summary>
    /// Writes one exchange: the request's head as sent, and the response's head and body as received (content
    /// coding kept, transfer coding removed, so the response head must not say <c>chunked</c>).
    /// </summary>
    public void WriteExchange(string targetUri, DateTimeOffset date, string? ipAddress, ReadOnlySpan<byte> requestHead, ReadOnlySpan<byte> responseHead, ReadOnlySpan<byte> body)
    {
        lock (_lock)
        {
            var file = Current();
            var requestId = NewId();
            var responseId = NewId();
            var when = date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

            var response = new byte[responseHead.Length + body.Length];
            responseHead.CopyTo(response);
            body.CopyTo(response.AsSpan(responseHead.Length));
            var fields = new List<(string, string)>
            {
                ("WARC-Type", "response"), ("WARC-Record-ID", responseId), ("WARC-Date", when), ("WARC-Target-URI", targetUri),
            };
            if (ipAddress is not null)
                fields.Add(("WARC-IP-Address", ipAddress));
            fields.Add(("Content-Type", "application/http;msgtype=response"));
            fields.Add(("WARC-Payload-Digest", Digest(body)));
            WriteRecord(file, fields, response);

            WriteRecord(file,
            [
                ("WARC-Type", "request"), ("WARC-Record-ID", requestId), ("WARC-Date", when), ("WARC-Target-URI", targetUri),
                ("WARC-Concurrent-To", responseId), ("Content-Type", "application/http;msgtype=request"),
            ], requestHead);
            file.Flush();
            if (file.Length >= _maxFileBytes)
                Close();
        }
    }

    private FileStream Current()
    {
        if (_file is not null)
            return _file;
        var name = _fileNumber == 0 ? _path : $"{_path[..^".warc.gz".Length]}-{_fileNumber:D5}.warc.gz";
        _fileNumber++;
        _file = new FileStream(name, FileMode.Create, FileAccess.Write, FileShare.Read);
        Files.Add(name);
        var info = Encoding.UTF8.GetBytes($"software: {_software}\r\nformat: WARC File Format 1.1\r\nconformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n");
        WriteRecord(_file,
        [
            ("WARC-Type", "warcinfo"), ("WARC-Record-ID", NewId()),
            ("WARC-Date", DateTimeOffset.UtcNow.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            ("WARC-Filename", Path.GetFileName(name)), ("Content-Type", "application/warc-fields"),
        ], info);
        return _file;
    }

    private static void WriteRecord(Stream file, IEnumerable<(string Name, string Value)> fields, ReadOnlySpan<byte> block)
    {
        var head = new StringBuilder("WARC/1.1\r\n");
        foreach (var (name, value) in fields)
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        head.Append("WARC-Block-Digest: ").Append(Digest(block)).Append("\r\n");
        head.Append("Content-Length: ").Append(block.Length.ToString(CultureInfo.InvariantCulture)).Append("\r\n\r\n");
        // One gzip member per record, so readers can seek to a record and a damaged one costs only itself.
        using var gzip = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true);
        gzip.Write(Encoding.UTF8.GetBytes(head.ToString()));
        gzip.Write(block);
        gzip.Write("\r\n\r\n"u8);
    }

    private static string NewId() => $"<urn:uuid:{Guid.NewGuid()}>";

    /// <summary>"sha1:" and the SHA-1 in base 32 (RFC 4648), as WARC tools write digests.</summary>
    private static string Digest(ReadOnlySpan<byte> data)
    {
        Span<byte> hash = stackalloc byte[20];
        // SHA-1 is the digest WARC tools write and check; it identifies content here, it does not secure it.
#pragma warning disable CA5350
        SHA1.HashData(data, hash);
#pragma warning restore CA5350
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var sb = new StringBuilder("sha1:", 37);
        int buffer = 0, bits = 0;
        foreach (byte b in hash)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                sb.Append(alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        return sb.ToString();
    }

    private void Close()
    {
        _file?.Dispose();
        _file = null;
    }

    public void Dispose()
    {
        lock (_lock)
            Close();
    }
}
