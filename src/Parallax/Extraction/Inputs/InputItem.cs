using Parallax.Model;

namespace Parallax.Extraction.Inputs;

/// <summary>One thing read from the inputs: a document, or the error that stood in its place.</summary>
public readonly record struct InputItem(RawDocument? Document, InputError? Error)
{
    /// <summary>A one-line note on a document that was read but not exactly as written (damaged bytes replaced); null otherwise.</summary>
    public InputError? Warning { get; init; }

    /// <summary>A document read.</summary>
    public static InputItem Of(RawDocument document) => new(document, null);

    /// <summary>An input that could not be read, and why.</summary>
    public static InputItem Fail(string source, string reason) => new(null, new InputError(source, reason));
}
