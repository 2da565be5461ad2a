using Parallax.Extraction.Inputs;

namespace Parallax.Ingestion;

/// <summary>
/// Where raw documents come from: files and folders, standard input, web uploads, and next the fetcher, feeds
/// and web archives. A source yields its documents in a stable order, and a document it cannot read as an
/// error item naming it (<see cref="InputItem.Error"/>), so the others still go through. Enumeration stops
/// promptly when its <see cref="CancellationToken"/> is cancelled.
/// </summary>
public interface IDocumentSource
{
    /// <summary>What the source reads, for messages ("2 paths", "3 uploaded files").</summary>
    string Name { get; }

    /// <summary>How many documents the source will yield, when it can tell without reading them (for progress); null otherwise.</summary>
    int? CountHint { get; }

    /// <summary>The documents, and an error item for each one that could not be read.</summary>
    IAsyncEnumerable<InputItem> ReadAsync(CancellationToken cancel = default);
}
