using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Parallax.Ingestion;

namespace Parallax.Web.Api;

/// <summary>
/// Turns an ingest request's body into input files named by their format, as the command line reads them.
/// The body is read as a stream, section by section, and the size limit is checked as it arrives: nothing is
/// buffered beyond the limit and nothing is written to a scratch folder (ASP.NET's form reader would spill
/// large files to the temporary directory).
/// </summary>
internal static class Uploads
{
    /// <summary>The body is no article format (415).</summary>
    public sealed class UnsupportedException(string message) : Exception(message);

    /// <summary>The body is malformed: a multipart body without its boundary or cut short, bad JSON (400).</summary>
    public sealed class MalformedException(string message) : Exception(message);

    /// <summary>The body is over the limit (413).</summary>
    public sealed class TooLargeException() : Exception("the request body is over the limit");

    /// <summary>A form's fields (at most this many characters each) and its files.</summary>
    public sealed record Form(List<Upload> Files, Dictionary<string, string> Fields);

    private const int MaxFieldChars = 16 * 1024 * 1024;

    /// <summary>The files of an ingest request, in any of the API's formats.</summary>
    public static async Task<List<Upload>> ReadAsync(HttpRequest request, long limit)
    {
        var cancel = request.HttpContext.RequestAborted;
        var type = (request.ContentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        // A multipart type whose parameters do not parse is still meant as a form: malformed (400), not unsupported.
        if (request.HasFormContentType || type == "multipart/form-data")
            return (await ReadFormAsync(request, limit)).Files;
        var bytes = await ReadLimitedAsync(request.Body, limit, cancel);
        if (bytes.Length == 0)
            return [];
        return type switch
        {
            "application/json" => [new Upload(Named(bytes, ".jsonl"), JsonToLines(bytes))],
            "application/x-ndjson" or "application/jsonl" or "application/jsonlines" => [new Upload(Named(bytes, ".jsonl"), bytes)],
            "text/plain" => [new Upload(Named(bytes, ".txt"), bytes)],
            "text/html" => [new Upload(Named(bytes, ".html"), bytes)],
            _ => throw new UnsupportedException(
                $"'{type}' is not an article format: send application/json, application/x-ndjson, text/plain, text/html or multipart/form-data."),
        };
    }

    /// <summary>
    /// A body without a file name is named by its content, as <c>posted-</c> and the first 12 hex digits of its
    /// SHA-256: its articles' ids are then stable (the same body, the same ids) and say where they came from.
    /// </summary>
    private static string Named(byte[] bytes, string extension) => "posted-" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..12] + extension;

    /// <summary>
    /// Reads a multipart or URL-encoded form as a stream: each file section into memory (the request limit
    /// counting as it goes), each other field as text. Malformed multipart is a <see cref="MalformedException"/>.
    /// </summary>
    public static async Task<Form> ReadFormAsync(HttpRequest request, long limit)
    {
        var cancel = request.HttpContext.RequestAborted;
        var form = new Form([], new Dictionary<string, string>(StringComparer.Ordinal));
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type))
            throw new MalformedException("the Content-Type header of the multipart body is malformed");
        if (!type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            // URL-encoded: small fields only (a pasted article); read within the limit, then parsed.
            var text = Encoding.UTF8.GetString(await ReadLimitedAsync(request.Body, limit, cancel));
            foreach (var (key, value) in QueryHelpers.ParseQuery(text))
                form.Fields[key] = value.ToString();
            return form;
        }
        var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value;
        if (string.IsNullOrWhiteSpace(boundary) || boundary.Length > 200)
            throw new MalformedException("the multipart body has no boundary (Content-Type: multipart/form-data; boundary=...)");
        var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = limit };
        long total = 0;
        try
        {
            while (await reader.ReadNextSectionAsync(cancel) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.DispositionType.Equals("form-data"))
                    throw new MalformedException("a multipart section has no form-data Content-Disposition");
                var bytes = await ReadLimitedAsync(section.Body, limit - total, cancel);
                total += bytes.Length;
                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
                if (disposition.IsFileDisposition())
                {
                    var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "";
                    // A browser sends an empty part for a file input left empty.
                    if (bytes.Length > 0 || fileName.Length > 0)
                        form.Files.Add(new Upload(fileName, bytes));
                }
                else if (bytes.Length <= MaxFieldChars)
                {
                    form.Fields[name] = Encoding.UTF8.GetString(bytes);
                }
            }
        }
        catch (BadHttpRequestException)
        {
            // Kestrel's own: the body over its limit (413), or the client gone; the caller answers it.
            throw;
        }
        catch (InvalidDataException e)
        {
            // The multipart reader's word for a malformed body or a section over its limit.
            if (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
                throw new TooLargeException();
            throw new MalformedException($"the multipart body is malformed ({e.Message.TrimEnd('.')})");
        }
        catch (IOException) when (!request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            // "Unexpected end of Stream".
            throw new MalformedException("the multipart body is cut short: its closing boundary never came");
        }
        return form;
    }

    /// <summary>Reads a stream whole, refusing it as soon as it passes <paramref name="limit"/> bytes.</summary>
    private static async Task<byte[]> ReadLimitedAsync(Stream stream, long limit, CancellationToken cancel)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await stream.ReadAsync(chunk, cancel)) > 0)
        {
            if (buffer.Length + n > limit)
                throw new TooLargeException();
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    /// <summary>One JSON article, or an array of them, as JSONL lines.</summary>
    private static byte[] JsonToLines(byte[] json)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw new MalformedException($"the body is not valid JSON ({e.Message})");
        }
        if (node is null)
            throw new MalformedException("the body is null");
        var items = node is JsonArray array ? array.ToList() : [node];
        var sb = new StringBuilder();
        foreach (var item in items)
        {
            if (item is not JsonObject)
                throw new MalformedException("each article is a JSON object with text or html, and optional id, title, outlet, url, published, authors");
            sb.Append(item.ToJsonString()).Append('\n');
        }
        return Encoding.UTF8.GetBytes(sb.ToString());
    }
}
