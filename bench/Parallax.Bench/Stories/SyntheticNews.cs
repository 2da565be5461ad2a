using System.Text;
using Parallax.Stories;

namespace Parallax.Bench.Stories;

/// <summary>
/// A deterministic synthetic news stream for scale runs: made-up words with Zipf frequencies for the
/// background, and stories that each own a handful of rare topic words and names, live for one to three
/// days, and get several articles each. Articles arrive in time order at <see cref="ArticlesPerDay"/>.
/// Nothing here is meant to look like English: only the statistics a grouper sees matter (sparse TF-IDF
/// vectors of a few hundred terms, shared names, dates).
/// </summary>
internal sealed class SyntheticNews(int seed = 1)
{
    private const int BackgroundWords = 40_000;
    private const int NamePool = 60_000;
    private const int TopicWordsPerStory = 12;
    private const int NamesPerStory = 4;
    private const int MinWords = 150;
    private const int MaxWords = 450;
    private const int TitleWords = 8;

    /// <summary>Share of an article's words drawn from its story's topic words (the rest is background).</summary>
    private const double TopicShare = 0.2;

    /// <summary>New stories open at this share of arriving articles; the rest continue a live story.</summary>
    private const double NewStoryShare = 0.3;

    private const int MaxStoryDays = 3;

    public int ArticlesPerDay { get; init; } = 5_000;

    private readonly Random _random = new(seed);
    private readonly string[] _words = MakeWords(BackgroundWords, seed, 2, 4);
    private readonly string[] _names = MakeWords(NamePool, seed + 1, 2, 3);
    private readonly double[] _zipf = ZipfCumulative(BackgroundWords);
    private readonly List<StoryPlan> _live = [];
    private int _stories;

    // Reports go to 40 outlets in turn (not drawn, so the stream's words stay as they were), so grouping pays
    // for what it does per outlet (the delay witness) as it would on a real stream.
    private int _written;
    private const int Outlets = 40;

    private sealed record StoryPlan(int Id, string[] Topic, string[] Names, double EndDay);

    /// <summary>The articles, each with its true story id; endless, so take what you need.</summary>
    public IEnumerable<(StoryDocument Doc, int Story)> Articles()
    {
        var start = new DateTime(2024, 1, 1);
        for (long n = 0; ; n++)
        {
            double day = n / (double)ArticlesPerDay;
            _live.RemoveAll(s => s.EndDay < day);
            var story = _live.Count == 0 || _random.NextDouble() < NewStoryShare ? Open(day) : _live[_random.Next(_live.Count)];
            yield return (Write(story, start.AddDays(day)), story.Id);
        }
    }

    private StoryPlan Open(double day)
    {
        var topic = new string[TopicWordsPerStory];
        for (int i = 0; i < topic.Length; i++)
            topic[i] = _words[BackgroundWords / 4 + _random.Next(BackgroundWords * 3 / 4)];
        var names = new string[NamesPerStory];
        for (int i = 0; i < names.Length; i++)
            names[i] = Capitalise(_names[_random.Next(NamePool)]) + " " + Capitalise(_names[_random.Next(NamePool)]);
        var plan = new StoryPlan(_stories++, topic, names, day + 1 + _random.Next(MaxStoryDays));
        _live.Add(plan);
        return plan;
    }

    private StoryDocument Write(StoryPlan story, DateTime time)
    {
        var title = new StringBuilder();
        for (int i = 0; i < TitleWords; i++)
            title.Append(i % 2 == 0 ? story.Topic[_random.Next(story.Topic.Length)] : Background()).Append(' ');
        var text = new StringBuilder();
        int words = MinWords + _random.Next(MaxWords - MinWords);
        for (int i = 0; i < words; i++)
        {
            if (i % 15 == 0 && i > 0)
                text.Append(". ");
            else if (i > 0)
                text.Append(' ');
            double r = _random.NextDouble();
            text.Append(r < TopicShare ? story.Topic[_random.Next(story.Topic.Length)]
                : r < TopicShare + 0.03 ? story.Names[_random.Next(story.Names.Length)]
                : Background());
        }
        text.Append('.');
        var names = story.Names.Where(_ => _random.NextDouble() < 0.75).ToArray();
        return new StoryDocument(title.ToString().TrimEnd(), text.ToString(), names, time) { Outlet = $"outlet {_written++ % Outlets}" };
    }

    private string Background()
    {
        int at = Array.BinarySearch(_zipf, _random.NextDouble());
        return _words[at < 0 ? Math.Min(~at, BackgroundWords - 1) : at];
    }

    private static string Capitalise(string w) => char.ToUpperInvariant(w[0]) + w[1..];

    /// <summary>Pronounceable made-up words of a few syllables (distinct, deterministic).</summary>
    private static string[] MakeWords(int count, int seed, int minSyllables, int maxSyllables)
    {
        const string consonants = "bcdfghklmnprstvz";
        const string vowels = "aeiou";
        var random = new Random(seed * 7919);
        var seen = new HashSet<string>();
        var words = new string[count];
        var sb = new StringBuilder();
        for (int n = 0; n < count;)
        {
            sb.Clear();
            int syllables = minSyllables + random.Next(maxSyllables - minSyllables + 1);
            for (int s = 0; s < syllables; s++)
                sb.Append(consonants[random.Next(consonants.Length)]).Append(vowels[random.Next(vowels.Length)]);
            if (random.Next(3) == 0)
                sb.Append(consonants[random.Next(consonants.Length)]);
            var w = sb.ToString();
            if (seen.Add(w))
                words[n++] = w;
        }
        return words;
    }

    private static double[] ZipfCumulative(int n)
    {
        var c = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++)
            c[i] = sum += 1.0 / (i + 1);
        for (int i = 0; i < n; i++)
            c[i] /= sum;
        return c;
    }
}
