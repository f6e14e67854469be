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
        var diagnostics = new DiagnosticBag();
        progress?.Report(new BuildProgress(BuildStage.ReadingContent, 0, 0));
        var loaded = ContentLoader.Load(settingsPath, outputOverride, diagnostics);
        if (loaded is null || diagnostics.HasErrors) return new BuildResult(diagnostics.Sorted(), 0, null);

        var theme = themes.Find(loaded.Settings.Theme);
        if (theme is null)
        {
            diagnostics.Report(DiagnosticCatalog.UnknownTheme, SourceLocation.StartOf(loaded.Settings.Relative(loaded.Settings.SettingsFile)), loaded.Settings.Theme, string.Join(", ", themes.Names));
            return new BuildResult(diagnostics.Sorted(), 0, null);
        }

        using var output = new StagedOutput(loaded.Settings.OutputFolder);
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
        foreach (var file in SiteFiles.Build(context, pages)) output.Write(file.Path, file.Content);
        if (loaded.Settings.Search.Enabled)
        {
            var documents = SearchDocuments.From(context);
            foreach (var file in SearchIndexBuilder.Build(documents, loaded.Settings.Search, url => FromSearchPage(context, url))) output.Write(file.Path, file.Content);
        }

        progress?.Report(new BuildProgress(BuildStage.RenderingPages, 0, pages.Count));
        await RenderAllAsync(pages, theme, output, progress);
        progress?.Report(new BuildProgress(BuildStage.Writing, pages.Count, pages.Count));
        output.Commit();
        return new BuildResult(diagnostics.Sorted(), pages.Count, loaded.Settings.OutputFolder);
    }

    /// <summary>A document's link as the search page, one folder down, must write it, in the site's link style.</summary>
    private static string FromSearchPage(SiteContext context, string url)
    {
        var hash = url.IndexOf('#');
        var (path, anchor) = hash < 0 ? (url, string.Empty) : (url[..hash], url[hash..]);
        return context.Href(Routes.Search, path + "index.html") + anchor;
    }

    /// <summary>Renders pages on every core, one renderer per worker, writing each page as soon as it is rendered.</summary>
    private static async Task RenderAllAsync(IReadOnlyList<PageToRender> pages, ViewModels.ITheme theme, StagedOutput output, IProgress<BuildProgress>? progress)
    {
        var done = 0;
        var queue = new ConcurrentQueue<PageToRender>(pages);
        var workers = Enumerable.Range(0, Math.Max(1, Math.Min(Environment.ProcessorCount, pages.Count))).Select(async _ =>
        {
            await using var renderer = new RazorPageRenderer(theme);
            while (queue.TryDequeue(out var page))
            {
                var html = await renderer.RenderAsync(page.Model);
                output.Write(page.Path, html);
                if (progress is not null) progress.Report(new BuildProgress(BuildStage.RenderingPages, Interlocked.Increment(ref done), pages.Count));
            }
        });
        await Task.WhenAll(workers);
    }
}
