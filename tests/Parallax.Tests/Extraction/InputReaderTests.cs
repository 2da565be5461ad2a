using System.IO.Compression;
using System.Text;
using Parallax.Extraction.Inputs;
using Parallax.Model;
using Parallax.Tests.Support;

namespace Parallax.Tests.Extraction;

public class InputReaderTests
{
    private static List<InputItem> Read(params string[] paths) => new InputReader().Read(paths).ToList();

    private static string OnlyError(List<InputItem> items)
    {
        var item = Assert.Single(items);
        Assert.Null(item.Document);
        return item.Error!.Reason;
    }

    [Fact]
    public void Missing_file_is_reported_by_name()
    {
        var items = Read("/no/such/article.txt");
        Assert.Equal("no such file or directory", OnlyError(items));
        Assert.Equal("/no/such/article.txt", items[0].Error!.Source);
    }

    [Fact]
    public void Empty_file_is_refused()
    {
        using var dir = new TempDir();
        Assert.Equal("empty file", OnlyError(Read(dir.File("a.txt", ""))));
    }

    [Fact]
    public void White_space_only_file_is_refused()
    {
        using var dir = new TempDir();
        Assert.Equal("empty file (only white space)", OnlyError(Read(dir.File("a.txt", " \n\t\n"))));
    }

    [Fact]
    public void Binary_file_is_refused()
    {
        using var dir = new TempDir();
        Assert.Equal("binary file (PNG image), not text", OnlyError(Read(dir.File("a.txt", new byte[] { 0x89, 0x50, 0x4E, 0x47, 1, 2, 3 }))));
        Assert.Equal("binary file (contains NUL bytes), not text", OnlyError(Read(dir.File("b.txt", new byte[] { 65, 66, 0, 1, 2, 3, 200, 201, 0, 7 }))));
    }

    [Fact]
    public void Windows_1252_text_is_decoded()
    {
        using var dir = new TempDir();
        // “Café” in windows-1252: curly quotes are 0x93/0x94, é is 0xE9.
        var path = dir.File("a.txt", new byte[] { 0x93, 0x43, 0x61, 0x66, 0xE9, 0x94, 0x20, 0x6F, 0x70, 0x65, 0x6E, 0x73 });
        var doc = Assert.Single(Read(path)).Document!;
        Assert.Equal("\u201CCaf\u00E9\u201D opens", doc.Content);
    }

    [Fact]
    public void Html_in_a_declared_iso_8859_charset_is_decoded_by_its_declaration()
    {
        using var dir = new TempDir();
        // "Łódź" in ISO-8859-2: Ł = 0xA3, ó = 0xF3, ź = 0xBC (in windows-1252 these would read "£óĽ").
        var head = System.Text.Encoding.ASCII.GetBytes("<html><head><meta charset=\"iso-8859-2\"></head><body><p>");
        var tail = System.Text.Encoding.ASCII.GetBytes("</p></body></html>");
        var path = dir.File("page.html", [.. head, 0xA3, 0xF3, 0x64, 0xBC, .. tail]);
        var doc = Assert.Single(Read(path)).Document!;
        Assert.Contains("<p>\u0141\u00F3d\u017A</p>", doc.Content);
    }

    [Fact]
    public void Utf16_without_bom_is_recognised_by_its_zero_bytes()
    {
        using var dir = new TempDir();
        var path = dir.File("a.txt", System.Text.Encoding.Unicode.GetBytes("Headline\n\nBody text of the article."));
        Assert.Equal("Headline\n\nBody text of the article.", Assert.Single(Read(path)).Document!.Content);
    }

