namespace Parallax.Acquisition.Warc;

/// <summary>A read-only window on a file, with its own handle: one gzip member of a .warc.gz.</summary>
internal sealed class FileRegion : ForwardStream
{
    private readonly FileStream _file;
    private readonly long _end;

    public FileRegion(string path, long start, long length)
    {
        _file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 64 * 1024);
        _file.Position = start;
        _end = start + length;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        long left = _end - _file.Position;
        if (left <= 0)
            return 0;
        return _file.Read(buffer[..(int)Math.Min(buffer.Length, left)]);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _file.Dispose();
        base.Dispose(disposing);
    }
}
