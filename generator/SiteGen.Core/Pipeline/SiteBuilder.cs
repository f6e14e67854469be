using System.Collections.Concurrent;
using SiteGen.Diagnostics;
using SiteGen.Discovery;
using SiteGen.Emit;
using SiteGen.Derivation;
using SiteGen.Configuration;
using SiteGen.Rendering;
using SiteGen.Routing;
using SiteGen.Search;
using SiteGen.Theming;

namespace SiteGen.Pipeline;

/// <summary>
/// The whole pipeline for <c>sitegen build</c>. Nothing is written unless the content and the theme have no
/// errors, and the output folder changes only when every page has been written to the staging folder.
/// </summary>
public static class SiteBuilder
{
    /// <param name="progress">Told of each stage and each rendered page, from any thread; null when nobody is watching.</param>
    /// <param name="templates">Where compiled templates are kept; by default the cache beside site.yml.</param>
    public static async Task<BuildResult> BuildAsync(string settingsPath, string? outputOverride, IProgress<BuildProgress>? progress = null, TemplateStore? templates = null)
    {
        progress?.Report(new BuildProgress(BuildStage.ReadingContent, 0, 0));
        var (diagnostics, loaded, theme, store) = Prepare(settingsPath, outputOverride, templates);
        if (loaded is null || theme is null) return Result(diagnostics, 0, null, store);

        using var output = new StagedOutput(loaded.Settings.OutputFolder);
        var (pages, _, _, _) = await WriteSiteAsync(loaded, theme, output, diagnostics, progress: progress);
        if (diagnostics.HasErrors) return Result(diagnostics, 0, null, store);
        progress?.Report(new BuildProgress(BuildStage.Writing, pages, pages));
        output.Commit();
        return Result(diagnostics, pages, loaded.Settings.OutputFolder, store);
    }

    /// <summary>
    /// The same build held in memory, for <c>sitegen serve</c>: nothing is written to disk, and the
    /// settings are returned whenever site.yml could be read, even when the content has errors.
    /// </summary>
    /// <remarks>With the <paramref name="incremental"/> state of the previous build, only the pages an edit can reach are built, and only those whose view model or templates changed are rendered.</remarks>
    /// <param name="pagesFirst">
    /// Return as soon as the pages are rendered, with the files beside them (search index, indicator data,
    /// sitemap) still being made in <see cref="InMemoryBuild.Beside"/>: an officer waits for the page, not the index.
    /// </param>
    /// <param name="progress">Told of each stage and each rendered page, as for a build; serve shows it for the first build, which is a full one.</param>
    public static async Task<InMemoryBuild> BuildInMemoryAsync(string settingsPath, IncrementalBuild? incremental = null, bool pagesFirst = false, IProgress<BuildProgress>? progress = null)
    {
        progress?.Report(new BuildProgress(BuildStage.ReadingContent, 0, 0));
        var laps = incremental is null ? null : new BuildLaps();
        if (incremental is not null) incremental.LastLaps = laps;
        var changes = incremental?.TakeChanges();
        var good = false;
        try
        {
            var (diagnostics, loaded, theme, store) = Prepare(settingsPath, null, incremental?.Templates, incremental, laps, changes);
            if (loaded is null || theme is null) return new InMemoryBuild(Result(diagnostics, 0, null, store), loaded?.Settings, null);

            var output = new MemoryOutput(incremental?.Pages.Count ?? 0);
            var (pages, beside, openData, routes) = await WriteSiteAsync(loaded, theme, output, diagnostics, incremental, progress, pagesFirst, laps);
            if (diagnostics.HasErrors) return new InMemoryBuild(Result(diagnostics, 0, null, store), loaded.Settings, null);
            if (incremental is not null)
            {
                incremental.PreviousLoad = loaded;
                incremental.PreviousOpenData = openData;
                incremental.PreviousRoutes = routes;
                good = true;
            }

            return new InMemoryBuild(Result(diagnostics, pages, null, store), loaded.Settings, output.Files, beside);
        }
        finally
        {
            if (!good) incremental?.GiveBackChanges(changes);
        }
    }

    private static BuildResult Result(DiagnosticBag diagnostics, int pages, string? output, TemplateStore? store) =>
        new(diagnostics.Sorted(), pages, output) { Templates = store?.Last ?? default };

