using Parallax.Stories;

namespace Parallax.Tests.Stories;

/// <summary>
/// The fast paths of story grouping (dense counters, the article spread over an array, the vectorised SimHash
/// counters) against the plain computations they replace, on random vectors and words.
/// </summary>
public class ScoringKernelTests
{
    private static SparseVector RandomVector(Random random, int terms, int vocabulary)
    {
        var raw = new Dictionary<int, float>();
        while (raw.Count < terms)
            raw[random.Next(vocabulary)] = (float)random.NextDouble() + 0.01f;
        return SparseVector.FromWeights(raw);
    }

    /// <summary>The textbook dot product of two sparse vectors, through dictionaries.</summary>
    private static double PlainDot(SparseVector a, SparseVector b)
    {
        var weights = a.Ids.Zip(a.Weights).ToDictionary(p => p.First, p => p.Second);
        double sum = 0;
        for (int i = 0; i < b.Count; i++)
            sum += weights.GetValueOrDefault(b.Ids[i]) * b.Weights[i];
        return sum;
    }

    [Fact]
    public void The_merging_dot_product_equals_the_plain_one()
    {
        var random = new Random(7);
        for (int trial = 0; trial < 200; trial++)
        {
            var a = RandomVector(random, random.Next(0, 60), 120);
            var b = RandomVector(random, random.Next(0, 60), 120);
            Assert.Equal(PlainDot(a, b), a.Dot(b), 9);
            Assert.Equal(a.Dot(b), b.Dot(a), 9);
        }
    }

    [Fact]
    public void A_dense_article_gives_the_same_dot_products_and_is_clean_after_clearing()
    {
        var random = new Random(11);
        var dense = new DenseVector();
        for (int trial = 0; trial < 100; trial++)
        {
            // ids up to 5,000 make the array grow past its first size
            var article = RandomVector(random, random.Next(1, 80), 5_000);
            var member = RandomVector(random, random.Next(1, 80), 5_000);
            dense.Load(article);
            Assert.Equal(member.Dot(article), dense.Dot(member.Ids, member.Weights), 9);
            dense.Clear();
            Assert.Equal(0, dense.Dot(member.Ids, member.Weights));
        }
        Assert.Equal(0, dense[1_000_000]);
    }

    [Theory]
    [InlineData(3, 200)]   // a centroid far smaller than the article: walked whole
    [InlineData(40, 200)]
    [InlineData(400, 20)]  // far larger: the article's terms looked up in it
    public void A_centroid_scores_a_dense_article_as_it_scores_the_sparse_one(int centroidTerms, int articleTerms)
    {
        var random = new Random(centroidTerms * 31 + articleTerms);
        var centroid = new Centroid();
        for (int m = 0; m < 3; m++)
            centroid.Add(RandomVector(random, centroidTerms, 2_000));
        var article = RandomVector(random, articleTerms, 2_000);
        var dense = new DenseVector();
        dense.Load(article);
        Assert.Equal(centroid.Cosine(article), centroid.Cosine(article, dense), 9);
        centroid.Compact(10);
        Assert.Equal(centroid.Cosine(article), centroid.Cosine(article, dense), 9);
    }

    [Fact]
    public void A_centroid_of_one_article_and_then_of_two_scores_as_the_plain_sum()
    {
        var random = new Random(5);
        var first = RandomVector(random, 30, 200);
        var second = RandomVector(random, 30, 200);
        var probe = RandomVector(random, 40, 200);
        var centroid = new Centroid();
        centroid.Add(first);
        Assert.Equal(first.Dot(probe), centroid.Cosine(probe), 6);
        centroid.Add(second);
        var sum = new Dictionary<int, float>();
        foreach (var v in (SparseVector[])[first, second])
        {
            for (int i = 0; i < v.Count; i++)
                sum[v.Ids[i]] = sum.GetValueOrDefault(v.Ids[i]) + v.Weights[i];
        }
        Assert.Equal(SparseVector.FromWeights(sum).Dot(probe), centroid.Cosine(probe), 6);
        // the first article's vector was shared, not changed, when the sum grew
        Assert.Equal(1.0, first.Dot(first), 5);
    }

    [Fact]
    public void Compacting_a_centroid_of_one_article_keeps_its_heaviest_terms()
    {
        var centroid = new Centroid();
        centroid.Add(SparseVector.FromWeights(new Dictionary<int, float> { [1] = 1, [2] = 5, [3] = 3, [4] = 4 }));
        centroid.Compact(2);
        Assert.Equal(2, centroid.Terms);
        var onKept = SparseVector.FromWeights(new Dictionary<int, float> { [2] = 1 });
        var onDropped = SparseVector.FromWeights(new Dictionary<int, float> { [1] = 1 });
        Assert.True(centroid.Cosine(onKept) > 0);
        Assert.Equal(0, centroid.Cosine(onDropped));
    }

    [Fact]
    public void The_term_counter_hands_out_sorted_counts_and_starts_clean()
    {
        var counter = new TermCounter();
        foreach (int id in (int[])[9, 3, 9, 4_000, 3, 9])
            counter.Add(id);
        var counts = counter.Drain();
        Assert.Equal([3, 9, 4_000], counts.Ids);
        Assert.Equal([2, 3, 1], counts.Counts);
        Assert.Equal(0, counter.Drain().Count);
        counter.Add(9);
        Assert.Equal([1], counter.Drain().Counts);
    }

