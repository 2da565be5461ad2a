namespace Parallax.Acquisition.Warc;

/// <summary>
/// A forward-only buffered reader over a stream of bytes, for record formats that mix header lines and
/// counted blocks (WARC, HTTP). It counts the bytes consumed, so errors can name an offset, and never holds more
/// than one buffer plus what the caller asks to keep.
/// </summary>
internal sealed class ByteReader(Stream stream, int bufferSize = 64 * 1024)
{
    private readonly byte[] _buffer = new byte[bufferSize];
    private int _start, _end;

    /// <summary>Bytes consumed so far.</summary>
    public long Position { get; private set; }

    private bool Fill()
    {
        if (_start < _end)
            return true;
        _start = 0;
        _end = stream.Read(_buffer, 0, _buffer.Length);
        return _end > 0;
    }

    /// <summary>Skips CR and LF bytes (blank lines between records, which some writers leave).</summary>
    public void SkipLineBreaks()
    {
        while (Fill() && _buffer[_start] is (byte)'\r' or (byte)'\n')
            Consume(1);
    }

    /// <summary>Whether the stream is at its end.</summary>
    public bool AtEnd => !Fill();

    /// <summary>
    /// One line without its CRLF or LF; null at the end of the stream. A line longer than <paramref name="max"/>
    /// bytes sets <paramref name="tooLong"/> and is consumed without being held.
    /// </summary>
    public byte[]? ReadLine(int max, out bool tooLong)
    {
        tooLong = false;
        if (!Fill())
            return null;
        using var line = new MemoryStream();
        while (Fill())
        {
            var span = _buffer.AsSpan(_start, _end - _start);
            int nl = span.IndexOf((byte)'\n');
            int take = nl < 0 ? span.Length : nl + 1;
            if (!tooLong && line.Length + take > max + 2)
                tooLong = true;
            if (!tooLong)
                line.Write(span[..take]);
            Consume(take);
            if (nl >= 0)
                break;
        }
        if (tooLong)
            return [];
        var bytes = line.ToArray();
        int n = bytes.Length;
        if (n > 0 && bytes[n - 1] == '\n')
            n--;
        if (n > 0 && bytes[n - 1] == '\r')
            n--;
        return bytes[..n];
    }

    /// <summary>Reads up to <paramref name="count"/> bytes into <paramref name="into"/>; the number read is smaller only at the end of the stream.</summary>
    public long CopyTo(Stream into, long count)
    {
        long done = 0;
        while (done < count && Fill())
        {
            int take = (int)Math.Min(count - done, _end - _start);
            into.Write(_buffer, _start, take);
            Consume(take);
            done += take;
        }
        return done;
    }

    /// <summary>Skips up to <paramref name="count"/> bytes without holding them; returns how many were skipped.</summary>
    public long Skip(long count) => CopyTo(Stream.Null, count);

    /// <summary>
    /// Moves to just after the next occurrence of <paramref name="marker"/> (or to the end): how a reader finds its
    /// feet again after a damaged record. Returns false at the end of the stream.
    /// </summary>
    public bool SkipPast(ReadOnlySpan<byte> marker)
    {
        int matched = 0;
        while (Fill())
        {
            var b = _buffer[_start];
            Consume(1);
            matched = b == marker[matched] ? matched + 1 : (b == marker[0] ? 1 : 0);
            if (matched == marker.Length)
                return true;
        }
        return false;
    }

    private void Consume(int n)
    {
        _start += n;
        Position += n;
    }
}
