using Parallax.Extraction.Inputs;
using Parallax.Store;

namespace Parallax.Ingestion;

/// <summary>
/// Where an ingest is, reported after each input it handled: that input's outcome (<see cref="Result"/>) or
/// error (<see cref="Error"/>, the input named), and the running counts.
/// </summary>
/// <param name="Handled">Inputs handled so far, this one included.</param>
/// <param name="Added">Articles new to the store so far.</param>
/// <param name="NewVersions">Changed pages stored as new versions so far.</param>
/// <param name="Unchanged">Articles the store already held so far.</param>
/// <param name="Failed">Inputs that could not be read so far.</param>
/// <param name="Result">What became of this input's article, when it was read.</param>
/// <param name="Error">Why this input could not be read, when it could not.</param>
public readonly record struct IngestProgress(int Handled, int Added, int NewVersions, int Unchanged, int Failed, IngestResult? Result, InputError? Error);

/// <summary>
/// An <see cref="IProgress{T}"/> that calls its handler on the reporting thread, at once and in order (the
/// framework's <c>Progress&lt;T&gt;</c> posts to the thread pool, where reports can overtake each other).
/// The handler must be quick and must not throw.
/// </summary>
/// <typeparam name="T">The report's type.</typeparam>
/// <param name="handler">Called with each report.</param>
public sealed class InlineProgress<T>(Action<T> handler) : IProgress<T>
{
    /// <inheritdoc />
    public void Report(T value) => handler(value);
}
