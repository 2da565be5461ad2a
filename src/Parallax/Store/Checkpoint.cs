namespace Parallax.Store;

/// <summary>
/// The grouping state saved with a batch: <see cref="State"/> replaces the saved state whole, and each of
/// <see cref="Parts"/> replaces the saved part of its key (parts not given keep what they hold). A large store's
/// state is mostly stories that will not change again: as parts, each is written once, and read only when needed.
/// </summary>
public sealed record Checkpoint(byte[] State)
{
    /// <summary>The parts that changed since the previous checkpoint, by key.</summary>
    public IReadOnlyList<KeyValuePair<int, byte[]>> Parts { get; init; } = [];
}
