using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
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
        using var app = Build(options);
        app.Start();
        foreach (var url in app.Urls)
            listening(url);
        app.WaitForShutdown();
    }

    public static WebApplication Build(ServeOptions options)
    {
        if (!AccessGate.LoopbackOnly(options.Urls, out var outside) && string.IsNullOrEmpty(options.Token))
            throw new InvalidOperationException(
                $"refusing to listen on {outside} without an access token: set one with --token or PARALLAX_TOKEN, or listen on loopback only");

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = options.MaxBodyBytes;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            k.AddServerHeader = false;
        });
        // Logs go to standard error: standard output says only where the server listens.
        builder.Services.Configure<ConsoleLoggerOptions>(c => c.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(options.LogLevel);
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
        });
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(new AccessGate(options.Token));
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
        app.Use(async (context, next) =>
        {
            SecurityHeaders.Apply(context.Response);
            var gate = context.RequestServices.GetRequiredService<AccessGate>();
            if (!gate.Allows(context))
            {
                WebLog.NoToken(gateLog, context.Request.Method, context.Request.Path);
                await Deny(context);
                return;
            }
            if (!SameOrigin(context))
            {
                WebLog.CrossSite(gateLog, context.Request.Method, context.Request.Path);
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.Response.WriteAsJsonAsync(new { title = "Cross-site request refused", status = 403 });
                return;
            }
            await next(context);
        });
        app.UseRequestTimeouts();

        app.MapOpenApi("/openapi/{documentName}.json");
        // The pages are for people; the OpenAPI document describes /api only.
        var pages = app.MapGroup("").ExcludeFromDescription();
        pages.MapGet("/assets/parallax.css", () => Asset("parallax.css", "text/css; charset=utf-8", HtmlReportRenderer.Style));
        pages.MapGet("/", StoriesPage.Get);
        pages.MapGet("/stories/{id}", StoryPage.Get);
        pages.MapGet("/articles/{id}", ArticlePage.Get);
        pages.MapGet("/search", SearchPage.Get);
        pages.MapGet("/add", AddPage.Get);
        pages.MapPost("/add", AddPage.Post).DisableAntiforgery();
        pages.MapGet("/jobs/{id}", AddPage.Job);
        pages.MapGet("/login", () => LoginPage.Get());
        pages.MapPost("/login", LoginPage.Post).DisableAntiforgery();
        StoreApi.Map(app);
        app.MapFallback(() => Page.NotFound("There is no such page.")).ExcludeFromDescription();
        return app;
    }

    private static Task Deny(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi"))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return context.Response.WriteAsJsonAsync(new { title = "An access token is required", status = 401 });
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
