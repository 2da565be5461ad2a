using Parallax.Model;

namespace Parallax.Extraction.PlainText;

/// <summary>
/// Reads a scraped plain-text article: title on the first line, then the body.
/// (Baseline: header lines, datelines, bylines and boilerplate are handled by the rules to come.)
/// </summary>
public sealed class PlainTextArticleParser
{
    public ExtractedFields Parse(string content)
    {
        var lines = content.Replace("\r\n", "\n").Split('\n');
        var fields = new ExtractedFields();
        int i = 0;
        while (i < lines.Length && string.IsNullOrWhiteSpace(lines[i]))
            i++;
        if (i < lines.Length)
            fields.TrySetTitle(lines[i++].Trim(), FieldOrigin.TextHeader);
        fields.Text = string.Join("\n\n", lines.Skip(i).Select(l => l.Trim()).Where(l => l.Length > 0));
        return fields;
    }
}
