using System.Text;

namespace Parallax.Tests.Fuzzing;

/// <summary>
/// Seeded mutations of real inputs: byte flips and inserts (invalid UTF-8, NUL, ESC, BOMs), deletions, repeated
/// stretches, splices of two inputs, truncation, and fragments that have caught parsers before (unmatched quotes,
/// deep or unclosed markup, long digit runs, dates, entity runs, surrogate halves, bidi controls). Every size is
/// bounded so a mutated input stays small enough to run thousands of times.
/// </summary>
internal sealed class Mutator(int seed)
{
    /// <summary>Most bytes a mutated input may have.</summary>
    public const int MaxBytes = 256 * 1024;

    /// <summary>
    /// Most bytes one repetition adds: enough to show super-linear work (16 KB of one sentence), small enough that a
    /// hundred thousand inputs run in an hour. The multi-megabyte families are the pathological-input tests' job.
    /// </summary>
    public const int RepeatBytes = 16 * 1024;

    private readonly Random _random = new(seed);

    /// <summary>Fragments inserted whole: each a shape that has made some parser slow, wrong or throw.</summary>
    private static readonly string[] Fragments =
    [
        "\u201CHe said, ", "\u201D", "\"", "'", "\u00AB", "\u00BB", "\u2018", "\u2019", "\u201E",
        "<div>", "</div>", "<p>", "</p>", "<script>alert(1)</script>", "<![CDATA[", "]]>", "<!--", "-->", "<a href=\"javascript:x\">",
        "<table><tr><td>", "<br/>", "&amp;", "&#0;", "&#xD800;", "&#1114112;", "&nbsp;&nbsp;&nbsp;", "<meta charset=\"utf-16\">",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"9999-99-99\",\"author\":[[[]]]}</script>",
        "$4 million", "119,000", "1,2,3,4,5,6,7,8,9", "99999999999999999999999999999", "-0.0", "1e308", "3-1", "5-2 vote",
        "on Friday", "23 December 2016", "2016-02-30", "last week", "the next day", "since 1999", "in the 1990s",
        "said the minister.", "according to Reuters", "(AP) —", "WASHINGTON (Reuters) -", "By ", "Published: ",
        "\u202E", "\u200B", "\u2028", "\uFEFF", "\u001B[31m", "\u0007", "\0", "\r", "\r\n", "\n\n\n", "\t",
        "Ω≈ç√∫", "日本語のテキスト", "مرحبا بالعالم", "🙂🙂🙂", "e\u0301\u0301\u0301",
    ];

    private static readonly byte[][] RawBytes =
    [
        [0xFF], [0xFE, 0xFF], [0xEF, 0xBB, 0xBF], [0xC3], [0xE2, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x00], [0x1B], [0x80],
    ];

    public byte[] Mutate(byte[] input, byte[] other)
    {
        var data = new List<byte>(input);
        int rounds = 1 + _random.Next(4);
        for (int r = 0; r < rounds; r++)
        {
            switch (_random.Next(9))
            {
                case 0: FlipBytes(data); break;
                case 1: InsertBytes(data); break;
                case 2: Delete(data); break;
                case 3: Repeat(data); break;
                case 4: Splice(data, other); break;
                case 5: Truncate(data); break;
                default: InsertFragment(data); break;
            }
            if (data.Count > MaxBytes)
                data.RemoveRange(MaxBytes, data.Count - MaxBytes);
        }
        return [.. data];
    }

    private int At(List<byte> data) => data.Count == 0 ? 0 : _random.Next(data.Count + 1);

    private void FlipBytes(List<byte> data)
    {
        for (int i = 0, n = 1 + _random.Next(8); i < n && data.Count > 0; i++)
            data[_random.Next(data.Count)] ^= (byte)(1 << _random.Next(8));
    }

    private void InsertBytes(List<byte> data) => data.InsertRange(At(data), RawBytes[_random.Next(RawBytes.Length)]);

    private void Delete(List<byte> data)
    {
        if (data.Count < 2)
            return;
        int start = _random.Next(data.Count);
        data.RemoveRange(start, Math.Min(data.Count - start, 1 + _random.Next(Math.Min(4096, data.Count))));
    }

    /// <summary>A stretch repeated many times: the shape of the runaway cases (one sentence or tag a thousand times).</summary>
    private void Repeat(List<byte> data)
    {
        if (data.Count == 0)
            return;
        int start = _random.Next(data.Count);
        int length = Math.Min(data.Count - start, 1 + _random.Next(200));
        var piece = data.GetRange(start, length);
        int times = 1 + _random.Next(Math.Max(1, RepeatBytes / length));
        var repeated = new List<byte>(piece.Count * times);
        for (int i = 0; i < times && repeated.Count < MaxBytes; i++)
            repeated.AddRange(piece);
        data.InsertRange(start, repeated);
    }

    private void Splice(List<byte> data, byte[] other)
    {
        if (other.Length == 0)
            return;
        int from = _random.Next(other.Length);
        int length = Math.Min(other.Length - from, 1 + _random.Next(8192));
        data.InsertRange(At(data), other.AsSpan(from, length).ToArray());
    }

    private void Truncate(List<byte> data)
    {
        if (data.Count > 1)
        {
            int keep = _random.Next(data.Count);
            data.RemoveRange(keep, data.Count - keep);
        }
    }

    private void InsertFragment(List<byte> data)
    {
        var fragment = Fragments[_random.Next(Fragments.Length)];
        int times = _random.Next(4) == 0 ? 1 + _random.Next(2000) : 1;
        var sb = new StringBuilder(fragment.Length * times);
        for (int i = 0; i < times && sb.Length < RepeatBytes; i++)
            sb.Append(fragment);
        data.InsertRange(At(data), Encoding.UTF8.GetBytes(sb.ToString()));
    }
}
