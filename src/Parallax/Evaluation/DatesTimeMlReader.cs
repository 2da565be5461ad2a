using System.Text;
using System.Xml;
using System.Xml.Linq;
using Parallax.Model;

namespace Parallax.Evaluation;

/// <summary>A gold TIMEX3: its span in the document's plain TEXT, its type and its normalised value.</summary>
internal sealed record GoldTimex(TextSpan Span, string Text, string Type, string Value);

/// <summary>One TimeML document: the TEXT element with its tags stripped, its gold TIMEX3s and the creation time (t0).</summary>
internal sealed record TimeMlDocument(string Name, string Text, IReadOnlyList<GoldTimex> Timexes, PublicationDate? CreationTime);

/// <summary>Reads TimeML 1.2 files (TimeBank, TempEval-3): TEXT to plain text, TIMEX3 spans as offsets into it.</summary>
internal static class DatesTimeMlReader
{
    public static TimeMlDocument Read(string path)
    {
        XDocument doc;
        try
        {
            doc = XDocument.Load(path, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            throw new DatasetException($"{Path.GetFileName(path)} is not well-formed TimeML: {e.Message}");
        }
        var root = doc.Root ?? throw new DatasetException($"{Path.GetFileName(path)} has no root element");
        var textElement = root.Descendants().FirstOrDefault(e => e.Name.LocalName == "TEXT")
            ?? throw new DatasetException($"{Path.GetFileName(path)} has no TEXT element");

        PublicationDate? creation = null;
        foreach (var t in root.Descendants().Where(e => e.Name.LocalName == "TIMEX3"))
        {
            if ((string?)t.Attribute("functionInDocument") == "CREATION_TIME" && PublicationDate.TryParseIso((string?)t.Attribute("value"), out var dct))
            {
                creation = dct;
                break;
            }
        }

        var text = new StringBuilder();
        var timexes = new List<GoldTimex>();
        Walk(textElement, text, timexes);
        return new TimeMlDocument(Path.GetFileName(path), text.ToString(), timexes, creation);
    }

    private static void Walk(XElement element, StringBuilder text, List<GoldTimex> timexes)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText t:
                    text.Append(t.Value);
                    break;
                case XElement e:
                    int start = text.Length;
                    Walk(e, text, timexes);
                    if (e.Name.LocalName == "TIMEX3")
                    {
                        var span = new TextSpan(start, text.Length);
                        timexes.Add(new GoldTimex(span, span.Of(text.ToString()), (string?)e.Attribute("type") ?? "", (string?)e.Attribute("value") ?? ""));
                    }
                    break;
            }
        }
    }
}
