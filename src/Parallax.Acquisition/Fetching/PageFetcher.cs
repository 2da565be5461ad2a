using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Parallax.Acquisition.Http;
using Parallax.Acquisition.Politeness;
using Parallax.Acquisition.Robots;
using Parallax.Acquisition.Warc;
using Parallax.Extraction.Inputs;
using Parallax.Model;
using Polly;
using Polly.CircuitBreaker;

namespace Parallax.Acquisition.Fetching;

/// <summary>
/// Fetches article pages politely and safely: robots.txt first (cached per host), one request at a time per host
/// with a minimum interval (<see cref="HostGate"/>), retries with backoff and jitter on 429, 5xx and failed
/// connections honouring Retry-After, a per-host circuit breaker (Microsoft.Extensions.Http.Resilience), redirects
/// followed by hand within a limit with loops caught, connect and total timeouts, and size limits enforced while
/// the body streams in. Each URL ends as a document (its final URL given) or one error line.
/// </summary>
internal sealed class PageFetcher : IDisposable
{
    private const int SmallBodyBytes = 64 * 1024;

    private readonly FetchOptions _options;
    private readonly HttpClient _http;
    private readonly ILogger _log;
    private readonly ConcurrentDictionary<string, Host> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _parallel;
    private readonly WarcWriter? _archive;

    public PageFetcher(FetchOptions options, ILogger? logger = null, HttpMessageHandler? handler = null)
    {
        _options = options;
        _log = logger ?? NullLogger.Instance;
        _parallel = new SemaphoreSlim(Math.Max(1, options.MaxParallelHosts));
        _archive = options.ArchivePath is null ? null : new WarcWriter(options.ArchivePath);
        handler ??= new SocketsHttpHandler
        {
            // Redirects are followed here, so each hop passes robots.txt and its host's turn; bodies are decoded
            // here, under the size limit, and archived as they came.
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            ConnectTimeout = options.ConnectTimeout,
            UseCookies = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public FetchOptions Options => _options;

    /// <summary>The web-archive files written so far (none without <see cref="FetchOptions.ArchivePath"/>).</summary>
    public IReadOnlyList<string> ArchiveFiles => _archive?.Files ?? [];

    /// <summary>One host's robots.txt, turn-taking and resilience pipeline.</summary>
    private sealed class Host(FetchOptions options) : IDisposable
    {
        public HostGate Gate { get; } = new(options.MinHostInterval);
        public Lazy<Task<RobotsRules>>? Robots;
        public ResiliencePipeline<HttpResponseMessage>? Pipeline;

        public void Dispose() => Gate.Dispose();
    }

    /// <summary>Everything a fetch keeps from one attempt.</summary>
    private sealed class Attempt
    {
        public int Count;
    }

    /// <summary>The page at <paramref name="url"/> as a document, or the one-line reason it is not one.</summary>
    public async Task<InputItem> FetchAsync(string url, CancellationToken cancel = default)
    {
        var got = await FetchResourceAsync(url, ResourceKind.Page, null, cancel);
        if (got.Error is { } error)
            return Fail(url, error);
        return PageOf(url, got);
    }

    /// <summary>
    /// A feed, a sitemap or a homepage: any type of body under the size limit, asked for conditionally when
    /// <paramref name="validators"/> are given (a 304 comes back as <see cref="FetchedResource.NotModified"/>).
    /// Same politeness as pages: robots.txt, the host's turn, retries, the circuit breaker.
    /// </summary>
    public async Task<FetchedResource> FetchFeedAsync(string url, Validators? validators = null, CancellationToken cancel = default)
    {
        var got = await FetchResourceAsync(url, ResourceKind.Feed, validators, cancel);
        if (got.Error is { } error)
            FetchLog.Failed(_log, url, error);
        return got;
    }

    /// <summary>
    /// The least time between requests to the host of <paramref name="url"/>: <see cref="FetchOptions.MinHostInterval"/>,
    /// or the longer Crawl-delay of its robots.txt once read.
    /// </summary>
    public TimeSpan IntervalFor(Uri url) => HostFor(url).Gate.Interval;

    /// <summary>The rules robots.txt sets for the host of <paramref name="url"/> (fetched once per host).</summary>
    public async Task<RobotsRules> RobotsAsync(Uri url, CancellationToken cancel = default) =>
        await HostFor(url).Robots!.Value.WaitAsync(cancel);

    private async Task<FetchedResource> FetchResourceAsync(string url, ResourceKind kind, Validators? validators, CancellationToken cancel)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return FetchedResource.Failed(url, "not an http or https URL");
        var chain = new List<string> { uri.AbsoluteUri };
        while (true)
        {
            HttpResponseMessage response;
            int attempts;
            try
            {
                (response, attempts) = await SendAsync(uri, kind, validators, cancel);
            }
            catch (FetchRefused e)
            {
                return FetchedResource.Failed(url, e.Message);
            }
            catch (BrokenCircuitException)
            {
                return FetchedResource.Failed(url, "the host keeps failing (circuit open after repeated errors); not tried");
            }
            catch (HttpRequestException e)
            {
                return FetchedResource.Failed(url, $"cannot connect ({(e.InnerException ?? e).Message})");
            }
            using (response)
            {
                int status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    var next = new Uri(uri, location);
                    if (next.Scheme is not ("http" or "https"))
                        return FetchedResource.Failed(url, $"redirected to a non-web address ({next.Scheme}:)");
                    if (chain.Contains(next.AbsoluteUri))
                        return FetchedResource.Failed(url, $"redirect loop ({string.Join(" → ", chain.Append(next.AbsoluteUri).Select(Short))})");
                    if (chain.Count > _options.MaxRedirects)
                        return FetchedResource.Failed(url, $"too many redirects (over {_options.MaxRedirects})");
                    chain.Add(next.AbsoluteUri);
                    uri = next;
                    continue;
                }
                var etag = response.Headers.ETag?.ToString();
                var modified = response.Content.Headers.LastModified?.ToString("R");
                if (status == 304 && validators is not null)
                    return new FetchedResource(url, uri, status, null, null, etag ?? validators.ETag, modified ?? validators.LastModified, null);
                if (status is < 200 or >= 300)
                    return FetchedResource.Failed(url, HttpStatusText.Failure(status, response.ReasonPhrase, attempts));
                var raw = await response.Content.ReadAsByteArrayAsync(cancel); // buffered already, under the limit
                var coding = string.Join(",", response.Content.Headers.ContentEncoding);
                if (!ContentCoding.TryDecode(raw, coding, _options.MaxBodyBytes, out var body, out var error))
                    return FetchedResource.Failed(url, error);
                return new FetchedResource(url, uri, status, body, response.Content.Headers.ContentType?.ToString(), etag, modified, null);
            }
        }
    }

