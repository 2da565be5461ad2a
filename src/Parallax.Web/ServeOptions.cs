using Microsoft.Extensions.Logging;

namespace Parallax.Web;

/// <summary>How <c>parallax serve</c> runs: which store, where it listens, and what it allows.</summary>
public sealed record ServeOptions
{
    public required string DbPath { get; init; }

    /// <summary>Addresses to listen on (ASP.NET's <c>--urls</c> syntax); loopback by default.</summary>
    public IReadOnlyList<string> Urls { get; init; } = ["http://127.0.0.1:5117"];

    /// <summary>The access token; required when listening beyond loopback.</summary>
    public string? Token { get; init; }

    /// <summary>Host names accepted beside the loopback ones (a DNS name or address this server is reached by); see HostCheck.</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    /// <summary>Sign-in attempts and requests refused for want of the token, per client address and minute, before 429.</summary>
    public int SignInAttemptsPerMinute { get; init; } = 10;

    /// <summary>Changes Kestrel's settings after ours (tests bind an address this way to prove the bound-address check).</summary>
    internal Action<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>? Kestrel { get; init; }

    /// <summary>The largest request body accepted (uploads included): room for a few articles at the 16 MiB per-file limit.</summary>
    public long MaxBodyBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>How long a request may run before it is cut off (an ingest of many uploads runs as a job instead).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The least severe log entries written (to standard error); Warning keeps a quiet server quiet.</summary>
    public LogLevel LogLevel { get; init; } = LogLevel.Warning;

    /// <summary>Where else log entries go, beside standard error (tests capture them here).</summary>
    public IReadOnlyList<ILoggerProvider> LoggerProviders { get; init; } = [];
}
