namespace Parallax.Analysis;

/// <summary>
/// The key of one span layer of an <see cref="AnalyzedArticle"/>: a name for messages and a small ordinal the
/// document indexes its layers by. Layers are compared by reference; make each one once, as a static field
/// (<see cref="Layers"/> holds the shipped ones).
/// </summary>
public abstract class Layer
{
    private static int s_count;

    private protected Layer(string name)
    {
        Name = name;
        Ordinal = Interlocked.Increment(ref s_count) - 1;
    }

    /// <summary>The layer's name, as messages print it ("quotes").</summary>
    public string Name { get; }

    /// <summary>The type of the layer's items.</summary>
    public abstract Type ItemType { get; }

    internal int Ordinal { get; }

    /// <summary>How many layers exist: the length a document's layer table needs.</summary>
    internal static int Count => Volatile.Read(ref s_count);

    /// <summary>The layer's name.</summary>
    public override string ToString() => Name;
}

/// <summary>A layer whose items are <typeparamref name="T"/>s: <c>Layer&lt;Quote&gt;</c>, <c>Layer&lt;TextSpan&gt;</c>, ...</summary>
/// <typeparam name="T">The type of the layer's items.</typeparam>
/// <param name="name">The layer's name, for messages.</param>
public sealed class Layer<T>(string name) : Layer(name)
{
    /// <inheritdoc />
    public override Type ItemType => typeof(T);
}
