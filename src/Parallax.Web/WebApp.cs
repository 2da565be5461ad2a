using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Parallax.Rendering;
using Parallax.Web.Api;
using Parallax.Web.Pages;
using Parallax.Web.Security;
using Parallax.Web.Services;

namespace Parallax.Web;

/// <summary>
/// <c>parallax serve</c>: the web UI and JSON API over the store, on Kestrel. Pages are rendered on the
/// server; the one stylesheet is served from the assembly, so nothing is fetched from the network.
/// </summary>
public static class WebApp
{
    /// <summary>Serves until Ctrl-C or SIGTERM; tells <paramref name="listening"/> each address once it listens.</summary>
    public static void Run(ServeOptions options, Action<string> listening)
    {
        using var app = StartAsync(options).GetAwaiter().GetResult();
        foreach (var url in app.Urls)
            listening(url);
        app.WaitForShutdown();
    }

    /// <summary>
    /// Builds and starts the server, then checks the addresses Kestrel actually bound, whatever configured them:
    /// beyond loopback without a token it stops before serving a request and throws. Until that check has
    /// passed, every request is answered 503.
    /// </summary>
    public static async Task<WebApplication> StartAsync(ServeOptions options, CancellationToken cancel = default)
    {
        var app = Build(options);
        await app.StartAsync(cancel);
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        if (string.IsNullOrEmpty(options.Token) && !AccessGate.LoopbackOnly(bound, out var outside))
        {
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
            throw new InvalidOperationException(RefusalWithoutToken(outside!));
        }
        app.Services.GetRequiredService<StartupCheck>().Passed = true;
        return app;
    }

    private static string RefusalWithoutToken(string outside) =>
        $"refusing to listen on {outside} without an access token: set one with --token or PARALLAX_TOKEN (--token generate makes one), or listen on loopback only";

    /// <summary>Whether the addresses the server bound have been checked (see <see cref="StartAsync"/>).</summary>
    internal sealed class StartupCheck
    {
        public volatile bool Passed;
    }

