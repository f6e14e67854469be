using System.Collections.Concurrent;
using SiteGen.Diagnostics;
using SiteGen.Discovery;
using SiteGen.Emit;
using SiteGen.Rendering;
using SiteGen.Search;

namespace SiteGen.Pipeline;

/// <summary>
/// The whole pipeline for <c>sitegen build</c>. Nothing is written unless the content has no errors,
/// and the output folder changes only when every page has been written to the staging folder.
/// </summary>
public static class SiteBuilder
{
    /// <param name="progress">Told of each stage and each rendered page, from any thread; null when nobody is watching.</param>
    public static async Task<BuildResult> BuildAsync(string settingsPath, string? outputOverride, ThemeCatalog themes, IProgress<BuildProgress>? progress = null)
    {
        progress?.Report(new BuildProgress(BuildStage.ReadingContent, 0, 0));
        var (diagnostics, loaded, theme) = Prepare(settingsPath, outputOverride, themes);
        if (loaded is null || theme is null) return new BuildResult(diagnostics.Sorted(), 0, null);

        using var output = new StagedOutput(loaded.Settings.OutputFolder);
        var (pages, _) = await WriteSiteAsync(loaded, theme, output, progress: progress);
        progress?.Report(new BuildProgress(BuildStage.Writing, pages, pages));
        output.Commit();
        return new BuildResult(diagnostics.Sorted(), pages, loaded.Settings.OutputFolder);
    }

    /// <summary>
    /// The same build held in memory, for <c>sitegen serve</c>: nothing is written to disk, and the
    /// settings are returned whenever site.yml could be read, even when the content has errors.
    /// </summary>
    /// <remarks>With a <paramref name="cache"/> from the previous build, only the pages an edit can reach are built, and only those whose view model changed are rendered.</remarks>
    /// <param name="pagesFirst">
    /// Return as soon as the pages are rendered, with the files beside them (search index, indicator data,
    /// sitemap) still being made in <see cref="InMemoryBuild.Beside"/>: an officer waits for the page, not the index.
    /// </param>
    /// <param name="progress">Told of each stage and each rendered page, as for a build; serve shows it for the first build, which is a full one.</param>
    public static async Task<InMemoryBuild> BuildInMemoryAsync(string settingsPath, ThemeCatalog themes, IncrementalBuild? incremental = null, bool pagesFirst = false, IProgress<BuildProgress>? progress = null)
    {
        progress?.Report(new BuildProgress(BuildStage.ReadingContent, 0, 0));
        var (diagnostics, loaded, theme) = Prepare(settingsPath, null, themes, incremental);
        if (loaded is null || theme is null) return new InMemoryBuild(new BuildResult(diagnostics.Sorted(), 0, null), loaded?.Settings, null);

        var output = new MemoryOutput();
        var (pages, beside) = await WriteSiteAsync(loaded, theme, output, incremental?.Pages, progress, pagesFirst);
        if (incremental is not null) incremental.PreviousLoad = loaded;
        return new InMemoryBuild(new BuildResult(diagnostics.Sorted(), pages, null), loaded.Settings, output.Files, beside);
    }

    /// <summary>Loads and checks the content and finds the theme; the loaded content is returned even with errors, the theme only when there are none.</summary>
    private static (DiagnosticBag Diagnostics, ContentLoader.Loaded? Loaded, ViewModels.ITheme? Theme) Prepare(string settingsPath, string? outputOverride, ThemeCatalog themes, IncrementalBuild? incremental = null)
    {
        var diagnostics = new DiagnosticBag();
        var loaded = ContentLoader.Load(settingsPath, outputOverride, diagnostics, incremental?.PreviousLoad, stamp: incremental is not null);
        if (loaded is null || diagnostics.HasErrors) return (diagnostics, loaded, null);

        var theme = themes.Find(loaded.Settings.Theme);
        if (theme is null)
        {
            diagnostics.Report(DiagnosticCatalog.UnknownTheme, SourceLocation.StartOf(loaded.Settings.Relative(loaded.Settings.SettingsFile)), loaded.Settings.Theme, string.Join(", ", themes.Names));
        }

        return (diagnostics, loaded, theme);
    }

