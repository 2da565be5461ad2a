using Parallax.Extraction.Inputs;

namespace Parallax.Ingestion;

/// <summary>
/// Files and folders as the command line names them: files by their extension (through <c>.gz</c>), folders
/// recursively in ordinal path order, JSONL line by line, and <c>-</c> for standard input
/// (<see cref="InputReader.StdinFormat"/>). A missing path, an empty folder or an unreadable file is an error
/// item naming it.
/// </summary>
public sealed class PathSource(IReadOnlyList<string> paths, InputReader? reader = null) : IDocumentSource
{
    private readonly InputReader _reader = reader ?? new InputReader();

    /// <inheritdoc />
    public string Name => paths.Count == 1 ? paths[0] : $"{paths.Count} paths";

    /// <inheritdoc />
    public int? CountHint
    {
        get
        {
            int n = 0;
            foreach (var p in paths)
            {
                if (p == "-")
                    return null;
                if (Directory.Exists(p))
                {
                    foreach (var f in InputReader.ListDirectory(p))
                    {
                        if (InputFormats.FromPath(f) == InputFormat.Jsonl || Acquisition.Warc.WarcReader.IsWarcPath(f))
                            return null;
                        n++;
                    }
                }
                else if (InputFormats.FromPath(p) == InputFormat.Jsonl || Acquisition.Warc.WarcReader.IsWarcPath(p))
                    return null;
                else
                    n++;
            }
            return n;
        }
    }

    /// <inheritdoc />
    public IAsyncEnumerable<InputItem> ReadAsync(CancellationToken cancel = default) =>
        new SyncSource(() => _reader.Read(paths), cancel);
}
