namespace Parallax.Store;

/// <summary>A store that cannot be opened or written: the message names the store and says why, in one line.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
