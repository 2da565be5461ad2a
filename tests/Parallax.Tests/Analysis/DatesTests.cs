using Parallax.Analysis;
using Parallax.Analysis.Dates;
using Parallax.Evaluation;
using Parallax.Model;
using Parallax.Tests.Specs;
using Parallax.Tests.Support;

namespace Parallax.Tests.Analysis;

public sealed class DatesTests
{
    public static TheoryData<string> SpecCases() => SpecRunner.Ids(DatesSpecAdapter.Instance);

    [Theory]
    [MemberData(nameof(SpecCases))]
    public void Spec_case_yields_exactly_the_expected_expressions(string id) => SpecRunner.Check(DatesSpecAdapter.Instance, id);

    [Fact]
    public void Spec_files_hold_enough_cases_over_every_category()
    {
        var cases = SpecRunner.Cases(DatesSpecAdapter.Instance.Folder);
        Assert.True(cases.Count >= 60, $"only {cases.Count} spec cases");
        var types = cases.SelectMany(c => c.Expected).Select(e => e.Kind).ToHashSet();
        Assert.Equal(["date", "duration", "set", "time"], types.Order(StringComparer.Ordinal));
        Assert.Contains(cases, c => c.Expected.Count == 0);
    }

    [Fact]
    public void Component_reads_the_reference_date_from_the_article_and_fills_the_dates_layer()
    {
        var article = new Article
        {
            Id = "a1",
            Source = "test",
            Text = "Shelling resumed on Thursday, a week after the truce of December 15.",
            Published = PublicationDate.FromDay(new DateOnly(2016, 12, 23)),
        };
        var analyzed = new AnalysisPipelineBuilder().Add(new TemporalTagger()).Build().Analyze(article);

        Assert.Equal(
            ["date: 2016-12-22 | Thursday", "duration: P1W | a week", "date: 2016-12-15 | December 15"],
            analyzed.Dates.Select(DatesSpecAdapter.Line));
    }

    [Fact]
    public void Default_pipeline_assigns_the_dates_layer()
    {
        var pipeline = new AnalysisPipelineBuilder().AddDefaults().Build();
        Assert.Contains(pipeline.Components, c => c is TemporalTagger && c.Assigns.Contains(Layers.Dates));
    }

    [Fact]
    public void TimeML_reader_strips_tags_and_keeps_gold_offsets()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "doc.tml");
        File.WriteAllText(path, """
            <?xml version="1.0" ?>
            <TimeML>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2001-05-04" functionInDocument="CREATION_TIME">May 4, 2001</TIMEX3></DCT>
            <TEXT>Rain <EVENT eid="e1">fell</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2001-05-03">Thursday</TIMEX3> &amp; for <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>.</TEXT>
            </TimeML>
            """);
        var doc = DatesTimeMlReader.Read(path);

        Assert.Equal("Rain fell on Thursday & for two days.", doc.Text);
        Assert.Equal(new DateOnly(2001, 5, 4), doc.CreationTime?.Day);
        Assert.Equal(2, doc.Timexes.Count);
        Assert.Equal("Thursday", doc.Timexes[0].Span.Of(doc.Text));
        Assert.Equal(("DURATION", "P2D", "two days"), (doc.Timexes[1].Type, doc.Timexes[1].Value, doc.Timexes[1].Text));
    }

    [Fact]
    public void Eval_task_scores_overlap_matches_and_skips_resource_forks()
    {
        using var dir = new TempDir();
        File.WriteAllText(Path.Combine(dir.Path, "a.tml"), """
            <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2001-05-04" functionInDocument="CREATION_TIME">May 4, 2001</TIMEX3></DCT>
            <TEXT>Talks ended <TIMEX3 tid="t1" type="DATE" value="2001-05-03">Thursday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>, and the weather was fine.</TEXT></TimeML>
            """);
        File.WriteAllBytes(Path.Combine(dir.Path, "._a.tml"), [0, 5, 22, 7, 0, 2, 0, 0]);

        var result = new DatesEvaluation().Run(dir.Path);

        Assert.Equal(1, result.Items);
        Assert.Equal(1.0, result["f1"]);
        Assert.Equal(1.0, result["value_accuracy"]);
        Assert.Equal(1.0, result["value_f1"]);
    }

    [Fact]
    public void Eval_task_rejects_a_folder_without_timeml()
    {
        using var dir = new TempDir();
        Assert.Throws<DatasetException>(() => new DatesEvaluation().Run(dir.Path));
    }

    [Fact]
    public void Seed_dates_resolve_against_the_publication_day()
    {
        var seeds = SharedData.RequirePath("seeds");
        using var expected = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(seeds, "expected.json")));
        int checkedDates = 0;
        foreach (var article in expected.RootElement.GetProperty("articles").EnumerateObject())
        {
            if (!article.Value.TryGetProperty("dates", out var dates))
                continue;
            // The day the seed says the article was published ("published_starts": "2016-12-23").
            var day = article.Value.GetProperty("published_starts").GetString()!;
            var published = DateOnly.ParseExact(day[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var found = TemporalTagger.Tag(File.ReadAllText(Path.Combine(seeds, article.Name)), published);
            foreach (var want in dates.EnumerateArray())
            {
                var text = want.GetProperty("text_contains").GetString()!;
                var value = want.GetProperty("value_starts").GetString()!;
                Assert.Contains(found, e => e.Text.Contains(text, StringComparison.Ordinal) && e.Value is { } v && v.StartsWith(value, StringComparison.Ordinal));
                checkedDates++;
            }
        }
        Assert.True(checkedDates > 0);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void TimeBank_meets_the_quality_floor()
    {
        var path = SharedData.RequirePath("datasets/dates/timebank");
        var result = new DatesEvaluation().Run(path);
        QualityFloors.AssertMet("dates", "dates/timebank", result);
    }
}
