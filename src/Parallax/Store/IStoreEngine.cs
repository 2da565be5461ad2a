namespace Parallax.Store;

/// <summary>
/// A storage engine (SQLite, PostgreSQL, ...), a project of its own: it says which locations it serves and
/// opens readers and writers on them. The core library knows engines only through this interface.
/// </summary>
public interface IStoreEngine
{
    /// <summary>Whether <paramref name="location"/> (a path, a connection URI) is for this engine.</summary>
    bool Accepts(string location);

    /// <summary>Opens an existing store for queries; a missing store is a <see cref="StoreException"/>.</summary>
    ValueTask<IStoryReader> OpenReaderAsync(string location, CancellationToken cancel = default);

    /// <summary>Opens the store for an ingest, creating it when absent and bringing its schema up to date.</summary>
    ValueTask<IStoryWriter> OpenWriterAsync(string location, CancellationToken cancel = default);
}

/// <summary>The engines a program knows, in order of preference: a location goes to the first that accepts it.</summary>
public sealed class StoreEngines(params IReadOnlyList<IStoreEngine> engines)
{
    /// <summary>The first engine that accepts the location; a <see cref="StoreException"/> when none does.</summary>
    public IStoreEngine For(string location) =>
        engines.FirstOrDefault(e => e.Accepts(location)) ?? throw new StoreException($"{location}: no storage engine for this location");

    /// <summary>Opens an existing store for queries with the engine for its location.</summary>
    public ValueTask<IStoryReader> OpenReaderAsync(string location, CancellationToken cancel = default) => For(location).OpenReaderAsync(location, cancel);

    /// <summary>Opens the store for an ingest with the engine for its location.</summary>
    public ValueTask<IStoryWriter> OpenWriterAsync(string location, CancellationToken cancel = default) => For(location).OpenWriterAsync(location, cancel);
}