    /// <summary>Loads and checks the content and the theme; the loaded content is returned even with errors, the theme only when there are none.</summary>
    private static (DiagnosticBag Diagnostics, ContentLoader.Loaded? Loaded, CompiledTheme? Theme, TemplateStore? Store) Prepare(
        string settingsPath, string? outputOverride, TemplateStore? templates, IncrementalBuild? incremental = null, BuildLaps? laps = null, IReadOnlySet<string>? changedPaths = null)
    {
        var diagnostics = new DiagnosticBag();
        var loaded = ContentLoader.Load(settingsPath, outputOverride, diagnostics, incremental?.PreviousLoad, stamp: incremental is not null, laps, changedPaths);
        if (loaded is null) return (diagnostics, null, null, null);

        // The theme is checked even when the content has errors, so one run reports every problem.
        var store = templates ?? new TemplateStore(TemplateStore.CacheFolderFor(loaded.Settings.RootFolder));
        var theme = CompiledTheme.Prepare(loaded.Settings, store, diagnostics);
        laps?.Lap("theme");
        return (diagnostics, loaded, diagnostics.HasErrors ? null : theme, store);
    }

    /// <summary>
    /// Renders every file of the site into <paramref name="output"/>; returns the number of pages and, when
    /// <paramref name="pagesFirst"/>, the files beside the pages, still being made into an output of their own.
    /// A template that fails, or asks for a word the theme lacks, is reported to <paramref name="diagnostics"/>.
    /// </summary>
    private static async Task<(int Pages, Task<IReadOnlyDictionary<string, byte[]>>? Beside, OpenDataStage? OpenData, SiteRoutes? Routes)> WriteSiteAsync(
        ContentLoader.Loaded loaded, CompiledTheme theme, ISiteOutput output, DiagnosticBag diagnostics, IncrementalBuild? incremental = null, IProgress<BuildProgress>? progress = null, bool pagesFirst = false, BuildLaps? laps = null)
    {
        var cache = incremental?.Pages;
        var stylesheets = new List<string>();
        var stylesheetTexts = new List<string>();
        var scripts = new List<string>();
        string? icon = null;
        foreach (var asset in theme.Theme.Assets)
        {
            var name = "assets/" + AssetNames.Hashed(asset.Name, asset.Content);
            output.Write(name, asset.Content);
            if (asset.Name.EndsWith(".css", StringComparison.Ordinal))
            {
                stylesheets.Add(name);
                stylesheetTexts.Add(System.Text.Encoding.UTF8.GetString(asset.Content));
            }

            if (asset.Name.EndsWith(".js", StringComparison.Ordinal)) scripts.Add(name);
            if (asset.Name == "favicon.svg") icon = name;
        }

        foreach (var file in loaded.Files.Where(f => f.Kind == ContentFileKind.Asset))
        {
            var underContent = Path.GetRelativePath(loaded.Settings.ContentFolder, file.FullPath).Replace('\\', '/');
            output.Write(underContent, await File.ReadAllBytesAsync(file.FullPath));
        }

        laps?.Lap("assets");
        var routes = new SiteRoutes(loaded.Facts.Site, new SiteLanguages(loaded.Settings.Languages, loaded.Facts.Site.Organisations), incremental?.PreviousRoutes);
        var words = theme.WordsFor(loaded.Settings.Language);
        laps?.Lap("routes");
        var openData = OpenDataStage.Prepare(loaded.Facts, routes, loaded.Settings, words, incremental?.PreviousOpenData, loaded.ChangedPlans, laps);
        laps?.Lap("pages told of the data files");
        var context = new SiteContext(loaded.Facts, routes, loaded.Settings, stylesheets, scripts, icon, stylesheetTexts, openData.Files);
        var pages = PageGraph.Build(context);
        laps?.Lap("page graph");
        progress?.Report(new BuildProgress(BuildStage.RenderingPages, 0, pages.Count));
        var languages = routes.Languages.All.ToDictionary(
            l => l,
            l => { var w = l == routes.Languages.Default ? words : theme.WordsFor(l); return (Words: w, Use: new ThemeUse(theme.Theme, w)); },
            StringComparer.Ordinal);
        cache?.Begin(context, loaded.ChangedPlans);
        var paths = pages.Select(p => p.Path).ToList();
        var byLanguage = routes.Languages.All.Count < 2
            ? null
            : pages.GroupBy(p => p.Language ?? routes.Languages.Default).ToDictionary(g => g.Key, g => (IReadOnlySet<PagePath>)g.Select(p => p.Path).ToHashSet(), StringComparer.Ordinal);

        // The files beside the pages read only the facts, the routes and the pages' addresses, all known before any
        // page is rendered, so they are made on a thread of their own while the pages render: on two cores the
        // second would otherwise idle through them after the pages. Serve's pages-first build makes them after.
        var besideNow = pagesFirst ? null : Task.Run(() => WriteBesidePages(loaded.Facts, routes, loaded.Settings, paths, byLanguage, openData, output));
        var failures = new TemplateFailures(theme.Theme);
        try
        {
            await RenderAllAsync(pages, theme, languages, routes.Languages.Default, output, cache, failures, progress);
        }
        finally
        {
            // Never return with a file still being written into an output the caller may discard.
            if (besideNow is not null) await besideNow;
        }

        laps?.Lap("build and render pages");
        failures.Report(diagnostics);
        foreach (var (inLanguage, _) in languages.Values)
        {
            foreach (var missing in inLanguage.Missing)
            {
                diagnostics.Report(DiagnosticCatalog.WordMissing, SourceLocation.StartOf(ThemeUse.WordsFile(theme.Theme, inLanguage.Language)), missing, inLanguage.Language);
            }
        }

        if (diagnostics.HasErrors) return (0, null, null, null);
        cache?.Complete(context);
        if (!pagesFirst) return (pages.Count, null, openData, routes);

        return (pages.Count, Task.Run(() =>
        {
            var beside = new MemoryOutput();
            WriteBesidePages(loaded.Facts, routes, loaded.Settings, paths, byLanguage, openData, beside);
            return beside.Files;
        }), openData, routes);
    }

