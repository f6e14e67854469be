using System.Diagnostics;
using System.Globalization;
using SiteGen.Binding;
using SiteGen.Configuration;
using SiteGen.Derivation;
using SiteGen.Diagnostics;
using SiteGen.Discovery;
using SiteGen.Parsing;
using SiteGen.Emit;
using SiteGen.Pipeline;
using SiteGen.Rendering;
using SiteGen.Search;
using SiteGen.Themes.Default;

namespace SiteGen.Benchmarks;

/// <summary>
/// <c>stages [--councils 10] [--load-only]</c>: where a build's time and memory go, in process. Repeats the steps of
/// <c>SiteBuilder.BuildAsync</c> (load, page graph, search index, render) with a stopwatch, the bytes
/// allocated and the managed heap after each, rendering on one thread so per-page costs are plain.
/// Rendered pages are discarded, not written: the figures are for finding the biggest cost, not a build.
/// </summary>
public static class StageBreakdown
{
    public static async Task<int> Run(string[] args)
    {
        var at = Array.IndexOf(args, "--councils");
        var councils = at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : 10;
        var root = Path.Combine(Path.GetTempPath(), $"sitegen-stages-{councils}-{Environment.ProcessId}");
        try
        {
            SyntheticCorpus.Write(root, councils);
            Console.WriteLine($"| stage ({councils} councils) | wall | allocated | managed heap after |");
            Console.WriteLine("|---|---:|---:|---:|");
            var diagnostics = new DiagnosticBag();
            // The steps of ContentLoader.Load, one row each.
            var settings = Stage("configure (site.yml)", () => SettingsLoader.Load(Path.Combine(root, "site.yml"), null, diagnostics))!;
            var files = Stage("discover", () => ContentDiscoverer.Discover(settings, diagnostics));
            var parsed = Stage("read and parse (parallel)", () => ContentParser.Parse(files, diagnostics));
            var contentPaths = files.Select(f => Path.GetRelativePath(settings.ContentFolder, f.FullPath).Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);
            var site = Stage("bind and check references", () => SiteBinder.Bind(parsed, contentPaths, diagnostics));
            var facts = Stage("derive", () => SiteFacts.Derive(site, diagnostics));
            var loaded = new ContentLoader.Loaded(settings, files, facts);
            if (args.Contains("--load-only")) return 0;
            var context = new SiteContext(loaded.Facts, loaded.Settings, [], []);
            var pages = Stage("page graph (routes, models not yet built)", () => PageGraph.Build(context));
            Stage("search documents and index", () => SearchIndexBuilder.Build(SearchDocuments.From(context), loaded.Settings.Search, u => u));
            var theme = new DefaultTheme();
            var byKind = new Dictionary<string, (int Count, TimeSpan Build, TimeSpan Render)>(StringComparer.Ordinal);
            long heapWithRendererOpen = 0;
            var paths = new List<string>();
            await StageAsync($"build view models and render {pages.Count:N0} pages, one thread", async () =>
            {
                await using var renderer = new RazorPageRenderer(theme);
                long bytes = 0;
                foreach (var pending in pages)
                {
                    var clock = Stopwatch.StartNew();
                    var page = pending.Build();
                    var built = clock.Elapsed;
                    paths.Add(page.Path);
                    bytes += (await renderer.RenderAsync(page.Model)).Length;
                    var kind = page.Model.GetType().Name;
                    var (count, build, render) = byKind.GetValueOrDefault(kind);
                    byKind[kind] = (count + 1, build + built, render + clock.Elapsed - built);
                }

                heapWithRendererOpen = GC.GetTotalMemory(forceFullCollection: true);
                return bytes;
            });
            Stage("site files (indicator data, sitemap, robots)", () => SiteFiles.Build(context, paths).ToList());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Managed heap after rendering, before the renderer is disposed: {heapWithRendererOpen / 1048576.0:N0} MB (the render row is after it is disposed)."));
            Console.WriteLine();
            Console.WriteLine("| page kind | pages | build view model | render | per page (build + render) |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            foreach (var (kind, (count, build, render)) in byKind.OrderByDescending(k => k.Value.Build + k.Value.Render))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {kind} | {count:N0} | {build.TotalSeconds:F2} s | {render.TotalSeconds:F2} s | {build.TotalMilliseconds / count:F2} + {render.TotalMilliseconds / count:F2} ms |"));
            }

            return 0;
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    private static T Stage<T>(string name, Func<T> step) => StageAsync(name, () => Task.FromResult(step())).GetAwaiter().GetResult();

    private static async Task<T> StageAsync<T>(string name, Func<Task<T>> step)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = await step();
        clock.Stop();
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {clock.Elapsed.TotalSeconds:F2} s | {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0:N0} MB | {heap / 1048576.0:N0} MB |"));
        return result;
    }
}
