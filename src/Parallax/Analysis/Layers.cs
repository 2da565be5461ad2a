namespace Parallax.Analysis;

/// <summary>Names of the span layers components require and assign (see <see cref="IAnalysisComponent"/>).</summary>
public static class Layers
{
    public const string Sentences = "sentences";
    public const string Tokens = "tokens";
    public const string Entities = "entities";
    public const string Quotes = "quotes";
    public const string Quantities = "quantities";
    public const string Dates = "dates";
    public const string Citations = "citations";
}
