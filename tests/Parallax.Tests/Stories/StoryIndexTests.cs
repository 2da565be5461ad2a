using Parallax.Stories;

namespace Parallax.Tests.Stories;

public class StoryIndexTests
{
    [Fact]
    public void A_lookup_reads_only_the_most_recent_postings_and_stops_at_the_window()
    {
        var index = new CandidateIndex();
        for (int story = 0; story < 10; story++)
            index.Add(7, story, 100 + story);
        var recent = new List<int>();
        index.Lookup(7, 109, windowDays: 30, maxScanned: 3, recent);
        Assert.Equal([9, 8, 7], recent);
        var windowed = new List<int>();
        index.Lookup(7, 109, windowDays: 2, maxScanned: 100, windowed);
        Assert.Equal([9, 8, 7], windowed);
        var undated = new List<int>();
        index.Lookup(7, double.NaN, windowDays: 2, maxScanned: 4, undated);
        Assert.Equal([9, 8, 7, 6], undated);
    }

    [Fact]
    public void An_index_keeping_only_the_postings_a_lookup_reads_finds_what_one_keeping_all_finds()
    {
        var all = new CandidateIndex();
        var kept = new CandidateIndex(kept: 5);
        var random = new Random(3);
        for (int n = 0; n < 400; n++)
        {
            int term = random.Next(4), story = random.Next(30);
            // Some postings undated, as undated articles leave them.
            double day = n % 7 == 0 ? double.NaN : 100 + (n / 10.0);
            all.Add(term, story, day);
            kept.Add(term, story, day);
            foreach (double at in new[] { 100 + (n / 10.0), double.NaN, 90 })
            {
                List<int> a = [], k = [];
                all.Lookup(term, at, windowDays: 3, maxScanned: 5, a);
                kept.Lookup(term, at, windowDays: 3, maxScanned: 5, k);
                Assert.Equal(a, k);
            }
        }
        Assert.Equal(all.Postings, kept.Postings);
    }

    [Fact]
    public void The_same_story_posted_twice_in_a_row_is_one_posting()
    {
        var index = new CandidateIndex();
        index.Add(1, 5, 10);
        index.Add(1, 5, 11);
        index.Add(1, 6, 11);
        Assert.Equal(2, index.Postings);
    }

    [Fact]
    public void A_compacted_centroid_keeps_its_heaviest_terms_and_its_norm()
    {
        var c = new Centroid();
        c.Add(SparseVector.FromWeights(new Dictionary<int, float> { [1] = 3, [2] = 4 }));
        var probe = SparseVector.FromWeights(new Dictionary<int, float> { [1] = 1, [2] = 1 });
        double before = c.Cosine(probe);
        c.Compact(1);
        Assert.Equal(1, c.Terms);
        // Only term 2 (weight 0.8 of a unit vector) is left: 0.8 * 0.7071 over the full norm 1.
        Assert.Equal(0.8 / Math.Sqrt(2), c.Cosine(probe), 5);
        Assert.Equal(1.4 / Math.Sqrt(2), before, 5);
    }

    [Fact]
    public void Near_duplicates_are_found_through_any_band_within_the_window()
    {
        var index = new NearDuplicateIndex();
        const ulong fingerprint = 0x0123_4567_89AB_CDEFUL;
        index.Add(0, fingerprint, 10);
        // six bits flipped, one in each of the first six 9-bit bands: the last band still matches
        ulong six = 0;
        for (int band = 0; band < 6; band++)
            six |= 1UL << (band * 9);
        Assert.Equal(0, index.Find(fingerprint ^ six, 10, 3));
        Assert.Null(index.Find(fingerprint ^ six ^ (1UL << 60), 10, 3));
        Assert.Null(index.Find(fingerprint, 20, 3));
    }
}
