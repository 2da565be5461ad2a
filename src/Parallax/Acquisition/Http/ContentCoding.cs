using System.IO.Compression;
using Parallax.Extraction.Inputs;

namespace Parallax.Acquisition.Http;

/// <summary>
/// Undoes an HTTP body's transfer and content codings (chunked; gzip, deflate, br), never producing more than a
/// limit: a gzip bomb stops at the limit instead of filling memory.
/// </summary>
internal static class ContentCoding
{
    /// <summary>The codings this reader undoes, for Accept-Encoding.</summary>
    public const string Accepted = "gzip, deflate, br";

    /// <summary>A stream that undoes <paramref name="coding"/> (a Content-Encoding value); null for an unknown coding.</summary>
    public static Stream? Decoding(Stream body, string? coding)
    {
        switch (coding?.Trim().ToLowerInvariant())
        {
            case null or "" or "identity":
                return body;
            case "gzip" or "x-gzip":
                return new GZipStream(body, CompressionMode.Decompress);
            case "br":
                return new BrotliStream(body, CompressionMode.Decompress);
            case "deflate":
                return new DeflateAnyStream(body);
            default:
                return null;
        }
    }

    /// <summary>
    /// Reads <paramref name="body"/> decoded by <paramref name="coding"/>, up to <paramref name="limit"/> bytes;
    /// false with a one-line error for an unknown coding, corrupt data or a body over the limit.
    /// </summary>
    public static bool TryDecode(byte[] body, string? coding, long limit, out byte[] decoded, out string error)
    {
        decoded = [];
        error = "";
        using var input = new MemoryStream(body, writable: false);
        var stream = Decoding(input, coding);
        if (stream is null)
        {
            error = $"unknown content coding '{coding}'";
            return false;
        }
        try
        {
            using (stream)
            {
                if (!BoundedRead.ReadAll(stream, limit, out decoded))
                {
                    error = stream == input
                        ? $"page too large (over {limit:N0} bytes)"
                        : $"page too large once decompressed (over {limit:N0} bytes; a compression bomb?)";
                    return false;
                }
            }
            return true;
        }
        catch (InvalidDataException)
        {
            error = $"corrupt {coding} data";
            return false;
        }
    }

    /// <summary>
    /// Removes chunked transfer coding (as some archivers store the bytes on the wire); false when the chunk sizes
    /// do not add up.
    /// </summary>
    public static bool TryDechunk(ReadOnlySpan<byte> body, out byte[] data)
    {
        using var output = new MemoryStream();
        data = [];
        while (true)
        {
            int nl = body.IndexOf((byte)'\n');
            if (nl < 0)
                return false;
            var sizeText = System.Text.Encoding.Latin1.GetString(body[..nl]).Trim();
            int semi = sizeText.IndexOf(';');
            if (semi >= 0)
                sizeText = sizeText[..semi];
            if (!int.TryParse(sizeText, System.Globalization.NumberStyles.HexNumber, null, out int size) || size < 0)
                return false;
            body = body[(nl + 1)..];
            if (size == 0)
                break;
            if (body.Length < size)
                return false;
            output.Write(body[..size]);
            body = body[size..];
            if (body.StartsWith("\r\n"u8))
                body = body[2..];
            else if (body.StartsWith("\n"u8))
                body = body[1..];
        }
        data = output.ToArray();
        return true;
    }

    /// <summary>
    /// HTTP's "deflate" is meant to be zlib-wrapped, but many servers send raw deflate: the first byte tells
    /// (a zlib header's low nibble is 8, and its first two bytes are a multiple of 31).
    /// </summary>
    private sealed class DeflateAnyStream(Stream inner) : ForwardStream
    {
        private Stream? _decoder;

        private Stream Decoder
        {
            get
            {
                if (_decoder is not null)
                    return _decoder;
                var head = new byte[2];
                int n = inner.ReadAtLeast(head, 2, throwOnEndOfStream: false);
                bool zlib = n == 2 && (head[0] & 0x0F) == 8 && ((head[0] << 8) | head[1]) % 31 == 0;
                var rest = new PrefixStream(head.AsMemory(0, n), inner);
                _decoder = zlib ? new ZLibStream(rest, CompressionMode.Decompress) : new DeflateStream(rest, CompressionMode.Decompress);
                return _decoder;
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => Decoder.Read(buffer, offset, count);
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => Decoder.ReadAsync(buffer, cancellationToken);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _decoder?.Dispose();
                inner.Dispose();
            }
            base.Dispose(disposing);
        }
    }

    /// <summary>Bytes already read from a stream, then the rest of it.</summary>
    private sealed class PrefixStream(ReadOnlyMemory<byte> prefix, Stream inner) : ForwardStream
    {
        private ReadOnlyMemory<byte> _prefix = prefix;

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_prefix.IsEmpty)
                return inner.Read(buffer);
            int n = Math.Min(buffer.Length, _prefix.Length);
            _prefix.Span[..n].CopyTo(buffer);
            _prefix = _prefix[n..];
            return n;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_prefix.IsEmpty)
                return await inner.ReadAsync(buffer, cancellationToken);
            return Read(buffer.Span);
        }

    }
}
