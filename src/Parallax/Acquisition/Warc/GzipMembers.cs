using System.IO.Compression;

namespace Parallax.Acquisition.Warc;

/// <summary>
/// Finds where the gzip members of a .warc.gz start, so that each record is decompressed on its own and a damaged
/// one costs only itself: a member starts at the bytes 1F 8B 08 that decompress to "WARC/". (The same three bytes
/// inside compressed data almost never also decompress to a WARC header.)
/// </summary>
internal sealed class GzipMembers(string path, long length)
{
    private const int ValidationWindow = 64 * 1024;

    /// <summary>The start of the first member at or after <paramref name="from"/>; -1 when there is none.</summary>
    public long Next(long from)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        var buffer = new byte[256 * 1024];
        long pos = from;
        while (pos < length - 2)
        {
            file.Position = pos;
            int n = file.ReadAtLeast(buffer, Math.Min(buffer.Length, (int)Math.Min(int.MaxValue, length - pos)), throwOnEndOfStream: false);
            if (n < 3)
                return -1;
            var span = buffer.AsSpan(0, n);
            int at = 0;
            while (at <= n - 3)
            {
                int hit = span[at..].IndexOf((byte)0x1F);
                if (hit < 0)
                    break;
                at += hit;
                if (at > n - 3)
                    break;
                if (span[at + 1] == 0x8B && span[at + 2] == 0x08 && StartsWithWarc(pos + at))
                    return pos + at;
                at++;
            }
            // Step back two bytes so a magic number split across reads is still seen.
            pos += Math.Max(1, n - 2);
        }
        return -1;
    }

    private bool StartsWithWarc(long start)
    {
        try
        {
            using var region = new FileRegion(path, start, Math.Min(ValidationWindow, length - start));
            using var gzip = new GZipStream(region, CompressionMode.Decompress);
            var head = new byte[5];
            return gzip.ReadAtLeast(head, 5, throwOnEndOfStream: false) == 5 && head.AsSpan().SequenceEqual("WARC/"u8);
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
