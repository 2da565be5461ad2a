using System.Runtime.CompilerServices;
using Parallax.Extraction.Inputs;
using Parallax.Ingestion;

namespace Parallax.Acquisition.Fetching;

/// <summary>
/// URLs as a document source: pages are fetched several at a time (across hosts; each host takes its turn in
/// <see cref="PageFetcher"/>) and yielded in the order the URLs were given, each as a document or one error.
/// </summary>
internal sealed class FetchSource(PageFetcher fetcher, IReadOnlyList<string> urls) : IDocumentSource
{
    public string Name => urls.Count == 1 ? urls[0] : $"{urls.Count} URLs";

    public int? CountHint => urls.Count;

    public async IAsyncEnumerable<InputItem> ReadAsync([EnumeratorCancellation] CancellationToken cancel = default)
    {
        // A window of fetches under way: enough to keep every host of the window busy, bounded so results wait
        // in memory for at most a few dozen pages.
        int window = Math.Max(1, fetcher.Options.MaxParallelHosts) * 4;
        var pending = new Queue<Task<InputItem>>();
        foreach (var url in urls)
        {
            cancel.ThrowIfCancellationRequested();
            pending.Enqueue(fetcher.FetchAsync(url, cancel));
            if (pending.Count >= window)
                yield return await pending.Dequeue();
        }
        while (pending.Count > 0)
            yield return await pending.Dequeue();
    }
}
