using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Parallax.Model;

namespace Parallax.Extraction.Inputs;

/// <summary>
/// Reads the CLI's PATH arguments into documents: files by their extension (through <c>.gz</c>), folders
/// recursively, JSONL line by line, and <c>-</c> for standard input. Every failure becomes an
/// <see cref="InputError"/> in the stream and the rest goes on.
/// </summary>
public sealed class InputReader(InputLimits? limits = null)
{
    private readonly InputLimits _limits = limits ?? InputLimits.Default;

    /// <summary>Format of standard input (<c>--input-format</c>).</summary>
    public InputFormat StdinFormat { get; init; } = InputFormat.Text;

    /// <summary>Opens standard input (tests give another stream).</summary>
    public Func<Stream> OpenStdin { get; init; } = Console.OpenStandardInput;

    /// <summary>The documents of every path in turn (files, folders, <c>-</c>), each failure as an error item.</summary>
    public IEnumerable<InputItem> Read(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            foreach (var item in ReadPath(path))
                yield return item;
        }
    }

    /// <summary>The documents of one path: a file, a folder (recursively) or <c>-</c> for standard input.</summary>
    public IEnumerable<InputItem> ReadPath(string path)
    {
        if (path == "-")
            return ReadStdin();
        if (Directory.Exists(path))
            return ReadDirectory(path);
        if (!File.Exists(path))
            return [InputItem.Fail(path, "no such file or directory")];
        if (Acquisition.Warc.WarcReader.IsWarcPath(path))
            return new Acquisition.Warc.WarcReader().Read(path);
        return ReadFile(path, InputFormats.FromPath(path));
    }

    /// <summary>Files of the known kinds under a folder, in ordinal path order so runs are reproducible. Hidden files are skipped.</summary>
    public static IEnumerable<string> ListDirectory(string dir)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        return Directory.EnumerateFiles(dir, "*", options)
            .Where(f => !Path.GetFileName(f).StartsWith('.') && (InputFormats.FromPath(f) != InputFormat.Unknown || Acquisition.Warc.WarcReader.IsWarcPath(f)))
            .Where(f => !RelativeHasHiddenPart(dir, f))
            .Order(StringComparer.Ordinal);
    }

    private static bool RelativeHasHiddenPart(string dir, string file) =>
        Path.GetRelativePath(dir, file).Split(Path.DirectorySeparatorChar).Any(p => p.StartsWith('.'));

    private IEnumerable<InputItem> ReadDirectory(string dir)
    {
        bool any = false;
        foreach (var file in ListDirectory(dir))
        {
            any = true;
            foreach (var item in Acquisition.Warc.WarcReader.IsWarcPath(file) ? new Acquisition.Warc.WarcReader().Read(file) : ReadFile(file, InputFormats.FromPath(file)))
                yield return item;
        }
        if (!any)
            yield return InputItem.Fail(dir, "folder holds no .txt, .html, .htm or .jsonl files (gzipped or not)");
    }

    /// <summary>Standard input, in <see cref="StdinFormat"/>.</summary>
    public IEnumerable<InputItem> ReadStdin() => ReadStream("-", OpenStdin, StdinFormat, gzip: false);

    private IEnumerable<InputItem> ReadFile(string path, InputFormat format) =>
        ReadStream(path, () => File.OpenRead(path), format, InputFormats.IsGzip(path));

    /// <summary>
    /// The documents of one stream (a file's, an upload's), with the same limits, gzip handling, JSONL reading
    /// and errors as a file: <paramref name="source"/> names it in documents and errors.
    /// </summary>
    public IEnumerable<InputItem> ReadStream(string source, Func<Stream> open, InputFormat format, bool gzip)
    {
        if (format == InputFormat.Jsonl)
            return ReadJsonl(source, gzip ? () => new GZipStream(open(), CompressionMode.Decompress) : open);
        if (!TryReadAll(source, open, gzip, out var bytes, out var error))
            return [InputItem.Fail(source, error)];
        return [Decode(source, bytes, format)];
    }

    private static InputItem Decode(string source, byte[] bytes, InputFormat format)
    {
        if (format == InputFormat.Unknown)
            format = SniffFormat(bytes);
        bool html = format == InputFormat.Html;
        if (!TextDecoder.TryDecode(bytes, html, out var text, out var error, out var warning))
            return InputItem.Fail(source, error);
        if (format == InputFormat.Unknown)
            format = text.AsSpan().TrimStart().StartsWith("<") ? InputFormat.Html : InputFormat.Text;
        return InputItem.Of(new RawDocument(source, format == InputFormat.Html ? DocumentFormat.Html : DocumentFormat.PlainText, text))
            with { Warning = warning is null ? null : new InputError(source, warning) };
    }

    private static InputFormat SniffFormat(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 512)].TrimStart(" \t\r\n\uFEFF"u8);
        return head.Length > 0 && head[0] == (byte)'<' ? InputFormat.Html : InputFormat.Unknown;
    }

    private bool TryReadAll(string source, Func<Stream> open, bool gzip, out byte[] bytes, out string error)
    {
        bytes = [];
        error = "";
        try
        {
            using var raw = open();
            if (raw.CanSeek && raw.Length > _limits.MaxDocumentBytes)
            {
                error = $"file too large ({raw.Length:N0} bytes; the limit is {_limits.MaxDocumentBytes:N0})";
                return false;
            }
            if (!BoundedRead.ReadAll(raw, _limits.MaxDocumentBytes, out bytes))
            {
                error = $"file too large (over {_limits.MaxDocumentBytes:N0} bytes)";
                return false;
            }
            if (!gzip)
                return true;
            var compressed = bytes;
            using var inflate = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
            if (!BoundedRead.ReadAll(inflate, _limits.MaxDocumentBytes, out bytes))
            {
                error = $"file too large (over {_limits.MaxDocumentBytes:N0} bytes once decompressed)";
                return false;
            }
            // GZipStream stops quietly at the end of a cut-off file; the trailer's ISIZE (length mod 2^32) tells.
            if (compressed.Length < 18 || BitConverter.ToUInt32(compressed, compressed.Length - 4) != (uint)bytes.Length)
            {
                error = "truncated or corrupt gzip data";
                return false;
            }
            return true;
        }
        catch (InvalidDataException)
        {
            error = "truncated or corrupt gzip data";
        }
        catch (UnauthorizedAccessException)
        {
            error = "permission denied";
        }
        catch (IOException e)
        {
            error = $"cannot read ({e.Message})";
        }
        return false;
    }

    private IEnumerable<InputItem> ReadJsonl(string source, Func<Stream> open)
    {
        Stream stream;
        try
        {
            stream = open();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [InputItem.Fail(source, e is UnauthorizedAccessException ? "permission denied" : $"cannot read ({e.Message})")];
        }
        return ReadJsonlLines(source, stream);
    }

    private IEnumerable<InputItem> ReadJsonlLines(string source, Stream stream)
    {
        using var _ = stream;
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true);
        // A line is measured as it is read: one longer than the byte limit (counted in characters, never more
        // than its UTF-8 bytes) is skipped without being held.
        var lines = new BoundedLineReader(reader, _limits.MaxJsonlLineBytes);
        int lineNo = 0, nonBlank = 0;
        while (true)
        {
            string? line;
            string? failure = null;
            bool tooLong = false;
            try
            {
                line = lines.ReadLine(out tooLong);
            }
            catch (DecoderFallbackException)
            {
                line = null;
                failure = "not valid UTF-8 (JSONL must be UTF-8)";
            }
            catch (InvalidDataException)
            {
                line = null;
                failure = "corrupt gzip data";
            }
            catch (IOException e)
            {
                line = null;
                failure = e.Message.Contains("end of", StringComparison.OrdinalIgnoreCase) ? "truncated gzip data" : $"cannot read ({e.Message})";
            }
            if (failure is not null)
            {
                yield return InputItem.Fail(source, $"line {lineNo + 1}: {failure}; the rest of the file was skipped");
                yield break;
            }
            if (line is null)
                break;
            lineNo++;
            if (tooLong)
            {
                nonBlank++;
                yield return InputItem.Fail($"{source}:{lineNo}", $"line too large (the limit is {_limits.MaxJsonlLineBytes:N0} bytes)");
                continue;
            }
            if (string.IsNullOrWhiteSpace(line))
                continue;
            nonBlank++;
            yield return ParseJsonlLine(source, lineNo, line);
        }
        if (nonBlank == 0)
            yield return InputItem.Fail(source, "empty file");
    }

    private InputItem ParseJsonlLine(string source, int lineNo, string line)
    {
        string where = $"{source}:{lineNo}";
        if (Encoding.UTF8.GetByteCount(line) > _limits.MaxJsonlLineBytes)
            return InputItem.Fail(where, $"line too large (the limit is {_limits.MaxJsonlLineBytes:N0} bytes)");
        try
        {
            using var doc = JsonDocument.Parse(line);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                return InputItem.Fail(where, "not a JSON object");
            var root = doc.RootElement;
            string? text = Str(root, "text");
            string? html = Str(root, "html");
            if (string.IsNullOrWhiteSpace(text) && string.IsNullOrWhiteSpace(html))
                return InputItem.Fail(where, "needs a non-empty \"text\" or \"html\" field");
            var given = new GivenFields
            {
                Id = Str(root, "id") ?? (root.TryGetProperty("id", out var idEl) && idEl.ValueKind == JsonValueKind.Number ? idEl.GetRawText() : null),
                Url = Str(root, "url"),
                Outlet = Str(root, "outlet"),
                Title = Str(root, "title"),
                Published = Str(root, "published"),
                Authors = Authors(root),
                TextIsClean = !string.IsNullOrWhiteSpace(text),
            };
            var format = given.TextIsClean ? DocumentFormat.PlainText : DocumentFormat.Html;
            return InputItem.Of(new RawDocument(source, format, given.TextIsClean ? text! : html!) { Given = given, Line = lineNo });
        }
        catch (JsonException e)
        {
            return InputItem.Fail(where, $"invalid JSON ({FirstSentence(e.Message)})");
        }
    }

    private static string FirstSentence(string message)
    {
        int i = message.IndexOf(". ", StringComparison.Ordinal);
        return i > 0 ? message[..i] : message.TrimEnd('.');
    }

    private static string? Str(JsonElement root, string name) =>
        root.TryGetProperty(name, out var el) && el.ValueKind == JsonValueKind.String ? el.GetString() : null;

    private static List<string>? Authors(JsonElement root)
    {
        if (!root.TryGetProperty("authors", out var el))
            return null;
        if (el.ValueKind == JsonValueKind.String)
            return [el.GetString()!];
        if (el.ValueKind != JsonValueKind.Array)
            return null;
        return el.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!).ToList();
    }
}
