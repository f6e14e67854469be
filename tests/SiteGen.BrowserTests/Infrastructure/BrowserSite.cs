using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Playwright;
using SiteGen.Pipeline;
using SiteGen.Rendering;
using Xunit;

namespace SiteGen.BrowserTests.Infrastructure;

/// <summary>
/// Shared by every browser test, once per run: the repository's sample site built into a temporary folder,
/// served by Kestrel under /performance/ (as a council would put it under a sub-folder), and one headless
/// Chromium (Debian's, at /usr/bin/chromium) driven by Playwright. Where the prerequisites are missing outside
/// CI, the tests are skipped by <see cref="BrowserFactAttribute"/> and this fixture does nothing.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public const string Folder = "/performance/";

    /// <summary>The sample's base_url: only the 404 page links to it (a host serves 404.html at any depth); the browser's requests to it are answered from the built files.</summary>
    public const string PublicAddress = "https://plans.example.org/";

    private readonly string _temp = Path.Combine(Path.GetTempPath(), "sitegen-browser-tests", Guid.NewGuid().ToString("N"));
    private WebApplication? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string Output => Path.Combine(_temp, "_site");

    /// <summary>The address of the site's home page on the local server, ending in /performance/.</summary>
    public Uri Home { get; private set; } = null!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser was not started.");

    /// <summary>Screenshots of each page type at each width, kept after the run as test artifacts.</summary>
    public static string Screenshots { get; } = Environment.GetEnvironmentVariable("SITEGEN_SCREENSHOTS") is { Length: > 0 } folder
        ? Path.GetFullPath(folder)
        : Path.Combine(Prerequisites.Root, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        if (Prerequisites.SkipReason() is not null) return;
        if (Prerequisites.Missing() is { } missing) throw new InvalidOperationException($"CI is set and {missing} is missing: the browser tests cannot run; {Prerequisites.HowToInstall}.");

        Directory.CreateDirectory(_temp);
        var result = await SiteBuilder.BuildAsync(Path.Combine(Prerequisites.Root, "site.yml"), Output);
        if (!result.Succeeded) throw new InvalidOperationException("The sample site did not build:\n" + string.Join("\n", result.Diagnostics));

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        var files = new PhysicalFileProvider(Output);
        _app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = "/performance" });
        _app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = "/performance", ContentTypeProvider = new FileExtensionContentTypeProvider() });
        // Like a configured host (error_page 404 /performance/404.html): any other address gets the not-found page with status 404.
        _app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(Path.Combine(Output, "404.html"));
        });
        await _app.StartAsync();
        Home = new Uri(new Uri(_app.Urls.First()), Folder);

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Prerequisites.Chromium,
            Headless = true,
            // Containers often run as root with a small /dev/shm.
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>
    /// A fresh browser context: JavaScript on or off, a viewport width. Requests to the site's public address
    /// are answered from the built files; any other address outside this machine is refused, so a page that
    /// reached for a third-party resource would show it.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(bool javaScript = true, int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = javaScript,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-GB",
        });
        await context.RouteAsync("**", async route =>
        {
            if (new Uri(route.Request.Url).Host == "127.0.0.1") await route.ContinueAsync();
            else await route.AbortAsync("blockedbyclient");
        });
        await context.RouteAsync(PublicAddress + "**", async route =>
        {
            var path = new Uri(route.Request.Url).AbsolutePath.TrimStart('/');
            var file = Path.Combine(Output, path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path);
            if (File.Exists(file)) await route.FulfillAsync(new RouteFulfillOptions { Path = file });
            else await route.FulfillAsync(new RouteFulfillOptions { Status = 404, Path = Path.Combine(Output, "404.html") });
        });
        return context;
    }

    /// <summary>The local address of a page of the site, given its path under the site root (<c>search/?q=ni+59</c>).</summary>
    public Uri Url(string path) => new(Home, path);

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        try
        {
            if (Directory.Exists(_temp)) Directory.Delete(_temp, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
