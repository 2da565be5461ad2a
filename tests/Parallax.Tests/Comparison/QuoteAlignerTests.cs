using Parallax.Analysis;
using Parallax.Comparison.Quotes;
using Parallax.Tests.Support;

namespace Parallax.Tests.Comparison;

public class QuoteAlignerTests
{
    private static readonly QuoteAligner Aligner = new();

    [Fact]
    public void Same_statement_in_two_translations_is_one_group()
    {
        var a = new ArticleBuilder("a", "“Every effort must be made so that the shelling can be stopped across Veloria,” Marek Dunn said.")
            .Quote("Every effort must be made so that the shelling can be stopped across Veloria", "Marek Dunn").Build();
        var b = new ArticleBuilder("b", "“All efforts are needed for the shelling to halt on all Velorian land,” Dunn added.")
            .Quote("All efforts are needed for the shelling to halt on all Velorian land", "Marek Dunn").Build();
        var groups = Aligner.Align([a, b]);
        var group = Assert.Single(groups);
        Assert.Equal(2, group.Count);
    }

    [Fact]
    public void Different_statements_of_one_speaker_stay_apart()
    {
        var a = new ArticleBuilder("a", "“The harbour will reopen next month once the piers are repaired,” the mayor said.")
            .Quote("The harbour will reopen next month once the piers are repaired", "Ilse Varga").Build();
        var b = new ArticleBuilder("b", "“We expect the fishing fleet to need public support through the winter,” Varga said.")
            .Quote("We expect the fishing fleet to need public support through the winter", "Ilse Varga").Build();
        Assert.Equal(2, Aligner.Align([a, b]).Count);
    }

    [Fact]
    public void A_short_stock_phrase_from_different_speakers_stays_apart()
    {
        var a = new ArticleBuilder("a", "“We will not give up,” Tamsin Roe said.").Quote("We will not give up", "Tamsin Roe").Build();
        var b = new ArticleBuilder("b", "“We will not give up,” Olek Brand said.").Quote("We will not give up", "Olek Brand").Build();
        Assert.Equal(2, Aligner.Align([a, b]).Count);
    }

    [Fact]
    public void A_verbatim_statement_aligns_even_when_the_outlets_name_its_speaker_differently()
    {
        // One outlet names the company, the other a descriptor: six identical words in a row make it one statement.
        var a = new ArticleBuilder("a", "There is no evidence that customer records were exposed during the outage, Brightline said.")
            .Quote("There is no evidence that customer records were exposed during the outage", "Brightline").Build();
        var b = new ArticleBuilder("b", "The company said there was no evidence that customer records were exposed.")
            .Quote("no evidence that customer records were exposed", "the company").Build();
        Assert.Single(Aligner.Align([a, b]));
    }

    [Theory]
    // A shared run of the least length, said one way and the other: two statements.
    [InlineData("We are not going to raise taxes on the middle class", "We are going to raise taxes on the wealthy")]
    // A loosely edited piece never adds or drops a negation.
    [InlineData("The council will not close the library on Sundays", "The council will close the library on Sundays")]
    [InlineData("Our troops are never going to leave the valley", "Our troops are going to leave the valley")]
    public void The_same_words_said_one_way_and_the_other_stay_apart(string first, string second)
    {
        var a = new ArticleBuilder("a", "“" + first + ",” Governor Ana Ruiz said.").Quote(first, "Ana Ruiz").Build();
        var b = new ArticleBuilder("b", "“" + second + ",” Ruiz said.").Quote(second, "Ana Ruiz").Build();
        Assert.Equal(2, Aligner.Align([a, b]).Count);
    }

    [Theory]
    // A long shared run outweighs a negation said in other words ("if the rains fail" / "if rain does not come").
    [InlineData("The city could run out of water by the end of August if rain does not come",
        "The city is on track to run out of water by the end of August if the rains fail")]
    // Both said the same way: a piece with its negation is still a piece.
    [InlineData("The council will not close the library on Sundays or holidays", "will not close the library on Sundays")]
    public void The_same_words_with_their_negation_align(string first, string second)
    {
        var a = new ArticleBuilder("a", "“" + first + ",” Governor Ana Ruiz said.").Quote(first, "Ana Ruiz").Build();
        var b = new ArticleBuilder("b", "Ruiz said the council “" + second + ".”").Quote(second, "Ana Ruiz").Build();
        Assert.Single(Aligner.Align([a, b]));
    }

