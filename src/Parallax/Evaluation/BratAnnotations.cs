using System.Globalization;
using Parallax.Model;

namespace Parallax.Evaluation;

/// <summary>A brat text-bound annotation: <c>T1	Label START END[;START END...]	text</c>, possibly in several fragments.</summary>
internal sealed record BratSpan(string Id, string Label, IReadOnlyList<TextSpan> Fragments)
{
    public int Length => Fragments.Sum(f => f.Length);

    /// <summary>Characters of <paramref name="span"/> inside this annotation's fragments.</summary>
    public int Overlap(TextSpan span) => Fragments.Sum(f => Math.Max(0, Math.Min(f.End, span.End) - Math.Max(f.Start, span.Start)));

    public bool Overlaps(TextSpan span) => Fragments.Any(f => f.Overlaps(span));
}

/// <summary>A brat event: <c>E1	Trigger:T4 Role:T3 ...</c> — the role name to the text-bound annotation it points at.</summary>
internal sealed record BratEvent(string Id, IReadOnlyDictionary<string, string> Arguments);

/// <summary>Reads a brat standoff <c>.ann</c> file (text-bound annotations and events; other lines are ignored).</summary>
internal sealed class BratAnnotations
{
    public Dictionary<string, BratSpan> Spans { get; } = new(StringComparer.Ordinal);
    public List<BratEvent> Events { get; } = [];

    public static BratAnnotations Parse(string content)
    {
        var ann = new BratAnnotations();
        foreach (var raw in content.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0)
                continue;
            var cols = line.Split('\t');
            if (cols.Length < 2)
                continue;
            if (line[0] == 'T' && cols.Length >= 2)
            {
                int space = cols[1].IndexOf(' ');
                if (space < 0)
                    continue;
                var label = cols[1][..space];
                var fragments = new List<TextSpan>();
                foreach (var frag in cols[1][(space + 1)..].Split(';'))
                {
                    var se = frag.Trim().Split(' ');
                    if (se.Length == 2 && int.TryParse(se[0], NumberStyles.None, CultureInfo.InvariantCulture, out int s)
                        && int.TryParse(se[1], NumberStyles.None, CultureInfo.InvariantCulture, out int e) && e >= s)
                        fragments.Add(new TextSpan(s, e));
                }
                if (fragments.Count > 0)
                    ann.Spans[cols[0]] = new BratSpan(cols[0], label, fragments);
            }
            else if (line[0] == 'E')
            {
                var args = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var part in cols[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    int colon = part.IndexOf(':');
                    if (colon > 0)
                        args.TryAdd(part[..colon], part[(colon + 1)..]);
                }
                ann.Events.Add(new BratEvent(cols[0], args));
            }
        }
        return ann;
    }

    /// <summary>The annotation an event's argument <paramref name="role"/> points at, or null.</summary>
    public BratSpan? Argument(BratEvent e, string role) =>
        e.Arguments.TryGetValue(role, out var id) && Spans.TryGetValue(id, out var span) ? span : null;
}
