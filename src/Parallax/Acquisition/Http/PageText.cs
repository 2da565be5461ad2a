using System.Text;
using Parallax.Extraction.Inputs;

namespace Parallax.Acquisition.Http;

/// <summary>
/// What a fetched or archived HTTP body is, and its text: the media type and charset of its Content-Type header,
/// then the charset the page declares, then detection (<see cref="TextDecoder"/>).
/// </summary>
internal static class PageText
{
    static PageText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The media type of a Content-Type value, lower-cased, without parameters ("text/html").</summary>
    public static string MediaType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
            return "";
        int semi = contentType.IndexOf(';');
        return (semi < 0 ? contentType : contentType[..semi]).Trim().ToLowerInvariant();
    }

    /// <summary>Whether a Content-Type names an HTML page (a missing one is sniffed by the caller).</summary>
    public static bool IsHtml(string mediaType) => mediaType is "text/html" or "application/xhtml+xml";

    /// <summary>
    /// The encoding a Content-Type's charset parameter names; null when there is none or it is unknown. Labels
    /// for Latin-1 and ASCII mean windows-1252, as browsers read them.
    /// </summary>
    public static Encoding? Charset(string? contentType)
    {
        if (contentType is null)
            return null;
        foreach (var part in contentType.Split(';').Skip(1))
        {
            int eq = part.IndexOf('=');
            if (eq < 0 || !part[..eq].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
                continue;
            var label = part[(eq + 1)..].Trim().Trim('"', '\'').ToLowerInvariant();
            if (label is "iso-8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "iso8859-1")
                label = "windows-1252";
            try
            {
                return Encoding.GetEncoding(label);
            }
            catch (ArgumentException)
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>
    /// The text of an HTML body; false with a one-line error for an empty, binary or undecodable one.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> body, string? contentType, out string text, out string error) =>
        TextDecoder.TryDecode(body, isHtml: true, Charset(contentType), out text, out error);

    /// <summary>Whether a body without a Content-Type looks like HTML (its first non-blank byte opens a tag).</summary>
    public static bool SniffHtml(ReadOnlySpan<byte> body)
    {
        var head = body[..Math.Min(body.Length, 512)].TrimStart(" \t\r\n"u8);
        if (head.StartsWith("\uFEFF"u8))
            head = head[3..];
        return head.Length > 0 && head[0] == (byte)'<';
    }
}