    private static string Short(string url) => Uri.TryCreate(url, UriKind.Absolute, out var u) ? u.PathAndQuery : url;

    private InputItem Fail(string url, string reason)
    {
        FetchLog.Failed(_log, url, reason);
        return InputItem.Fail(url, reason);
    }

    private InputItem PageOf(string url, FetchedResource got)
    {
        if (!PageText.TryDecode(got.Body!, got.ContentType, out var text, out var error))
            return Fail(url, error);
        return InputItem.Of(new RawDocument(url, DocumentFormat.Html, text) { Given = new GivenFields { Url = got.FinalUrl.AbsoluteUri } });
    }

    private Host HostFor(Uri uri)
    {
        var key = uri.GetLeftPart(UriPartial.Authority);
        return _hosts.GetOrAdd(key, _ =>
        {
            var host = new Host(_options);
            host.Robots = new Lazy<Task<RobotsRules>>(() => LoadRobotsAsync(new Uri(key), host));
            host.Pipeline = BuildPipeline();
            return host;
        });
    }

    /// <summary>One request through robots.txt, the host's turn and the retry pipeline; the body buffered under the limits.</summary>
    private async Task<(HttpResponseMessage Response, int Attempts)> SendAsync(Uri uri, ResourceKind kind, Validators? validators, CancellationToken cancel)
    {
        var host = HostFor(uri);
        var rules = await host.Robots!.Value.WaitAsync(cancel);
        if (rules.DisallowAll)
            throw new FetchRefused("robots.txt could not be fetched (a server error or no answer), which forbids crawling the host");
        if (!rules.Allows(uri.PathAndQuery))
            throw new FetchRefused("disallowed by robots.txt");
        var attempt = new Attempt();
        var response = await host.Pipeline!.ExecuteAsync(
            async (state, token) =>
            {
                state.Attempt.Count++;
                return await state.Self.AttemptAsync(state.Uri, state.Host, state.Kind, state.Validators, token);
            },
            (Self: this, Uri: uri, Host: host, Attempt: attempt, Kind: kind, Validators: validators),
            cancel);
        return (response, attempt.Count);
    }

