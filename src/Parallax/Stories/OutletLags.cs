namespace Parallax.Stories;

/// <summary>
/// Each outlet's usual delay behind the other outlets' reports of the same events, learned from the stream
/// (docs/stories.md, "Outlets that report late"). A weekly, a print edition, a translation desk or a site that
/// republishes a day later reports every event a day or more after the rest; with the time evidence fitted on
/// streams whose outlets report together, each of its reports would open a story of its own. So every dated
/// report whose text alone matches a story of other outlets is an observation of its outlet's delay (whole days
/// from the other outlets' first report of that story), and once most of an outlet's recent observations agree on
/// a delay of a day or more, its reports are placed as if published that much earlier.
/// <para>
/// The delay only moves where grouping looks and how far it counts; the article's own date is never changed. An
/// outlet that reports with the others observes a delay of 0 and is never moved.
/// </para>
/// </summary>
/// <param name="kept">Most recent observations kept per outlet: a delay that changes is followed.</param>
/// <param name="least">Observations an outlet needs before it can be moved.</param>
/// <param name="agreeing">Share of the kept observations that must name the same delay.</param>
internal sealed class OutletLags(int kept = 9, int least = 3, double agreeing = 0.75)
{
    private readonly Dictionary<string, Observed> _outlets = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Outlets with at least one observation.</summary>
    public int Count => _outlets.Count;

    /// <summary>
    /// Records that a report of <paramref name="outlet"/>, placed in <paramref name="story"/>, came <paramref name="days"/>
    /// (whole days) after the other outlets' first report of <paramref name="witness"/>, the story its text matched best.
    /// </summary>
    public void Observe(string outlet, int days, int story, int witness)
    {
        if (!_outlets.TryGetValue(outlet, out var seen))
            _outlets[outlet] = seen = new Observed(kept);
        seen.Add(new Observation(Math.Clamp(days, 0, DelayWitness.Delays - 1), story, witness));
    }

    /// <summary>The outlet's kept observations of <paramref name="delay"/> days: its reports that time alone may have kept apart.</summary>
    public IEnumerable<Observation> Observations(string outlet, int delay) =>
        _outlets.TryGetValue(outlet, out var seen) ? seen.Of(delay) : [];

    /// <summary>Whole days to take off the outlet's report times: 0 unless enough recent observations agree on a delay.</summary>
    public int Lag(string? outlet)
    {
        if (outlet is null || !_outlets.TryGetValue(outlet, out var seen) || seen.Count < least)
            return 0;
        var (delay, votes) = seen.Commonest();
        return delay > 0 && votes >= agreeing * seen.Count ? delay : 0;
    }

    internal void WriteTo(BinaryWriter w)
    {
        w.Write(_outlets.Count);
        foreach (var (outlet, seen) in _outlets.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            w.Write(outlet);
            seen.WriteTo(w);
        }
    }

    internal void ReadFrom(BinaryReader r)
    {
        _outlets.Clear();
        int n = r.ReadInt32();
        for (int i = 0; i < n; i++)
        {
            string outlet = r.ReadString();
            var seen = new Observed(kept);
            seen.ReadFrom(r);
            _outlets[outlet] = seen;
        }
    }

    /// <summary>One report's delay in whole days, the story it was placed in and the story its text matched best.</summary>
    internal readonly record struct Observation(int Days, int Story, int Witness);

    /// <summary>The last <c>kept</c> observations of one outlet, oldest first.</summary>
    private sealed class Observed(int kept)
    {
        private readonly Queue<Observation> _days = new(kept);

        public int Count => _days.Count;

        public IEnumerable<Observation> Of(int delay) => _days.Where(o => o.Days == delay);

        public void Add(Observation o)
        {
            if (_days.Count == kept)
                _days.Dequeue();
            _days.Enqueue(o);
        }

        /// <summary>The delay observed most often (ties: the smaller) and how often.</summary>
        public (int Delay, int Votes) Commonest()
        {
            Span<int> votes = stackalloc int[DelayWitness.Delays];
            foreach (var o in _days)
                votes[o.Days]++;
            int best = 0;
            for (int d = 1; d < votes.Length; d++)
            {
                if (votes[d] > votes[best])
                    best = d;
            }
            return (best, votes[best]);
        }

        public void WriteTo(BinaryWriter w)
        {
            w.Write(_days.Count);
            foreach (var o in _days)
            {
                w.Write(o.Days);
                w.Write(o.Story);
                w.Write(o.Witness);
            }
        }

        public void ReadFrom(BinaryReader r)
        {
            int n = r.ReadInt32();
            for (int i = 0; i < n; i++)
                Add(new Observation(Math.Clamp(r.ReadInt32(), 0, DelayWitness.Delays - 1), r.ReadInt32(), r.ReadInt32()));
        }
    }
}