    [Fact]
    public void Titles_around_one_name_are_the_same_speaker()
    {
        var a = new ArticleBuilder("a", "“Crews will work through the night to clear the road,” said Harbor County Mayor Elin Roos.")
            .Quote("Crews will work through the night to clear the road", "Harbor County Mayor Elin Roos").Build();
        var b = new ArticleBuilder("b", "“Our crews are working through the night so the road is cleared,” Mayor Elin Roos said.")
            .Quote("Our crews are working through the night so the road is cleared", "Mayor Elin Roos").Build();
        Assert.Single(Aligner.Align([a, b]));
    }

    [Fact]
    public void Surname_and_full_name_are_the_same_speaker()
    {
        var a = new ArticleBuilder("a", "“The bridge is safe to cross again from Friday morning,” said Ruth Kessler.")
            .Quote("The bridge is safe to cross again from Friday morning", "Ruth Kessler").Build();
        var b = new ArticleBuilder("b", "“The bridge is safe to cross again from Friday morning,” Kessler said.")
            .Quote("The bridge is safe to cross again from Friday morning", "Kessler").Build();
        Assert.Single(Aligner.Align([a, b]));
    }

    [Fact]
    public void An_article_repeating_a_statement_keeps_both_quotes_in_its_group_but_different_statements_never_share_one()
    {
        const string statement = "Prices of bread and milk will be frozen until the end of the year";
        var a = new ArticleBuilder("a", $"“{statement},” Ana Lind said. Later she repeated: “{statement}.”")
            .Quote(statement, "Ana Lind").Build();
        // The same words twice in one article: two quotes.
        a = a.With(Layers.Quotes, [.. a.Quotes, a.Quotes[0] with { Span = new(a.Text.LastIndexOf(statement, StringComparison.Ordinal), a.Text.LastIndexOf(statement, StringComparison.Ordinal) + statement.Length) }]);
        var b = new ArticleBuilder("b", $"“{statement},” Lind told reporters.").Quote(statement, "Ana Lind").Build();
        var groups = Aligner.Align([a, b]);
        var group = Assert.Single(groups);
        Assert.Equal([new QuoteRef(0, 0), new QuoteRef(0, 1), new QuoteRef(1, 0)], group.OrderBy(r => r.Article).ThenBy(r => r.Index));

        // Two different statements of one article never share a group, even through a third article.
        var c = new ArticleBuilder("c", "“Rents will be frozen for a year,” Ana Lind said. “Rents will also be frozen in the north,” she added.")
            .Quote("Rents will be frozen for a year", "Ana Lind").Quote("Rents will also be frozen in the north", "Ana Lind").Build();
        var d = new ArticleBuilder("d", "“Rents will be frozen for a year, also in the north,” Lind said.")
            .Quote("Rents will be frozen for a year, also in the north", "Ana Lind").Build();
        Assert.All(Aligner.Align([c, d]), g => Assert.Equal(g.Count, g.Select(r => r.Article).Distinct().Count()));
    }

    [Fact]
    public void Three_outlets_join_one_group_and_an_exclusive_stays_alone()
    {
        var a = new ArticleBuilder("a", "“The dam held, but the lower valley must be evacuated tonight,” said Governor Pell. “I have asked the army for help.”")
            .Quote("The dam held, but the lower valley must be evacuated tonight", "Oran Pell")
            .Quote("I have asked the army for help.", "Oran Pell").Build();
        var b = new ArticleBuilder("b", "“The dam has held, yet the lower valley needs to be evacuated tonight,” Pell said.")
            .Quote("The dam has held, yet the lower valley needs to be evacuated tonight", "Oran Pell").Build();
        var c = new ArticleBuilder("c", "Pell said: “The dam held. But tonight the lower valley must be evacuated.”")
            .Quote("The dam held. But tonight the lower valley must be evacuated.", "Oran Pell").Build();
        var groups = Aligner.Align([a, b, c]);
        Assert.Equal(2, groups.Count);
        Assert.Equal(3, groups[0].Count);
        Assert.Equal([new QuoteRef(0, 1)], groups[1]);
    }

