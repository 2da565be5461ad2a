namespace Parallax.Extraction.Inputs;

/// <summary>Size limits, documented in docs/inputs.md. A news article is rarely above 2 MB of HTML.</summary>
public sealed record InputLimits
{
    /// <summary>Largest single article file (after gunzip): 16 MiB.</summary>
    public long MaxDocumentBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Largest JSONL line: 16 MiB. JSONL files themselves are streamed and have no limit.</summary>
    public int MaxJsonlLineBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>The limits above.</summary>
    public static InputLimits Default { get; } = new();
}
