using Parallax.Extraction.PlainText;

namespace Parallax.Tests.Extraction;

public class PlainTextBylineTests
{
    [Theory]
    [InlineData("By Ana de la Cruz", "Ana de la Cruz")]
    [InlineData("By Omar al-Hassan", "Omar al-Hassan")]
    [InlineData("By JANE DOE and JOHN ROE", "Jane Doe|John Roe")]
    [InlineData("By Jane Doe in Kyiv", "Jane Doe")]
    [InlineData("By Jane Doe, Reuters", "Jane Doe")]
    [InlineData("By Jane Doe, John Roe & Ann Poe", "Jane Doe|John Roe|Ann Poe")]
    [InlineData("by J.R. Hartley", "J.R. Hartley")]
    [InlineData("Written by: Kofi Mensah", "Kofi Mensah")]
    [InlineData("Authors: Kofi Mensah, Lea Brandt", "Kofi Mensah|Lea Brandt")]
    [InlineData("Reporting by Nadia Petrova in Cairo; Writing by Sam Okafor; Editing by Tom Hale", "Nadia Petrova|Sam Okafor")]
    [InlineData("Editing by Tom Hale", "")]
    [InlineData("By Reuters Staff", "")]
    [InlineData("– Lea Brandt", "Lea Brandt")]
    [InlineData("-- Lea Brandt, Middle East Correspondent", "Lea Brandt")]
    public void Bylines(string line, string authors)
    {
        Assert.True(BylineLine.TryParse(line, out var byline), line);
        Assert.Equal(authors, string.Join('|', byline.Authors));
    }

    [Theory]
    [InlineData("By 2030 the city wants every bus to be electric.")]
    [InlineData("By contrast, the northern districts saw prices fall.")]
    [InlineData("By the time police arrived, the crowd had gone.")]
    [InlineData("- see the full list of results below")]
    [InlineData("— which no one expected")]
    [InlineData("Reporting by local media suggested the talks had stalled.")]
    public void Not_bylines(string line) => Assert.False(BylineLine.TryParse(line, out _), line);

    [Theory]
    [InlineData("H. Doe / Jane Roe", "Jane Roe")]
    [InlineData("M. Ali / R. Nasser / Karim Haddad", "Karim Haddad")]
    public void Editor_writer_lines_credit_the_writer(string line, string author)
    {
        Assert.True(BylineLine.TryParseSlashCredit(line, out var byline));
        Assert.Equal([author], byline.Authors);
    }

    [Theory]
    [InlineData("Moscow / Damascus")]
    [InlineData("The talks / the truce")]
    [InlineData("50 / 50")]
    public void Slash_lines_of_other_things_are_not_credits(string line) => Assert.False(BylineLine.TryParseSlashCredit(line, out _));
}
