using System.Globalization;
using System.Text;
using Parallax.Store;

namespace Parallax.Rendering;

/// <summary>
/// Stored articles as CSV (RFC 4180: comma-separated, fields with a comma, quote or line break quoted,
/// quotes doubled, CRLF line ends), one row per article with its story and how much analysis found.
/// </summary>
public sealed class CsvExport : IDisposable
{
    /// <summary>The header row, in column order.</summary>
    public static readonly string[] Columns =
        ["id", "story", "version", "outlet", "published", "title", "url", "source", "words", "quotes", "quantities", "dates", "entities", "citations"];

    private readonly StreamWriter _w;

    /// <summary>Starts a CSV on <paramref name="output"/> (left open) and writes the header row.</summary>
    public CsvExport(Stream output)
    {
        _w = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        Row(Columns);
    }

    /// <summary>Writes one stored article as a row.</summary>
    public void Write(StoredArticle a)
    {
        var x = a.Analysis;
        var art = a.Article;
        Row([
            art.Id, a.Story, N(a.Version), art.Outlet, art.Published?.ToIso(), art.Title, art.Url, art.Source,
            N(WordCount(art.Text)), N(x.Quotes.Count), N(x.Quantities.Count), N(x.Dates.Count), N(x.Entities.Count), N(x.Citations.Count),
        ]);
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static int WordCount(string text)
    {
        int n = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool letter = !char.IsWhiteSpace(c);
            if (letter && !inWord)
                n++;
            inWord = letter;
        }
        return n;
    }

    private void Row(IReadOnlyList<string?> fields)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0)
                _w.Write(',');
            Field(fields[i]);
        }
        _w.WriteLine();
    }

    private void Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return;
        // A leading =, +, - or @ would make a spreadsheet evaluate an article's text as a formula: prefix a quote.
        bool formula = value[0] is '=' or '+' or '-' or '@';
        if (!formula && value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _w.Write(value);
            return;
        }
        _w.Write('"');
        if (formula)
            _w.Write('\'');
        _w.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        _w.Write('"');
    }

    /// <summary>Flushes the rows written so far.</summary>
    public void Dispose() => _w.Dispose();
}
