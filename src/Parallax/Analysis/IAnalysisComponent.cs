namespace Parallax.Analysis;

/// <summary>
/// One step of analysis, in the manner of a spaCy pipeline component. It declares the layers it needs
/// (<see cref="Requires"/>), the ones it makes (<see cref="Assigns"/>) and the ones it uses when an earlier
/// component made them (<see cref="ReadsWhenPresent"/>); <see cref="AnalysisPipelineBuilder"/> checks the
/// declarations, and <see cref="AnalysisContext"/> holds the component to them while it runs.
/// Implementations must be thread-safe (no per-call state in fields): one instance serves every thread.
/// </summary>
public interface IAnalysisComponent
{
    /// <summary>The component's name, for messages ("quotes").</summary>
    string Name { get; }

    /// <summary>Layers an earlier component must assign.</summary>
    IReadOnlyList<Layer> Requires { get; }

    /// <summary>Layers this component assigns; no other component may assign them.</summary>
    IReadOnlyList<Layer> Assigns { get; }

    /// <summary>Layers this component reads when an earlier component assigned them, and does without otherwise.</summary>
    IReadOnlyList<Layer> ReadsWhenPresent => [];

    /// <summary>Reads the declared layers from <paramref name="context"/> and sets the ones it assigns.</summary>
    void Process(AnalysisContext context);
}
