using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Parallax.Tests.Acquisition;

/// <summary>Small invented news pages, served in the encodings and codings a real outlet might use.</summary>
internal static class WarcPages
{
    public static string Article(string title, string body) =>
        $"<!doctype html><html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>{body}</p>" +
        "<p>The council will meet again next month to review the figures, a spokesperson said on Tuesday.</p></article></body></html>";

    public static byte[] Gzip(byte[] data)
    {
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true))
            gz.Write(data);
        return ms.ToArray();
    }

    /// <summary>Four pages, an image and a redirect: what a small outlet's crawl holds.</summary>
    public static void Map(WebApplication app)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        app.MapGet("/a", () => Results.Text(Article("Harbour bridge reopens", "Traffic crossed the harbour bridge again on Monday after repairs costing 12 million euros."), "text/html; charset=utf-8"));
        app.MapGet("/b", () => Results.Bytes(Encoding.GetEncoding(1252).GetBytes(Article("Café owners protest", "Owners of a café near the square said the new rules would cost them dearly.")), "text/html; charset=windows-1252"));
        app.MapGet("/c", (HttpContext c) =>
        {
            c.Response.Headers.ContentEncoding = "gzip";
            return Results.Bytes(Gzip(Encoding.UTF8.GetBytes(Article("Rail strike called off", "Unions called off the rail strike late on Sunday after talks ran through the night."))), "text/html; charset=utf-8");
        });
        app.MapGet("/logo.png", () => Results.Bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0], "image/png"));
        app.MapGet("/old", () => Results.Redirect("/d"));
        app.MapGet("/d", () => Results.Text(Article("Library extends its hours", "The city library will open until nine in the evening from January, the mayor announced."), "text/html"));
    }
}
