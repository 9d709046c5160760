using Carbet.Testing;

using Microsoft.Playwright;

namespace Carbet.Web.Tests;

/// <summary>Debian's Chromium, driven by Playwright, shared by the browser tests; each test opens its own context (cookies).</summary>
/// <remarks>Never Playwright's own browser download: .ci/run installs the <c>chromium</c> package. When
/// <see cref="ExecutablePath"/> is absent, browser tests skip locally and fail in CI.</remarks>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
            return;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>A page in a fresh context, in <paramref name="locale"/>; skips or fails the test when Chromium is not installed.</summary>
    public async Task<IPage> NewPageAsync(string baseUrl, string locale = "en-US")
    {
        if (_browser is null)
            Services.Missing($"Chromium is not installed at {ExecutablePath}.");
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, Locale = locale });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
