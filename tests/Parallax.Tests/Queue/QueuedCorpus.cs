using System.Text.Json.Nodes;
using Parallax.Tests.Store;

namespace Parallax.Tests.Queue;

/// <summary>
/// Documents for the queue's tests: the store tests' invented stream, then later versions of some of its pages
/// (same URL, a sentence added), exact repeats of others (stored once), a line refused when read and one that yields no article.
/// </summary>
internal static class QueuedCorpus
{
    /// <summary>Writes the JSONL file; returns its path and how many documents it holds (lines but the refused one).</summary>
    public static (string Path, int Lines) Write(string path, int articles, int seed = 11)
    {
        StoreStreamGenerator.Write(path, articles, seed);
        var lines = File.ReadAllLines(path).ToList();
        for (int i = 3; i < articles; i += 10)
        {
            var node = JsonNode.Parse(lines[i])!.AsObject();
            node["text"] = $"{node["text"]!.GetValue<string>()} A later update said the work would take another month.";
            lines.Add(node.ToJsonString());
        }
        for (int i = 5; i < articles; i += 25)
            lines.Add(lines[i]);
        // Refused when read (no text at all), and read but yielding no article (a page of links only).
        lines.Add("""{"id": "empty-one", "title": "Nothing here", "text": "   "}""");
        lines.Add("""{"id": "links-only", "html": "<html><body><nav><a href='/a'>Home</a> <a href='/b'>News</a></nav></body></html>"}""");
        File.WriteAllLines(path, lines);
        return (path, lines.Count - 1);
    }
}