    [Fact]
    public void A_statement_quoted_in_two_pieces_joins_the_whole_with_both_pieces()
    {
        var a = new ArticleBuilder("a", "“The levee held through the night, but nobody should go back before the engineers have inspected every house,” said Mira Tal.")
            .Quote("The levee held through the night, but nobody should go back before the engineers have inspected every house", "Mira Tal").Build();
        var b = new ArticleBuilder("b", "“The levee held through the night,” Tal said. But “nobody should go back before the engineers have inspected every house,” she warned. “We have asked for tents,” she added.")
            .Quote("The levee held through the night", "Mira Tal")
            .Quote("nobody should go back before the engineers have inspected every house", "Mira Tal")
            .Quote("We have asked for tents", "Mira Tal").Build();
        var groups = Aligner.Align([a, b]);
        Assert.Equal(2, groups.Count);
        Assert.Equal([new QuoteRef(0, 0), new QuoteRef(1, 0), new QuoteRef(1, 1)], groups[0].OrderBy(r => r.Article).ThenBy(r => r.Index));
        Assert.Equal([new QuoteRef(1, 2)], groups[1]);
    }

    [Fact]
    public void A_short_partial_quote_joins_the_fuller_quote_it_lies_in_but_a_lone_word_does_not()
    {
        var a = new ArticleBuilder("a", "Officials warned against a “premature reopening” of the schools, and called the data “alarming”.")
            .Quote("premature reopening", null).Quote("alarming", null).Build();
        var b = new ArticleBuilder("b", "“A premature reopening would undo months of work,” said Dana Holt. “The figures are alarming but not surprising.”")
            .Quote("A premature reopening would undo months of work", "Dana Holt")
            .Quote("The figures are alarming but not surprising.", "Dana Holt").Build();
        var groups = Aligner.Align([a, b]);
        Assert.Contains(groups, g => g.Count == 2 && g.Contains(new QuoteRef(0, 0)) && g.Contains(new QuoteRef(1, 0)));
        Assert.Contains(groups, g => g.Count == 1 && g.Contains(new QuoteRef(0, 1)));
    }

    [Fact]
    public void A_partial_quote_aligns_when_one_outlet_gives_only_a_description_for_the_speaker()
    {
        // A description ("the agency") may stand for the named speaker; a shared partial quote then decides.
        var a = new ArticleBuilder("a", "The agency said the delay was “regrettable but unavoidable” given the storms.")
            .Quote("regrettable but unavoidable", "the agency").Build();
        var b = new ArticleBuilder("b", "“The delay is regrettable but unavoidable,” said Ines Marr, who heads the port authority.")
            .Quote("The delay is regrettable but unavoidable", "Ines Marr").Build();
        Assert.Single(Aligner.Align([a, b]));

        // Two different names with the same short words stay apart.
        var c = new ArticleBuilder("c", "Piet Olm called it “regrettable but unavoidable.”")
            .Quote("regrettable but unavoidable", "Piet Olm").Build();
        Assert.Equal(2, Aligner.Align([b, c]).Count);
    }

    [Fact]
    public void Statements_that_differ_by_a_negation_stay_apart()
    {
        var a = new ArticleBuilder("a", "“They are closing the harbour,” Lev Ruda said.")
            .Quote("They are closing the harbour", "Lev Ruda").Build();
        var b = new ArticleBuilder("b", "“The council isn't closing the harbour,” Ruda later said.")
            .Quote("The council isn't closing the harbour", "Lev Ruda").Build();
        Assert.Equal(2, Aligner.Align([a, b]).Count);

        // Both denying: the same statement.
        var c = new ArticleBuilder("c", "“The council is not shutting the harbour,” Ruda said.")
            .Quote("The council is not shutting the harbour", "Lev Ruda").Build();
        Assert.Single(Aligner.Align([b, c]));
    }

    [Fact]
    public void A_quoted_name_does_not_join_a_statement_that_mentions_it()
    {
        var a = new ArticleBuilder("a", "The mayor calls the scheme the “Green Harbour Pass.”")
            .Quote("Green Harbour Pass.", "Ada Korr").Build();
        var b = new ArticleBuilder("b", "“The Green Harbour Pass will open the ferries to every resident,” Korr said.")
            .Quote("The Green Harbour Pass will open the ferries to every resident", "Ada Korr").Build();
        Assert.Equal(2, Aligner.Align([a, b]).Count);
    }

