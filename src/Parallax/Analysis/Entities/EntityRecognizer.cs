using System.Buffers;

namespace Parallax.Analysis.Entities;

/// <summary>
/// Finds persons, organizations and places without a model: runs of capitalised words are cut into
/// candidates, then typed by gazetteers (countries, cities, regions, organizations), patterns
/// ("Ministry of X", "X Party", "Idlib province"), titles before a name ("Russian Defense Minister
/// Sergei Shoigu"), given names, and context ("X said", "in X"). A capitalised word at a sentence start
/// or on a headline needs such evidence; one that has none is kept only when a person named earlier or
/// later in the article has it as a surname. <see cref="EntityCanonicalizer"/> then gives every referent
/// one name. Requires no other layer; thread-safe (all state is per call).
/// </summary>
public sealed class EntityRecognizer : IAnalysisComponent
{
    /// <inheritdoc />
    public string Name => "entities";

    /// <inheritdoc />
    public IReadOnlyList<Layer> Requires { get; } = [];

    /// <inheritdoc />
    public IReadOnlyList<Layer> Assigns { get; } = [Layers.Entities];

    /// <inheritdoc />
    public void Process(AnalysisContext context) => context.Set(Layers.Entities, Recognize(context.Text));

    /// <summary>The mentions in <paramref name="text"/>, in text order, each with its canonical name.</summary>
    public static List<EntityMention> Recognize(string text)
    {
        var tokens = ArrayPool<EntityToken>.Shared.Rent(Math.Max(64, text.Length / 4));
        try
        {
            var count = EntityTokenizer.Tokenize(text, ref tokens);
            var scan = new CandidateScanner(text, tokens, count, EntityLexicon.Instance);
            scan.Run();
            return EntityCanonicalizer.Resolve(text, tokens, count, scan.Candidates);
        }
        finally
        {
            ArrayPool<EntityToken>.Shared.Return(tokens);
        }
    }
}
