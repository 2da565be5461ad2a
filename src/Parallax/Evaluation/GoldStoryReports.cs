using System.Text.Json;
using Parallax.Analysis;
using Parallax.Comparison;
using Parallax.Comparison.Report;
using Parallax.Stories;

namespace Parallax.Evaluation;

/// <summary>
/// What <c>parallax compare</c> reports for each gold story's articles on their own: the articles are analysed,
/// grouped into stories and compared exactly as the command does, one report per gold story. Shared by the
/// <c>alignment</c> and <c>comparison</c> evaluations, whose scores are defined on these reports.
/// </summary>
internal static class GoldStoryReports
{
    /// <summary>One gold story: its id, its articles in file order, and the report of comparing them.</summary>
    internal sealed record Entry(string Story, IReadOnlyList<Model.Article> Articles, ComparisonReport Report);

    /// <summary>Compares each gold story of a story-labelled JSONL; writes each report as <c>STORY.json</c> when <paramref name="reportsDir"/> is set.</summary>
    public static IEnumerable<Entry> Compare(string jsonl, string? reportsDir = null, IProgress<int>? progress = null, Action<int>? setTotal = null)
    {
        var (articles, gold) = StoriesEvaluation.Load(jsonl);
        setTotal?.Invoke(articles.Count);
        var pipeline = AnalysisPipeline.CreateDefault();
        var builder = new ReportBuilder();
        if (reportsDir is not null)
            Directory.CreateDirectory(reportsDir);
        foreach (var story in Enumerable.Range(0, articles.Count).GroupBy(i => gold[i], StringComparer.Ordinal))
        {
            var members = story.Select(i => articles[i]).ToList();
            var analyzed = members.Select(pipeline.Analyze).ToList();
            var report = builder.Build(StoryBatch.Group(analyzed, pipeline));
            progress?.Report(members.Count);
            if (reportsDir is not null)
            {
                using var file = File.Create(Path.Combine(reportsDir, story.Key + ".json"));
                Rendering.ReportJson.WriteReport(report, file);
            }
            yield return new Entry(story.Key, members, report);
        }
    }

    /// <summary>Reads <c>gold.json</c> of the comparison gold (datasets/comparison/README.md).</summary>
    public static List<Scoring.GoldStory> ReadGold(string path)
    {
        try
        {
            return ParseGold(path);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new DatasetException($"{path}: not a comparison gold file ({e.Message.Split('\n')[0].Trim()})");
        }
    }

    private static List<Scoring.GoldStory> ParseGold(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        if (!doc.RootElement.TryGetProperty("stories", out var stories) || stories.ValueKind != JsonValueKind.Array)
            throw new DatasetException($"{path}: expected an object with a \"stories\" array");
        var result = new List<Scoring.GoldStory>();
        foreach (var s in stories.EnumerateArray())
        {
            string id = s.GetProperty("story").GetString() ?? throw new DatasetException($"{path}: a story without an id");
            result.Add(new Scoring.GoldStory(id, Groups(s, "aligned_quotes"), Groups(s, "distinct_quotes"),
                s.TryGetProperty("figures", out var figures)
                    ? figures.EnumerateArray().Select(f => new Scoring.GoldFigure(Members(f.GetProperty("members")), f.GetProperty("agree").GetBoolean())).ToList()
                    : []));
        }
        return result;
    }

    private static List<IReadOnlyList<Scoring.GoldMember>> Groups(JsonElement story, string name) =>
        story.TryGetProperty(name, out var groups) ? groups.EnumerateArray().Select(g => (IReadOnlyList<Scoring.GoldMember>)Members(g)).ToList() : [];

    private static List<Scoring.GoldMember> Members(JsonElement array) =>
        array.EnumerateArray().Select(m => new Scoring.GoldMember(m.GetProperty("article").GetString() ?? "", m.GetProperty("text").GetString() ?? "")).ToList();
}
