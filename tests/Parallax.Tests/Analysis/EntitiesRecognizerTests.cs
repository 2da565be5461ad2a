using System.Text.Json;
using Parallax.Analysis;
using Parallax.Analysis.Entities;
using Parallax.Model;
using Parallax.Tests.Support;

namespace Parallax.Tests.Analysis;

public sealed class EntitiesRecognizerTests
{
    private static AnalyzedArticle Analyze(string text, string id = "a")
    {
        var article = new AnalyzedArticle(new Article { Id = id, Source = id + ".txt", Text = text });
        return article.With(Layers.Entities, EntityRecognizer.Recognize(text));
    }

    [Fact]
    public void Component_requires_nothing_and_assigns_entities()
    {
        var component = new EntityRecognizer();
        Assert.Empty(component.Requires);
        Assert.Equal([Layers.Entities], component.Assigns);
    }

    [Fact]
    public void Default_pipeline_includes_the_recognizer()
    {
        var pipeline = AnalysisPipeline.CreateDefault();
        Assert.Contains(pipeline.Components, c => c is EntityRecognizer);
        var analyzed = pipeline.Analyze(new Article { Id = "x", Source = "x", Text = "Angela Merkel visited Madrid." });
        Assert.Equal(["Angela Merkel", "Madrid"], analyzed.Entities.Select(e => e.Name));
    }

    [Fact]
    public void Spans_are_exact_and_exclude_titles_and_possessives()
    {
        const string text = "Russian Defense Minister Sergei Shoigu's plane landed. Mr. Shoigu's aides waited.";
        var mentions = EntityRecognizer.Recognize(text);
        Assert.Equal(2, mentions.Count);
        Assert.Equal(new TextSpan(25, 38), mentions[0].Span);
        Assert.Equal("Sergei Shoigu", mentions[0].Text);
        Assert.Equal("Shoigu", text[mentions[1].Span.Start..mentions[1].Span.End]);
        Assert.All(mentions, m => Assert.Equal("Sergei Shoigu", m.Name));
        Assert.All(mentions, m => Assert.Equal("defense minister", m.Role));
    }

    [Fact]
    public void Empty_and_lowercase_text_yield_nothing()
    {
        Assert.Empty(EntityRecognizer.Recognize(""));
        Assert.Empty(EntityRecognizer.Recognize("the quick brown fox jumps over the lazy dog in the park."));
    }

    [Fact]
    public void Mentions_come_in_text_order_without_overlap()
    {
        var mentions = EntityRecognizer.Recognize(
            "In Geneva, UN envoy Geir Pedersen met Syrian Foreign Minister Faisal Mekdad, and Pedersen said NATO was not involved.");
        for (var i = 1; i < mentions.Count; i++)
            Assert.True(mentions[i - 1].Span.End <= mentions[i].Span.Start, $"{mentions[i - 1]} overlaps {mentions[i]}");
        Assert.Equal(["Geneva", "United Nations", "Geir Pedersen", "Faisal Mekdad", "Geir Pedersen", "North Atlantic Treaty Organization"],
            mentions.Select(m => m.Name));
        Assert.Equal("foreign minister", mentions[3].Role);
        Assert.Equal("envoy", mentions[4].Role);
    }

    [Fact]
    public void Merge_unifies_a_surname_with_the_full_name_used_in_another_article()
    {
        var a = Analyze("Putin said the talks would go on.", "a");
        var b = Analyze("President Vladimir Putin met the envoy in Moscow.", "b");
        Assert.Equal("Putin", a.Entities.Single(e => e.Type == EntityType.Person).Name);

        var names = EntityCanonicalizer.Merge([a, b]);

        Assert.Equal("Vladimir Putin", names.Renames["Putin"]);
        Assert.Equal("Putin", a.Entities.Single(e => e.Type == EntityType.Person).Name); // the input is left as it was
        var merged = names.Apply(a).Entities.Single(e => e.Type == EntityType.Person);
        Assert.Equal("Vladimir Putin", merged.Name);
        Assert.Equal("Putin", merged.Text);
        Assert.Equal("president", merged.Role);
    }

    [Fact]
    public void Merge_leaves_an_ambiguous_surname_alone()
    {
        var a = Analyze("Assad spoke on Sunday about the reforms.", "a");
        var b = Analyze("Hafez al-Assad founded the dynasty.", "b");
        var c = Analyze("Bashar al-Assad inherited it.", "c");

        var names = EntityCanonicalizer.Merge([a, b, c]);

        Assert.False(names.Renames.ContainsKey("Assad"));
        Assert.Equal("Assad", names.Apply(a).Entities.Single().Name);
    }

    [Fact]
    public void Merge_handles_arabic_particles_across_articles()
    {
        var a = Analyze("Troops loyal to al-Assad advanced.", "a");
        var b = Analyze("President Bashar al-Assad spoke.", "b");

        var names = EntityCanonicalizer.Merge([a, b]);

        Assert.Equal("Bashar al-Assad", names.Apply(a).Entities.Single(e => e.Type == EntityType.Person).Name);
    }

    [Theory]
    [InlineData("Bashar al-Assad", "Assad")]
    [InlineData("Martin Luther King Jr.", "King")]
    [InlineData("Abdel-Fattah el-Sissi", "Sissi")]
    [InlineData("Putin", "Putin")]
    public void Surname_key_drops_particles_and_suffixes(string name, string key) =>
        Assert.Equal(key, PersonNames.SurnameKey(name));

    [Theory]
    [InlineData("Assad", "Bashar al-Assad", true)]
    [InlineData("al-Assad", "Bashar al-Assad", true)]
    [InlineData("Hafez al-Assad", "Bashar al-Assad", false)]
    [InlineData("G. Bush", "George Bush", true)]
    [InlineData("Putin", "Vladimir Putin", true)]
    [InlineData("Vladimir", "Vladimir Putin", false)]
    public void Fits_compares_shorter_and_fuller_forms(string shorter, string fuller, bool fits) =>
        Assert.Equal(fits, PersonNames.Fits(shorter, fuller));

    [Fact]
    public void Recognition_is_thread_safe_and_deterministic()
    {
        const string text = "Turkish President Recep Tayyip Erdogan met Iran's Hassan Rouhani in Ankara. Erdogan said Turkey and Iran agreed.";
        var expected = EntityRecognizer.Recognize(text);
        var results = new List<EntityMention>[32];
        Parallel.For(0, results.Length, i => results[i] = EntityRecognizer.Recognize(text));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void On_real_articles_spans_match_text_and_never_overlap()
    {
        var path = SharedData.RequirePath("datasets/stories/allsides.jsonl");
        var articles = 0;
        foreach (var line in File.ReadLines(path).Take(300))
        {
            var text = JsonDocument.Parse(line).RootElement.GetProperty("text").GetString() ?? "";
            var mentions = EntityRecognizer.Recognize(text);
            for (var i = 0; i < mentions.Count; i++)
            {
                var m = mentions[i];
                Assert.Equal(m.Text, text[m.Span.Start..m.Span.End]);
                Assert.False(string.IsNullOrWhiteSpace(m.Name));
                if (i > 0)
                    Assert.True(mentions[i - 1].Span.End <= m.Span.Start);
            }
            articles++;
        }
        Assert.Equal(300, articles);
    }
}
