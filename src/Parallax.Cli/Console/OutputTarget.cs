namespace Parallax.Cli.Console;

/// <summary>
/// Standard output, or a file that appears only when the command succeeds: output goes to a temporary
/// file beside it, renamed into place on <see cref="Commit"/>, deleted otherwise.
/// </summary>
internal sealed class OutputTarget : IDisposable
{
    private readonly string? _path;
    private readonly string? _temp;
    private bool _committed;

    private OutputTarget(Stream stream, string? path, string? temp)
    {
        Stream = stream;
        _path = path;
        _temp = temp;
    }

    public Stream Stream { get; }

    public static OutputTarget Open(FileInfo? file)
    {
        if (file is null)
            return new OutputTarget(new BufferedStream(System.Console.OpenStandardOutput(), 1 << 16), null, null);
        var dir = Path.GetDirectoryName(Path.GetFullPath(file.FullName))!;
        var temp = Path.Combine(dir, $".{file.Name}.{Environment.ProcessId}.tmp");
        return new OutputTarget(new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16), file.FullName, temp);
    }

    public void Commit()
    {
        Stream.Flush();
        if (_temp is null)
            return;
        Stream.Dispose();
        File.Move(_temp, _path!, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        Stream.Dispose();
        if (_temp is not null && !_committed && File.Exists(_temp))
            File.Delete(_temp);
    }
}
