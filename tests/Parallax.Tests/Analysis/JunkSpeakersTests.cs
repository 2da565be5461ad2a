using Parallax.Analysis;
using Parallax.Analysis.Quotes;
using Parallax.Model;

namespace Parallax.Tests.Analysis;

public class JunkSpeakersTests
{
    private static SpeakerPhrase NameAt(string text, string words) =>
        new(new TextSpan(text.IndexOf(words, StringComparison.Ordinal), text.IndexOf(words, StringComparison.Ordinal) + words.Length), PhraseKind.Name);

    [Theory]
    [InlineData("Several unions said the ports were full.", "Several")]
    [InlineData("Thousands of workers said they would strike.", "Thousands")]
    [InlineData("On Sunday, thousands said “enough.”", "Sunday")]
    [InlineData("Earlier the board said no.", "Earlier")]
    [InlineData("Meanwhile, officials said the road was closed.", "Meanwhile")]
    [InlineData("“We lost it all,” R-Wis. said in a statement.", "R-Wis")]
    [InlineData("“We lost it all.” Photo by Jane Doe/Getty Images", "Jane Doe")]
    [InlineData("“We lost it all.” (AP Photo/Lena Ortiz)", "Lena Ortiz")]
    public void Stray_words_tags_and_credits_are_not_speakers(string text, string words) =>
        Assert.True(JunkSpeakers.IsJunk(text, NameAt(text, words), []));

    [Fact]
    public void A_place_typed_by_the_entity_layer_is_not_a_speaker()
    {
        const string text = "A resident speaking inside Aleppo said people had waited all night.";
        var place = NameAt(text, "Aleppo");
        var entities = new[] { new EntityMention(place.Span, "Aleppo", "Aleppo", EntityType.Place) };
        Assert.True(JunkSpeakers.IsJunk(text, place, entities));
    }

    [Theory]
    [InlineData("Sunday Okoro said the ports were full.", "Sunday Okoro")]   // a name that starts with a day
    [InlineData("Several of them, Rena Vos said, were late.", "Rena Vos")]
    [InlineData("Dina Ray (D-N.Y.) said the bill was dead.", "Dina Ray")]
    [InlineData("Photographers waited while Tom Ash said no.", "Tom Ash")]
    [InlineData("The Pentagon said the strike was lawful.", "The Pentagon")]
    public void Names_beside_such_words_stay_speakers(string text, string words) =>
        Assert.False(JunkSpeakers.IsJunk(text, NameAt(text, words), []));

    [Fact]
    public void A_person_typed_by_the_entity_layer_stays_a_speaker()
    {
        const string text = "Georgia Meloni said the talks would go on.";
        var name = NameAt(text, "Georgia Meloni");
        var entities = new[] { new EntityMention(name.Span, "Georgia Meloni", "Georgia Meloni", EntityType.Person) };
        Assert.False(JunkSpeakers.IsJunk(text, name, entities));
    }
}
