namespace Parallax.Extraction.Inputs;

/// <summary>Reading a stream whole, but never past a size limit: files, decompressed files and fetched pages.</summary>
internal static class BoundedRead
{
    /// <summary>Reads <paramref name="stream"/> to its end; false (and no bytes) as soon as it passes <paramref name="limit"/> bytes.</summary>
    public static bool ReadAll(Stream stream, long limit, out byte[] bytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > limit)
            {
                bytes = [];
                return false;
            }
            buffer.Write(chunk, 0, n);
        }
        bytes = buffer.ToArray();
        return true;
    }
}