    [Fact]
    public void Bytes_that_are_neither_utf8_nor_readable_text_are_refused()
    {
        using var dir = new TempDir();
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 2 == 0 ? 0x81 : 0x9D)).ToArray(); // undefined in windows-1252
        Assert.Equal("not valid UTF-8 and not readable as windows-1252 either (wrong encoding?)", OnlyError(Read(dir.File("a.txt", bytes))));
    }

    [Fact]
    public void Utf16_with_bom_is_decoded()
    {
        using var dir = new TempDir();
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Headline\n\nBody text.")).ToArray();
        Assert.Equal("Headline\n\nBody text.", Assert.Single(Read(dir.File("a.txt", bytes))).Document!.Content);
    }

    [Fact]
    public void Oversized_file_is_refused_with_the_limit()
    {
        using var dir = new TempDir();
        var path = dir.File("big.txt", new string('a', 2000));
        var reader = new InputReader(new InputLimits { MaxDocumentBytes = 1000 });
        var item = Assert.Single(reader.Read([path]));
        Assert.Equal("file too large (2,000 bytes; the limit is 1,000)", item.Error!.Reason);
    }

    [Fact]
    public void Truncated_gzip_is_reported()
    {
        using var dir = new TempDir();
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Optimal, leaveOpen: true))
            gz.Write(Encoding.UTF8.GetBytes("<html><body><p>" + new string('x', 5000) + "</p></body></html>"));
        var bytes = ms.ToArray()[..(int)(ms.Length / 2)];
        var reason = OnlyError(Read(dir.File("page.html.gz", bytes)));
        Assert.Equal("truncated or corrupt gzip data", reason);
    }

    [Fact]
    public void Gzipped_html_is_read_as_html()
    {
        using var dir = new TempDir();
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Optimal, leaveOpen: true))
            gz.Write(Encoding.UTF8.GetBytes("<html><body><p>Hello</p></body></html>"));
        var doc = Assert.Single(Read(dir.File("page.html.gz", ms.ToArray()))).Document!;
        Assert.Equal(DocumentFormat.Html, doc.Format);
    }

    [Fact]
    public void Broken_jsonl_lines_are_reported_with_their_number_and_the_rest_goes_through()
    {
        using var dir = new TempDir();
        var path = dir.File("a.jsonl", """
            {"id": "x1", "text": "First article."}
            {"id": "x2", "text": broken
            {"id": "x3"}

            {"id": "x4", "html": "<p>Fourth</p>", "outlet": "Daily Planet", "story": 7}
            """);
        var items = Read(path);
        Assert.Equal(4, items.Count);
        Assert.Equal("x1", items[0].Document!.Given!.Id);
        Assert.Equal($"{path}:2", items[1].Error!.Source);
        Assert.StartsWith("invalid JSON", items[1].Error!.Reason);
        Assert.Equal("needs a non-empty \"text\" or \"html\" field", items[2].Error!.Reason);
        Assert.Equal(DocumentFormat.Html, items[3].Document!.Format);
        Assert.Equal("Daily Planet", items[3].Document!.Given!.Outlet);
        Assert.Equal(5, items[3].Document!.Line);
    }

    [Fact]
    public void Folders_are_read_recursively_in_order_skipping_hidden_and_unknown_files()
    {
        using var dir = new TempDir();
        dir.File("b/two.txt", "Two\n\nBody");
        dir.File("a/one.html", "<p>One</p>");
        dir.File("a/._one.html", "junk");
        dir.File("notes.md", "ignored");
        dir.File(".git/x.txt", "ignored");
        var items = Read(dir.Path);
        Assert.Equal(["one.html", "two.txt"], items.Select(i => Path.GetFileName(i.Document!.Source)));
    }

    [Fact]
    public void Folder_without_articles_is_an_error()
    {
        using var dir = new TempDir();
        dir.File("notes.md", "x");
        Assert.StartsWith("folder holds no", OnlyError(Read(dir.Path)));
    }

    [Fact]
    public void Standard_input_is_read_in_the_given_format()
    {
        var reader = new InputReader
        {
            StdinFormat = InputFormat.Jsonl,
            OpenStdin = () => new MemoryStream(Encoding.UTF8.GetBytes("{\"id\":\"s\",\"text\":\"Body\"}\n")),
        };
        var doc = Assert.Single(reader.Read(["-"])).Document!;
        Assert.Equal("s", doc.Given!.Id);
        Assert.True(doc.Given.TextIsClean);
    }
}