    /// <summary>Checks the addresses and the token, and builds the app (not started; <see cref="StartAsync"/> starts and checks it).</summary>
    public static WebApplication Build(ServeOptions options)
    {
        foreach (var url in options.Urls)
        {
            if (UrlProblem(url) is { } problem)
                throw new InvalidOperationException(problem);
        }
        if (!string.IsNullOrEmpty(options.Token) && TokenStrength.Weakness(options.Token) is { } weakness)
            throw new InvalidOperationException($"the access token is too weak: {weakness} (--token generate makes a strong one)");
        if (!AccessGate.LoopbackOnly(options.Urls, out var outside) && string.IsNullOrEmpty(options.Token))
            throw new InvalidOperationException(RefusalWithoutToken(outside!));

        // The content root is the program's folder, and every configuration source is dropped: an
        // appsettings.json in the working directory, Kestrel__Endpoints__… or ASPNETCORE_URLS in the
        // environment cannot add an address. The server listens where --urls says, and nowhere else.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = options.MaxBodyBytes;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            k.AddServerHeader = false;
            options.Kestrel?.Invoke(k);
        });
        // Logs go to standard error: standard output says only where the server listens.
        builder.Services.Configure<ConsoleLoggerOptions>(c => c.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(options.LogLevel);
        // A failure to start (an address that cannot be bound) reaches the caller as an exception and one line; the host's own log of it is a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        foreach (var provider in options.LoggerProviders)
            builder.Logging.AddProvider(provider);
        builder.Services.AddExceptionHandler<ErrorLogging>();
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(f =>
        {
            f.MultipartBodyLengthLimit = options.MaxBodyBytes;
            f.ValueLengthLimit = (int)Math.Min(int.MaxValue, options.MaxBodyBytes);
        });
        builder.Services.AddProblemDetails();
        // The API's JSON is the command line's: snake_case, UTF-8 text unescaped, the listings' shared contract.
        builder.Services.ConfigureHttpJsonOptions(j =>
        {
            j.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower;
            j.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            j.SerializerOptions.TypeInfoResolverChain.Insert(0, StoreJson.Listings);
            j.SerializerOptions.TypeInfoResolverChain.Insert(1, WebJsonContext.Default);
        });
        builder.Services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Parallax API";
            doc.Info.Description = "Stories, their comparison reports (report-format.md), articles, search and ingest.";
            return Task.CompletedTask;
        }));
        builder.Services.AddRequestTimeouts(t => t.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = options.RequestTimeout,
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
            WriteTimeoutResponse = context => Problem(context, StatusCodes.Status503ServiceUnavailable, "The request took too long",
                $"It was stopped after {options.RequestTimeout.TotalSeconds:0} s."),
        });
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(new AccessGate(options.Token));
        builder.Services.AddSingleton(new HostCheck(options.AllowedHosts, options.Urls, !string.IsNullOrEmpty(options.Token)));
        builder.Services.AddSingleton(new SignInLimiter(options.SignInAttemptsPerMinute));
        builder.Services.AddSingleton<StartupCheck>();
        builder.Services.AddSingleton<StoreAccess>();
        builder.Services.AddSingleton<IngestJobs>();

        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = e => e is BadHttpRequestException b ? b.StatusCode : StatusCodes.Status500InternalServerError,
            // ErrorLogging has logged it, with the request.
            SuppressDiagnosticsCallback = _ => true,
        });
        app.UseStatusCodePages();
        var gateLog = app.Services.GetRequiredService<ILogger<AccessGate>>();
        var startup = app.Services.GetRequiredService<StartupCheck>();
        var hosts = app.Services.GetRequiredService<HostCheck>();
        var gate = app.Services.GetRequiredService<AccessGate>();
        var limiter = app.Services.GetRequiredService<SignInLimiter>();
        app.Use(async (context, next) =>
        {
            SecurityHeaders.Apply(context.Response);
            var request = context.Request;
            if (!startup.Passed)
            {
                await Problem(context, 503, "Starting", "The server has not finished checking where it listens.");
                return;
            }
            if (!hosts.Allows(context))
            {
                WebLog.ForeignHost(gateLog, request.Method, request.Path, request.Host.Value ?? "");
                await Problem(context, StatusCodes.Status421MisdirectedRequest, "Unknown host",
                    "This server answers to its loopback names (localhost, 127.0.0.1, [::1]) and the names given with --allowed-host.");
                return;
            }
            var signingIn = HttpMethods.IsPost(request.Method) && request.Path.Equals("/login", StringComparison.OrdinalIgnoreCase);
            var allowed = gate.Allows(context);
            if (gate.Enabled && (signingIn || !allowed) && !limiter.TryAttempt(context))
            {
                WebLog.TooManyAttempts(gateLog, request.Method, request.Path, context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
                context.Response.Headers.RetryAfter = ((int)SignInLimiter.Window.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await Problem(context, StatusCodes.Status429TooManyRequests, "Too many attempts", "Too many requests without the access token from this address; wait a minute.");
                return;
            }
            if (!allowed)
            {
                WebLog.NoToken(gateLog, request.Method, request.Path);
                await Deny(context);
                return;
            }
            if (!SameOrigin(context))
            {
                WebLog.CrossSite(gateLog, request.Method, request.Path);
                await Problem(context, StatusCodes.Status403Forbidden, "Cross-site request refused", "A state-changing request must come from this server's own pages.");
                return;
            }
            // HEAD is answered as GET without the body (Kestrel drops a HEAD response's body and keeps its headers).
            if (HttpMethods.IsHead(request.Method))
                request.Method = HttpMethods.Get;
            await next(context);
        });
        // Routing runs after the checks above (and so sees HEAD as GET); WebApplication would otherwise put it first.
        app.UseRouting();
        app.UseRequestTimeouts();

        app.MapOpenApi("/openapi/{documentName}.json");
        // The pages are for people; the OpenAPI document describes /api only.
        var pages = app.MapGroup("").ExcludeFromDescription();
        pages.MapGet("/assets/parallax.css", () => Asset("parallax.css", "text/css; charset=utf-8", HtmlReportRenderer.Style));
        pages.MapGet("/", StoriesPage.Get);
        pages.MapGet("/stories/{id}", StoryPage.Get);
        pages.MapGet("/articles/{id}", ArticlePage.Get);
        pages.MapGet("/search", SearchPage.Get);
        pages.MapGet("/outlets", OutletsPage.Get);
        pages.MapGet("/add", AddPage.Get);
        pages.MapPost("/add", AddPage.Post).DisableAntiforgery();
        pages.MapGet("/jobs/{id}", AddPage.Job);
        pages.MapGet("/login", () => LoginPage.Get());
        pages.MapPost("/login", LoginPage.Post).DisableAntiforgery();
        StoreApi.Map(app);
        app.MapFallback(() => Page.NotFound("There is no such page.")).ExcludeFromDescription();
        return app;
    }

    /// <summary>A problem-details answer (RFC 9457) written by the middleware, before any endpoint.</summary>
    private static Task Problem(HttpContext context, int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(context);

    /// <summary>Whether a listening address can be served, or the one line that says why not.</summary>
    internal static string? UrlProblem(string url)
    {
        var probe = url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
        if (!Uri.TryCreate(probe, UriKind.Absolute, out var uri) || uri.Host.Length == 0 || uri.Scheme is not ("http" or "https"))
            return $"'{url}' is not a listening address: give http://HOST:PORT, such as http://127.0.0.1:5117";
        if (uri.Scheme == "https")
            return $"'{url}': parallax serve speaks plain HTTP only; listen on http:// and put a TLS proxy in front of it for https";
        if (uri.AbsolutePath != "/" || uri.Query.Length > 0)
            return $"'{url}' is not a listening address: give http://HOST:PORT without a path";
        return null;
    }

    private static Task Deny(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi"))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return Problem(context, StatusCodes.Status401Unauthorized, "An access token is required",
                "Send Authorization: Bearer TOKEN, with the token this server was started with.");
        }
        context.Response.Redirect("/login");
        return Task.CompletedTask;
    }

    /// <summary>
    /// A state-changing request from a browser must come from these pages, so another site cannot post
    /// articles through a visitor's browser: browsers say where a request comes from (Sec-Fetch-Site, else
    /// Origin); clients that say nothing (curl, scripts) are not browsers and pass.
    /// </summary>
    private static bool SameOrigin(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            return true;
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
            return site is "same-origin" or "none";
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
            return true;
        return Uri.TryCreate(origin, UriKind.Absolute, out var o) && string.Equals(o.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }

    private static readonly Dictionary<string, byte[]> Assets = new(StringComparer.Ordinal);

    private static IResult Asset(string name, string contentType, string? appended = null)
    {
        byte[] bytes;
        lock (Assets)
        {
            if (!Assets.TryGetValue(name, out bytes!))
            {
                using var s = Assembly.GetExecutingAssembly().GetManifestResourceStream("assets/" + name)
                    ?? throw new InvalidOperationException($"asset {name} is not embedded");
                using var r = new StreamReader(s, Encoding.UTF8);
                bytes = Encoding.UTF8.GetBytes(r.ReadToEnd() + (appended ?? ""));
                Assets[name] = bytes;
            }
        }
        return Results.Bytes(bytes, contentType);
    }
}
