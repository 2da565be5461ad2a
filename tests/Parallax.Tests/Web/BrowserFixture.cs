using Microsoft.Playwright;

namespace Parallax.Tests.Web;

/// <summary>
/// Debian's Chromium driven by Playwright (no browser download: the system's /usr/bin/chromium, or
/// PARALLAX_CHROMIUM). Screenshots go to a folder the tests print.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public static string? ChromiumPath { get; } = new[] { Environment.GetEnvironmentVariable("PARALLAX_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
        .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    /// <summary>Where screenshots go: PARALLAX_SCREENSHOTS, else a folder in the temporary directory.</summary>
    public static string Screenshots { get; } = Environment.GetEnvironmentVariable("PARALLAX_SCREENSHOTS") is { Length: > 0 } dir
        ? Path.GetFullPath(dir)
        : Path.Combine(Path.GetTempPath(), "parallax-screenshots");

    /// <summary>CI sets PARALLAX_REQUIRE_BROWSER: there a missing Chromium fails the browser tests instead of skipping them.</summary>
    public static bool Required => Environment.GetEnvironmentVariable("PARALLAX_REQUIRE_BROWSER") is { Length: > 0 };

    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (ChromiumPath is null)
            return;
        Directory.CreateDirectory(Screenshots);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // As root in a container, and with no network beyond loopback: no sandbox, no background traffic.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
