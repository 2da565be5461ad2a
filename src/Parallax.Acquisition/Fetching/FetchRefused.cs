namespace Parallax.Acquisition.Fetching;

/// <summary>A page the fetcher will not take, with the one-line reason the user sees; never retried.</summary>
internal sealed class FetchRefused(string reason) : Exception(reason);
