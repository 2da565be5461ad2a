namespace Parallax.Stories;

/// <summary>The pieces of grouping state written more than once: times (ticks and kind, exact) and lists of ints.</summary>
internal static class StateIo
{
    public static void Write(BinaryWriter w, DateTime? t)
    {
        w.Write(t.HasValue);
        if (t is { } time)
        {
            w.Write(time.Ticks);
            w.Write((byte)time.Kind);
        }
    }

    public static DateTime? ReadTime(BinaryReader r) => r.ReadBoolean() ? new DateTime(r.ReadInt64(), (DateTimeKind)r.ReadByte()) : null;

    public static void Write(BinaryWriter w, List<int> list)
    {
        w.Write(list.Count);
        foreach (int x in list)
            w.Write(x);
    }

    public static void Read(BinaryReader r, List<int> list)
    {
        int n = r.ReadInt32();
        list.EnsureCapacity(list.Count + n);
        for (int i = 0; i < n; i++)
            list.Add(r.ReadInt32());
    }
}
