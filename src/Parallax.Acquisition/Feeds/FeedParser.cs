using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using System.Xml;

namespace Parallax.Acquisition.Feeds;

/// <summary>
/// Parses whatever an outlet serves as a listing of its articles: RSS, Atom, JSON Feed, XML sitemaps and sitemap
/// indexes (Google News sitemaps included) and plain-text sitemaps, gzipped or not (by the bytes, not the name).
/// Written to read feeds as they are rather than as the specs say: a break in the XML keeps the entries before
/// it, HTML entities and stray ampersands are repaired on a second pass, bad dates and links are counted, not
/// thrown. No DTD is processed and nothing is fetched while parsing.
/// </summary>
internal static class FeedParser
{
    /// <summary>The sitemaps protocol's own cap on one uncompressed file; a gzip expanding past it is cut there.</summary>
    public const int MaxInflatedBytes = 50 * 1024 * 1024;

    static FeedParser() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static FeedDocument Parse(ReadOnlyMemory<byte> body, Uri listingUrl, string? contentType)
    {
        string? note = null;
        if (body.Length >= 2 && body.Span[0] == 0x1f && body.Span[1] == 0x8b)
        {
            try
            {
                (body, bool cut) = Inflate(body);
                if (body.IsEmpty)
                    return FeedDocument.NotAFeed("broken gzip (nothing inflates from it)");
                if (cut)
                    note = $"the gzip expands past {MaxInflatedBytes / (1024 * 1024)} MB; only the first {MaxInflatedBytes / (1024 * 1024)} MB read";
            }
            catch (InvalidDataException e)
            {
                return FeedDocument.NotAFeed($"broken gzip ({e.Message})");
            }
        }
        var span = body.Span;
        bool utf16 = span.Length >= 2 && (span[0] == 0xFF && span[1] == 0xFE || span[0] == 0xFE && span[1] == 0xFF);
        int start = span.StartsWith("\uFEFF"u8) ? 3 : 0;
        while (start < span.Length && span[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            start++;
        if (start >= span.Length)
            return FeedDocument.NotAFeed("empty");
        var rest = span[start..];
        if (utf16 || rest[0] == (byte)'<')
        {
            if (!utf16 && LooksLikeHtml(rest))
                return FeedDocument.NotAFeed("an HTML page, not a feed or sitemap");
            return Xml(body, listingUrl, note);
        }
        if (rest[0] == (byte)'{')
            return JsonFeedReader.Read(body, listingUrl, Problems(note));
        if (rest.StartsWith("http://"u8) || rest.StartsWith("https://"u8))
            return TextSitemap(rest, listingUrl, Problems(note));
        bool textType = contentType?.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) == true;
        return FeedDocument.NotAFeed(textType ? "plain text that is not a list of URLs" : "neither XML, JSON nor a list of URLs");
    }

    private static ListingProblems Problems(string? note)
    {
        var p = new ListingProblems();
        if (note is not null)
            p.Add(note);
        return p;
    }

    private static FeedDocument Xml(ReadOnlyMemory<byte> body, Uri listingUrl, string? note)
    {
        var first = new XmlListingReader(listingUrl, Problems(note));
        XmlException broken;
        try
        {
            using var xml = XmlReader.Create(AsStream(body), XmlListingReader.Settings);
            first.Read(xml);
            return first.Result();
        }
        catch (XmlException e)
        {
            broken = e;
        }
        // Feeds often carry HTML entities (&nbsp;), bare ampersands or control characters: read again repaired.
        var problems = Problems(note);
        var second = new XmlListingReader(listingUrl, problems);
        XmlException? stillBroken = null;
        try
        {
            using var xml = XmlReader.Create(new StringReader(XmlRepair.Repair(XmlRepair.Decode(body.Span))), XmlListingReader.Settings);
            second.Read(xml);
        }
        catch (XmlException e)
        {
            stillBroken = e;
        }
        if (stillBroken is null || second.EntryCount > first.EntryCount)
        {
            problems.Add(stillBroken is null
                ? $"not well-formed XML ({broken.Message}); read after repairing entities and stray characters"
                : $"broken XML ({stillBroken.Message}); the entries before the break kept");
            return second.Result();
        }
        var kept = first.Result();
        return kept with { Problems = [.. kept.Problems, $"broken XML ({broken.Message}); the entries before the break kept"] };
    }

    private static FeedDocument TextSitemap(ReadOnlySpan<byte> text, Uri listingUrl, ListingProblems problems)
    {
        var entries = new List<FeedEntry>();
        foreach (var line in Encoding.UTF8.GetString(text).AsSpan().EnumerateLines())
        {
            var t = line.Trim();
            if (t.IsEmpty)
                continue;
            if (entries.Count >= XmlListingReader.MaxEntries)
            {
                problems.Add($"more than {XmlListingReader.MaxEntries:N0} entries; the rest ignored");
                break;
            }
            var s = t.ToString();
            if (XmlListingReader.Absolute(s, listingUrl) is { } url && (t.StartsWith("http://") || t.StartsWith("https://")))
                entries.Add(new FeedEntry(url, null, null, null));
            else
                problems.Count("unreadable link", s);
        }
        return new FeedDocument(FeedFormat.TextSitemap, entries, [], problems.Lines());
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> s)
    {
        var head = s[..Math.Min(s.Length, 512)];
        Span<byte> lower = stackalloc byte[head.Length];
        for (int i = 0; i < head.Length; i++)
            lower[i] = head[i] is >= (byte)'A' and <= (byte)'Z' ? (byte)(head[i] | 0x20) : head[i];
        return lower.StartsWith("<!doctype html"u8) || lower.StartsWith("<html"u8)
            || (!lower.StartsWith("<?xml"u8) && lower.IndexOf("<html"u8) >= 0 && lower.IndexOf("<rss"u8) < 0 && lower.IndexOf("<feed"u8) < 0);
    }

    private static MemoryStream AsStream(ReadOnlyMemory<byte> body) =>
        MemoryMarshal.TryGetArray(body, out var seg)
            ? new MemoryStream(seg.Array!, seg.Offset, seg.Count, writable: false)
            : new MemoryStream(body.ToArray(), writable: false);

    /// <summary>Inflates a gzip body, stopping at <see cref="MaxInflatedBytes"/> (a gzip bomb is cut, not expanded).</summary>
    private static (ReadOnlyMemory<byte> Body, bool Cut) Inflate(ReadOnlyMemory<byte> gz)
    {
        using var gzip = new GZipStream(AsStream(gz), CompressionMode.Decompress);
        using var output = new MemoryStream();
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = gzip.Read(buffer, 0, buffer.Length)) > 0)
            {
                int take = (int)Math.Min(read, MaxInflatedBytes - output.Length);
                output.Write(buffer, 0, take);
                if (output.Length >= MaxInflatedBytes)
                    return (output.ToArray(), true);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
        return (output.ToArray(), false);
    }
}
