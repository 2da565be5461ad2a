using Parallax.Extraction.Inputs;

namespace Parallax.Acquisition.Warc;

/// <summary>Limits the WARC reader enforces while it reads (docs/acquisition.md).</summary>
public sealed record WarcLimits
{
    /// <summary>Largest WARC header block (all its fields together): 64 KiB.</summary>
    public int MaxHeaderBytes { get; init; } = 64 * 1024;

    /// <summary>Largest response record block that is read (HTTP head and body as stored): 64 MiB. Larger ones are skipped unread, with an error.</summary>
    public long MaxRecordBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Largest page body once its content coding is undone: the input limit for one article.</summary>
    public long MaxBodyBytes { get; init; } = InputLimits.Default.MaxDocumentBytes;

    /// <summary>The limits above.</summary>
    public static WarcLimits Default { get; } = new();
}
