using System.Text;
using System.Text.RegularExpressions;

namespace Parallax.Extraction.Inputs;

/// <summary>
/// Turns an input's bytes into text: byte-order marks first, then strict UTF-8, then UTF-8 with a few broken bytes
/// (replaced by U+FFFD in place), then the charset an HTML page declares, then windows-1252 (a superset of ISO-8859-1's printable range, and what mislabelled
/// "latin-1" pages really are). Binary data and text that decodes to control-character soup are refused.
/// </summary>
public static partial class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>How many bytes are sniffed for binary content.</summary>
    private const int SniffBytes = 8192;

    /// <summary>Share of control characters above which decoded text is taken as garbage.</summary>
    private const double MaxControlShare = 0.01;

    /// <summary>
    /// Decodes a document's bytes (byte-order mark, then UTF-8, then the page's declared charset for HTML,
    /// then Windows-1252); false with a one-line <paramref name="error"/> for empty, binary or garbled input.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, bool isHtml, out string text, out string error) =>
        TryDecode(bytes, isHtml, transportCharset: null, out text, out error, out _);

    /// <summary>
    /// <see cref="TryDecode(ReadOnlySpan{byte}, bool, out string, out string)"/>, with a one-line <paramref name="warning"/>
    /// when the text was read but not exactly as written (damaged UTF-8 whose bad bytes became U+FFFD); null otherwise.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, bool isHtml, out string text, out string error, out string? warning) =>
        TryDecode(bytes, isHtml, transportCharset: null, out text, out error, out warning);

    /// <summary>
    /// As above, for a page fetched over HTTP or read from a web archive: the charset its Content-Type header
    /// names (<paramref name="transportCharset"/>) comes before the one the page declares. Byte-order marks and
    /// valid UTF-8 still win over a header naming a legacy charset (a mislabelled UTF-8 page is far commoner than
    /// legacy text that happens to be valid UTF-8).
    /// </summary>
    internal static bool TryDecode(ReadOnlySpan<byte> bytes, bool isHtml, Encoding? transportCharset, out string text, out string error) =>
        TryDecode(bytes, isHtml, transportCharset, out text, out error, out _);

    internal static bool TryDecode(ReadOnlySpan<byte> bytes, bool isHtml, Encoding? transportCharset, out string text, out string error, out string? warning)
    {
        text = "";
        error = "";
        warning = null;
        if (bytes.IsEmpty)
        {
            error = "empty file";
            return false;
        }

        if (TryBom(bytes, out var bomEncoding, out int bomLength))
        {
            text = bomEncoding.GetString(bytes[bomLength..]);
            return CheckNotEmpty(text, out error);
        }

        if (LooksLikeUtf16WithoutBom(bytes, out var utf16))
        {
            text = utf16.GetString(bytes);
            return CheckNotEmpty(text, out error);
        }

        if (IsBinary(bytes, out var what))
        {
            error = $"binary file ({what}), not text";
            return false;
        }

        try
        {
            text = StrictUtf8.GetString(bytes);
            return CheckNotEmpty(text, out error);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: fall through to legacy encodings.
        }

        var declared = transportCharset ?? (isHtml ? DeclaredHtmlEncoding(bytes) : null);
        // UTF-8 with a few broken bytes (a truncated character, one stray Latin-1 byte) stays UTF-8: the bad bytes
        // become U+FFFD in place, rather than the whole article turning into windows-1252 mojibake. A page that
        // declares a legacy charset, and text with no valid multi-byte sequence, are read as legacy text.
        if (declared is null or UTF8Encoding && MostlyUtf8(bytes, out int invalid))
        {
            text = Encoding.UTF8.GetString(bytes);
            warning = invalid == 1
                ? "1 invalid UTF-8 byte sequence was replaced by U+FFFD (\uFFFD)"
                : $"{invalid:N0} invalid UTF-8 byte sequences were replaced by U+FFFD (\uFFFD)";
            return CheckNotEmpty(text, out error);
        }
        var encoding = declared ?? Encoding.GetEncoding(1252);
        if (encoding is UTF8Encoding)
            encoding = Encoding.GetEncoding(1252); // the page claims UTF-8 but is not: the bytes win
        text = encoding.GetString(bytes);
        if (ControlShare(text) > MaxControlShare)
        {
            error = $"not valid UTF-8 and not readable as {encoding.WebName} either (wrong encoding?)";
            text = "";
            return false;
        }
        return CheckNotEmpty(text, out error);
    }

    /// <summary>
    /// Whether bytes that are not strict UTF-8 are still UTF-8 with damage: at least <see cref="MinUtf8Ratio"/> valid
    /// multi-byte characters for each invalid sequence. Legacy text has almost no valid multi-byte sequence (an
    /// accented letter in windows-1252 is one byte that starts no valid sequence).
    /// </summary>
    private static bool MostlyUtf8(ReadOnlySpan<byte> bytes, out int invalid)
    {
        int valid = 0;
        invalid = 0;
        while (!bytes.IsEmpty)
        {
            if (bytes[0] < 0x80)
            {
                int ascii = bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
                if (ascii < 0)
                    break;
                bytes = bytes[ascii..];
                continue;
            }
            var status = System.Text.Rune.DecodeFromUtf8(bytes, out _, out int consumed);
            if (status == System.Buffers.OperationStatus.Done)
                valid++;
            else
                invalid++;
            bytes = bytes[Math.Max(1, consumed)..];
        }
        return valid > 0 && valid >= MinUtf8Ratio * invalid;
    }

    /// <summary>Valid multi-byte UTF-8 characters needed per invalid sequence for damaged UTF-8 to stay UTF-8.</summary>
    private const int MinUtf8Ratio = 2;

    private static bool CheckNotEmpty(string text, out string error)
    {
        error = "";
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "empty file (only white space)";
            return false;
        }
        return true;
    }

    private static bool TryBom(ReadOnlySpan<byte> b, out Encoding encoding, out int length)
    {
        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0)
        {
            (encoding, length) = (new UTF32Encoding(false, false), 4);
            return true;
        }
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
        {
            (encoding, length) = (new UTF8Encoding(false), 3);
            return true;
        }
        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE)
        {
            (encoding, length) = (new UnicodeEncoding(false, false), 2);
            return true;
        }
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        {
            (encoding, length) = (new UnicodeEncoding(true, false), 2);
            return true;
        }
        (encoding, length) = (Encoding.UTF8, 0);
        return false;
    }

    /// <summary>ASCII text in UTF-16 has a zero in every other byte; one zero byte in binary data does not make that pattern.</summary>
    private static bool LooksLikeUtf16WithoutBom(ReadOnlySpan<byte> b, out Encoding encoding)
    {
        encoding = Encoding.Unicode;
        int n = Math.Min(b.Length & ~1, SniffBytes);
        if (n < 8)
            return false;
        int evenZeros = 0, oddZeros = 0;
        for (int i = 0; i < n; i += 2)
        {
            if (b[i] == 0) evenZeros++;
            if (b[i + 1] == 0) oddZeros++;
        }
        int pairs = n / 2;
        if (oddZeros > pairs * 0.9 && evenZeros < pairs * 0.05)
        {
            encoding = new UnicodeEncoding(false, false);
            return true;
        }
        if (evenZeros > pairs * 0.9 && oddZeros < pairs * 0.05)
        {
            encoding = new UnicodeEncoding(true, false);
            return true;
        }
        return false;
    }

    private static bool IsBinary(ReadOnlySpan<byte> b, out string what)
    {
        if (MagicName(b) is { } magic)
        {
            what = magic;
            return true;
        }
        what = "contains NUL bytes";
        return b[..Math.Min(b.Length, SniffBytes)].IndexOf((byte)0) >= 0;
    }

    private static string? MagicName(ReadOnlySpan<byte> b) => b switch
    {
        [0x25, 0x50, 0x44, 0x46, ..] => "PDF",
        [0x89, 0x50, 0x4E, 0x47, ..] => "PNG image",
        [0xFF, 0xD8, 0xFF, ..] => "JPEG image",
        [0x47, 0x49, 0x46, 0x38, ..] => "GIF image",
        [0x50, 0x4B, 0x03, 0x04, ..] => "ZIP archive",
        [0x1F, 0x8B, ..] => "gzip data without a .gz name",
        [0x7F, 0x45, 0x4C, 0x46, ..] => "ELF executable",
        _ => null,
    };

    private static double ControlShare(string text)
    {
        int bad = 0;
        foreach (char c in text)
        {
            if ((c < 0x20 && c is not ('\t' or '\n' or '\r' or '\f')) || (c >= 0x7F && c <= 0x9F))
                bad++;
        }
        return text.Length == 0 ? 0 : (double)bad / text.Length;
    }

    /// <summary>The charset of <c>&lt;meta charset&gt;</c> or <c>http-equiv</c> in the first bytes of a page.</summary>
    private static Encoding? DeclaredHtmlEncoding(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var m = CharsetPattern().Match(head);
        if (!m.Success)
            return null;
        try
        {
            return Encoding.GetEncoding(m.Groups[1].Value.Trim());
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetPattern();
}
