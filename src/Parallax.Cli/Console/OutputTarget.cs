using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Parallax.Cli.Console;

/// <summary>
/// Standard output, or a file that appears only when the command succeeds: output goes to a temporary
/// file beside it, renamed into place on <see cref="Commit"/>, deleted otherwise — also when the run is
/// interrupted (Ctrl-C, SIGTERM), so nothing half-written is left behind.
/// </summary>
internal sealed class OutputTarget : IDisposable
{
    private static readonly ConcurrentDictionary<string, byte> Pending = new(StringComparer.Ordinal);
    private static readonly Lazy<PosixSignalRegistration[]> SignalHandlers = new(() =>
        [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP }.Select(s => PosixSignalRegistration.Create(s, _ => DeletePending()))]);

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
        _ = SignalHandlers.Value;
        Pending[temp] = 0;
        return new OutputTarget(new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16), file.FullName, temp);
    }

    public void Commit()
    {
        Stream.Flush();
        if (_temp is null)
            return;
        Stream.Dispose();
        File.Move(_temp, _path!, overwrite: true);
        Pending.TryRemove(_temp, out _);
        _committed = true;
    }

    public void Dispose()
    {
        Stream.Dispose();
        if (_temp is not null && !_committed)
        {
            if (File.Exists(_temp))
                File.Delete(_temp);
            Pending.TryRemove(_temp, out _);
        }
    }

    /// <summary>On an interrupting signal: remove unfinished outputs; the default action (exit) then follows.</summary>
    private static void DeletePending()
    {
        foreach (var temp in Pending.Keys)
        {
            try
            {
                File.Delete(temp);
            }
            catch (IOException)
            {
                // Best effort while the process is going down.
            }
            catch (UnauthorizedAccessException)
            {
                // Same.
            }
        }
    }
}
