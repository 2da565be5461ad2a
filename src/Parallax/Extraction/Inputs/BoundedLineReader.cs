using System.Text;

namespace Parallax.Extraction.Inputs;

/// <summary>
/// Reads lines (ending in <c>\n</c>, a <c>\r</c> before it dropped) without ever holding more than
/// <c>maxChars</c> of one: a longer line is skipped to its end as it is read and reported as too long, so a
/// compressed file holding one gigabyte-long line costs a buffer, not a gigabyte (TextReader.ReadLine would
/// build the whole line first).
/// </summary>
internal sealed class BoundedLineReader(TextReader reader, int maxChars)
{
    private readonly char[] _buffer = new char[16 * 1024];
    private readonly StringBuilder _line = new();
    private int _pos, _len;

    /// <summary>The next line, or null at the end; <paramref name="tooLong"/> when it passed the limit (then the line is empty).</summary>
    public string? ReadLine(out bool tooLong)
    {
        _line.Clear();
        tooLong = false;
        bool any = false;
        while (true)
        {
            if (_pos == _len)
            {
                _len = reader.Read(_buffer, 0, _buffer.Length);
                _pos = 0;
                if (_len == 0)
                    return any ? Finish(tooLong) : null;
            }
            any = true;
            int newline = Array.IndexOf(_buffer, '\n', _pos, _len - _pos);
            int end = newline < 0 ? _len : newline;
            if (!tooLong)
            {
                if (_line.Length + (end - _pos) > maxChars)
                {
                    tooLong = true;
                    _line.Clear();
                }
                else
                {
                    _line.Append(_buffer, _pos, end - _pos);
                }
            }
            _pos = newline < 0 ? _len : newline + 1;
            if (newline >= 0)
                return Finish(tooLong);
        }
    }

    private string Finish(bool tooLong)
    {
        if (tooLong)
            return "";
        if (_line.Length > 0 && _line[^1] == '\r')
            _line.Length--;
        return _line.ToString();
    }
}
