using Parallax.Extraction.Inputs;

namespace Parallax.Ingestion;

/// <summary>A file a user uploaded: its name as the browser gave it, and its bytes.</summary>
/// <param name="Name">The name as given; only a safe stem and a known extension of it are used.</param>
/// <param name="Content">The file's bytes, gzipped or not.</param>
public sealed record Upload(string Name, ReadOnlyMemory<byte> Content);

/// <summary>
/// Uploaded files read in memory, in upload order, through the same limits, gzip handling, JSONL reading and
/// errors as files on disk; nothing is written to a temporary folder. An uploaded name is reduced to letters,
/// digits, <c>-</c> and <c>_</c> plus a known extension (<see cref="SafeName"/>): it names the documents and their
/// ids, and never becomes a path.
/// </summary>
public sealed class UploadSource(IReadOnlyList<Upload> uploads, InputReader? reader = null) : IDocumentSource
{
    private static readonly string[] Extensions = [".txt", ".html", ".htm", ".jsonl", ".txt.gz", ".html.gz", ".htm.gz", ".jsonl.gz"];

    private readonly InputReader _reader = reader ?? new InputReader();

    /// <inheritdoc />
    public string Name => uploads.Count == 1 ? SafeName(uploads[0].Name) : $"{uploads.Count} uploaded files";

    /// <summary>Documents: one per file, one per line of a JSONL file (counted by its line breaks; a gzipped one counts as one).</summary>
    public int? CountHint => uploads.Sum(u =>
        SafeName(u.Name).EndsWith(".jsonl", StringComparison.Ordinal) ? Math.Max(1, u.Content.Span.Count((byte)'\n')) : 1);

    /// <inheritdoc />
    public IAsyncEnumerable<InputItem> ReadAsync(CancellationToken cancel = default) => new SyncSource(Items, cancel);

    private IEnumerable<InputItem> Items()
    {
        foreach (var upload in uploads)
        {
            var name = SafeName(upload.Name);
            var content = upload.Content;
            foreach (var item in _reader.ReadStream(name, () => new ReadOnlyMemoryStream(content), InputFormats.FromPath(name), InputFormats.IsGzip(name)))
                yield return item;
        }
    }

    /// <summary>The name an upload goes by: a safe stem (at most 60 characters; "upload" when none is left) and a known extension (".txt" when none).</summary>
    public static string SafeName(string name)
    {
        var file = Path.GetFileName(name.Replace('\\', '/'));
        var lower = file.ToLowerInvariant();
        var ext = Extensions.OrderByDescending(e => e.Length).FirstOrDefault(lower.EndsWith) ?? ".txt";
        var stem = lower.EndsWith(ext, StringComparison.Ordinal) ? file[..^ext.Length] : file;
        var clean = new string(stem.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_').Take(60).ToArray());
        return (clean.Length == 0 ? "upload" : clean) + ext;
    }

    /// <summary>A read-only stream over memory the upload already holds (no copy).</summary>
    private sealed class ReadOnlyMemoryStream(ReadOnlyMemory<byte> memory) : Stream
    {
        private int _position;

        public override bool CanRead => true;
        public override bool CanSeek => true;
        public override bool CanWrite => false;
        public override long Length => memory.Length;

        public override long Position
        {
            get => _position;
            set => _position = (int)Math.Clamp(value, 0, memory.Length);
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int n = Math.Min(buffer.Length, memory.Length - _position);
            memory.Span.Slice(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        public override long Seek(long offset, SeekOrigin origin)
        {
            Position = origin switch
            {
                SeekOrigin.Begin => offset,
                SeekOrigin.Current => _position + offset,
                _ => memory.Length + offset,
            };
            return _position;
        }

        public override void Flush() { }
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
