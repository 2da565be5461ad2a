namespace Parallax.Extraction.Inputs;

/// <summary>How an input file is laid out, from its name (a trailing <c>.gz</c> is looked through).</summary>
public enum InputFormat
{
    /// <summary>Not told by the name: sniffed from the content.</summary>
    Unknown,

    /// <summary>Plain text.</summary>
    Text,

    /// <summary>An HTML page.</summary>
    Html,

    /// <summary>One JSON article per line.</summary>
    Jsonl,
}

/// <summary>Input formats from file names and from the <c>--input-format</c> option.</summary>
public static class InputFormats
{
    /// <summary>The format a file name says (<c>.txt</c>, <c>.html</c>, <c>.jsonl</c>, each possibly gzipped).</summary>
    public static InputFormat FromPath(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        if (name.EndsWith(".gz", StringComparison.Ordinal))
            name = name[..^3];
        return Path.GetExtension(name) switch
        {
            ".txt" or ".text" => InputFormat.Text,
            ".html" or ".htm" or ".xhtml" => InputFormat.Html,
            ".jsonl" or ".ndjson" => InputFormat.Jsonl,
            _ => InputFormat.Unknown,
        };
    }

    /// <summary>Whether the name ends in <c>.gz</c>.</summary>
    public static bool IsGzip(string path) => path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>The format named by <c>--input-format</c> (txt, html, jsonl); throws for another name.</summary>
    public static InputFormat Parse(string name) => name.ToLowerInvariant() switch
    {
        "txt" or "text" => InputFormat.Text,
        "html" or "htm" => InputFormat.Html,
        "jsonl" or "ndjson" => InputFormat.Jsonl,
        _ => throw new ArgumentException($"unknown input format '{name}' (expected txt, html or jsonl)"),
    };
}
