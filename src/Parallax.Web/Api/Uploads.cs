using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Parallax.Ingestion;

namespace Parallax.Web.Api;

/// <summary>Turns an ingest request's body into input files named by their format, as the command line reads them.</summary>
internal static class Uploads
{
    public sealed class UnsupportedException(string message) : Exception(message);

    public static async Task<List<Upload>> ReadAsync(HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancel);
            var files = new List<Upload>();
            foreach (var f in form.Files)
            {
                using var ms = new MemoryStream();
                await f.CopyToAsync(ms, cancel);
                files.Add(new Upload(f.FileName, ms.GetBuffer().AsMemory(0, (int)ms.Length)));
            }
            return files;
        }
        var type = (request.ContentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancel);
        var bytes = body.ToArray();
        if (bytes.Length == 0)
            return [];
        return type switch
        {
            "application/json" => [new Upload("request.jsonl", JsonToLines(bytes))],
            "application/x-ndjson" or "application/jsonl" or "application/jsonlines" => [new Upload("request.jsonl", bytes)],
            "text/plain" => [new Upload("request.txt", bytes)],
            "text/html" => [new Upload("request.html", bytes)],
            _ => throw new UnsupportedException(
                $"'{type}' is not an article format: send application/json, application/x-ndjson, text/plain, text/html or multipart/form-data."),
        };
    }

    /// <summary>One JSON article, or an array of them, as JSONL lines.</summary>
    private static byte[] JsonToLines(byte[] json)
    {
        var node = JsonNode.Parse(json) ?? throw new JsonException("the body is null");
        var items = node is JsonArray array ? array.ToList() : [node];
        var sb = new StringBuilder();
        foreach (var item in items)
        {
            if (item is not JsonObject)
                throw new JsonException("each article is a JSON object with text or html, and optional id, title, outlet, url, published, authors");
            sb.Append(item.ToJsonString()).Append('\n');
        }
        return Encoding.UTF8.GetBytes(sb.ToString());
    }
}