    /// <summary>
    /// Renders every file of the site into <paramref name="output"/>; returns the number of pages and, when
    /// <paramref name="pagesFirst"/>, the files beside the pages, still being made into an output of their own.
    /// </summary>
    private static async Task<(int Pages, Task<IReadOnlyDictionary<string, byte[]>>? Beside)> WriteSiteAsync(
        ContentLoader.Loaded loaded, ViewModels.ITheme theme, ISiteOutput output, RenderCache? cache = null, IProgress<BuildProgress>? progress = null, bool pagesFirst = false)
    {
        var stylesheets = new List<string>();
        var scripts = new List<string>();
        foreach (var asset in theme.Assets.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            var name = "assets/" + AssetNames.Hashed(asset.Name, asset.Content);
            output.Write(name, asset.Content);
            if (asset.Name.EndsWith(".css", StringComparison.Ordinal)) stylesheets.Add(name);
            if (asset.Name.EndsWith(".js", StringComparison.Ordinal)) scripts.Add(name);
        }

        foreach (var file in loaded.Files.Where(f => f.Kind == ContentFileKind.Asset))
        {
            var underContent = Path.GetRelativePath(loaded.Settings.ContentFolder, file.FullPath).Replace('\\', '/');
            output.Write(underContent, await File.ReadAllBytesAsync(file.FullPath));
        }

        var context = new SiteContext(loaded.Facts, loaded.Settings, stylesheets, scripts);
        var pages = PageGraph.Build(context);
        progress?.Report(new BuildProgress(BuildStage.RenderingPages, 0, pages.Count));
        cache?.Begin(cache.PreviousSite is { } before && loaded.ChangedPlans is { } plans ? PageInputs.Changed(before, context, plans) : null);
        await RenderAllAsync(pages, theme, output, cache, progress);
        cache?.Complete(context);
        var paths = pages.Select(p => p.Path).ToList();
        if (!pagesFirst)
        {
            WriteBesidePages(context, paths, output);
            return (pages.Count, null);
        }

        return (pages.Count, Task.Run(() =>
        {
            var beside = new MemoryOutput();
            WriteBesidePages(context, paths, beside);
            return beside.Files;
        }));
    }

    /// <summary>The search index, each indicator's data, the sitemap and robots.txt.</summary>
    private static void WriteBesidePages(SiteContext context, IReadOnlyCollection<string> pagePaths, ISiteOutput output)
    {
        if (context.Settings.Search.Enabled)
        {
            var documents = SearchDocuments.From(context);
            foreach (var file in SearchIndexBuilder.Build(documents, context.Settings.Search, url => FromSearchPage(context, url))) output.Write(file.Path, file.Content);
        }

        foreach (var file in SiteFiles.Build(context, pagePaths)) output.Write(file.Path, file.Content);
    }

    /// <summary>A document's link as the search page, one folder down, must write it, in the site's link style.</summary>
    private static string FromSearchPage(SiteContext context, string url)
    {
        var hash = url.IndexOf('#');
        var (path, anchor) = hash < 0 ? (url, string.Empty) : (url[..hash], url[hash..]);
        return context.Href(Routes.Search, path + "index.html") + anchor;
    }

    /// <summary>Builds and renders pages on every core, one renderer per worker, writing each page as soon as it is rendered (or reused from the cache).</summary>
    private static async Task RenderAllAsync(IReadOnlyList<PendingPage> pages, ViewModels.ITheme theme, ISiteOutput output, RenderCache? cache, IProgress<BuildProgress>? progress)
    {
        var done = 0;
        var queue = new ConcurrentQueue<PendingPage>(pages);
        var workers = Enumerable.Range(0, Math.Max(1, Math.Min(Environment.ProcessorCount, pages.Count))).Select(_ => Task.Run(async () =>
        {
            await using var renderer = new RazorPageRenderer(theme);
            while (queue.TryDequeue(out var pending))
            {
                await WritePageAsync(pending, renderer, theme.Name, output, cache);
                progress?.Report(new BuildProgress(BuildStage.RenderingPages, Interlocked.Increment(ref done), pages.Count));
            }
        }));
        await Task.WhenAll(workers);
    }

    private static async Task WritePageAsync(PendingPage pending, RazorPageRenderer renderer, string theme, ISiteOutput output, RenderCache? cache)
    {
        if (cache?.Unreached(pending, theme) is { } unreached)
        {
            output.Write(pending.Path, unreached);
            return;
        }

        var page = pending.Build();
        var fingerprint = cache is null ? null : ModelFingerprint.Of(page.Model);
        if (cache?.Find(page.Path, theme, fingerprint, pending.Reads) is { } cached)
        {
            output.Write(page.Path, cached);
            return;
        }

        var html = await renderer.RenderAsync(page.Model);
        if (cache is null)
        {
            output.Write(page.Path, html.Span);
            return;
        }

        var kept = html.ToArray();
        output.Write(page.Path, kept);
        cache.Add(page.Path, theme, fingerprint, kept, pending.Reads);
    }
}