    [Fact]
    public void A_title_word_also_in_the_body_counts_once_towards_document_frequency()
    {
        var vocabulary = new Vocabulary(BackgroundIdf.None); // the stream's own counts (the background adds to them)
        var terms = FeatureExtractor.Count(
            new StoryDocument("Harbour bridge closes", "The harbour bridge closes for repairs, engineers said.", ["Port Authority"], null), vocabulary);
        vocabulary.AddDocument(terms);
        vocabulary.AddDocument(FeatureExtractor.Count(new StoryDocument(null, "Repairs begin at the harbour.", [], null), vocabulary));
        // "harbour" is in both documents and "bridge" in one: a title word counts once even when the body repeats it
        Assert.Equal((float)(Math.Log(3.0 / 3.0) + 1), vocabulary.Idf(vocabulary.ContentWordId("harbour")), 5);
        Assert.Equal((float)(Math.Log(3.0 / 2.0) + 1), vocabulary.Idf(vocabulary.ContentWordId("bridge")), 5);
        Assert.Contains(vocabulary.ContentWordId("bridge"), terms.Title.Ids);
        Assert.Single(terms.Names.Ids);
    }

    [Fact]
    public void Stop_words_are_left_out_and_content_words_are_stemmed_once_for_every_form()
    {
        var vocabulary = new Vocabulary();
        Assert.True(vocabulary.ContentWordId("the") < 0);
        Assert.True(vocabulary.ContentWordId("said") < 0);
        int closes = vocabulary.ContentWordId("closes");
        Assert.True(closes >= 0);
        Assert.Equal(closes, vocabulary.ContentWordId("closing"));
        Assert.Equal(closes, vocabulary.ContentWordId("closes"));
    }

    [Fact]
    public void The_vectorised_simhash_counters_give_the_bit_by_bit_fingerprint()
    {
        var random = new Random(3);
        Span<int> bits = stackalloc int[64];
        for (int trial = 0; trial < 50; trial++)
        {
            var words = Enumerable.Range(0, random.Next(20, 200))
                .Select(_ => new string((char)('a' + random.Next(26)), random.Next(1, 4)) + (char)('a' + random.Next(26))).ToList();
            var builder = new SimHashBuilder(bits);
            foreach (var w in words)
                builder.AddWord(w);
            Assert.Equal(BitByBit(words), builder.Fingerprint());
        }
    }

    /// <summary>SimHash as Charikar defines it: one ±1 counter per bit over the shingle hashes.</summary>
    private static ulong BitByBit(List<string> words)
    {
        var counts = new int[64];
        int shingles = 0;
        for (int i = SimHash.ShingleWords - 1; i < words.Count; i++)
        {
            ulong h = SimHash.ShingleHash(SimHash.WordHash(words[i - 2]), SimHash.WordHash(words[i - 1]), SimHash.WordHash(words[i]));
            for (int bit = 0; bit < 64; bit++)
                counts[bit] += ((h >> bit) & 1) == 1 ? 1 : -1;
            shingles++;
        }
        if (shingles < SimHash.MinShingles)
            return 0;
        ulong f = 0;
        for (int bit = 0; bit < 64; bit++)
        {
            if (counts[bit] > 0)
                f |= 1UL << bit;
        }
        return f;
    }
}

public class TopTermsTests
{
    [Fact]
    public void Keeps_the_heaviest_terms_in_order_with_equal_weights_broken_by_the_lower_id()
    {
        Span<int> ids = stackalloc int[3];
        Span<float> weights = stackalloc float[3];
        var top = new TopTerms(ids, weights);
        foreach (var (id, w) in (ReadOnlySpan<(int, float)>)[(10, 0.5f), (4, 0.2f), (7, 0.9f), (2, 0.5f), (1, 0.1f), (8, 0.5f)])
            top.Offer(id, w);
        Assert.Equal([7, 2, 8], top.Ids.ToArray());
        Assert.Equal([0.9f, 0.5f, 0.5f], top.Weights.ToArray());
    }

    [Fact]
    public void A_term_offered_from_two_fields_is_kept_once_at_its_larger_weight()
    {
        Span<int> ids = stackalloc int[3];
        Span<float> weights = stackalloc float[3];
        var top = new TopTerms(ids, weights);
        foreach (var (id, w) in (ReadOnlySpan<(int, float)>)[(5, 0.3f), (6, 0.4f), (5, 0.8f), (9, 0.2f), (6, 0.1f), (3, 0.25f)])
            top.OfferDistinct(id, w);
        Assert.Equal([5, 6, 3], top.Ids.ToArray());
        Assert.Equal([0.8f, 0.4f, 0.25f], top.Weights.ToArray());
    }

    [Fact]
    public void Keeping_no_terms_keeps_none()
    {
        var top = new TopTerms([], []);
        top.Offer(1, 1f);
        top.OfferDistinct(2, 2f);
        Assert.Equal(0, top.Count);
    }
}