    /// <summary>The search index, each indicator's data, the data packages, the feeds, the sitemap and robots.txt.</summary>
    private static void WriteBesidePages(SiteFacts facts, SiteRoutes routes, SiteSettings settings, IReadOnlyCollection<PagePath> pagePaths, IReadOnlyDictionary<string, IReadOnlySet<PagePath>>? byLanguage, OpenDataStage openData, ISiteOutput output)
    {
        if (settings.Search.Enabled)
        {
            // One index per language, each beside its language's search page, its links in that language's routes (a council
            // that does not publish in the language is linked in the default language).
            foreach (var language in routes.Languages.All)
            {
                foreach (var file in LanguageIndex.Files(facts, routes.In(language), settings, language)) output.Write(file.Path, file.Content);
            }
        }

        foreach (var file in SiteFiles.Build(facts, routes, settings, pagePaths, byLanguage)) output.Write(file.Path, file.Content);
        foreach (var file in openData.All()) output.Write(file.Path, file.Content);
    }

    /// <summary>Builds and renders pages on every core, one renderer per worker, writing each page as soon as it is rendered (or reused from the cache).</summary>
    private static async Task RenderAllAsync(
        IReadOnlyList<PendingPage> pages, CompiledTheme theme, IReadOnlyDictionary<string, (Templating.Words Words, ThemeUse Use)> languages, string defaultLanguage,
        ISiteOutput output, RenderCache? cache, TemplateFailures failures, IProgress<BuildProgress>? progress)
    {
        var done = 0;
        var queue = new ConcurrentQueue<PendingPage>(pages);
        var workers = Enumerable.Range(0, Math.Max(1, Math.Min(Environment.ProcessorCount, pages.Count))).Select(_ => Task.Run(async () =>
        {
            // One renderer per language a worker meets: each renders with its language's words.
            var renderers = new Dictionary<string, ThemePageRenderer>(StringComparer.Ordinal);
            try
            {
                while (queue.TryDequeue(out var pending))
                {
                    var language = pending.Language ?? defaultLanguage;
                    var (words, use) = languages[language];
                    if (!renderers.TryGetValue(language, out var renderer)) renderers[language] = renderer = new ThemePageRenderer(theme.Templates, words, countWords: cache is not null);
                    await WritePageAsync(pending, renderer, use, output, cache, failures);
                    progress?.Report(new BuildProgress(BuildStage.RenderingPages, Interlocked.Increment(ref done), pages.Count));
                }
            }
            finally
            {
                foreach (var renderer in renderers.Values) renderer.Dispose();
            }
        }));
        await Task.WhenAll(workers);
    }

    private static async Task WritePageAsync(PendingPage pending, ThemePageRenderer renderer, ThemeUse use, ISiteOutput output, RenderCache? cache, TemplateFailures failures)
    {
        if (cache?.Unreached(pending, use) is { } unreached)
        {
            output.Write(pending.Path.File, unreached);
            return;
        }

        var page = pending.Build(recordReads: cache is not null);
        ReadOnlyMemory<byte> html;
        try
        {
            html = await renderer.RenderAsync(page.Model);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The view model was built by SiteGen (a fault there is SiteGen's); what failed here is the theme's code.
            failures.Add(page.Path.File, renderer.RunningTemplate, e);
            return;
        }

        if (cache is null)
        {
            output.Write(page.Path.File, html.Span);
            return;
        }

        var kept = html.ToArray();
        output.Write(page.Path.File, kept);
        cache.Add(page.Path, use.Of(renderer.UsedTemplates, renderer.UsedWords), kept, pending.Reads!);
    }
}
