namespace Parallax.Extraction.Inputs;

/// <summary>How an input file is laid out, from its name (a trailing <c>.gz</c> is looked through).</summary>
public enum InputFormat
{
    Unknown,
    Text,
    Html,
    Jsonl,
}

public static class InputFormats
{
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

    public static bool IsGzip(string path) => path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    public static InputFormat Parse(string name) => name.ToLowerInvariant() switch
    {
        "txt" or "text" => InputFormat.Text,
        "html" or "htm" => InputFormat.Html,
        "jsonl" or "ndjson" => InputFormat.Jsonl,
        _ => throw new ArgumentException($"unknown input format '{name}' (expected txt, html or jsonl)"),
    };
}
