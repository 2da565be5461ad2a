using System.Text;

namespace Parallax.Acquisition.Http;

/// <summary>
/// The status line and header fields of a stored HTTP response (a WARC response record's block), and where its
/// body starts. Field names compare case-insensitively; a repeated field keeps its first value.
/// </summary>
internal sealed class HttpHead
{
    private readonly Dictionary<string, string> _fields = new(StringComparer.OrdinalIgnoreCase);

    public int Status { get; private init; }

    /// <summary>Offset of the body in the block.</summary>
    public int BodyOffset { get; private init; }

    public string? this[string name] => _fields.GetValueOrDefault(name);

    /// <summary>Parses "HTTP/1.x NNN reason" and the fields up to the blank line; false when the block is not an HTTP response.</summary>
    public static bool TryParse(ReadOnlySpan<byte> block, out HttpHead head)
    {
        head = new HttpHead();
        int end = block.IndexOf("\r\n\r\n"u8);
        int sep = 4;
        int lf = block.IndexOf("\n\n"u8);
        if (end < 0 || (lf >= 0 && lf < end))
            (end, sep) = (lf, 2);
        if (end < 0)
            return false;
        var text = Encoding.Latin1.GetString(block[..end]);
        var lines = text.Split('\n');
        var status = lines[0].TrimEnd('\r').Split(' ', 3);
        if (status.Length < 2 || !status[0].StartsWith("HTTP/", StringComparison.Ordinal) || !int.TryParse(status[1], out int code))
            return false;
        head = new HttpHead { Status = code, BodyOffset = end + sep };
        foreach (var raw in lines.Skip(1))
        {
            var line = raw.TrimEnd('\r');
            int colon = line.IndexOf(':');
            if (colon <= 0)
                continue;
            head._fields.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
        }
        return true;
    }
}
