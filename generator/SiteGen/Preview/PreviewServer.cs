using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SiteGen.Rendering;
using SiteGen.Routing;

namespace SiteGen.Cli.Preview;

/// <summary>
/// <c>sitegen serve</c>: builds the site, serves the last good build on 127.0.0.1 with Kestrel from
/// the shared framework, rebuilds when content, themes or site.yml change, and tells open pages.
/// Only the loopback address is bound: a preview of unpublished plans is not for the network; and only
/// requests addressed to it are answered (<see cref="HostCheck"/>). The port is taken before the first
/// build, so a port in use is said at once rather than after building a large site.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    public const int DefaultPort = 8080;

    /// <summary>
    /// How long the watched files must be quiet before a rebuild starts. The system reports every write, so a
    /// file still being written keeps the watcher waiting; an editor's save (a temporary file written, renamed
    /// over the old one, its attributes set) is over within a few milliseconds. 200 ms, as it was, was most of
    /// what an officer waited for at 100 councils; 50 ms still lets a save or a checkout settle into one rebuild,
    /// and a change that arrives later starts another, which is built from the files as they then are.
    /// </summary>
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(50);
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly byte[] Script = Encoding.UTF8.GetBytes(LiveReload.Script);

    private readonly WebApplication _app;
    private readonly TextWriter _stdout;
    private readonly Lock _watching = new();
    private ChangeWatcher? _watcher;
    private bool _disposed;

    private PreviewServer(PreviewSession session, WebApplication app, TextWriter stdout)
    {
        Session = session;
        _app = app;
        _stdout = stdout;
    }

    public PreviewSession Session { get; }

    /// <summary>The address the server listens on, with the real port when 0 was asked for, e.g. <c>http://127.0.0.1:8080</c>.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Where the site itself is: <see cref="Address"/> plus the path of base_url.</summary>
    public Uri SiteAddress => new(Address, Session.Site?.BasePath ?? PreviewSnapshot.BasePathOf(Session.Settings?.BaseUrl));

    /// <summary>Starts listening, builds once (saying how far it has got), then serves and watches. Port 0 picks a free port.</summary>
    public static async Task<PreviewServer> StartAsync(string settingsPath, int port, TextWriter stdout, TextWriter stderr)
    {
        var session = new PreviewSession(settingsPath, stdout, stderr);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = session.RootFolder });
        builder.WebHost.UseKestrelCore();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new PreviewServer(session, app, stdout);
        app.Run(server.HandleAsync);

        // Watch before the first build, so an edit made while it runs is not missed.
        server.WatchFolders();
        await session.StartWatchingAsync();
        try
        {
            // Before building: a port in use is said at once. Until the first build ends, pages say the site is being built.
            await app.StartAsync();
        }
        catch
        {
            // E.g. the port is taken: nothing may be left watching or listening.
            lock (server._watching)
            {
                server._disposed = true;
                server._watcher?.Dispose();
            }

            await app.DisposeAsync();
            throw;
        }

        server.Address = new Uri(app.Urls.First());
        stdout.WriteLine($"Listening on {server.Address}; building the site first.");
        await session.RebuildAsync("start", new FirstBuildProgress(stdout));
        // site.yml may name another content folder than the one watched so far; an edit saved there while the first build
        // was reading, before its watcher started, is built now.
        if (server.WatchFolders().Recreated && await session.StartWatchingAsync()) await session.RebuildAsync("content changed while building");
        await session.RehearseEditAsync();
        return server;
    }

    /// <summary>
    /// (Re)creates the watchers when the folders to watch changed: site.yml changed <c>content:</c>, or a theme
    /// folder was created. Returns whether it made new watchers, and whether they watch a folder the old did not: files
    /// may have been written into it before its watcher started, so the caller builds once more.
    /// </summary>
    private (bool Recreated, bool NewFolders) WatchFolders()
    {
        var root = Session.RootFolder;
        var content = Session.Settings?.ContentFolder ?? Path.Combine(root, "content");
        // The theme's files: every theme in themes/, and the site's own layouts/, i18n/ and assets/ beside site.yml.
        var themeFolders = new[] { "themes", "layouts", "i18n", "assets" }.Select(f => Path.Combine(root, f)).ToList();
        lock (_watching)
        {
            var before = _watcher;
            if (_disposed || (before is not null && before.ContentFolder == content && before.ThemeFolders.SequenceEqual(themeFolders.Where(Directory.Exists)))) return (false, false);
            // The new watchers start before the old ones stop, so no save falls between them.
            _watcher = new ChangeWatcher(Session.SettingsPath, content, themeFolders, Debounce, changed => _ = OnChangedAsync(changed));
            before?.Dispose();
            return (true, before is not null && _watcher.ThemeFolders.Except(before.ThemeFolders).Any());
        }
    }

    private async Task OnChangedAsync(IReadOnlyList<string> changed)
    {
        var root = Session.RootFolder;
        var edits = changed;
        var first = Path.GetRelativePath(root, edits[0]).Replace('\\', '/');
        try
        {
            await Session.RebuildAsync(edits.Count == 1 ? first + " changed" : $"{first} and {edits.Count - 1} more changed", changed: edits);
            var (recreated, newFolders) = WatchFolders();
            if (recreated && await Session.StartWatchingAsync() && !newFolders) await Session.RebuildAsync("content changed while building");
            if (newFolders) await Session.RebuildAsync(first + " created");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // A folder vanished or became unreadable between the change and the rebuild; the next change tries again.
            _stdout.WriteLine($"Could not watch for changes ({e.Message}).");
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        if (!HostCheck.IsOwn(request.Host, context.Connection.LocalPort))
        {
            await WriteAsync(response, 403, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes($"This preview answers only at http://127.0.0.1:{context.Connection.LocalPort}/ (or localhost)."));
            return;
        }

        var path = request.Path.Value ?? "/";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        switch (path)
        {
            case LiveReload.EventsPath:
                await StreamBuildsAsync(context);
                return;
            case LiveReload.StatusPath:
                await WriteAsync(response, 200, "application/json", Encoding.UTF8.GetBytes(Session.Status.ToJson()));
                return;
            case LiveReload.ScriptPath:
                await WriteAsync(response, 200, "text/javascript", Script);
                return;
        }

        var site = Session.Site;
        if (site is null)
        {
            var building = Session.Status.Build == 0;
            var explanation = building
                ? "The site is being built for the first time; this page reloads when it is ready."
                : $"{Session.Status.Message} The problems are listed in the terminal; this page reloads when they are fixed.";
            var page = $"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not built yet</title></head><body><h1>The site has not been built yet</h1><p>{WebUtility.HtmlEncode(explanation)}</p>{LiveReload.Tag(null)}</body></html>";
            await WriteAsync(response, 503, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(page));
            return;
        }

        if (!path.StartsWith(site.BasePath, StringComparison.Ordinal))
        {
            // The site lives under base_url's path, as it will when published; its parent folders lead to it.
            if (site.BasePath.StartsWith(path.EndsWith('/') ? path : path + "/", StringComparison.Ordinal)) response.Redirect(site.BasePath);
            else await WriteAsync(response, 404, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes($"Not part of the site, which is served at {site.BasePath}"));
            return;
        }

        var address = path[site.BasePath.Length..];
        var file = PagePath.FromAddress(address).File;
        if (site.Files.TryGetValue(file, out var bytes))
        {
            await WriteFileAsync(response, 200, file, bytes, site.Version);
        }
        else if (site.Files.ContainsKey(PagePath.ForFolder(address).File))
        {
            // Folder-style links are relative to the folder, so /plans/x must become /plans/x/ for them to work.
            response.Redirect(path + "/" + request.QueryString);
        }
        else if (site.Files.TryGetValue("404.html", out var notFound))
        {
            await WriteFileAsync(response, 404, "404.html", notFound, site.Version);
        }
        else
        {
            await WriteAsync(response, 404, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes("Not found"));
        }
    }

    private static Task WriteFileAsync(HttpResponse response, int status, string path, byte[] bytes, string version)
    {
        if (!ContentTypes.TryGetContentType(path, out var type)) type = "application/octet-stream";
        if (type != "text/html") return WriteAsync(response, status, type, bytes);

        // The page is sent as it is, around the tag: no copy of it is made for the response.
        var at = LiveReload.InsertionPoint(bytes);
        return WriteAsync(response, status, "text/html; charset=utf-8", bytes.AsMemory(0, at), Encoding.UTF8.GetBytes(LiveReload.Tag(version)), bytes.AsMemory(at));
    }

    private static async Task WriteAsync(HttpResponse response, int status, string contentType, params ReadOnlyMemory<byte>[] body)
    {
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = body.Sum(part => (long)part.Length);
        if (HttpMethods.IsHead(response.HttpContext.Request.Method)) return;
        foreach (var part in body) await response.Body.WriteAsync(part);
    }

    /// <summary>Server-Sent Events: the current status at once, then one <c>build</c> event after every build, until the page or the server goes away.</summary>
    private async Task StreamBuildsAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var stopping = _app.Services.GetService(typeof(IHostApplicationLifetime)) is IHostApplicationLifetime lifetime ? lifetime.ApplicationStopping : CancellationToken.None;
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await response.WriteAsync("retry: 1000\n\n", cancel.Token);
            while (true)
            {
                var next = Session.NextBuild;
                await response.WriteAsync($"event: build\ndata: {Session.Status.ToJson()}\n\n", cancel.Token);
                await response.Body.FlushAsync(cancel.Token);
                await next.WaitAsync(cancel.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or the preview is stopping.
        }
    }

    public async ValueTask DisposeAsync()
    {
        lock (_watching)
        {
            _disposed = true;
            _watcher?.Dispose();
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
        Session.Stop();
    }
}
