namespace Parallax.Extraction.Inputs;

/// <summary>An input that could not be read, with the reason in one line (the CLI prints <c>source: reason</c>).</summary>
public sealed record InputError(string Source, string Reason)
{
    /// <summary>The error as the CLI prints it: <c>source: reason</c>.</summary>
    public override string ToString() => $"{Source}: {Reason}";
}