    [Fact]
    public void The_same_wording_aligns_when_the_analysis_gives_different_names_as_speakers()
    {
        // One outlet's attribution is wrong (a sentence's first word, another person of the sentence): the words decide.
        var a = new ArticleBuilder("a", "Unions warned of a “global transport systems collapse” this winter.")
            .Quote("global transport systems collapse", "Several").Build();
        var b = new ArticleBuilder("b", "Industry groups warned of a \"global transport system collapse\" this winter.")
            .Quote("global transport system collapse", "Ana Ruiz").Build();
        Assert.Single(Aligner.Align([a, b]));

        // A partial quote of four words or more with two content words lies inside the other speaker's full quote.
        var c = new ArticleBuilder("c", "Reyes refused the picks over the “integrity of the inquiry.”")
            .Quote("integrity of the inquiry", "Tomas Reyes").Build();
        var d = new ArticleBuilder("d", "“We act with respect for the integrity of the inquiry,” Mara Holt said.")
            .Quote("We act with respect for the integrity of the inquiry", "Mara Holt").Build();
        Assert.Single(Aligner.Align([c, d]));
    }

    [Fact]
    public void Different_wordings_of_different_named_speakers_stay_apart()
    {
        var a = new ArticleBuilder("a", "“The port must reopen before the harvest,” Tomas Reyes said.")
            .Quote("The port must reopen before the harvest", "Tomas Reyes").Build();
        var b = new ArticleBuilder("b", "“We want the port open again soon,” Mara Holt said.")
            .Quote("We want the port open again soon", "Mara Holt").Build();
        Assert.Equal(2, Aligner.Align([a, b]).Count);
    }

    [Fact]
    public void A_statement_quoted_whole_and_in_edited_pieces_is_one_group()
    {
        var whole = new ArticleBuilder("a", "“I will not return to the board. It was a very difficult decision. Not a decision I wanted to make,” Lena Moss said.")
            .Quote("I will not return to the board. It was a very difficult decision. Not a decision I wanted to make", "Lena Moss").Build();
        var piece = new ArticleBuilder("b", "“It’s a very difficult decision, not one I wanted to make,” Moss said. “I won’t return to the board.”")
            .Quote("It’s a very difficult decision, not one I wanted to make", "Lena Moss")
            .Quote("I won’t return to the board", "Lena Moss").Build();
        var group = Assert.Single(Aligner.Align([whole, piece]));
        Assert.Equal(3, group.Count);
    }

    [Fact]
    public void Contractions_okay_and_number_words_do_not_break_a_match()
    {
        var a = new ArticleBuilder("a", "“It's O.K. to keep five crews on the dam,” Ivo Lind said.")
            .Quote("It's O.K. to keep five crews on the dam", "Ivo Lind").Build();
        var b = new ArticleBuilder("b", "“It is okay to keep 5 crews on the dam,” Lind said.")
            .Quote("It is okay to keep 5 crews on the dam", "Ivo Lind").Build();
        Assert.Single(Aligner.Align([a, b]));
    }

    [Fact]
    public void A_two_word_fragment_joins_the_same_speakers_quote_only()
    {
        var whole = new ArticleBuilder("a", "“The board's ruling is an insult to every voter,” Dana Kell said.")
            .Quote("The board's ruling is an insult to every voter", "Dana Kell").Build();
        var same = new ArticleBuilder("b", "Kell called the ruling “an insult”.")
            .Quote("an insult", "Dana Kell").Build();
        Assert.Single(Aligner.Align([whole, same]));

        // Another named speaker's "an insult", or a fragment with no content word, stays apart.
        var other = new ArticleBuilder("c", "Omar Vee called the ruling “an insult”.")
            .Quote("an insult", "Omar Vee").Build();
        Assert.Equal(2, Aligner.Align([whole, other]).Count);
        var stock = new ArticleBuilder("d", "Kell said “is an” twice.")
            .Quote("is an", "Dana Kell").Build();
        Assert.Equal(2, Aligner.Align([whole, stock]).Count);
    }
}
