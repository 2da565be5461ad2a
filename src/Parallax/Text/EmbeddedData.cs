namespace Parallax.Text;

/// <summary>
/// The word lists and gazetteers shipped inside the library: text files under a component's <c>Data/</c>
/// folder, embedded as <c>data/FILE</c> (see Parallax.csproj). Each is read when its component first needs it.
/// </summary>
internal static class EmbeddedData
{
    public static string Read(string file)
    {
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream("data/" + file)
            ?? throw new InvalidOperationException($"data file '{file}' is not embedded in the library");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The file's lines that are not blank or <c>#</c> comments, trimmed.</summary>
    public static IEnumerable<string> Lines(string file)
    {
        foreach (var raw in Read(file).Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length > 0 && line[0] != '#')
                yield return line;
        }
    }

    /// <summary>The file's rows, each split at <c>|</c> into trimmed fields (empty ones kept).</summary>
    public static IEnumerable<string[]> Rows(string file) => Lines(file).Select(line => line.Split('|', StringSplitOptions.TrimEntries));
}
