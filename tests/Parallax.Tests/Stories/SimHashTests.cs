using Parallax.Stories;

namespace Parallax.Tests.Stories;

public class SimHashTests
{
    private const string Report =
        "The harbour authority of Lindqvist said on Thursday that the northern pier would close for repairs from next month, " +
        "after divers found that storms had loosened the foundations of two of its supports. Fishing boats will moor at the " +
        "southern quay while the work lasts, which the authority expects to take about six weeks and cost four million crowns.";

    [Fact]
    public void The_same_text_has_the_same_fingerprint_whatever_its_case_and_spacing()
    {
        ulong a = FeatureExtractor.Fingerprint(Report);
        ulong b = FeatureExtractor.Fingerprint(Report.ToUpperInvariant().Replace(" ", "  ", StringComparison.Ordinal));
        Assert.NotEqual(0UL, a);
        Assert.Equal(a, b);
    }

    [Fact]
    public void A_copy_with_a_word_changed_stays_within_the_distance()
    {
        var copy = Report.Replace("Thursday", "Friday", StringComparison.Ordinal);
        Assert.InRange(SimHash.Distance(FeatureExtractor.Fingerprint(Report), FeatureExtractor.Fingerprint(copy)), 0, SimHash.MaxDistance);
    }

    [Fact]
    public void A_different_report_on_the_same_subject_is_far_away()
    {
        const string other = "Fishermen in Lindqvist protested outside the harbour office on Saturday against the closure of the northern " +
            "pier, saying the southern quay was too small for the fleet and that the repairs should have been done years ago, " +
            "when the first cracks appeared. The authority said it would meet their representatives next week to discuss berths.";
        Assert.True(SimHash.Distance(FeatureExtractor.Fingerprint(Report), FeatureExtractor.Fingerprint(other)) > SimHash.MaxDistance);
    }

    [Fact]
    public void A_short_text_gets_no_fingerprint()
    {
        Assert.Equal(0UL, FeatureExtractor.Fingerprint("The pier closes for repairs next month, the harbour authority said."));
    }
}
