using System.Text;

namespace Parallax.Acquisition.Warc;

/// <summary>A WARC record's version line and named fields (names compare case-insensitively).</summary>
internal sealed class WarcHeader
{
    private readonly Dictionary<string, string> _fields = new(StringComparer.OrdinalIgnoreCase);

    public string Version { get; private init; } = "";

    public string? this[string name] => _fields.GetValueOrDefault(name);

    public string Type => this["WARC-Type"] ?? "";

    /// <summary>
    /// Reads the header from its version line on ("WARC/1.1" without the "WARC/" when <paramref name="versionRest"/>
    /// is given, after a resynchronisation) to the blank line; null with an error when it is not a WARC header.
    /// </summary>
    public static WarcHeader? Read(ByteReader reader, int maxBytes, string? versionRest, out string error)
    {
        error = "";
        string version;
        int total = 0;
        if (versionRest is not null)
            version = "WARC/" + versionRest;
        else
        {
            var first = reader.ReadLine(maxBytes, out bool tooLong);
            if (first is null)
            {
                error = "end of file";
                return null;
            }
            version = tooLong ? "" : Encoding.Latin1.GetString(first);
            total += first.Length;
        }
        if (!version.StartsWith("WARC/", StringComparison.Ordinal))
        {
            error = "not a WARC record (no 'WARC/1.x' line where one should start)";
            return null;
        }
        var header = new WarcHeader { Version = version[5..].Trim() };
        string? last = null;
        while (true)
        {
            var line = reader.ReadLine(maxBytes, out bool tooLong);
            if (line is null)
            {
                error = "truncated record header";
                return null;
            }
            total += line.Length + 2;
            if (tooLong || total > maxBytes)
            {
                error = $"record header too large (the limit is {maxBytes:N0} bytes)";
                return null;
            }
            if (line.Length == 0)
                break;
            // Fields are UTF-8 (WARC 1.1); a continuation line starts with white space.
            var text = Encoding.UTF8.GetString(line);
            if (text[0] is ' ' or '\t' && last is not null)
            {
                header._fields[last] += " " + text.Trim();
                continue;
            }
            int colon = text.IndexOf(':');
            if (colon <= 0)
            {
                error = $"malformed header line '{Shorten(text)}'";
                return null;
            }
            last = text[..colon].Trim();
            header._fields.TryAdd(last, text[(colon + 1)..].Trim());
        }
        return header;
    }

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..60] + "…";
}
