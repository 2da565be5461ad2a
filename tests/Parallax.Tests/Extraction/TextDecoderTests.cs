using System.Text;
using Parallax.Extraction.Inputs;

namespace Parallax.Tests.Extraction;

/// <summary>
/// Damaged UTF-8 stays UTF-8 with U+FFFD in place of the bad bytes (issue 17, defect 7), while real legacy text
/// (windows-1252, a declared charset) is still read as such.
/// </summary>
public class TextDecoderTests
{
    private static string Decode(byte[] bytes, bool html = false)
    {
        Assert.True(TextDecoder.TryDecode(bytes, html, out var text, out var error), error);
        return text;
    }

    private static byte[] Utf8WithStrayByte(string before, byte stray, string after) =>
        [.. Encoding.UTF8.GetBytes(before), stray, .. Encoding.UTF8.GetBytes(after)];

    [Fact]
    public void One_invalid_byte_in_a_utf8_article_becomes_a_replacement_character_in_place()
    {
        var text = Decode(Utf8WithStrayByte("Zoë Müller said “yes” in Köln. ", 0xFF, " The café reopened."));
        Assert.Equal("Zoë Müller said “yes” in Köln. \uFFFD The café reopened.", text);
    }

    [Fact]
    public void A_truncated_character_at_the_end_is_replaced_and_the_rest_kept()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Prices in São Paulo rose – again "), 0xE2, 0x80];
        var text = Decode(bytes);
        Assert.StartsWith("Prices in São Paulo rose – again ", text, StringComparison.Ordinal);
        Assert.EndsWith("\uFFFD", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Windows_1252_text_is_still_read_as_windows_1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes("Zoë Müller said “yes” in Köln – the café reopened.");
        Assert.Equal("Zoë Müller said “yes” in Köln – the café reopened.", Decode(bytes));
    }

    [Fact]
    public void A_declared_legacy_charset_wins_over_a_few_utf8_lookalikes()
    {
        var html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Ã© is what UTF-8 é looks like in Latin-1, and déjà vu.</p></body></html>";
        var bytes = Encoding.Latin1.GetBytes(html);
        Assert.Contains("déjà vu", Decode(bytes, html: true), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "1 invalid UTF-8 byte sequence was replaced")]
    [InlineData(3, "3 invalid UTF-8 byte sequences were replaced")]
    public void Damaged_utf8_is_read_with_a_warning_that_counts_the_bad_sequences(int strays, string expected)
    {
        var bytes = new List<byte>();
        for (int i = 0; i < strays; i++)
            bytes.AddRange([.. Encoding.UTF8.GetBytes($"Zoë and Jürgen met in Kraków, part {i}. "), 0xFF]);
        Assert.True(TextDecoder.TryDecode([.. bytes], false, out _, out _, out var warning));
        Assert.StartsWith(expected, warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_utf8_and_legacy_text_give_no_warning()
    {
        Assert.True(TextDecoder.TryDecode(Encoding.UTF8.GetBytes("Zoë Müller said “yes”."), false, out _, out _, out var clean));
        Assert.Null(clean);
        Assert.True(TextDecoder.TryDecode(Encoding.Latin1.GetBytes("Zoë Müller said yes in Köln."), false, out _, out _, out var legacy));
        Assert.Null(legacy);
    }
}
