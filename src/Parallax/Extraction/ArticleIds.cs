using System.Text;

namespace Parallax.Extraction;

/// <summary>
/// Stable article ids: the JSONL <c>id</c> where given, else the file name without its extensions
/// (<c>seeds/000_5541a20e3e86da17.txt</c> -> <c>000_5541a20e3e86da17</c>), or <c>stem-L12</c> for
/// a JSONL line without an id. <see cref="Allocator"/> keeps them unique within one run.
/// </summary>
internal static class ArticleIds
{
    public static string FromSource(string source, int? line)
    {
        var name = source == "-" ? "stdin" : Path.GetFileName(source.TrimEnd('/', '\\'));
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            name = name[..^3];
        var stem = Path.GetFileNameWithoutExtension(name);
        var id = Sanitize(stem.Length > 0 ? stem : name);
        return line is { } l ? $"{id}-L{l}" : id;
    }

    private static string Sanitize(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
            sb.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' ? c : '_');
        return sb.Length == 0 ? "article" : sb.ToString();
    }

    /// <summary>Hands out ids, appending <c>-2</c>, <c>-3</c>, … to repeats.</summary>
    public sealed class Allocator
    {
        private readonly HashSet<string> _used = new(StringComparer.Ordinal);

        public string Claim(string id)
        {
            if (_used.Add(id))
                return id;
            for (int i = 2; ; i++)
            {
                var candidate = $"{id}-{i}";
                if (_used.Add(candidate))
                    return candidate;
            }
        }
    }
}
