using System.Globalization;
using Parallax.Stories;

namespace Parallax.Bench.Store;

/// <summary>Where a saved ingest state's bytes go, section by section (what to shrink first).</summary>
internal static class CheckpointBreakdown
{
    public static string Describe(byte[] saved)
    {
        var stream = new MemoryStream(saved, writable: false);
        using var r = new BinaryReader(stream, System.Text.Encoding.UTF8);
        var parts = new List<(string Name, long Bytes)>();
        long mark = 0;
        void Section(string name)
        {
            parts.Add((name, stream.Position - mark));
            mark = stream.Position;
        }
        bool withParts = r.ReadString() == "parallax-ingest-state/2";
        r.ReadInt64();
        int articles = r.ReadInt32();
        for (int k = 0; k < articles; k++)
        {
            r.ReadString();
            r.ReadInt64();
        }
        int ids = r.ReadInt32();
        stream.Position += 8L * ids;
        Section("article names and rows, story ids");
        r.ReadString();
        new Vocabulary().ReadFrom(r);
        Section("vocabulary");
        int stories = r.ReadInt32();
        int inState = 0;
        for (int i = 0; i < stories; i++)
        {
            if (!withParts || r.ReadBoolean())
            {
                StoryCluster.ReadFrom(r);
                inState++;
            }
        }
        Section($"stories ({inState:N0} of {stories:N0} in the state, the others in parts)");
        stream.Position = saved.Length;
        Section("story index, postings, near-duplicates");
        return string.Join("; ", parts.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Name} {p.Bytes / 1e6:F1} MB")));
    }
}