    private ResiliencePipeline<HttpResponseMessage> BuildPipeline()
    {
        var retry = new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = Math.Max(1, _options.MaxRetries),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = _options.RetryDelay,
            // Retry-After is read below, so that a request for a longer wait than we give is reported, not retried.
            ShouldRetryAfterHeader = false,
            ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
            {
                { Exception: HttpRequestException } => true,
                { Result: { } r } => IsRetryable(r) && (RetryAfter(r) is not { } wait || wait <= _options.MaxRetryAfter),
                _ => false,
            }),
            DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { } r && RetryAfter(r) is { } wait ? wait : (TimeSpan?)null),
            OnRetry = args =>
            {
                var reason = args.Outcome.Result is { } r ? $"{(int)r.StatusCode}" : args.Outcome.Exception?.Message ?? "error";
                FetchLog.Retrying(_log, args.Outcome.Result?.RequestMessage?.RequestUri?.AbsoluteUri ?? "", args.AttemptNumber + 1, args.RetryDelay, reason);
                return ValueTask.CompletedTask;
            },
        };
        if (_options.MaxRetries <= 0)
            retry.ShouldHandle = _ => ValueTask.FromResult(false);
        var breaker = new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = 0.8,
            MinimumThroughput = 10,
            SamplingDuration = TimeSpan.FromMinutes(1),
            BreakDuration = TimeSpan.FromSeconds(30),
        };
        return new ResiliencePipelineBuilder<HttpResponseMessage>().AddRetry(retry).AddCircuitBreaker(breaker).Build();
    }

    private static bool IsRetryable(HttpResponseMessage r) => (int)r.StatusCode is 429 or 408 or >= 500;

    /// <summary>The wait a Retry-After header asks for (seconds or a date); null without one.</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage r)
    {
        var header = r.Headers.RetryAfter;
        if (header?.Delta is { } delta)
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }
        return null;
    }

    /// <summary>One attempt in the host's turn: send, read the body under the limits, archive the exchange, leave.</summary>
    private async Task<HttpResponseMessage> AttemptAsync(Uri uri, Host host, ResourceKind kind, Validators? validators, CancellationToken cancel)
    {
        var lease = await host.Gate.EnterAsync(cancel);
        try
        {
            await _parallel.WaitAsync(cancel);
        }
        catch
        {
            host.Gate.Leave(lease);
            throw;
        }
        DateTimeOffset? notBefore = null;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(_options.TotalTimeout);
        var clock = Stopwatch.StartNew();
        try
        {
            using var request = NewRequest(uri, kind, validators);
            var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            int status = (int)response.StatusCode;
            byte[] raw;
            if (status is >= 200 and < 300)
            {
                var media = PageText.MediaType(response.Content.Headers.ContentType?.MediaType);
                if (kind == ResourceKind.Page && media.Length > 0 && !PageText.IsHtml(media))
                    throw Refuse(response, $"not an HTML page ({media})");
                if (response.Content.Headers.ContentLength is { } length && length > _options.MaxBodyBytes)
                    throw Refuse(response, $"page too large ({length:N0} bytes; the limit is {_options.MaxBodyBytes:N0})");
                raw = await ReadLimitedAsync(response, _options.MaxBodyBytes, timeout.Token)
                    ?? throw Refuse(response, $"page too large (over {_options.MaxBodyBytes:N0} bytes)");
                if (kind == ResourceKind.Page && media.Length == 0 && !PageText.SniffHtml(raw))
                    throw Refuse(response, "not an HTML page (no Content-Type, and the body is not HTML)");
            }
            else
            {
                // Redirects and errors: a little of the body, for the archive; the rest is not read.
                raw = await ReadLimitedAsync(response, SmallBodyBytes, timeout.Token, truncate: true) ?? [];
                if (IsRetryable(response) && RetryAfter(response) is { } wait)
                    notBefore = DateTimeOffset.UtcNow + wait;
            }
            FetchLog.Fetched(_log, uri.AbsoluteUri, status, raw.LongLength, clock.ElapsedMilliseconds);
            _archive?.WriteExchange(uri.AbsoluteUri, DateTimeOffset.UtcNow, null, RequestHead(request), ResponseHead(response), raw);
            var buffered = new ByteArrayContent(raw);
            foreach (var h in response.Content.Headers)
                buffered.Headers.TryAddWithoutValidation(h.Key, h.Value);
            response.Content.Dispose();
            response.Content = buffered;
            return response;
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            throw new FetchRefused($"timed out (no complete answer within {_options.TotalTimeout.TotalSeconds:0.#} s)");
        }
        finally
        {
            _parallel.Release();
            host.Gate.Leave(lease, notBefore);
        }
    }

    private static FetchRefused Refuse(HttpResponseMessage response, string reason)
    {
        response.Dispose();
        return new FetchRefused(reason);
    }

    private HttpRequestMessage NewRequest(Uri uri, ResourceKind kind = ResourceKind.Page, Validators? validators = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        request.Headers.Accept.ParseAdd(kind == ResourceKind.Page
            ? "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"
            : "application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5");
        if (validators?.ETag is { Length: > 0 } etag)
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        if (validators?.LastModified is { Length: > 0 } modified)
            request.Headers.TryAddWithoutValidation("If-Modified-Since", modified);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", ContentCoding.Accepted);
        return request;
    }

    /// <summary>The body up to <paramref name="limit"/> bytes, read as it streams; null when it is longer (or cut there when <paramref name="truncate"/>).</summary>
    private static async Task<byte[]?> ReadLimitedAsync(HttpResponseMessage response, long limit, CancellationToken cancel, bool truncate = false)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancel);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await stream.ReadAsync(chunk, cancel)) > 0)
        {
            if (buffer.Length + n > limit)
            {
                if (!truncate)
                    return null;
                buffer.Write(chunk, 0, (int)(limit - buffer.Length));
                break;
            }
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    private static byte[] RequestHead(HttpRequestMessage request)
    {
        var sb = new StringBuilder($"GET {request.RequestUri!.PathAndQuery} HTTP/1.1\r\nHost: {request.RequestUri.Authority}\r\n");
        AppendHeaders(sb, request.Headers);
        return Encoding.ASCII.GetBytes(sb.Append("\r\n").ToString());
    }

    private static byte[] ResponseHead(HttpResponseMessage response)
    {
        var sb = new StringBuilder($"HTTP/{response.Version.Major}.{response.Version.Minor} {(int)response.StatusCode} {response.ReasonPhrase}\r\n");
        AppendHeaders(sb, response.Headers);
        AppendHeaders(sb, response.Content.Headers);
        return Encoding.Latin1.GetBytes(sb.Append("\r\n").ToString());
    }

    // The body is archived without its transfer coding, so that header is left out.
    private static void AppendHeaders(StringBuilder sb, HttpHeaders headers)
    {
        foreach (var h in headers.NonValidated)
        {
            if (h.Key.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
                continue;
            foreach (var v in h.Value)
                sb.Append(h.Key).Append(": ").Append(v).Append("\r\n");
        }
    }

    /// <summary>robots.txt for a host, fetched in the host's turn: 2xx parsed, 4xx allows everything, 5xx or no answer forbids all.</summary>
    private async Task<RobotsRules> LoadRobotsAsync(Uri origin, Host host)
    {
        RobotsRules rules;
        string outcome;
        var uri = new Uri(origin, "/robots.txt");
        var lease = await host.Gate.EnterAsync(CancellationToken.None);
        try
        {
            using var timeout = new CancellationTokenSource(_options.TotalTimeout);
            (rules, outcome) = await ReadRobotsAsync(uri, timeout.Token);
            // Set before leaving, so the first page already waits the Crawl-delay after robots.txt.
            if (rules.CrawlDelay is { } delay && delay > host.Gate.Interval)
                host.Gate.Interval = delay;
        }
        finally
        {
            host.Gate.Leave(lease);
        }
        FetchLog.Robots(_log, origin.Authority, outcome, host.Gate.Interval);
        return rules;
    }

    private async Task<(RobotsRules, string)> ReadRobotsAsync(Uri uri, CancellationToken cancel)
    {
        try
        {
            // Redirects within the host are followed (RFC 9309 asks for up to five).
            for (int hop = 0; hop <= 5; hop++)
            {
                using var request = NewRequest(uri);
                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel);
                int status = (int)response.StatusCode;
                var raw = await ReadLimitedAsync(response, RobotsRules.MaxBytes, cancel, truncate: true) ?? [];
                _archive?.WriteExchange(uri.AbsoluteUri, DateTimeOffset.UtcNow, null, RequestHead(request), ResponseHead(response), raw);
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    var next = new Uri(uri, location);
                    if (!string.Equals(next.Authority, uri.Authority, StringComparison.OrdinalIgnoreCase))
                        return (RobotsRules.AllowAll, "redirected off the host: none");
                    uri = next;
                    continue;
                }
                if (status is >= 200 and < 300)
                {
                    var coding = string.Join(",", response.Content.Headers.ContentEncoding);
                    if (!ContentCoding.TryDecode(raw, coding, RobotsRules.MaxBytes * 4L, out var decoded, out _))
                        return (RobotsRules.AllowAll, "undecodable: none");
                    return (RobotsRules.Parse(Encoding.UTF8.GetString(decoded), FetchOptions.ProductToken), $"read ({status})");
                }
                if (status is 429 or >= 500)
                    return (RobotsRules.Unreachable, $"unreachable ({status})");
                return (RobotsRules.AllowAll, $"absent ({status})");
            }
            return (RobotsRules.AllowAll, "too many redirects: none");
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            return (RobotsRules.Unreachable, $"unreachable ({e.Message})");
        }
    }

    public void Dispose()
    {
        _http.Dispose();
        _parallel.Dispose();
        _archive?.Dispose();
        foreach (var host in _hosts.Values)
            host.Dispose();
    }
}
